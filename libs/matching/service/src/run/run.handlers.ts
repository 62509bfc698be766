import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  ApproveProposals,
  ForbidPair,
  GetMatchReason,
  GetMatchRun,
  GetWeights,
  ListMatchingCohorts,
  ListMatchRuns,
  PinPair,
  RejectProposal,
  Rematch,
  RunMatch,
  SetWeights,
  type ApproveProposalsRequest,
  type ListMatchRunsRequest,
  type EmptyRequest,
  type PairRuleRequest,
  type ProgrammeIdRequest,
  type ProposalIdRequest,
  type RematchRequest,
  type RunIdRequest,
  type RunMatchRequest,
  type SetWeightsRequest,
} from '@m4pris/matching-contracts';
import { ApproveProposalsUseCase, ForbidPairUseCase, GetMatchReasonUseCase, PinPairUseCase, RejectProposalUseCase } from './decisions.use-case.js';
import { RematchUseCase, RunMatchUseCase } from './run-match.use-case.js';
import { GetMatchRunUseCase, ListMatchingCohortsUseCase, ListMatchRunsUseCase } from './run-queries.use-case.js';
import { GetWeightsUseCase, SetWeightsUseCase } from './weights.use-case.js';

/** Bus adapters: one line each — the bus has validated the payload; call one use case. */
@Injectable()
export class RunHandlers {
  constructor(
    private readonly listCohorts: ListMatchingCohortsUseCase,
    private readonly listRuns: ListMatchRunsUseCase,
    private readonly getRun: GetMatchRunUseCase,
    private readonly runMatch: RunMatchUseCase,
    private readonly rematch: RematchUseCase,
    private readonly approve: ApproveProposalsUseCase,
    private readonly reject: RejectProposalUseCase,
    private readonly pin: PinPairUseCase,
    private readonly forbid: ForbidPairUseCase,
    private readonly reason: GetMatchReasonUseCase,
    private readonly getWeights: GetWeightsUseCase,
    private readonly setWeights: SetWeightsUseCase,
  ) {}

  @Handles(ListMatchingCohorts) cohorts(p: EmptyRequest, ctx: RequestContext) { return this.listCohorts.execute(p, ctx); }
  @Handles(ListMatchRuns) runs(p: ListMatchRunsRequest, ctx: RequestContext) { return this.listRuns.execute(p, ctx); }
  @Handles(GetMatchRun) run(p: RunIdRequest, ctx: RequestContext) { return this.getRun.execute(p, ctx); }
  @Handles(RunMatch) start(p: RunMatchRequest, ctx: RequestContext) { return this.runMatch.execute(p, ctx); }
  @Handles(Rematch) again(p: RematchRequest, ctx: RequestContext) { return this.rematch.execute(p, ctx); }
  @Handles(ApproveProposals) approveAll(p: ApproveProposalsRequest, ctx: RequestContext) { return this.approve.execute(p, ctx); }
  @Handles(RejectProposal) rejectOne(p: ProposalIdRequest, ctx: RequestContext) { return this.reject.execute(p, ctx); }
  @Handles(PinPair) pinPair(p: PairRuleRequest, ctx: RequestContext) { return this.pin.execute(p, ctx); }
  @Handles(ForbidPair) forbidPair(p: PairRuleRequest, ctx: RequestContext) { return this.forbid.execute(p, ctx); }
  @Handles(GetMatchReason) why(p: ProposalIdRequest, ctx: RequestContext) { return this.reason.execute(p, ctx); }
  @Handles(GetWeights) weights(p: ProgrammeIdRequest, ctx: RequestContext) { return this.getWeights.execute(p, ctx); }
  @Handles(SetWeights) changeWeights(p: SetWeightsRequest, ctx: RequestContext) { return this.setWeights.execute(p, ctx); }
}
