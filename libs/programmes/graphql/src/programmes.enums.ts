import { registerEnumType } from '@nestjs/graphql';
import {
  APPLICATION_STATES,
  ATTENTION_REASONS,
  COHORT_STATES,
  EARLY_END_REASONS,
  FIT_CHECK_ANSWERS,
  INSTITUTION_SCOPES,
  LINE_MANAGER_RULES,
  MENTOR_KINDS,
  MENTORING_FUNCTIONS,
  PARTICIPANT_ROLES,
  PARTICIPATION_MODES,
  RELATIONSHIP_STATES,
  ELIGIBILITY_REASONS,
} from '@m4pris/programmes-contracts';

/** GraphQL names are SCREAMING_CASE; internal values are the contract strings (see identity.enums.ts). */
function enumOf<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const MentoringFunctionEnum = enumOf(MENTORING_FUNCTIONS);
export const ParticipantRoleEnum = enumOf(PARTICIPANT_ROLES);
export const MentorKindsEnum = enumOf(MENTOR_KINDS);
export const LineManagerRuleEnum = enumOf(LINE_MANAGER_RULES);
export const InstitutionScopeEnum = enumOf(INSTITUTION_SCOPES);
export const ParticipationEnum = enumOf(PARTICIPATION_MODES);
export const CohortStateEnum = enumOf(COHORT_STATES);
export const ApplicationStateEnum = enumOf(APPLICATION_STATES);
export const RelationshipStateEnum = enumOf(RELATIONSHIP_STATES);
export const EarlyEndReasonEnum = enumOf(EARLY_END_REASONS);
export const FitCheckAnswerEnum = enumOf(FIT_CHECK_ANSWERS);
export const AttentionReasonEnum = enumOf(ATTENTION_REASONS);
export const EligibilityReasonEnum = enumOf(ELIGIBILITY_REASONS);
export const DecisionEnum = enumOf(['accept', 'waitlist', 'decline'] as const);
export const GoalStatusEnum = enumOf(['open', 'achieved', 'dropped'] as const);
export const ConcernCategoryEnum = enumOf(['wellbeing', 'safety', 'conduct', 'relationship', 'other'] as const);
export const ConcernStatusEnum = enumOf(['open', 'closed'] as const);
export const CheckInChannelEnum = enumOf(['in_person', 'phone', 'online', 'message'] as const);
export const CheckInOutcomeEnum = enumOf(['on_track', 'needs_support', 'no_contact'] as const);

registerEnumType(MentoringFunctionEnum, { name: 'MentoringFunction', description: 'The two mentoring functions: psychosocial support and job familiarisation.' });
registerEnumType(ParticipantRoleEnum, { name: 'ParticipantRole' });
registerEnumType(MentorKindsEnum, { name: 'MentorKinds', description: 'Who may mentor: PEER, SUPERVISOR or BOTH.' });
registerEnumType(LineManagerRuleEnum, { name: 'LineManagerRule', description: "The mentee's management chain as mentor: FORBID (default) or ALLOW_FLAGGED." });
registerEnumType(InstitutionScopeEnum, { name: 'InstitutionScope', description: 'Where a mentor may come from, relative to the mentee.' });
registerEnumType(ParticipationEnum, { name: 'Participation' });
registerEnumType(CohortStateEnum, { name: 'CohortState', description: 'DRAFT → RECRUITING → MATCHING → RUNNING → CLOSING → CLOSED.' });
registerEnumType(ApplicationStateEnum, { name: 'ApplicationState' });
registerEnumType(RelationshipStateEnum, { name: 'RelationshipState' });
registerEnumType(EarlyEndReasonEnum, { name: 'EarlyEndReason' });
registerEnumType(FitCheckAnswerEnum, { name: 'FitCheckAnswer' });
registerEnumType(AttentionReasonEnum, { name: 'AttentionReason' });
registerEnumType(EligibilityReasonEnum, { name: 'EligibilityReason' });
registerEnumType(DecisionEnum, { name: 'ApplicationDecision' });
registerEnumType(GoalStatusEnum, { name: 'GoalStatus' });
registerEnumType(ConcernCategoryEnum, { name: 'ConcernCategory' });
registerEnumType(ConcernStatusEnum, { name: 'ConcernStatus' });
registerEnumType(CheckInChannelEnum, { name: 'CheckInChannel' });
registerEnumType(CheckInOutcomeEnum, { name: 'CheckInOutcome' });
