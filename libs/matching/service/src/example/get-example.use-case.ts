import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import { MatchingErrors, type ExampleDto, type GetExampleRequest } from '@m4pris/matching-contracts';
import { ExampleSchema } from './example.entity.js';

@Injectable()
export class GetExampleUseCase {
  constructor(private readonly em: EntityManager) {}

  async execute(input: GetExampleRequest, ctx: RequestContext): Promise<ExampleDto> {
    requireAuthenticated(ctx);
    const example = await this.em.findOne(ExampleSchema, { id: input.id });
    if (!example) throw MatchingErrors.EXAMPLE_NOT_FOUND({ field: 'id', params: { id: input.id } });
    return { id: example.id, name: example.name, createdAt: example.createdAt.toISOString() };
  }
}
