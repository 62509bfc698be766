import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { NamedRef, Paginated, Person } from '@m4pris/platform-graphql';
import {
  ApplicationStateEnum,
  AttentionReasonEnum,
  CheckInChannelEnum,
  CheckInOutcomeEnum,
  CohortStateEnum,
  ConcernCategoryEnum,
  ConcernStatusEnum,
  DecisionEnum,
  EarlyEndReasonEnum,
  EligibilityReasonEnum,
  FitCheckAnswerEnum,
  GoalStatusEnum,
  InstitutionScopeEnum,
  LineManagerRuleEnum,
  MentoringFunctionEnum,
  MentorKindsEnum,
  ParticipantRoleEnum,
  ParticipationEnum,
  RelationshipStateEnum,
} from './programmes.enums.js';

const DATE = { description: 'Date as YYYY-MM-DD.' };
const TS = { description: 'ISO 8601 timestamp.' };

// --- policy ----------------------------------------------------------------------------------

@ObjectType({ description: 'Who counts as a mentee.' })
export class EligibilityPolicy {
  @Field(() => Int, { description: 'Hired at most this many months ago (0: off).' }) newToProfessionMonths: number;
  @Field(() => Int, { description: 'Joined the current institution at most this many months ago after a transfer (0: off).' }) newToSettingMonths: number;
  @Field({ description: 'A move from another kind of institution (adult → youth) counts.' }) institutionKindChangeCounts: boolean;
}

@ObjectType({ description: 'Where concerns go: a support route, never line management.' })
export class SupportContact {
  @Field() name: string;
  @Field() howToReach: string;
  @Field(() => ID, { nullable: true, description: 'The staff member who receives concerns with their content.' }) supportStaffId?: string | null;
}

@ObjectType({ description: 'What a national programme configures; versioned.' })
export class ProgrammePolicy {
  @Field(() => EligibilityPolicy) eligibility: EligibilityPolicy;
  @Field(() => ParticipationEnum) participation: string;
  @Field(() => Int, { nullable: true }) consentTextVersion?: number | null;
  @Field(() => MentorKindsEnum) mentorKinds: string;
  @Field(() => LineManagerRuleEnum) lineManagerRule: string;
  @Field(() => InstitutionScopeEnum) institutionScope: string;
  @Field(() => Int) minMentorExperienceMonths: number;
  @Field(() => Int, { description: 'Mentees per mentor.' }) mentorCapacity: number;
  @Field() mentorTrainingRequired: boolean;
  @Field(() => Int) durationMonths: number;
  @Field(() => Int) meetingCadenceDays: number;
  @Field(() => Int) inactivityDays: number;
  @Field(() => Int, { description: 'Days after the first meeting to answer the fit check (0: off).' }) fitCheckDays: number;
  @Field(() => [String]) languages: string[];
  @Field({ description: "The limits of confidentiality shown to both sides: the programme's own text as written, or the platform's wording in the reader's language." }) confidentialityText: string;
  @Field({ description: "True: confidentialityText is the platform's wording (in the reader's language), the programme has no text of its own." }) confidentialityTextIsPlatformWording: boolean;
  @Field(() => SupportContact) supportContact: SupportContact;
}

@InputType()
export class EligibilityPolicyInput {
  @Field(() => Int, { nullable: true }) newToProfessionMonths?: number;
  @Field(() => Int, { nullable: true }) newToSettingMonths?: number;
  @Field({ nullable: true }) institutionKindChangeCounts?: boolean;
}

@InputType()
export class SupportContactInput {
  @Field() name: string;
  @Field() howToReach: string;
  @Field(() => ID, { nullable: true }) supportStaffId?: string | null;
}

@InputType({ description: 'Fields left out take the blueprint defaults.' })
export class ProgrammePolicyInput {
  @Field(() => EligibilityPolicyInput, { nullable: true }) eligibility?: EligibilityPolicyInput;
  @Field(() => ParticipationEnum, { nullable: true }) participation?: string;
  @Field(() => Int, { nullable: true }) consentTextVersion?: number | null;
  @Field(() => MentorKindsEnum, { nullable: true }) mentorKinds?: string;
  @Field(() => LineManagerRuleEnum, { nullable: true }) lineManagerRule?: string;
  @Field(() => InstitutionScopeEnum, { nullable: true }) institutionScope?: string;
  @Field(() => Int, { nullable: true }) minMentorExperienceMonths?: number;
  @Field(() => Int, { nullable: true }) mentorCapacity?: number;
  @Field({ nullable: true }) mentorTrainingRequired?: boolean;
  @Field(() => Int, { nullable: true }) durationMonths?: number;
  @Field(() => Int, { nullable: true }) meetingCadenceDays?: number;
  @Field(() => Int, { nullable: true }) inactivityDays?: number;
  @Field(() => Int, { nullable: true }) fitCheckDays?: number;
  @Field(() => [String], { nullable: true }) languages?: string[];
  @Field({ nullable: true, description: "The programme's own text; empty or left out: the platform's wording, shown to each reader in their language." }) confidentialityText?: string;
  @Field(() => SupportContactInput, { nullable: true }) supportContact?: SupportContactInput;
}

// --- programmes and cohorts ------------------------------------------------------------------

@ObjectType()
export class Programme {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [ID], { description: 'Institutions the programme is limited to (empty: the whole tenant).' }) institutionIds: string[];
  @Field(() => Int) policyVersion: number;
  @Field(() => ProgrammePolicy) policy: ProgrammePolicy;
  @Field(TS) createdAt: string;
}
export const ProgrammePage = Paginated(Programme, 'ProgrammePage');

@ObjectType()
export class PolicyVersion {
  @Field(() => Int) version: number;
  @Field(() => ProgrammePolicy) policy: ProgrammePolicy;
  @Field(TS) createdAt: string;
}

@InputType()
export class CreateProgrammeInput {
  @Field(() => ID, { nullable: true, description: 'Platform admin only.' }) tenantId?: string;
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => [ID], { nullable: true }) institutionIds?: string[];
  @Field(() => ProgrammePolicyInput, { nullable: true }) policy?: ProgrammePolicyInput;
}

@ObjectType()
export class Cohort {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => ID) programmeId: string;
  @Field() name: string;
  @Field(() => CohortStateEnum) state: string;
  @Field(() => Int, { description: 'The policy version the cohort runs under.' }) policyVersion: number;
  @Field(DATE) startsOn: string;
  @Field(DATE) endsOn: string;
  @Field(TS) createdAt: string;
  @Field(TS) stateChangedAt: string;
  @Field(() => [CohortStateEnum], {
    description: 'The states you may move this cohort to now (transitionCohort accepts exactly these); empty when you do not run the cohort.',
  })
  allowedTransitions: string[];
}
export const CohortPage = Paginated(Cohort, 'CohortPage');

@InputType()
export class CreateCohortInput {
  @Field(() => ID) programmeId: string;
  @Field() name: string;
  @Field(DATE) startsOn: string;
  @Field({ nullable: true, description: 'Defaults to startsOn + the policy duration.' }) endsOn?: string;
}

@InputType()
export class CohortFilter {
  @Field(() => ID, { nullable: true }) tenantId?: string;
  @Field(() => ID, { nullable: true }) programmeId?: string;
  @Field(() => CohortStateEnum, { nullable: true }) state?: string;
}

@ObjectType({ description: 'Someone who could take part, and why.' })
export class EligibleStaff {
  @Field(() => Person, { nullable: true, description: 'By name for a coordinator; null for the tenant admin (aggregates only).' }) person: Person | null;
  @Field(() => ID) staffId: string;
  @Field(() => ID) institutionId: string;
  @Field(() => ParticipantRoleEnum) role: string;
  @Field(() => [EligibilityReasonEnum]) reasons: string[];
  @Field(() => Int) monthsOfService: number;
}
export const EligibleStaffPage = Paginated(EligibleStaff, 'EligibleStaffPage');

// --- applications ----------------------------------------------------------------------------

@ObjectType()
export class Application {
  @Field(() => Person, { description: 'The applicant: in full for themselves, by name for a coordinator in scope.' }) applicant: Person;
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID) programmeId: string;
  @Field(() => ID) staffId: string;
  @Field(() => ID) institutionId: string;
  @Field(() => ParticipantRoleEnum) role: string;
  @Field(() => ApplicationStateEnum) state: string;
  @Field() motivation: string;
  @Field(() => String, { nullable: true }) strengthsOrNeeds: string | null;
  @Field(() => [MentoringFunctionEnum], { description: 'Mentee: needs; mentor: strengths.' }) functions: string[];
  @Field(() => [String]) languages: string[];
  @Field() prefersSameUnit: boolean;
  @Field(() => [ID]) preferredStaffIds: string[];
  @Field(() => [ID], { nullable: true, description: 'Shown to the applicant only.' }) conflictStaffIds: string[] | null;
  @Field(() => [EligibilityReasonEnum]) eligibility: string[];
  @Field(() => [String]) flags: string[];
  @Field(() => String, { nullable: true }) decisionReason: string | null;
  @Field(TS) submittedAt: string;
  @Field(() => String, { nullable: true }) decidedAt: string | null;
}
export const ApplicationPage = Paginated(Application, 'ApplicationPage');

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID) cohortId: string;
  @Field(() => ParticipantRoleEnum) role: string;
  @Field() motivation: string;
  @Field(() => [MentoringFunctionEnum]) functions: string[];
  @Field({ nullable: true }) strengthsOrNeeds?: string;
  @Field(() => [String]) languages: string[];
  @Field({ nullable: true }) prefersSameUnit?: boolean;
  @Field(() => [ID], { nullable: true }) preferredStaffIds?: string[];
  @Field(() => [ID], { nullable: true }) conflictStaffIds?: string[];
  @Field({ description: 'Taking part is voluntary: agree to the consent text.' }) consent: boolean;
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID) applicationId: string;
  @Field(() => DecisionEnum) decision: string;
  @Field({ nullable: true, description: 'Required to decline.' }) reason?: string;
}

@InputType()
export class ApplicationFilter {
  @Field(() => ApplicationStateEnum, { nullable: true }) state?: string;
  @Field(() => ParticipantRoleEnum, { nullable: true }) role?: string;
  @Field({ nullable: true, description: "Matches the applicant's display name (case-insensitive), within your scope." }) search?: string;
}

// --- relationships ---------------------------------------------------------------------------

@ObjectType({ description: 'A mentoring duo: process metadata (what a coordinator may see).' })
export class Relationship {
  @Field(() => ID) id: string;
  @Field(() => ID) programmeId: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ID) institutionId: string;
  @Field(() => ID) mentorStaffId: string;
  @Field(() => ID) menteeStaffId: string;
  @Field(() => RelationshipStateEnum) state: string;
  @Field(DATE) startedOn: string;
  @Field(DATE) plannedEndOn: string;
  @Field(() => String, { nullable: true }) endedOn: string | null;
  @Field(() => EarlyEndReasonEnum, { nullable: true }) endReason: string | null;
  @Field() rematchRequested: boolean;
  @Field(() => [String]) flags: string[];
  @Field(() => ID, { nullable: true }) proposalId: string | null;
  @Field() agreementAcknowledged: boolean;
  @Field(() => Int) meetingCount: number;
  @Field(() => String, { nullable: true }) firstMeetingOn: string | null;
  @Field(() => String, { nullable: true }) lastMeetingOn: string | null;
  @Field(() => String, { nullable: true }) lastCheckInOn: string | null;
  @Field(() => Int, { nullable: true, description: "Open concerns on the duo: the coordinator's count; null for the duo's own members (the raiser sees their own concerns)." }) openConcerns: number | null;
  @Field() fitCheckDone: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Date (YYYY-MM-DD) the fit check is due: the first meeting plus the programme policy's fitCheckDays; null before the first meeting or when the programme has no fit check.",
  })
  fitCheckDueOn: string | null;
  @Field(() => [RelationshipStateEnum], {
    description:
      'What you may do next, as the state each action leads to: PAUSED (pauseRelationship), ACTIVE (resumeRelationship), ENDED_EARLY (endRelationshipEarly), CLOSED (closeRelationship; for a side of the duo, leaving the closing reflection, which closes the duo once both have). The mutations accept exactly these.',
  })
  allowedTransitions: string[];
  @Field(() => ParticipantRoleEnum, { nullable: true, description: 'Your side, when you are in the duo.' }) myRole: string | null;
  @Field(() => Person, { description: "The mentor. The mentee sees the mentor's name, institution, unit, shift pattern and work e-mail; the duo's coordinator sees the name only." })
  mentor: Person;
  @Field(() => Person, { description: "The mentee. The mentor sees the mentee's name, institution, unit, shift pattern and work e-mail; the duo's coordinator sees the name only." })
  mentee: Person;
  @Field(() => NamedRef) cohort: NamedRef;
  @Field(() => NamedRef) programme: NamedRef;
}
export const RelationshipPage = Paginated(Relationship, 'RelationshipPage');

@InputType()
export class CreateRelationshipInput {
  @Field(() => ID) mentorApplicationId: string;
  @Field(() => ID) menteeApplicationId: string;
  @Field({ nullable: true }) startsOn?: string;
}

@ObjectType({ description: 'Private to the duo, with the programme limits of confidentiality.' })
export class Agreement {
  @Field(() => ID) relationshipId: string;
  @Field(() => String, { nullable: true }) goalsSummary: string | null;
  @Field(() => Int) cadenceDays: number;
  @Field(() => String, { nullable: true }) practicalities: string | null;
  @Field({ description: "The programme's own text as written, or the platform's wording in the reader's language." }) confidentialityText: string;
  @Field(() => String, { nullable: true }) mentorAcknowledgedAt: string | null;
  @Field(() => String, { nullable: true }) menteeAcknowledgedAt: string | null;
  @Field(() => String, { nullable: true }) updatedAt: string | null;
}

@InputType()
export class SaveAgreementInput {
  @Field(() => ID) relationshipId: string;
  @Field() goalsSummary: string;
  @Field(() => Int) cadenceDays: number;
  @Field({ nullable: true }) practicalities?: string;
}

@ObjectType()
export class Goal {
  @Field(() => ID) id: string;
  @Field(() => ID) relationshipId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => MentoringFunctionEnum) function: string;
  @Field(() => Int) progress: number;
  @Field(() => GoalStatusEnum) status: string;
  @Field(TS) createdAt: string;
  @Field(TS) updatedAt: string;
}

@InputType()
export class AddGoalInput {
  @Field(() => ID) relationshipId: string;
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => MentoringFunctionEnum) function: string;
}

@InputType()
export class UpdateGoalInput {
  @Field(() => ID) goalId: string;
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => Int, { nullable: true }) progress?: number;
  @Field(() => GoalStatusEnum, { nullable: true }) status?: string;
}

@ObjectType()
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => ID) relationshipId: string;
  @Field(DATE) heldOn: string;
  @Field(() => Int) durationMinutes: number;
  @Field() duringShift: boolean;
  @Field(() => [MentoringFunctionEnum]) functions: string[];
  @Field(() => String, { nullable: true, description: 'Private to the duo.' }) notes: string | null;
  @Field(() => ID) loggedByStaffId: string;
  @Field(TS) createdAt: string;
}

@InputType()
export class LogMeetingInput {
  @Field(() => ID) relationshipId: string;
  @Field(DATE) heldOn: string;
  @Field(() => Int) durationMinutes: number;
  @Field() duringShift: boolean;
  @Field(() => [MentoringFunctionEnum]) functions: string[];
  @Field({ nullable: true }) notes?: string;
  @Field(() => String, { nullable: true, description: 'A client-generated UUID: a replay with the same key by the same caller answers with the first result and writes nothing new; the same key with other content is a CONFLICT (common.IDEMPOTENCY_KEY_REUSED).' }) idempotencyKey?: string;
}

@InputType()
export class AnswerFitCheckInput {
  @Field(() => ID) relationshipId: string;
  @Field(() => FitCheckAnswerEnum) answer: string;
}

@ObjectType()
export class ConcernSupportContact {
  @Field() name: string;
  @Field() howToReach: string;
}

@ObjectType({ description: 'Visible to the person who raised it and the support contact only.' })
export class Concern {
  @Field(() => ID) id: string;
  @Field(() => ID) relationshipId: string;
  @Field(() => ConcernCategoryEnum) category: string;
  @Field() details: string;
  @Field(() => ConcernStatusEnum) status: string;
  @Field(TS) raisedAt: string;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field(() => ConcernSupportContact) supportContact: ConcernSupportContact;
}

@InputType()
export class RaiseConcernInput {
  @Field(() => ID) relationshipId: string;
  @Field(() => ConcernCategoryEnum) category: string;
  @Field() details: string;
}

@InputType()
export class EndRelationshipEarlyInput {
  @Field(() => ID) relationshipId: string;
  @Field(() => EarlyEndReasonEnum) reason: string;
  @Field({ description: 'Ask for a new mentor for the mentee.' }) rematch: boolean;
}

@InputType()
export class CloseRelationshipInput {
  @Field(() => ID) relationshipId: string;
  @Field({ nullable: true, description: 'Your reflection (participants); coordinators close without one.' }) reflection?: string;
}

@ObjectType()
export class Reflection {
  @Field(() => ParticipantRoleEnum) role: string;
  @Field() text: string;
  @Field(TS) createdAt: string;
}

@ObjectType({ description: "A coordinator's follow-up contact: metadata only." })
export class CheckIn {
  @Field(() => Relationship, { nullable: true, description: 'The duo, its people by name (in the list of check-ins).' }) relationship?: Relationship;
  @Field(() => ID) id: string;
  @Field(() => ID) relationshipId: string;
  @Field(DATE) on: string;
  @Field(() => CheckInChannelEnum) channel: string;
  @Field(() => CheckInOutcomeEnum) outcome: string;
  @Field(TS) createdAt: string;
}

@InputType()
export class RecordCheckInInput {
  @Field(() => ID) relationshipId: string;
  @Field(DATE) on: string;
  @Field(() => CheckInChannelEnum) channel: string;
  @Field(() => CheckInOutcomeEnum) outcome: string;
}

@ObjectType()
export class AttentionItem {
  @Field(() => Relationship, { description: 'The duo with its mentor and mentee by name.' }) relationship: Relationship;
  @Field(() => ID) relationshipId: string;
  @Field(() => ID) mentorStaffId: string;
  @Field(() => ID) menteeStaffId: string;
  @Field(() => [AttentionReasonEnum]) reasons: string[];
  @Field(() => String, { nullable: true }) lastMeetingOn: string | null;
  @Field(() => Int) daysSinceContact: number;
  @Field(DATE) plannedEndOn: string;
}

@ObjectType()
export class ApplicationCount {
  @Field(() => ParticipantRoleEnum) role: string;
  @Field(() => ApplicationStateEnum) state: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class AttentionCount {
  @Field(() => AttentionReasonEnum) reason: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class FunctionBalance {
  @Field(() => MentoringFunctionEnum) function: string;
  @Field(() => Int) meetings: number;
  @Field(() => Float) share: number;
}

@ObjectType({ description: 'Process metadata and counts of a cohort; no person is named.' })
export class CohortDashboard {
  @Field(() => ID) cohortId: string;
  @Field(() => CohortStateEnum) state: string;
  @Field(() => [ApplicationCount]) applications: ApplicationCount[];
  @Field(() => Int) activeDuos: number;
  @Field(() => Int) pausedDuos: number;
  @Field(() => Int) endedEarly: number;
  @Field(() => Int) closedDuos: number;
  @Field(() => Int) rematchRequests: number;
  @Field(() => Int) meetings: number;
  @Field(() => Float) meetingsPerDuo: number;
  @Field(() => Int) meetingMinutes: number;
  @Field(() => Int) duosNeedingAttention: number;
  @Field(() => [AttentionCount]) attentionByReason: AttentionCount[];
  @Field(() => Int) openConcerns: number;
  @Field(() => [FunctionBalance]) functionBalance: FunctionBalance[];
  @Field(() => [CohortDashboardWeek], {
    description:
      'The last `weeks` weeks (Monday to Sunday, oldest first; the last is the week of asOf): meetings held, and duos needing attention at the week end judged from the stored dates (a pause resumed since is not stored, so such a duo counts as active in that week; today\'s thresholds and planned ends).',
  })
  weeks: CohortDashboardWeek[];
}

@ObjectType({ description: 'One week of the dashboard series: counts only.' })
export class CohortDashboardWeek {
  @Field({ description: 'The Monday the week starts on (YYYY-MM-DD).' }) startsOn: string;
  @Field(() => Int) meetings: number;
  @Field(() => Int) duosNeedingAttention: number;
}
