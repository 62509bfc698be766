import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { GetExample } from '@m4pris/matching-contracts';
import { Example } from './example.types.js';

/** GraphQL adapter: validates through the bus and returns the service's reply. */
@Resolver(() => Example)
export class ExampleResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => Example, { name: 'matchingExample' })
  example(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetExample, { id }, ctx);
  }
}
