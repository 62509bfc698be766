import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Criterion, PairRuleKind, ProposalState, RuleCode, RunState } from '@m4pris/matching-contracts';
import { CriterionEnum, MatchRoleEnum, MatchRuleEnum, MatchRunStatusEnum, PairRuleKindEnum, ProposalStatusEnum } from './matching.enums.js';

@ObjectType({ description: 'A cohort as matching knows it (from programmes events).' })
export class MatchingCohort {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field() state: string;
  @Field(() => Int) policyVersion: number;
  @Field(() => Int) mentors: number;
  @Field(() => Int) mentees: number;
  @Field(() => Int, { description: 'Accepted mentees without a mentor.' }) menteesWaiting: number;
  @Field(() => Int) runs: number;
}

@ObjectType()
export class CriterionScore {
  @Field(() => CriterionEnum) criterion: Criterion;
  @Field(() => Int) weight: number;
  @Field(() => Float, { description: '0..1' }) value: number;
  @Field(() => Float, { description: 'Points of the 0–100 score from this criterion.' }) points: number;
  @Field({ description: "The criterion's detail for this pair, in the reader's language." }) detail: string;
}

@ObjectType()
export class RuleCount {
  @Field(() => MatchRuleEnum) rule: RuleCode;
  @Field(() => Int, { description: 'How many candidates the rule excluded (0 when it is about the person alone).' }) count: number;
}

@ObjectType({ description: 'A proposed pair with its score and full breakdown (coordinator view).' })
export class MatchProposal {
  @Field(() => ID) id: string;
  @Field(() => ID) runId: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID) mentorStaffId: string;
  @Field(() => ID) menteeStaffId: string;
  @Field(() => Float, { description: '0–100' }) score: number;
  @Field(() => [CriterionScore]) breakdown: CriterionScore[];
  @Field(() => [MatchRuleEnum], { description: 'Rules allowed by the policy but flagged (e.g. LINE_MANAGER_CHAIN).' }) flags: RuleCode[];
  @Field(() => [MatchRuleEnum], { description: 'Hard rules the pair was checked against (all passed).' }) rulesChecked: RuleCode[];
  @Field({ description: "The plain-language reason the duo will see, in the reader's language." }) reason: string;
  @Field(() => ProposalStatusEnum) status: ProposalState;
  @Field() pinned: boolean;
}

@ObjectType({ description: 'Someone the run could not match, and why.' })
export class UnmatchedPerson {
  @Field(() => ID) staffId: string;
  @Field(() => MatchRoleEnum) role: 'mentor' | 'mentee';
  @Field(() => [RuleCount]) reasons: RuleCount[];
  @Field({ description: "The reasons in a sentence, in the reader's language (counts only, nobody's identity)." }) explanation: string;
}

@ObjectType()
export class MatchWeights {
  @Field(() => ID) programmeId: string;
  @Field(() => Int, { description: '0 for the defaults.' }) version: number;
  @Field(() => Int) shiftOverlap: number;
  @Field(() => Int) sameUnit: number;
  @Field(() => Int) experienceGap: number;
  @Field(() => Int) sharedLanguage: number;
  @Field(() => Int) functions: number;
  @Field(() => Int) destinationKind: number;
  @Field(() => Int) preferences: number;
}

@ObjectType()
export class RunWeights {
  @Field(() => Int) shiftOverlap: number;
  @Field(() => Int) sameUnit: number;
  @Field(() => Int) experienceGap: number;
  @Field(() => Int) sharedLanguage: number;
  @Field(() => Int) functions: number;
  @Field(() => Int) destinationKind: number;
  @Field(() => Int) preferences: number;
}

@ObjectType({ description: 'One solve of a cohort, with the versions of its inputs.' })
export class MatchRun {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID) programmeId: string;
  @Field(() => MatchRunStatusEnum) status: RunState;
  @Field(() => Float, { description: '0..1 while RUNNING.' }) progress: number;
  @Field(() => Int) policyVersion: number;
  @Field(() => Int) weightsVersion: number;
  @Field(() => RunWeights) weights: RunWeights;
  @Field({ description: 'SHA-256 of the projected inputs the run used.' }) inputDigest: string;
  @Field(() => Int) mentees: number;
  @Field(() => Int) mentors: number;
  @Field(() => Float) totalScore: number;
  @Field(() => Float) meanScore: number;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) finishedAt: string | null;
  @Field(() => [MatchProposal]) proposals: MatchProposal[];
  @Field(() => [UnmatchedPerson]) unmatched: UnmatchedPerson[];
}

@ObjectType({ description: 'Why a duo was matched, for the two people of the duo.' })
export class MatchReason {
  @Field(() => ID) proposalId: string;
  @Field({ description: "Why the two of you were matched, in the reader's language." }) reason: string;
  @Field(() => [CriterionEnum]) highlights: Criterion[];
}

@ObjectType()
export class PairRule {
  @Field(() => ID) cohortId: string;
  @Field(() => ID) mentorStaffId: string;
  @Field(() => ID) menteeStaffId: string;
  @Field(() => PairRuleKindEnum) kind: PairRuleKind;
}

@InputType()
export class RunMatchInput {
  @Field(() => ID) cohortId: string;
  @Field(() => [ID], { nullable: true, description: 'Only these waiting mentees (default: all).' }) menteeStaffIds?: string[];
}

@InputType()
export class ApproveProposalsInput {
  @Field(() => ID) runId: string;
  @Field(() => [ID], { nullable: true, description: 'Only these proposals (default: every open proposal of the run).' }) proposalIds?: string[];
}

@InputType()
export class PairInput {
  @Field(() => ID) cohortId: string;
  @Field(() => ID) mentorStaffId: string;
  @Field(() => ID) menteeStaffId: string;
}

@InputType({ description: 'Weights 0–100 of each criterion; saving creates a new version.' })
export class MatchWeightsInput {
  @Field(() => ID) programmeId: string;
  @Field(() => Int) shiftOverlap: number;
  @Field(() => Int) sameUnit: number;
  @Field(() => Int) experienceGap: number;
  @Field(() => Int) sharedLanguage: number;
  @Field(() => Int) functions: number;
  @Field(() => Int) destinationKind: number;
  @Field(() => Int) preferences: number;
}
