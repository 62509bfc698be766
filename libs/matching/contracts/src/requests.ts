import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { defineRequest, EmptyRequest, orderByRequest, PageRequest, type OrderBy } from '@m4pris/platform-core';
import type { Criterion, MatchingWeights, PairRuleKind, ProposalState, RuleCode, RunState } from './common.js';

export { EmptyRequest };

export class CohortIdRequest {
  @IsUUID('all', { message: 'cohortId must be a UUID' }) cohortId: string;
}

/** How `matchRuns` may be sorted (by default: newest first, then id). */
export const MATCH_RUN_SORT_FIELDS = ['created_at', 'finished_at', 'total_score', 'status'] as const;
export type MatchRunSortField = (typeof MATCH_RUN_SORT_FIELDS)[number];
export const MatchRunOrderByRequest = orderByRequest(MATCH_RUN_SORT_FIELDS);

/** A cohort's runs: paged on request (`offset`/`limit`), sorted by `orderBy`. */
export class ListMatchRunsRequest extends PageRequest {
  @IsUUID('all', { message: 'cohortId must be a UUID' }) cohortId: string;
  @IsOptional() @ValidateNested() @Type(() => MatchRunOrderByRequest) orderBy?: OrderBy<MatchRunSortField>;
}

export class RunIdRequest {
  @IsUUID('all', { message: 'runId must be a UUID' }) runId: string;
}

export class ProposalIdRequest {
  @IsUUID('all', { message: 'proposalId must be a UUID' }) proposalId: string;
}

export class ProgrammeIdRequest {
  @IsUUID('all', { message: 'programmeId must be a UUID' }) programmeId: string;
}

export class RunMatchRequest {
  @IsUUID('all', { message: 'cohortId must be a UUID' }) cohortId: string;
  /** Limit the run to these mentees (a re-match); all unmatched mentees when left out. */
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true, message: 'menteeStaffIds must be UUIDs' }) menteeStaffIds?: string[];
}

export class RematchRequest {
  @IsUUID('all', { message: 'relationshipId must be a UUID' }) relationshipId: string;
}

export class ApproveProposalsRequest {
  @IsUUID('all', { message: 'runId must be a UUID' }) runId: string;
  /** Approve only these proposals of the run; every open proposal when left out. */
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true, message: 'proposalIds must be UUIDs' }) proposalIds?: string[];
}

export class PairRuleRequest {
  @IsUUID('all', { message: 'cohortId must be a UUID' }) cohortId: string;
  @IsUUID('all', { message: 'mentorStaffId must be a UUID' }) mentorStaffId: string;
  @IsUUID('all', { message: 'menteeStaffId must be a UUID' }) menteeStaffId: string;
}

const weight = () => [IsInt({ message: 'weights must be whole numbers' }), Min(0, { message: 'weights must be 0 to 100' }), Max(100, { message: 'weights must be 0 to 100' })];
function W(): PropertyDecorator {
  return (target, key) => {
    for (const d of weight()) d(target, key);
  };
}

export class SetWeightsRequest implements MatchingWeights {
  @IsUUID('all', { message: 'programmeId must be a UUID' }) programmeId: string;
  @W() shiftOverlap: number;
  @W() sameUnit: number;
  @W() experienceGap: number;
  @W() sharedLanguage: number;
  @W() functions: number;
  @W() destinationKind: number;
  @W() preferences: number;
}

export interface WeightsDto extends MatchingWeights {
  programmeId: string;
  /** 0 for the defaults (never set). */
  version: number;
}

export interface MatchingCohortDto {
  id: string;
  programmeId: string;
  state: string;
  policyVersion: number;
  mentors: number;
  mentees: number;
  /** Mentees waiting for a mentor (accepted, not matched). */
  menteesWaiting: number;
  runs: number;
}

export interface CriterionScoreDto {
  criterion: Criterion;
  weight: number;
  /** 0..1 */
  value: number;
  /** Points of the 0–100 score this criterion gave. */
  points: number;
  detail: string;
}

export interface RuleCountDto {
  rule: RuleCode;
  /** How many candidates the rule excluded (0 when the rule is about the person alone). */
  count: number;
}

export interface ProposalDto {
  id: string;
  runId: string;
  cohortId: string;
  mentorStaffId: string;
  menteeStaffId: string;
  /** 0–100 with one decimal. */
  score: number;
  breakdown: CriterionScoreDto[];
  flags: RuleCode[];
  /** Hard rules checked for the pair (all passed). */
  rulesChecked: RuleCode[];
  reason: string;
  status: ProposalState;
  pinned: boolean;
}

export interface UnmatchedDto {
  staffId: string;
  role: 'mentor' | 'mentee';
  reasons: RuleCountDto[];
  explanation: string;
}

export interface MatchRunDto {
  id: string;
  cohortId: string;
  programmeId: string;
  status: RunState;
  /** 0..1 while running. */
  progress: number;
  policyVersion: number;
  weightsVersion: number;
  weights: MatchingWeights;
  /** Digest of the projected inputs the run used. */
  inputDigest: string;
  mentees: number;
  mentors: number;
  totalScore: number;
  meanScore: number;
  createdAt: string;
  finishedAt: string | null;
  proposals: ProposalDto[];
  unmatched: UnmatchedDto[];
}

export interface MatchReasonDto {
  proposalId: string;
  /** The other person of the approved pair (the reason is about the two of them). */
  partnerStaffId: string;
  reason: string;
  /** Criteria that stood out, for translation by the client. */
  highlights: Criterion[];
}

export interface PairRuleDto {
  cohortId: string;
  mentorStaffId: string;
  menteeStaffId: string;
  kind: PairRuleKind;
}

export const ListMatchingCohorts = defineRequest<EmptyRequest, MatchingCohortDto[]>('matching.v1.cohort.list', EmptyRequest);
export const ListMatchRuns = defineRequest<ListMatchRunsRequest, MatchRunDto[]>('matching.v1.run.list', ListMatchRunsRequest);
export const GetMatchRun = defineRequest<RunIdRequest, MatchRunDto>('matching.v1.run.get', RunIdRequest);
export const RunMatch = defineRequest<RunMatchRequest, MatchRunDto>('matching.v1.run.start', RunMatchRequest);
export const Rematch = defineRequest<RematchRequest, MatchRunDto>('matching.v1.run.rematch', RematchRequest);
export const ApproveProposals = defineRequest<ApproveProposalsRequest, MatchRunDto>('matching.v1.proposal.approve', ApproveProposalsRequest);
export const RejectProposal = defineRequest<ProposalIdRequest, ProposalDto>('matching.v1.proposal.reject', ProposalIdRequest);
export const PinPair = defineRequest<PairRuleRequest, PairRuleDto>('matching.v1.pair.pin', PairRuleRequest);
export const ForbidPair = defineRequest<PairRuleRequest, PairRuleDto>('matching.v1.pair.forbid', PairRuleRequest);
export const GetMatchReason = defineRequest<ProposalIdRequest, MatchReasonDto>('matching.v1.proposal.reason', ProposalIdRequest);
export const GetWeights = defineRequest<ProgrammeIdRequest, WeightsDto>('matching.v1.weights.get', ProgrammeIdRequest);
export const SetWeights = defineRequest<SetWeightsRequest, WeightsDto>('matching.v1.weights.set', SetWeightsRequest);
