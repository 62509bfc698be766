import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  CohortDashboard as CohortDashboardDef,
  CreateCohort,
  CreateProgramme,
  GetCohort,
  GetProgramme,
  ListAttention,
  ListCohorts,
  ListEligibleStaff,
  ListPolicyVersions,
  ListProgrammes,
  TransitionCohort,
  UpdatePolicy,
  type ProgrammePolicy as PolicyContract,
} from '@m4pris/programmes-contracts';
import { CohortStateEnum, ParticipantRoleEnum } from './programmes.enums.js';
import { CohortOrderBy, ProgrammeOrderBy } from './programmes.sorting.js';
import {
  AttentionItem,
  Cohort,
  CohortDashboard,
  CohortFilter,
  CohortPage,
  CreateCohortInput,
  CreateProgrammeInput,
  EligibleStaffPage,
  PolicyVersion,
  Programme,
  ProgrammePage,
  ProgrammePolicyInput,
} from './programmes.types.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => ProgrammePage)
  programmes(
    @Ctx() ctx: RequestContext,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('orderBy', { type: () => ProgrammeOrderBy, nullable: true }) orderBy?: InstanceType<typeof ProgrammeOrderBy>,
  ) {
    return this.bus.request(ListProgrammes, { tenantId, ...page, orderBy }, ctx);
  }

  @Query(() => Programme)
  programme(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetProgramme, { programmeId: id }, ctx);
  }

  @Query(() => [PolicyVersion], { description: 'Every version of a programme policy (tenant admins and coordinators).' })
  policyVersions(@Args('programmeId', { type: () => ID }) programmeId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListPolicyVersions, { programmeId }, ctx);
  }

  @Mutation(() => Programme, { description: 'Tenant admin. Policy fields left out take the blueprint defaults.' })
  createProgramme(@Args('input') input: CreateProgrammeInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateProgramme, input as never, ctx);
  }

  @Mutation(() => Programme, { description: 'Tenant admin. Stores a new policy version; existing cohorts keep theirs.' })
  updateProgrammePolicy(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('policy', { type: () => ProgrammePolicyInput }) policy: ProgrammePolicyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.bus.request(UpdatePolicy, { programmeId, policy: policy as unknown as PolicyContract }, ctx);
  }

  @Query(() => CohortPage)
  cohorts(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => CohortFilter, nullable: true }) filter?: CohortFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('orderBy', { type: () => CohortOrderBy, nullable: true }) orderBy?: InstanceType<typeof CohortOrderBy>,
  ) {
    return this.bus.request(ListCohorts, { ...filter, ...page, orderBy } as never, ctx);
  }

  @Query(() => Cohort)
  cohort(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetCohort, { cohortId: id }, ctx);
  }

  @Mutation(() => Cohort)
  createCohort(@Args('input') input: CreateCohortInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateCohort, input, ctx);
  }

  @Mutation(() => Cohort, { description: 'Illegal transitions fail with programmes.COHORT_TRANSITION_INVALID.' })
  transitionCohort(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('to', { type: () => CohortStateEnum }) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.bus.request(TransitionCohort, { cohortId, to } as never, ctx);
  }

  @Query(() => EligibleStaffPage, { description: 'Who could take part, computed from identity data and the cohort policy (coordinators).' })
  eligibleStaff(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('role', { type: () => ParticipantRoleEnum, nullable: true }) role?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.bus.request(ListEligibleStaff, { cohortId, role, ...page } as never, ctx);
  }

  @Query(() => [AttentionItem], { description: 'Duos needing attention, computed (coordinators); all of them, or one page (oldest duo first) when `page` is given.' })
  duosNeedingAttention(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.bus.request(ListAttention, { cohortId, asOf, ...page }, ctx);
  }

  @Query(() => CohortDashboard, { description: 'Process metadata and counts (coordinators and tenant admins).' })
  cohortDashboard(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('asOf', { nullable: true }) asOf?: string,
    @Args('weeks', { type: () => Int, nullable: true, description: 'Weeks in the weekly series (1 to 52, default 12).' }) weeks?: number,
  ) {
    return this.bus.request(CohortDashboardDef, { cohortId, asOf, weeks: weeks ?? undefined }, ctx);
  }
}
