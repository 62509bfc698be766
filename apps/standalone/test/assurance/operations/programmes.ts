import type { OperationCases } from '../operations.js';
import type { Role, TenantWorld } from '../world.js';
import { acceptedPair, applyTo, freshCohort, freshConcern, freshDuo, today, worldPolicy } from '../progmatch.js';

/*
 * How the assurance suites call each of the programmes module's GraphQL operations (42 fields).
 * Objects come from seeds/programmes.ts (`t.ids`). Operations that use something up (a cohort
 * transition, an application, a duo's state, a concern) get a fresh object, made with the tenant's
 * own tokens, on every call. Where the cell is about "the role's own object", the builder picks the
 * caller's own (the mentor's application for the mentor, the mentee's for the mentee, …); roles that
 * have no such object get the mentee's, which they must not reach.
 */

const staffRoles: Role[] = ['coordinator', 'scopedCoordinator', 'mentor', 'mentee', 'staff'];

/** The staff key whose token applies for `role` (roles without a staff record: the mentee, as the target they must not touch). */
function applicantKey(role: Role): 'coordinator' | 'scopedCoordinator' | 'mentor' | 'mentee' | 'staff' {
  return (staffRoles as string[]).includes(role) ? (role as 'coordinator' | 'scopedCoordinator' | 'mentor' | 'mentee' | 'staff') : 'mentee';
}

/** The role's own application in the running cohort (the mentee's for everyone else). */
function ownApplication(t: TenantWorld, role: Role): string {
  return role === 'mentor' ? t.ids.mentorApplicationId : t.ids.menteeApplicationId;
}

const ID = (id: string) => ({ id });

export const programmesOperations: OperationCases = {
  // --- programmes and policy --------------------------------------------------------------------
  programmes: {
    document: `query($tenantId: ID) { programmes(tenantId: $tenantId) { total items { id name } } }`,
    variables: ({ t }) => ({ tenantId: t.tenantId }),
  },
  programme: {
    document: `query($id: ID!) { programme(id: $id) { id name policy { durationMonths } } }`,
    variables: ({ t }) => ID(t.ids.programmeId),
  },
  policyVersions: {
    document: `query($programmeId: ID!) { policyVersions(programmeId: $programmeId) { version } }`,
    variables: ({ t }) => ({ programmeId: t.ids.programmeId }),
  },
  createProgramme: {
    document: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
    variables: ({ t, role }) => {
      const name = `Extra programme ${t.code} by ${role}`;
      t.secrets.add(name);
      return { input: { tenantId: t.tenantId, name, policy: worldPolicy(t) } };
    },
  },
  updateProgrammePolicy: {
    // The same policy again: a new version, nothing the other cases depend on changes.
    document: `mutation($programmeId: ID!, $policy: ProgrammePolicyInput!) { updateProgrammePolicy(programmeId: $programmeId, policy: $policy) { id policyVersion } }`,
    variables: ({ t }) => ({ programmeId: t.ids.programmeId, policy: worldPolicy(t) }),
  },

  // --- cohorts -----------------------------------------------------------------------------------
  cohorts: {
    document: `query($filter: CohortFilter) { cohorts(filter: $filter) { total items { id name } } }`,
    variables: ({ t }) => ({ filter: { tenantId: t.tenantId, programmeId: t.ids.programmeId } }),
  },
  cohort: {
    document: `query($id: ID!) { cohort(id: $id) { id state } }`,
    variables: ({ t }) => ID(t.ids.cohortId),
  },
  createCohort: {
    document: `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    variables: ({ t, role }) => {
      const name = `Extra cohort ${t.code} by ${role}`;
      t.secrets.add(name);
      return { input: { programmeId: t.ids.programmeId, name, startsOn: today() } };
    },
  },
  transitionCohort: {
    document: `mutation($cohortId: ID!, $to: CohortState!) { transitionCohort(cohortId: $cohortId, to: $to) { state } }`,
    variables: async ({ w, t }) => ({ cohortId: await freshCohort(w, t, 'Draft', 'DRAFT'), to: 'RECRUITING' }),
  },
  eligibleStaff: {
    document: `query($cohortId: ID!) { eligibleStaff(cohortId: $cohortId) { total items { staffId role } } }`,
    variables: ({ t }) => ({ cohortId: t.ids.cohortId }),
  },
  duosNeedingAttention: {
    document: `query($cohortId: ID!) { duosNeedingAttention(cohortId: $cohortId) { relationshipId reasons } }`,
    variables: ({ t }) => ({ cohortId: t.ids.cohortId }),
  },
  cohortDashboard: {
    document: `query($cohortId: ID!) { cohortDashboard(cohortId: $cohortId) { activeDuos meetings openConcerns } }`,
    variables: ({ t }) => ({ cohortId: t.ids.cohortId }),
  },

  // --- applications ------------------------------------------------------------------------------
  myApplications: {
    document: `query { myApplications { id state } }`,
  },
  application: {
    document: `query($id: ID!) { application(id: $id) { id state } }`,
    variables: ({ t, role }) => ID(ownApplication(t, role)),
  },
  applications: {
    document: `query($cohortId: ID!) { applications(cohortId: $cohortId) { total items { id staffId } } }`,
    variables: ({ t }) => ({ cohortId: t.ids.cohortId }),
  },
  submitApplication: {
    // A fresh recruiting cohort per call: one open application per person and cohort.
    document: `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id state } }`,
    variables: async ({ w, t, role }) => ({
      input: {
        cohortId: await freshCohort(w, t, 'Recruiting', 'RECRUITING'),
        role: role === 'mentee' ? 'MENTEE' : 'MENTOR',
        motivation: `Applying as ${role}`,
        functions: ['PSYCHOSOCIAL'],
        languages: ['da'],
        consent: true,
      },
    }),
  },
  withdrawApplication: {
    // The caller's own fresh application (staff roles); the others get the mentee's, which they must not touch.
    document: `mutation($id: ID!) { withdrawApplication(id: $id) { id state } }`,
    variables: async ({ w, t, role }) => {
      const key = applicantKey(role);
      const cohortId = await freshCohort(w, t, 'Withdraw', 'RECRUITING');
      return ID(await applyTo(w, t, t.tokens[key], cohortId, key === 'mentee' ? 'MENTEE' : 'MENTOR'));
    },
  },
  decideApplication: {
    document: `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id state } }`,
    variables: async ({ w, t }) => {
      const cohortId = await freshCohort(w, t, 'Select', 'RECRUITING');
      return { input: { applicationId: await applyTo(w, t, t.tokens.mentee, cohortId, 'MENTEE'), decision: 'ACCEPT' } };
    },
  },

  // --- the duo's view ----------------------------------------------------------------------------
  myRelationships: {
    document: `query { myRelationships { id myRole } }`,
  },
  relationship: {
    document: `query($id: ID!) { relationship(id: $id) { id state meetingCount openConcerns } }`,
    variables: ({ t }) => ID(t.ids.relationshipId),
  },
  agreement: {
    document: `query($relationshipId: ID!) { agreement(relationshipId: $relationshipId) { relationshipId goalsSummary } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.relationshipId }),
  },
  goals: {
    document: `query($relationshipId: ID!) { goals(relationshipId: $relationshipId) { id title } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.relationshipId }),
  },
  meetings: {
    document: `query($relationshipId: ID!) { meetings(relationshipId: $relationshipId) { id notes } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.relationshipId }),
  },
  reflections: {
    document: `query($relationshipId: ID!) { reflections(relationshipId: $relationshipId) { role text } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.relationshipId }),
  },
  myConcerns: {
    document: `query { myConcerns { id details } }`,
  },
  supportConcerns: {
    document: `query { supportConcerns { id details } }`,
  },
  saveAgreement: {
    // A fresh duo: saving resets both acknowledgements of the world's duo otherwise.
    document: `mutation($input: SaveAgreementInput!) { saveAgreement(input: $input) { relationshipId goalsSummary } }`,
    variables: async ({ w, t, role }) => ({ input: { relationshipId: await freshDuo(w, t), goalsSummary: `Agreement saved by ${role} ${t.code}`, cadenceDays: 14 } }),
  },
  acknowledgeAgreement: {
    // Idempotent on the world's duo (its agreement is saved and acknowledged already).
    document: `mutation($relationshipId: ID!) { acknowledgeAgreement(relationshipId: $relationshipId) { relationshipId } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.relationshipId }),
  },
  addGoal: {
    document: `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
    variables: ({ t, role }) => ({ input: { relationshipId: t.ids.relationshipId, title: `Goal added by ${role} ${t.code}`, function: 'PSYCHOSOCIAL' } }),
  },
  updateGoal: {
    document: `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id progress } }`,
    variables: ({ t }) => ({ input: { goalId: t.ids.goalId, progress: 40 } }),
  },
  logMeeting: {
    document: `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`,
    variables: ({ t, role }) => ({
      input: { relationshipId: t.ids.relationshipId, heldOn: today(), durationMinutes: 30, duringShift: false, functions: ['JOB_FAMILIARISATION'], notes: `Meeting logged by ${role} ${t.code}` },
    }),
  },
  answerFitCheck: {
    // A fresh duo after its first meeting: each side answers once.
    document: `mutation($input: AnswerFitCheckInput!) { answerFitCheck(input: $input) { id fitCheckDone } }`,
    variables: async ({ w, t }) => ({ input: { relationshipId: await freshDuo(w, t, { meeting: true }), answer: 'GOOD_FIT' } }),
  },
  raiseConcern: {
    document: `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
    variables: ({ t, role }) => ({ input: { relationshipId: t.ids.relationshipId, category: 'OTHER', details: `Concern raised by ${role} ${t.code}` } }),
  },
  closeConcern: {
    // The raiser (mentor, mentee: their own fresh concern) or the support contact (staff: the mentee's).
    document: `mutation($id: ID!) { closeConcern(id: $id) { id status } }`,
    variables: async ({ w, t, role }) => ID(await freshConcern(w, t, role === 'mentor' ? 'mentor' : 'mentee')),
  },

  // --- the duo or its coordinator ---------------------------------------------------------------
  pauseRelationship: {
    document: `mutation($id: ID!) { pauseRelationship(id: $id) { id state } }`,
    variables: async ({ w, t }) => ID(await freshDuo(w, t)),
  },
  resumeRelationship: {
    document: `mutation($id: ID!) { resumeRelationship(id: $id) { id state } }`,
    variables: async ({ w, t }) => ID(await freshDuo(w, t, { paused: true })),
  },
  endRelationshipEarly: {
    document: `mutation($input: EndRelationshipEarlyInput!) { endRelationshipEarly(input: $input) { id state } }`,
    variables: async ({ w, t }) => ({ input: { relationshipId: await freshDuo(w, t), reason: 'WORKLOAD', rematch: false } }),
  },
  closeRelationship: {
    // Participants close with a reflection; the coordinator closes the record without one.
    document: `mutation($input: CloseRelationshipInput!) { closeRelationship(input: $input) { id state } }`,
    variables: async ({ w, t, role }) => ({
      input: { relationshipId: await freshDuo(w, t), ...(role === 'coordinator' ? {} : { reflection: `Reflection by ${role} ${t.code}` }) },
    }),
  },

  // --- the coordinator ---------------------------------------------------------------------------
  relationships: {
    document: `query($cohortId: ID!) { relationships(cohortId: $cohortId) { total items { id state } } }`,
    variables: ({ t }) => ({ cohortId: t.ids.cohortId }),
  },
  createRelationship: {
    document: `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`,
    variables: async ({ w, t }) => {
      const pair = await acceptedPair(w, t, 'Hand-formed');
      return { input: { mentorApplicationId: pair.mentorApplicationId, menteeApplicationId: pair.menteeApplicationId } };
    },
  },
  checkIns: {
    document: `query($relationshipId: ID!) { checkIns(relationshipId: $relationshipId) { id outcome } }`,
    variables: ({ t }) => ({ relationshipId: t.ids.relationshipId }),
  },
  recordCheckIn: {
    document: `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`,
    variables: ({ t }) => ({ input: { relationshipId: t.ids.relationshipId, on: today(), channel: 'MESSAGE', outcome: 'ON_TRACK' } }),
  },
};
