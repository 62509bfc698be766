import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { DecideApplication, GetApplication, ListApplications, MyApplications, SubmitApplication, WithdrawApplication } from '@m4pris/programmes-contracts';
import { ApplicationOrderBy } from './programmes.sorting.js';
import { Application, ApplicationFilter, ApplicationPage, DecideApplicationInput, SubmitApplicationInput } from './programmes.types.js';

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [Application], { description: 'Your own applications.' })
  myApplications(@Ctx() ctx: RequestContext) {
    return this.bus.request(MyApplications, {}, ctx);
  }

  @Query(() => Application)
  application(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetApplication, { applicationId: id }, ctx);
  }

  @Query(() => ApplicationPage, { description: 'Applications to a cohort (coordinators, within their scope).' })
  applications(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ApplicationFilter, nullable: true }) filter?: ApplicationFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('orderBy', { type: () => ApplicationOrderBy, nullable: true }) orderBy?: InstanceType<typeof ApplicationOrderBy>,
  ) {
    return this.bus.request(ListApplications, { cohortId, ...filter, ...page, orderBy } as never, ctx);
  }

  @Mutation(() => Application, { description: 'Apply as a mentor or a mentee (staff, for yourself).' })
  submitApplication(@Args('input') input: SubmitApplicationInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SubmitApplication, input as never, ctx);
  }

  @Mutation(() => Application, { description: 'At any time, without a reason; nobody is notified.' })
  withdrawApplication(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(WithdrawApplication, { applicationId: id }, ctx);
  }

  @Mutation(() => Application, { description: 'Accept, waitlist or decline (with a reason).' })
  decideApplication(@Args('input') input: DecideApplicationInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(DecideApplication, input as never, ctx);
  }
}
