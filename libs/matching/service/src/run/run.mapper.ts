import type { MatchRunDto, ProposalDto, UnmatchedDto } from '@m4pris/matching-contracts';
import { criterionScore, duoReason, unmatchedExplanation } from '../engine/explain.js';
import { iso } from '../shared/access.js';
import type { MatchRun, Proposal, Unmatched } from './run.entities.js';

/** The hard rules every proposed pair passed. */
export const RULES_CHECKED = [
  'different_tenant',
  'institution_scope',
  'mentor_capacity',
  'line_manager_chain',
  'mentor_kind',
  'mentor_training',
  'min_experience',
  'declared_conflict',
  'not_a_fit',
  'previous_mentor',
  'coordinator_forbidden',
] as const;

/**
 * A proposal as `locale` reads it: the reason and the criteria's details are written from the stored
 * breakdown in the reader's language (the English reason stored with the proposal is what older
 * clients and the data export of earlier rows saw; it is no longer read here).
 */
export function toProposalDto(p: Proposal, locale = 'en'): ProposalDto {
  return {
    id: p.id,
    runId: p.runId,
    cohortId: p.cohortId,
    mentorStaffId: p.mentorStaffId,
    menteeStaffId: p.menteeStaffId,
    score: p.score / 10,
    breakdown: p.breakdown.map((c) => criterionScore(c, locale)),
    flags: p.flags,
    rulesChecked: [...RULES_CHECKED],
    reason: duoReason(p.breakdown, locale),
    status: p.status,
    pinned: p.pinned,
  };
}

export function toUnmatchedDto(u: Unmatched, locale = 'en'): UnmatchedDto {
  return { staffId: u.staffId, role: u.role, reasons: u.reasons, explanation: unmatchedExplanation(u.role, u.reasons, locale) };
}

export function toRunDto(run: MatchRun, proposals: Proposal[], unmatched: Unmatched[], progress: number, locale = 'en'): MatchRunDto {
  return {
    id: run.id,
    cohortId: run.cohortId,
    programmeId: run.programmeId,
    status: run.status,
    progress: run.status === 'running' ? progress : 1,
    policyVersion: run.policyVersion,
    weightsVersion: run.weightsVersion,
    weights: run.weights,
    inputDigest: run.inputDigest,
    mentees: run.mentees,
    mentors: run.mentors,
    totalScore: run.totalScore / 10,
    meanScore: proposals.length === 0 ? 0 : Math.round(proposals.reduce((s, p) => s + p.score, 0) / proposals.length) / 10,
    createdAt: iso(run.createdAt),
    finishedAt: iso(run.finishedAt),
    proposals: proposals.map((p) => toProposalDto(p, locale)),
    unmatched: unmatched.map((u) => toUnmatchedDto(u, locale)),
  };
}
