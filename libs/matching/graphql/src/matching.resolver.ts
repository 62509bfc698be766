import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, OrderByInput, PageInput, sortFieldEnum } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  ApproveProposals,
  ForbidPair,
  GetMatchReason,
  GetMatchRun,
  GetWeights,
  ListMatchingCohorts,
  ListMatchRuns,
  MATCH_RUN_SORT_FIELDS,
  PinPair,
  RejectProposal,
  Rematch,
  RunMatch,
  SetWeights,
} from '@m4pris/matching-contracts';
import { ApproveProposalsInput, MatchingCohort, MatchProposal, MatchReason, MatchRun, MatchWeights, MatchWeightsInput, PairInput, PairRule, RunMatchInput } from './matching.types.js';

const MatchRunOrderBy = OrderByInput(sortFieldEnum(MATCH_RUN_SORT_FIELDS, 'MatchRunSortField', 'CREATED_AT (newest first) is the default.'), 'MatchRunOrderBy');

/** GraphQL adapter: every field is one bus request; the matching service checks who may do what. */
@Resolver(() => MatchRun)
export class MatchingResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [MatchingCohort], { description: 'Cohorts known to matching, with their pools (coordinator, tenant admin).' })
  matchingCohorts(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListMatchingCohorts, {}, ctx);
  }

  @Query(() => [MatchRun], { description: 'Runs of a cohort, newest first (then id) unless orderBy says otherwise. Without page, all of them; with page, that page.' })
  matchRuns(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('orderBy', { type: () => MatchRunOrderBy, nullable: true }) orderBy?: InstanceType<typeof MatchRunOrderBy>,
  ) {
    return this.bus.request(ListMatchRuns, { cohortId, ...page, orderBy }, ctx);
  }

  @Query(() => MatchRun)
  matchRun(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetMatchRun, { runId: id }, ctx);
  }

  @Query(() => MatchReason, { description: 'Why a duo was matched; only for the two people of the approved pair.' })
  matchReason(@Args('proposalId', { type: () => ID }) proposalId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetMatchReason, { proposalId }, ctx);
  }

  @Query(() => MatchWeights)
  matchWeights(@Args('programmeId', { type: () => ID }) programmeId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetWeights, { programmeId }, ctx);
  }

  @Mutation(() => MatchRun, { description: 'Solves the whole cohort at once; answers RUNNING with progress when it takes long.' })
  runMatch(@Args('input') input: RunMatchInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RunMatch, { cohortId: input.cohortId, ...(input.menteeStaffIds ? { menteeStaffIds: input.menteeStaffIds } : {}) }, ctx);
  }

  @Mutation(() => MatchRun, { description: 'Re-match the mentee of a duo that ended early: never the previous mentor.' })
  rematch(@Args('relationshipId', { type: () => ID }) relationshipId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(Rematch, { relationshipId }, ctx);
  }

  @Mutation(() => MatchRun, { description: 'Approve all open proposals of a run or the listed ones; each becomes a relationship in programmes.' })
  approveProposals(@Args('input') input: ApproveProposalsInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(ApproveProposals, { runId: input.runId, ...(input.proposalIds ? { proposalIds: input.proposalIds } : {}) }, ctx);
  }

  @Mutation(() => MatchProposal, { description: 'Reject a proposal; the pair is forbidden in later runs of the cohort.' })
  rejectProposal(@Args('proposalId', { type: () => ID }) proposalId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(RejectProposal, { proposalId }, ctx);
  }

  @Mutation(() => PairRule)
  pinPair(@Args('input') input: PairInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(PinPair, { ...input }, ctx);
  }

  @Mutation(() => PairRule)
  forbidPair(@Args('input') input: PairInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(ForbidPair, { ...input }, ctx);
  }

  @Mutation(() => MatchWeights)
  setMatchWeights(@Args('input') input: MatchWeightsInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SetWeights, { ...input }, ctx);
  }
}
