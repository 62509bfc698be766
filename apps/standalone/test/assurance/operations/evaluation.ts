import type { OperationCases } from '../operations.js';
import { PLAN_WAVES, who5 } from '../seeds/evaluation.js';

/**
 * How the assurance suites call each of the evaluation module's GraphQL operations.
 *
 * Respondent operations are called by the mentor and the mentee on their own open baseline
 * invitation of the duo's programme (other roles are given the mentor's, which is nobody else's);
 * aggregates and exports use the seed's finished pilot, whose baseline and closure both completed.
 * Saving answers never submits, so the invitations stay open for every allowed call.
 */
export const evaluationOperations: OperationCases = {
  evaluationInstruments: { document: `query { evaluationInstruments { code version textLocales } }` },
  loadInstrumentText: {
    document: `mutation($input: LoadInstrumentTextInput!) { loadInstrumentText(input: $input) { instrumentCode locale items } }`,
    variables: ({ t }) => ({
      input: { instrumentCode: 'WHO5', locale: 'da', source: `Licensed wording ${t.code}`, anchors: ['0', '1', '2', '3', '4', '5'], items: [1, 2, 3, 4, 5].map((i) => ({ itemId: `who5_${i}`, text: `WHO-5 punkt ${i} ${t.code}` })) },
    }),
  },
  evaluationProgrammes: { document: `query { evaluationProgrammes { programmeId relationships hasPlan } }` },
  surveyPlan: {
    document: `query($programmeId: ID!) { surveyPlan(programmeId: $programmeId) { id version waves { kind } } }`,
    variables: ({ t }) => ({ programmeId: t.ids.evaluationProgrammeId }),
  },
  saveSurveyPlan: {
    document: `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { programmeId: t.ids.evaluationProgrammeId, waves: PLAN_WAVES } }),
  },
  mySurveyInvitations: { document: `query { mySurveyInvitations { id programmeId wave state } }` },
  mySurveyInvitation: {
    document: `query($id: ID!) { mySurveyInvitation(id: $id) { id state answered items { itemId value } } }`,
    variables: ({ t, role }) => ({ id: role === 'mentee' ? t.ids.menteeInvitationId : t.ids.mentorInvitationId }),
  },
  saveSurveyAnswers: {
    document: `mutation($input: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $input) { id state answered } }`,
    variables: ({ t, role }) => ({ input: { invitationId: role === 'mentee' ? t.ids.menteeInvitationId : t.ids.mentorInvitationId, answers: who5(12).slice(0, 2), submit: false } }),
  },
  mySurveyScores: { document: `query { mySurveyScores { invitationId wave instrumentCode score value } }` },
  prePostReport: {
    document: `query($input: PrePostReportInput!) { prePostReport(input: $input) { programmeId cells { instrumentCode score group pairs suppressed meanChange } } }`,
    variables: ({ t }) => ({ input: { programmeId: t.ids.pilotProgrammeId, breakdown: 'ROLE' } }),
  },
  surveyResponseFlow: {
    document: `query($programmeId: ID!) { surveyResponseFlow(programmeId: $programmeId) { programmeId waves { wave invited completed } } }`,
    variables: ({ t }) => ({ programmeId: t.ids.evaluationProgrammeId }),
  },
  programmeOutcomes: {
    document: `query($programmeId: ID!) { programmeOutcomes(programmeId: $programmeId) { programmeId duosFormed activeDuos meetingsLogged } }`,
    variables: ({ t }) => ({ programmeId: t.ids.evaluationProgrammeId }),
  },
  surveyExport: {
    document: `query($input: SurveyExportInput!) { surveyExport(input: $input) { header csv rows total nextOffset } }`,
    variables: ({ t }) => ({ input: { programmeId: t.ids.pilotProgrammeId, wave: 'CLOSURE', form: 'LONG' } }),
  },
  surveyCodebook: {
    document: `query($programmeId: ID!) { surveyCodebook(programmeId: $programmeId) { variables } }`,
    variables: ({ t }) => ({ programmeId: t.ids.pilotProgrammeId }),
  },
};
