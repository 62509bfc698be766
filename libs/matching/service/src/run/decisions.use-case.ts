import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  MatchApproved,
  MatchingErrors,
  type ApproveProposalsRequest,
  type MatchReasonDto,
  type MatchRunDto,
  type PairRuleDto,
  type PairRuleRequest,
  type ProposalDto,
  type ProposalIdRequest,
  ApproveProposals,
  RejectProposal,
  PinPair,
  ForbidPair,
  GetMatchReason,
} from '@m4pris/matching-contracts';
import { requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { duoReason, highlights } from '../engine/explain.js';
import { CohortSchema, ParticipantSchema } from '../projection/projection.entities.js';
import { cohortInScope, matcherTenant } from '../shared/access.js';
import { MatchRunner } from './match-runner.js';
import { PairRules } from './pair-rules.js';
import { MatchRunSchema, ProposalSchema } from './run.entities.js';
import { toProposalDto } from './run.mapper.js';

/**
 * Approves all open proposals of a run, or the listed ones. Each approval publishes
 * matching.v1.match.approved in the same transaction; the programmes module starts the duo.
 */
@Injectable()
export class ApproveProposalsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly runner: MatchRunner,
  ) {}

  @Handles(ApproveProposals)
  async execute(input: ApproveProposalsRequest, ctx: RequestContext): Promise<MatchRunDto> {
    const tenantId = matcherTenant(ctx);
    const run = await this.em.findOne(MatchRunSchema, { id: input.runId, tenantId });
    const cohort = run && (await this.em.findOne(CohortSchema, { id: run.cohortId, tenantId }));
    if (!run || !cohort || !cohortInScope(ctx, cohort)) throw MatchingErrors.RUN_NOT_FOUND({ field: 'runId' });
    if (run.status !== 'done') throw MatchingErrors.RUN_NOT_FINISHED({ field: 'runId' });
    const proposals = await this.em.find(ProposalSchema, { runId: run.id }, { orderBy: { menteeStaffId: 'asc' } });
    let chosen = proposals.filter((p) => p.status === 'proposed');
    if (input.proposalIds) {
      for (const id of input.proposalIds) {
        const p = proposals.find((x) => x.id === id);
        if (!p) throw MatchingErrors.PROPOSAL_NOT_FOUND({ field: 'proposalIds' });
        if (p.status !== 'proposed') throw MatchingErrors.PROPOSAL_DECIDED({ field: 'proposalIds', params: { status: p.status } });
      }
      chosen = chosen.filter((p) => input.proposalIds!.includes(p.id));
    }
    await this.em.transactional(async (em) => {
      for (const p of chosen) {
        Object.assign(p, { status: 'approved', decidedAt: new Date() });
        await em.nativeUpdate(ParticipantSchema, { tenantId, cohortId: p.cohortId, staffId: p.menteeStaffId, role: 'mentee' }, { matched: true, updatedAt: new Date() });
        recordEvent(
          em,
          MatchApproved,
          {
            tenantId,
            programmeId: p.programmeId,
            cohortId: p.cohortId,
            matchRunId: p.runId,
            proposalId: p.id,
            mentorStaffId: p.mentorStaffId,
            menteeStaffId: p.menteeStaffId,
            mentorApplicationId: p.mentorApplicationId,
            menteeApplicationId: p.menteeApplicationId,
            flags: p.flags,
          },
          { tenantId },
        );
      }
    });
    return this.runner.dto(run.id, ctx.locale);
  }
}

/** Rejects one proposal; the pair is then forbidden in this cohort's later runs. */
@Injectable()
export class RejectProposalUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly rules: PairRules,
  ) {}

  @Handles(RejectProposal)
  async execute(input: ProposalIdRequest, ctx: RequestContext): Promise<ProposalDto> {
    const tenantId = matcherTenant(ctx);
    const p = await this.em.findOne(ProposalSchema, { id: input.proposalId, tenantId });
    const cohort = p && (await this.em.findOne(CohortSchema, { id: p.cohortId, tenantId }));
    if (!p || !cohort || !cohortInScope(ctx, cohort)) throw MatchingErrors.PROPOSAL_NOT_FOUND({ field: 'proposalId' });
    if (p.status !== 'proposed') throw MatchingErrors.PROPOSAL_DECIDED({ field: 'proposalId', params: { status: p.status } });
    await this.em.transactional(async () => {
      Object.assign(p, { status: 'rejected', decidedAt: new Date() });
      await this.rules.set(tenantId, { cohortId: p.cohortId, mentorStaffId: p.mentorStaffId, menteeStaffId: p.menteeStaffId }, 'forbid');
    });
    return toProposalDto(p, ctx.locale);
  }
}

@Injectable()
export class PinPairUseCase {
  constructor(private readonly rules: PairRules) {}
  @Handles(PinPair)
  execute(input: PairRuleRequest, ctx: RequestContext): Promise<PairRuleDto> {
    return this.rules.set(matcherTenant(ctx), input, 'pin', ctx);
  }
}

@Injectable()
export class ForbidPairUseCase {
  constructor(private readonly rules: PairRules) {}
  @Handles(ForbidPair)
  execute(input: PairRuleRequest, ctx: RequestContext): Promise<PairRuleDto> {
    return this.rules.set(matcherTenant(ctx), input, 'forbid', ctx);
  }
}

/**
 * Why a duo was matched, in plain words — for the two people of an approved pair only. Anyone else
 * (coordinators included: they have the full breakdown of the run) gets "not found".
 */
@Injectable()
export class GetMatchReasonUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetMatchReason)
  async execute(input: ProposalIdRequest, ctx: RequestContext): Promise<MatchReasonDto> {
    requireAuthenticated(ctx);
    const p = ctx.tenantId && ctx.staffId ? await this.em.findOne(ProposalSchema, { id: input.proposalId, tenantId: ctx.tenantId, status: 'approved' }) : null;
    if (!p || (p.mentorStaffId !== ctx.staffId && p.menteeStaffId !== ctx.staffId)) throw MatchingErrors.PROPOSAL_NOT_FOUND({ field: 'proposalId' });
    const partnerStaffId = p.mentorStaffId === ctx.staffId ? p.menteeStaffId : p.mentorStaffId;
    return { proposalId: p.id, partnerStaffId, reason: duoReason(p.breakdown, ctx.locale), highlights: highlights(p.breakdown) };
  }
}
