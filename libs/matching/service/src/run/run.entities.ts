import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { MatchingWeights, PairRuleKind, ProposalState, RuleCode, RuleCountDto, RunState } from '@m4pris/matching-contracts';
import type { StoredCriterionScore } from '../engine/criteria.js';

/** Criteria weights of a programme; a new row per change (versioned). */
export const WeightsSchema = defineEntity({
  name: 'Weights',
  tableName: 'weights',
  uniques: [{ properties: ['programmeId', 'version'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid(),
    version: p.integer(),
    weights: p.json<MatchingWeights>(),
    createdAt: p.datetime(),
  },
});
export type Weights = InferEntity<typeof WeightsSchema>;

/** One solve of a cohort with the versions of everything it used. */
export const MatchRunSchema = defineEntity({
  name: 'MatchRun',
  tableName: 'match_run',
  indexes: [{ properties: ['tenantId', 'cohortId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    cohortId: p.uuid(),
    programmeId: p.uuid(),
    status: p.string().length(10).$type<RunState>(),
    policyVersion: p.integer(),
    weightsVersion: p.integer(),
    weights: p.json<MatchingWeights>(),
    inputDigest: p.string().length(64),
    mentees: p.integer(),
    mentors: p.integer(),
    totalScore: p.integer(),
    createdBy: p.string().length(64),
    createdAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
  },
});
export type MatchRun = InferEntity<typeof MatchRunSchema>;

export const ProposalSchema = defineEntity({
  name: 'Proposal',
  tableName: 'proposal',
  indexes: [{ properties: ['runId'] }, { properties: ['tenantId', 'cohortId', 'status'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    runId: p.uuid(),
    cohortId: p.uuid(),
    programmeId: p.uuid(),
    mentorStaffId: p.uuid(),
    menteeStaffId: p.uuid(),
    mentorApplicationId: p.uuid(),
    menteeApplicationId: p.uuid(),
    /** 0..1000 */
    score: p.integer(),
    breakdown: p.json<StoredCriterionScore[]>(),
    flags: p.json<RuleCode[]>(),
    reason: p.text(),
    status: p.string().length(12).$type<ProposalState>(),
    pinned: p.boolean(),
    /** Set when the programmes module started the relationship. */
    relationshipId: p.uuid().nullable(),
    decidedAt: p.datetime().nullable(),
  },
});
export type Proposal = InferEntity<typeof ProposalSchema>;

export const UnmatchedSchema = defineEntity({
  name: 'Unmatched',
  tableName: 'unmatched',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    runId: p.uuid().index(),
    staffId: p.uuid(),
    role: p.string().length(10).$type<'mentor' | 'mentee'>(),
    reasons: p.json<RuleCountDto[]>(),
  },
});
export type Unmatched = InferEntity<typeof UnmatchedSchema>;

/** The coordinator's pins and forbidden pairs in a cohort (a rejected proposal becomes a forbid). */
export const PairRuleSchema = defineEntity({
  name: 'PairRule',
  tableName: 'pair_rule',
  uniques: [{ properties: ['cohortId', 'menteeStaffId', 'mentorStaffId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    cohortId: p.uuid(),
    mentorStaffId: p.uuid(),
    menteeStaffId: p.uuid(),
    kind: p.string().length(10).$type<PairRuleKind>(),
    createdAt: p.datetime(),
  },
});
export type PairRule = InferEntity<typeof PairRuleSchema>;
