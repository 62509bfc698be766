import { gql } from '../../platform.js';
import { ok } from '../../fixtures.js';
import type { CaseContext, OperationCases } from '../operations.js';
import { answersFor, courseShape, ENROL, scheduleSession, BOOK } from '../seeds/training.js';
import type { Role, TenantWorld, World } from '../world.js';

/**
 * How the assurance suites call each of the training module's GraphQL operations.
 *
 * Learner operations are called by a role on its own enrolment: mentor, mentee, staff and the
 * coordinator (also a staff member) as themselves; roles without a staff record (tenant admin,
 * platform admin, researcher, anonymous) are given another learner's objects, which only a manager
 * may touch (`spare4`, who takes no course in the seed, or `spare2`, the learner in progress).
 * Builders that use something up (an enrolment, a booking, a questionnaire) make a fresh one first
 * with the tenant's coordinator token.
 */

/** The roles that are staff members and act for themselves. */
const LEARNERS: readonly Role[] = ['coordinator', 'scopedCoordinator', 'mentor', 'mentee', 'staff'];
const learnerKey = (role: Role): string => (LEARNERS.includes(role) ? role : 'spare4');
/** Tenant argument: the platform admin must name the tenant; everyone else may (and then it must be their own). */
const tenantArg = (c: CaseContext) => ({ tenantId: c.t.tenantId });

interface EnrolmentRow {
  id: string;
  courseId: string;
  status: 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN';
  progress: { preAssessmentDone: boolean; postAssessmentDone: boolean; satisfactionDone: boolean };
}

/** A learner's enrolments in the tenant's two courses (read by the coordinator, questionnaire flags by the learner), coordinator course first. */
async function enrolmentsOf(w: World, t: TenantWorld, staffKey: string): Promise<Map<string, EnrolmentRow | undefined>> {
  const r = await ok(
    gql(w.p.url, `query($filter: EnrolmentFilter) { enrolments(filter: $filter, page: { limit: 50 }) { items { id courseId status progress { preAssessmentDone postAssessmentDone satisfactionDone } } } }`, { filter: { staffId: t.staffIds[staffKey] } }, t.tokens.coordinator),
  );
  const items = r.enrolments.items as EnrolmentRow[];
  // Whether a questionnaire was answered is shown to the learner only (kept without their id).
  const own = (t.tokens as Record<string, string | undefined>)[staffKey];
  if (own) {
    const mine = (await ok(gql(w.p.url, `query { myEnrolments { id progress { preAssessmentDone postAssessmentDone satisfactionDone } } }`, {}, own))).myEnrolments as Pick<EnrolmentRow, 'id' | 'progress'>[];
    for (const e of items) e.progress = mine.find((m) => m.id === e.id)?.progress ?? e.progress;
  }
  return new Map([t.ids.coordinatorCourseId, t.ids.mentorCourseId].map((id) => [id, items.find((e) => e.courseId === id)]));
}

async function enrolAs(w: World, t: TenantWorld, staffKey: string, courseId: string): Promise<EnrolmentRow> {
  const r = await ok(gql(w.p.url, `mutation($input: EnrolInput!) { enrol(input: $input) { id courseId status progress { preAssessmentDone postAssessmentDone satisfactionDone } } }`, { input: { courseId, staffId: t.staffIds[staffKey] } }, t.tokens.coordinator));
  return r.enrol as EnrolmentRow;
}

/** An enrolment of the learner that is not withdrawn and meets `need` (enrolling them again where needed). */
async function usableEnrolment(w: World, t: TenantWorld, staffKey: string, need: (e: EnrolmentRow) => boolean = () => true, activeOnly = false): Promise<EnrolmentRow> {
  for (const [courseId, existing] of await enrolmentsOf(w, t, staffKey)) {
    let e = existing;
    if (e?.status === 'COMPLETED' && activeOnly) continue;
    if (!e || e.status === 'WITHDRAWN') e = await enrolAs(w, t, staffKey, courseId);
    if (need(e)) return e;
  }
  throw new Error(`assurance: no usable enrolment left for ${staffKey} in tenant ${t.code}`);
}

/** A course the learner is not (actively) enrolled in, withdrawing an active enrolment if both are taken. */
async function freeCourse(w: World, t: TenantWorld, staffKey: string): Promise<string> {
  const all = await enrolmentsOf(w, t, staffKey);
  for (const [courseId, e] of all) if (!e || e.status === 'WITHDRAWN') return courseId;
  for (const [courseId, e] of all) {
    if (e?.status === 'ACTIVE') {
      await ok(gql(w.p.url, `mutation($id: ID!) { withdrawEnrolment(id: $id) { id } }`, { id: e.id }, t.tokens.coordinator));
      return courseId;
    }
  }
  throw new Error(`assurance: ${staffKey} completed every course of tenant ${t.code}`);
}

/** A fresh session of the coordinator course with the learner enrolled (not booked yet). */
async function freshSession(w: World, t: TenantWorld, staffKey: string): Promise<string> {
  const enrolments = await enrolmentsOf(w, t, staffKey);
  const e = enrolments.get(t.ids.coordinatorCourseId);
  if (!e || e.status === 'WITHDRAWN') await enrolAs(w, t, staffKey, t.ids.coordinatorCourseId);
  return scheduleSession(w, t, t.ids.coordinatorCourseId, `Extra workshop ${t.code}`, 5);
}

async function firstUnit(w: World, t: TenantWorld, courseId: string, withCheck = false) {
  const shape = await courseShape(w, t, courseId);
  return shape.units.find((u) => u.required && (!withCheck || u.questions.length > 0))!;
}

/** The learner's own usable enrolment for a role; other roles get the learner in progress. */
async function learningTarget(c: CaseContext): Promise<{ enrolmentId: string; courseId: string }> {
  if (!LEARNERS.includes(c.role)) return { enrolmentId: c.t.ids.inProgressEnrolmentId, courseId: c.t.ids.mentorCourseId };
  const e = await usableEnrolment(c.w, c.t, c.role);
  return { enrolmentId: e.id, courseId: e.courseId };
}

/** A counter for the codes of courses created by the cases (a code is unique in its tenant). */
let fresh = 0;

/** An authoring call made with the tenant's coordinator token (to make the object a case then removes). */
function authoring(w: World, t: TenantWorld, document: string, variables: Record<string, unknown>) {
  return ok(gql(w.p.url, document, variables, t.tokens.coordinator));
}

export const trainingOperations: OperationCases = {
  // --- courses ---
  defaultCurricula: { document: `query { defaultCurricula { key title modules units } }` },
  trainingCourses: {
    document: `query($tenantId: ID) { trainingCourses(tenantId: $tenantId) { id title version } }`,
    variables: tenantArg,
  },
  trainingCourse: {
    document: `query($id: ID!) { trainingCourse(id: $id) { id title version } }`,
    variables: ({ t }) => ({ id: t.ids.courseId }),
  },
  courseAnswerKey: {
    document: `query($courseId: ID!) { courseAnswerKey(courseId: $courseId) { questionId correctOptionId } }`,
    variables: ({ t }) => ({ courseId: t.ids.courseId }),
  },
  adoptDefaultCourse: {
    document: `mutation($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { id } }`,
    variables: ({ t }) => ({ input: { key: 'MENTOR_CORE', tenantId: t.tenantId } }),
    accept: { CONFLICT: 'the training seed adopted both default curricula; a tenant adopts each once (ALREADY_ADOPTED after the role check)' },
  },
  updateTrainingCourse: {
    document: `mutation($input: UpdateCourseInput!) { updateTrainingCourse(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { id: t.ids.courseId, locale: 'da', title: `Mentoruddannelse ${t.code}` } }),
  },
  updateCourseModule: {
    document: `mutation($input: UpdateCourseModuleInput!) { updateCourseModule(input: $input) { id version } }`,
    variables: async ({ w, t }) => {
      const r = await ok(gql(w.p.url, `query($id: ID!) { trainingCourse(id: $id) { modules { id } } }`, { id: t.ids.courseId }, t.tokens.coordinator));
      return { input: { courseId: t.ids.courseId, moduleId: r.trainingCourse.modules[0].id, locale: 'da', title: `Modul ${t.code}` } };
    },
  },
  updateCourseUnit: {
    document: `mutation($input: UpdateCourseUnitInput!) { updateCourseUnit(input: $input) { id version } }`,
    variables: async ({ w, t }) => ({ input: { courseId: t.ids.courseId, unitId: (await firstUnit(w, t, t.ids.courseId)).id, locale: 'da', title: `Enhed ${t.code}` } }),
  },


  // --- course authoring (issue 17): the seed's course written from scratch; what is removed is made fresh first ---
  createTrainingCourse: {
    document: `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { tenantId: t.tenantId, audience: 'COORDINATOR', baseLocale: 'el', code: `NEW-${t.code}-${++fresh}`, title: 'Νέο μάθημα' } }),
  },
  addCourseModule: {
    document: `mutation($input: AddCourseModuleInput!) { addCourseModule(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { courseId: t.ids.authoredCourseId, cluster: 'CLOSURE', title: 'Κλείσιμο' } }),
  },
  moveCourseModule: {
    document: `mutation($input: MoveCourseModuleInput!) { moveCourseModule(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { courseId: t.ids.authoredCourseId, moduleId: t.ids.authoredModuleId, order: 0 } }),
  },
  removeCourseModule: {
    document: `mutation($courseId: ID!, $moduleId: ID!) { removeCourseModule(courseId: $courseId, moduleId: $moduleId) { id version } }`,
    variables: async ({ w, t }) => {
      const r = await authoring(w, t, `mutation($input: AddCourseModuleInput!) { addCourseModule(input: $input) { modules { id } } }`, { input: { courseId: t.ids.authoredCourseId, cluster: 'CLOSURE', title: 'Προς αφαίρεση' } });
      const modules = r.addCourseModule.modules as { id: string }[];
      return { courseId: t.ids.authoredCourseId, moduleId: modules[modules.length - 1].id };
    },
  },
  addCourseUnit: {
    document: `mutation($input: AddCourseUnitInput!) { addCourseUnit(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { courseId: t.ids.authoredCourseId, moduleId: t.ids.authoredModuleId, title: 'Νέα ενότητα' } }),
  },
  moveCourseUnit: {
    document: `mutation($input: MoveCourseUnitInput!) { moveCourseUnit(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { courseId: t.ids.authoredCourseId, unitId: t.ids.authoredUnitId, order: 0 } }),
  },
  removeCourseUnit: {
    document: `mutation($courseId: ID!, $unitId: ID!) { removeCourseUnit(courseId: $courseId, unitId: $unitId) { id version } }`,
    variables: async ({ w, t }) => {
      const r = await authoring(w, t, `mutation($input: AddCourseUnitInput!) { addCourseUnit(input: $input) { modules { id units { id } } } }`, { input: { courseId: t.ids.authoredCourseId, moduleId: t.ids.authoredModuleId, title: 'Προς αφαίρεση' } });
      const units = (r.addCourseUnit.modules as { id: string; units: { id: string }[] }[]).find((m) => m.id === t.ids.authoredModuleId)!.units;
      return { courseId: t.ids.authoredCourseId, unitId: units[units.length - 1].id };
    },
  },
  addKnowledgeCheckQuestion: {
    document: `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { courseId: t.ids.authoredCourseId, unitId: t.ids.authoredUnitId, kind: 'MULTIPLE', text: 'Ποια;', options: [{ text: 'α' }, { text: 'β' }, { text: 'γ' }], correctOptions: [0, 2] } }),
  },
  updateKnowledgeCheckQuestion: {
    document: `mutation($input: UpdateKnowledgeCheckQuestionInput!) { updateKnowledgeCheckQuestion(input: $input) { id version } }`,
    variables: ({ t }) => ({ input: { courseId: t.ids.authoredCourseId, questionId: t.ids.authoredQuestionId, locale: 'da', text: `Spørgsmål ${t.code}` } }),
  },
  removeKnowledgeCheckQuestion: {
    document: `mutation($courseId: ID!, $questionId: ID!) { removeKnowledgeCheckQuestion(courseId: $courseId, questionId: $questionId) { id version } }`,
    variables: async ({ w, t }) => {
      const r = await authoring(w, t, `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { modules { id units { id knowledgeCheck { questions { id } } } } } }`, {
        input: { courseId: t.ids.authoredCourseId, unitId: t.ids.authoredUnitId, kind: 'SINGLE', text: 'Προς αφαίρεση;', options: [{ text: 'α' }, { text: 'β' }], correctOptions: [1] },
      });
      const unit = (r.addKnowledgeCheckQuestion.modules as { units: { id: string; knowledgeCheck: { questions: { id: string }[] } | null }[] }[]).flatMap((m) => m.units).find((u) => u.id === t.ids.authoredUnitId)!;
      const questions = unit.knowledgeCheck!.questions;
      return { courseId: t.ids.authoredCourseId, questionId: questions[questions.length - 1].id };
    },
  },

  // --- sessions ---
  trainingSessions: {
    document: `query($courseId: ID!) { trainingSessions(courseId: $courseId) { id title seatsLeft } }`,
    variables: ({ t }) => ({ courseId: t.ids.courseId }),
  },
  tenantTrainingSessions: {
    document: `query($filter: TrainingSessionFilter) { tenantTrainingSessions(filter: $filter, page: { limit: 20 }) { total items { id title courseId cancelledAt } } }`,
    variables: (c) => ({ filter: tenantArg(c) }),
  },
  sessionRegister: {
    document: `query($sessionId: ID!) { sessionRegister(sessionId: $sessionId) { session { id } entries { staffId status attendance } } }`,
    variables: ({ t }) => ({ sessionId: t.ids.sessionId }),
  },
  mySessionBookings: { document: `query { mySessionBookings { id sessionId status } }` },
  scheduleTrainingSession: {
    document: `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
    variables: ({ t }) => ({
      input: { courseId: t.ids.coordinatorCourseId, title: `Follow-up workshop ${t.code}`, startsAt: '2031-03-03T08:00:00.000Z', endsAt: '2031-03-03T12:00:00.000Z', place: `Training centre ${t.code}`, trainerStaffId: t.staffIds.spare1, capacity: 8, language: 'en' },
    }),
  },
  updateTrainingSession: {
    document: `mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) { id capacity } }`,
    variables: ({ t }) => ({ input: { id: t.ids.sessionId, capacity: 12 } }),
  },
  cancelTrainingSession: {
    document: `mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { id cancelledAt cancelReason } }`,
    variables: async ({ w, t }) => ({ input: { id: await scheduleSession(w, t, t.ids.coordinatorCourseId, `Workshop to cancel ${t.code}`, 5), reason: 'The trainer is ill' } }),
  },
  bookTrainingSession: {
    document: `mutation($input: BookTrainingSessionInput!) { bookTrainingSession(input: $input) { id status } }`,
    variables: async ({ w, t, role }) => {
      const key = learnerKey(role);
      return { input: { sessionId: await freshSession(w, t, key), staffId: t.staffIds[key] } };
    },
  },
  cancelTrainingBooking: {
    document: `mutation($input: BookTrainingSessionInput!) { cancelTrainingBooking(input: $input) { id status } }`,
    variables: async ({ w, t, role }) => {
      const key = learnerKey(role);
      const sessionId = await freshSession(w, t, key);
      await ok(gql(w.p.url, BOOK, { input: { sessionId, staffId: t.staffIds[key] } }, t.tokens.coordinator));
      return { input: { sessionId, staffId: t.staffIds[key] } };
    },
  },
  recordAttendance: {
    document: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { session { id } entries { staffId attendance } } }`,
    variables: ({ t }) => ({ input: { sessionId: t.ids.sessionId, entries: [{ staffId: t.staffIds.mentor, present: true }] } }),
  },

  // --- enrolments and learning ---
  enrolments: {
    document: `query($filter: EnrolmentFilter) { enrolments(filter: $filter) { total items { id staffId status } } }`,
    variables: ({ t }) => ({ filter: { tenantId: t.tenantId, courseId: t.ids.courseId } }),
  },
  enrolment: {
    document: `query($id: ID!) { enrolment(id: $id) { id status progress { requiredUnitsDone } } }`,
    variables: ({ t, role }) => ({ id: role === 'mentee' ? t.ids.menteeEnrolmentId : t.ids.mentorEnrolmentId }),
  },
  myEnrolments: { document: `query { myEnrolments { id courseId status } }` },
  enrol: {
    document: ENROL,
    variables: async ({ w, t, role }) => {
      const key = learnerKey(role);
      return { input: { courseId: await freeCourse(w, t, key), staffId: t.staffIds[key] } };
    },
  },
  withdrawEnrolment: {
    document: `mutation($id: ID!) { withdrawEnrolment(id: $id) { id status } }`,
    variables: async ({ w, t, role }) => ({ id: (await usableEnrolment(w, t, learnerKey(role), () => true, true)).id }),
  },
  completeUnit: {
    document: `mutation($enrolmentId: ID!, $unitId: ID!) { completeUnit(enrolmentId: $enrolmentId, unitId: $unitId) { id status } }`,
    variables: async (c) => {
      const target = await learningTarget(c);
      return { enrolmentId: target.enrolmentId, unitId: (await firstUnit(c.w, c.t, target.courseId)).id };
    },
  },
  submitKnowledgeCheck: {
    document: `mutation($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) { score passMark passed } }`,
    variables: async (c) => {
      const target = await learningTarget(c);
      const unit = await firstUnit(c.w, c.t, target.courseId, true);
      return { input: { enrolmentId: target.enrolmentId, unitId: unit.id, answers: unit.questions.map((q) => ({ questionId: q.id, optionId: q.options[0] })) } };
    },
  },
  submitCourseAssessment: {
    document: `mutation($input: SubmitCourseAssessmentInput!) { submitCourseAssessment(input: $input) { phase score } }`,
    variables: async (c) => {
      const e = LEARNERS.includes(c.role)
        ? await usableEnrolment(c.w, c.t, c.role, (x) => !x.progress.preAssessmentDone || !x.progress.postAssessmentDone)
        : { id: c.t.ids.inProgressEnrolmentId, courseId: c.t.ids.mentorCourseId, progress: { preAssessmentDone: true } };
      const shape = await courseShape(c.w, c.t, e.courseId);
      return { input: { enrolmentId: e.id, phase: e.progress.preAssessmentDone ? 'POST' : 'PRE', answers: answersFor(shape.assessment, new Map(), 0) } };
    },
  },
  submitCourseSatisfaction: {
    document: `mutation($input: SubmitCourseSatisfactionInput!) { submitCourseSatisfaction(input: $input) }`,
    variables: async (c) => {
      const e = LEARNERS.includes(c.role) ? await usableEnrolment(c.w, c.t, c.role, (x) => !x.progress.satisfactionDone) : { id: c.t.ids.inProgressEnrolmentId, courseId: c.t.ids.mentorCourseId };
      const shape = await courseShape(c.w, c.t, e.courseId);
      return { input: { enrolmentId: e.id, answers: shape.satisfaction.map((questionId) => ({ questionId, value: 4 })) } };
    },
  },

  // --- certificates ---
  myCertificates: { document: `query { myCertificates { id code valid } }` },
  certificate: {
    document: `query($id: ID!) { certificate(id: $id) { id code courseTitle valid } }`,
    variables: ({ t, role }) => ({ id: role === 'mentee' ? t.ids.menteeCertificateId : t.ids.certificateId }),
  },
  certificatePdf: {
    document: `query($id: ID!) { certificatePdf(id: $id) { filename contentType } }`,
    variables: ({ t, role }) => ({ id: role === 'mentee' ? t.ids.menteeCertificateId : t.ids.certificateId }),
  },
  verifyCertificate: {
    document: `query($code: String!) { verifyCertificate(code: $code) { valid courseTitle issuedOn } }`,
    variables: ({ t }) => ({ code: t.ids.certificateCode }),
  },
  issueCertificate: {
    document: `mutation($enrolmentId: ID!) { issueCertificate(enrolmentId: $enrolmentId) { id code } }`,
    variables: ({ t, role }) => ({ enrolmentId: role === 'mentee' ? t.ids.menteeEnrolmentId : t.ids.mentorEnrolmentId }),
  },

  // --- reports (aggregates) ---
  trainingReport: {
    document: `query($tenantId: ID, $courseId: ID) { trainingReport(groupBy: COURSE, tenantId: $tenantId, courseId: $courseId) { minCellSize rows { courseId enrolled suppressed } } }`,
    variables: ({ t }) => ({ tenantId: t.tenantId, courseId: t.ids.courseId }),
  },
  courseFeedbackReport: {
    document: `query($courseId: ID!) { courseFeedbackReport(courseId: $courseId) { courseId pre { respondents suppressed } satisfaction { questionId suppressed } } }`,
    variables: ({ t }) => ({ courseId: t.ids.courseId }),
  },
  mentorsTrained: {
    document: `query($cohortId: ID!, $tenantId: ID) { mentorsTrained(cohortId: $cohortId, tenantId: $tenantId) { cohortId trained needed shortfall } }`,
    // The programmes seed's cohort; without one any id (cohorts are not checked, only counted).
    variables: ({ t }) => ({ cohortId: t.ids.cohortId ?? t.ids.courseId, tenantId: t.tenantId }),
  },
};
