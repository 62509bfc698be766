/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddGoalInput = {
  description?: string | null | undefined;
  function: MentoringFunction;
  relationshipId: string;
  title: string;
};

export type AnswerFitCheckInput = {
  answer: FitCheckAnswer;
  relationshipId: string;
};

export type ApplicationState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'SUBMITTED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type CloseRelationshipInput = {
  /** Your reflection (participants); coordinators close without one. */
  reflection?: string | null | undefined;
  relationshipId: string;
};

export type ConcernCategory =
  | 'CONDUCT'
  | 'OTHER'
  | 'RELATIONSHIP'
  | 'SAFETY'
  | 'WELLBEING';

export type ConcernStatus =
  | 'CLOSED'
  | 'OPEN';

export type EarlyEndReason =
  | 'MENTEE_LEFT_SERVICE'
  | 'MENTOR_LEFT_SERVICE'
  | 'MOVED_INSTITUTION'
  | 'NOT_A_FIT'
  | 'OTHER'
  | 'PERSONAL'
  | 'WORKLOAD';

export type EndRelationshipEarlyInput = {
  reason: EarlyEndReason;
  relationshipId: string;
  /** Ask for a new mentor for the mentee. */
  rematch: boolean;
};

export type EnrolInput = {
  cohortId?: string | null | undefined;
  courseId: string;
  /** A coordinator enrolling a learner; omit for yourself. */
  staffId?: string | null | undefined;
};

/** ACTIVE, COMPLETED (computed from the rules) or WITHDRAWN. */
export type EnrolmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'WITHDRAWN';

export type FitCheckAnswer =
  | 'GOOD_FIT'
  | 'NOT_A_FIT';

export type GoalStatus =
  | 'ACHIEVED'
  | 'DROPPED'
  | 'OPEN';

/** A built-in instrument of the registry. */
export type InstrumentCode =
  | 'CBI'
  | 'GSE'
  | 'M4P_CONFIDENCE'
  | 'M4P_INTEGRATION'
  | 'M4P_SATISFACTION'
  | 'PSS4'
  | 'PSS10'
  | 'TURNOVER3'
  | 'WHO5';

export type LogMeetingInput = {
  durationMinutes: number;
  duringShift: boolean;
  functions: Array<MentoringFunction>;
  /** Date as YYYY-MM-DD. */
  heldOn: string;
  notes?: string | null | undefined;
  relationshipId: string;
};

/** The two mentoring functions: psychosocial support and job familiarisation. */
export type MentoringFunction =
  | 'JOB_FAMILIARISATION'
  | 'PSYCHOSOCIAL';

export type ParticipantRole =
  | 'MENTEE'
  | 'MENTOR';

export type RaiseConcernInput = {
  category: ConcernCategory;
  details: string;
  relationshipId: string;
};

export type RelationshipState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'ENDED_EARLY'
  | 'PAUSED';

export type SaveAgreementInput = {
  cadenceDays: number;
  goalsSummary: string;
  practicalities?: string | null | undefined;
  relationshipId: string;
};

export type SaveSurveyAnswersInput = {
  answers: Array<SurveyAnswerInput>;
  invitationId: string;
  /** Complete the response (every score needs its minimum number of answers). */
  submit: boolean;
};

export type SubmitApplicationInput = {
  cohortId: string;
  conflictStaffIds?: Array<string> | null | undefined;
  /** Taking part is voluntary: agree to the consent text. */
  consent: boolean;
  functions: Array<MentoringFunction>;
  languages: Array<string>;
  motivation: string;
  preferredStaffIds?: Array<string> | null | undefined;
  prefersSameUnit?: boolean | null | undefined;
  role: ParticipantRole;
  strengthsOrNeeds?: string | null | undefined;
};

export type SurveyAnswerInput = {
  instrumentCode: InstrumentCode;
  itemId: string;
  /** null clears a saved answer. */
  value?: number | null | undefined;
};

export type SurveyInvitationState =
  | 'COMPLETED'
  | 'EXPIRED'
  | 'OPEN'
  | 'SCHEDULED'
  | 'STARTED';

/** BASELINE at relationship start, MIDPOINT, CLOSURE at its end, FOLLOW_UP months later. */
export type SurveyWaveKind =
  | 'BASELINE'
  | 'CLOSURE'
  | 'FOLLOW_UP'
  | 'MIDPOINT';

export type UpdateGoalInput = {
  description?: string | null | undefined;
  goalId: string;
  progress?: number | null | undefined;
  status?: GoalStatus | null | undefined;
  title?: string | null | undefined;
};

export type OpenCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCohortsQuery = { cohorts: { items: Array<{ id: string, name: string, startsOn: string, endsOn: string, programmeId: string }> }, myApplications: Array<{ id: string, cohortId: string, role: ParticipantRole, state: ApplicationState, submittedAt: string }> };

export type ParticipationConsentQueryVariables = Exact<{ [key: string]: never; }>;


export type ParticipationConsentQuery = { consentTexts: Array<{ id: string, locale: string, text: string, version: number }> };

export type ApplyMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type ApplyMutation = { submitApplication: { id: string, cohortId: string, role: ParticipantRole, state: ApplicationState, submittedAt: string } };

export type WithdrawMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawMutation = { withdrawApplication: { id: string, state: ApplicationState } };

export type SettingsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsMeQuery = { me: { accountId: string, email: string, locale: string } };

export type MyTrainingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTrainingQuery = { trainingCourses: Array<{ id: string, title: string, description: string }>, myEnrolments: Array<{ id: string, courseId: string, status: EnrolmentStatus, completedOn: string | null, certificateId: string | null, progress: { requiredUnits: number, requiredUnitsDone: number, checksPassed: number, checksRequired: number } }>, myCertificates: Array<{ id: string, courseTitle: string, issuedOn: string, code: string, valid: boolean }> };

export type EnrolMeMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolMeMutation = { enrol: { id: string, courseId: string, status: EnrolmentStatus } };

export type CertificatePdfQueryVariables = Exact<{
  id: string;
}>;


export type CertificatePdfQuery = { certificatePdf: { base64: string, contentType: string, filename: string } };

export type MyDuosQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDuosQuery = { myRelationships: Array<{ id: string, state: RelationshipState, myRole: ParticipantRole | null, startedOn: string, plannedEndOn: string, meetingCount: number, lastMeetingOn: string | null, fitCheckDone: boolean, agreementAcknowledged: boolean, mentorStaffId: string, menteeStaffId: string }> };

export type DuoDetailQueryVariables = Exact<{
  id: string;
}>;


export type DuoDetailQuery = { agreement: { relationshipId: string, cadenceDays: number, goalsSummary: string | null, practicalities: string | null, confidentialityText: string, mentorAcknowledgedAt: string | null, menteeAcknowledgedAt: string | null }, goals: Array<{ id: string, title: string, function: MentoringFunction, progress: number, status: GoalStatus }>, meetings: Array<{ id: string, heldOn: string, durationMinutes: number, functions: Array<MentoringFunction> }> };

export type LogMeetingMutationVariables = Exact<{
  input: LogMeetingInput;
}>;


export type LogMeetingMutation = { logMeeting: { id: string, heldOn: string, durationMinutes: number, functions: Array<MentoringFunction> } };

export type SaveAgreementMutationVariables = Exact<{
  input: SaveAgreementInput;
}>;


export type SaveAgreementMutation = { saveAgreement: { relationshipId: string, cadenceDays: number, goalsSummary: string | null, practicalities: string | null, mentorAcknowledgedAt: string | null, menteeAcknowledgedAt: string | null } };

export type AcknowledgeAgreementMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeAgreementMutation = { acknowledgeAgreement: { relationshipId: string, mentorAcknowledgedAt: string | null, menteeAcknowledgedAt: string | null } };

export type AddGoalMutationVariables = Exact<{
  input: AddGoalInput;
}>;


export type AddGoalMutation = { addGoal: { id: string, title: string, function: MentoringFunction, progress: number, status: GoalStatus } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, progress: number, status: GoalStatus } };

export type AnswerFitCheckMutationVariables = Exact<{
  input: AnswerFitCheckInput;
}>;


export type AnswerFitCheckMutation = { answerFitCheck: { id: string, state: RelationshipState, fitCheckDone: boolean } };

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type RaiseConcernMutation = { raiseConcern: { id: string, status: ConcernStatus, supportContact: { name: string, howToReach: string } } };

export type PauseDuoMutationVariables = Exact<{
  id: string;
}>;


export type PauseDuoMutation = { pauseRelationship: { id: string, state: RelationshipState } };

export type ResumeDuoMutationVariables = Exact<{
  id: string;
}>;


export type ResumeDuoMutation = { resumeRelationship: { id: string, state: RelationshipState } };

export type EndDuoEarlyMutationVariables = Exact<{
  input: EndRelationshipEarlyInput;
}>;


export type EndDuoEarlyMutation = { endRelationshipEarly: { id: string, state: RelationshipState } };

export type CloseDuoMutationVariables = Exact<{
  input: CloseRelationshipInput;
}>;


export type CloseDuoMutation = { closeRelationship: { id: string, state: RelationshipState } };

export type MySurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MySurveysQuery = { mySurveyInvitations: Array<{ id: string, wave: SurveyWaveKind, state: SurveyInvitationState, dueOn: string, answered: number, itemCount: number }>, mySurveyScores: Array<{ invitationId: string, instrumentCode: InstrumentCode, wave: SurveyWaveKind, score: string, value: number | null, min: number, max: number, signpost: boolean, completedOn: string }> };

export type SurveyDetailQueryVariables = Exact<{
  id: string;
}>;


export type SurveyDetailQuery = { mySurveyInvitation: { id: string, wave: SurveyWaveKind, state: SurveyInvitationState, answered: number, itemCount: number, attributions: Array<string>, items: Array<{ itemId: string, instrumentCode: InstrumentCode, text: string | null, anchors: Array<string>, responseMin: number, responseMax: number, value: number | null }> } };

export type SaveSurveyAnswersMutationVariables = Exact<{
  input: SaveSurveyAnswersInput;
}>;


export type SaveSurveyAnswersMutation = { saveSurveyAnswers: { id: string, state: SurveyInvitationState, answered: number, itemCount: number, items: Array<{ itemId: string, instrumentCode: InstrumentCode, value: number | null }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };


export const OpenCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"RECRUITING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"programmeId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<OpenCohortsQuery, OpenCohortsQueryVariables>;
export const ParticipationConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationConsent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"StringValue","value":"programme.participation","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ParticipationConsentQuery, ParticipationConsentQueryVariables>;
export const ApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Apply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<ApplyMutation, ApplyMutationVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;
export const SettingsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SettingsMeQuery, SettingsMeQueryVariables>;
export const MyTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTraining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredUnits"}},{"kind":"Field","name":{"kind":"Name","value":"requiredUnitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"checksPassed"}},{"kind":"Field","name":{"kind":"Name","value":"checksRequired"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<MyTrainingQuery, MyTrainingQueryVariables>;
export const EnrolMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EnrolMeMutation, EnrolMeMutationVariables>;
export const CertificatePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificatePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificatePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base64"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<CertificatePdfQuery, CertificatePdfQueryVariables>;
export const MyDuosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDuos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRelationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"fitCheckDone"}},{"kind":"Field","name":{"kind":"Name","value":"agreementAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"mentorStaffId"}},{"kind":"Field","name":{"kind":"Name","value":"menteeStaffId"}}]}}]}}]} as unknown as DocumentNode<MyDuosQuery, MyDuosQueryVariables>;
export const DuoDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuoDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relationshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipId"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"goalsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"practicalities"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialityText"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAcknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relationshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relationshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}}]}}]}}]} as unknown as DocumentNode<DuoDetailQuery, DuoDetailQueryVariables>;
export const LogMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}}]}}]}}]} as unknown as DocumentNode<LogMeetingMutation, LogMeetingMutationVariables>;
export const SaveAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipId"}},{"kind":"Field","name":{"kind":"Name","value":"cadenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"goalsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"practicalities"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAcknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<SaveAgreementMutation, SaveAgreementMutationVariables>;
export const AcknowledgeAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relationshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipId"}},{"kind":"Field","name":{"kind":"Name","value":"mentorAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"menteeAcknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAgreementMutation, AcknowledgeAgreementMutationVariables>;
export const AddGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddGoalMutation, AddGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const AnswerFitCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFitCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerFitCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFitCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fitCheckDone"}}]}}]}}]} as unknown as DocumentNode<AnswerFitCheckMutation, AnswerFitCheckMutationVariables>;
export const RaiseConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"howToReach"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseConcernMutation, RaiseConcernMutationVariables>;
export const PauseDuoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseDuo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PauseDuoMutation, PauseDuoMutationVariables>;
export const ResumeDuoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeDuo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ResumeDuoMutation, ResumeDuoMutationVariables>;
export const EndDuoEarlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndDuoEarly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRelationshipEarlyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRelationshipEarly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<EndDuoEarlyMutation, EndDuoEarlyMutationVariables>;
export const CloseDuoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseDuo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CloseDuoMutation, CloseDuoMutationVariables>;
export const MySurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveyInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySurveyScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"signpost"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}}]}}]}}]} as unknown as DocumentNode<MySurveysQuery, MySurveysQueryVariables>;
export const SurveyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"attributions"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"anchors"}},{"kind":"Field","name":{"kind":"Name","value":"responseMin"}},{"kind":"Field","name":{"kind":"Name","value":"responseMax"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyDetailQuery, SurveyDetailQueryVariables>;
export const SaveSurveyAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurveyAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSurveyAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurveyAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSurveyAnswersMutation, SaveSurveyAnswersMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;