import { gql } from '../../platform.js';
import { ok } from '../../fixtures.js';
import type { Seed, TenantWorld, World } from '../world.js';

/**
 * The training module's objects in one tenant of the assurance world, made through the GraphQL API
 * as the coordinator, the learners and the trainer would. Ids it adds to `t.ids`:
 *
 * - `courseId` / `mentorCourseId`: the adopted MENTOR_CORE course (rules: one session attended);
 * - `coordinatorCourseId`: the adopted COORDINATOR_CORE course (same rule);
 * - `sessionId`: a session of the mentor course (trainer `spare1`), the mentor and `spare2` booked,
 *   the mentor marked present; `coordinatorSessionId`: a session of the coordinator course, the
 *   mentee booked and present;
 * - `enrolmentId` / `mentorEnrolmentId`: the mentor's enrolment in the mentor course, completed (pre
 *   and post questionnaires, satisfaction) with a certificate: `certificateId`, `certificateCode`;
 * - `menteeEnrolmentId`, `menteeCertificateId`, `menteeCertificateCode`: the mentee completed the
 *   coordinator course (so the mentee has a certificate of their own);
 * - `inProgressEnrolmentId`: `spare2` in the mentor course, in progress (pre questionnaire, one unit,
 *   a booking, no attendance yet);
 * - `authoredCourseId`: a course the coordinator wrote from scratch (issue 17; base language Greek,
 *   code `OWN-<tenant>`), with one module (`authoredModuleId`), one unit (`authoredUnitId`) and one
 *   single-choice question (`authoredQuestionId`); nobody is enrolled.
 */

export interface CourseShape {
  id: string;
  units: { id: string; required: boolean; questions: { id: string; options: string[] }[] }[];
  assessment: { id: string; options: string[] }[];
  satisfaction: string[];
}

const COURSE = `query($id: ID!) { trainingCourse(id: $id) { id
  modules { units { id required knowledgeCheck { questions { id options { id } } } } }
  assessment { id options { id } } satisfaction { id } } }`;

/** A course's units, checks and questionnaires (as any member of the tenant reads them). */
export async function courseShape(w: World, t: TenantWorld, courseId: string): Promise<CourseShape> {
  const { trainingCourse: c } = await ok(gql(w.p.url, COURSE, { id: courseId }, t.tokens.coordinator));
  type Q = { id: string; options: { id: string }[] };
  const q = (x: Q) => ({ id: x.id, options: x.options.map((o) => o.id) });
  return {
    id: c.id,
    units: (c.modules as { units: { id: string; required: boolean; knowledgeCheck: { questions: Q[] } | null }[] }[]).flatMap((m) =>
      m.units.map((u) => ({ id: u.id, required: u.required, questions: u.knowledgeCheck?.questions.map(q) ?? [] })),
    ),
    assessment: (c.assessment as Q[]).map(q),
    satisfaction: (c.satisfaction as { id: string }[]).map((s) => s.id),
  };
}

/** The right option of every question of a course (coordinators read the answer key). */
export async function answerKey(w: World, t: TenantWorld, courseId: string): Promise<Map<string, string>> {
  const r = await ok(gql(w.p.url, `query($id: ID!) { courseAnswerKey(courseId: $id) { questionId correctOptionId } }`, { id: courseId }, t.tokens.coordinator));
  return new Map((r.courseAnswerKey as { questionId: string; correctOptionId: string }[]).map((k) => [k.questionId, k.correctOptionId]));
}

/** Answers to a list of questions: the first `right` of them right, the others wrong. */
export function answersFor(questions: { id: string; options: string[] }[], key: Map<string, string>, right = questions.length) {
  return questions.map((q, i) => ({ questionId: q.id, optionId: i < right ? key.get(q.id)! : q.options.find((o) => o !== key.get(q.id))! }));
}

export const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id status } }`;
export const BOOK = `mutation($input: BookTrainingSessionInput!) { bookTrainingSession(input: $input) { id status } }`;
export const SCHEDULE = `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`;
const ASSESS = `mutation($input: SubmitCourseAssessmentInput!) { submitCourseAssessment(input: $input) { score } }`;
const SATISFACTION = `mutation($input: SubmitCourseSatisfactionInput!) { submitCourseSatisfaction(input: $input) }`;
const UNIT = `mutation($e: ID!, $u: ID!) { completeUnit(enrolmentId: $e, unitId: $u) { status } }`;
const CHECK = `mutation($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) { passed } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { session { id } } }`;
const ENROLMENT = `query($id: ID!) { enrolment(id: $id) { id status certificateId } }`;

/** A session of a course two days from now, scheduled by the coordinator. */
export async function scheduleSession(w: World, t: TenantWorld, courseId: string, title: string, capacity = 10): Promise<string> {
  const start = new Date(Date.now() + 2 * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  const r = await ok(
    gql(w.p.url, SCHEDULE, {
      input: { courseId, title, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(), place: `Training centre ${t.code}`, trainerStaffId: t.staffIds.spare1, capacity, language: 'en' },
    }, t.tokens.coordinator),
  );
  t.secrets.add(r.scheduleTrainingSession.id);
  return r.scheduleTrainingSession.id as string;
}

/** A learner (by token) does the whole self-paced part of a course: every required unit and check, right. */
async function doUnits(w: World, token: string, enrolmentId: string, course: CourseShape, key: Map<string, string>, only?: number): Promise<void> {
  for (const u of course.units.filter((x) => x.required).slice(0, only)) {
    await ok(gql(w.p.url, UNIT, { e: enrolmentId, u: u.id }, token));
    if (u.questions.length) await ok(gql(w.p.url, CHECK, { input: { enrolmentId, unitId: u.id, answers: answersFor(u.questions, key) } }, token));
  }
}

/**
 * One learner's whole course, as themself (the trainer keeps the register): enrolled, pre
 * questionnaire, booked, present, every unit and check, post questionnaire, satisfaction.
 * Returns the enrolment and its certificate (issued at completion).
 */
async function completeCourse(w: World, t: TenantWorld, learner: string, course: CourseShape, key: Map<string, string>, sessionId: string, pre: number, post: number) {
  const token = t.tokens[learner];
  const e = await ok(gql(w.p.url, ENROL, { input: { courseId: course.id } }, token));
  const enrolmentId = e.enrol.id as string;
  await ok(gql(w.p.url, ASSESS, { input: { enrolmentId, phase: 'PRE', answers: answersFor(course.assessment, key, pre) } }, token));
  await ok(gql(w.p.url, BOOK, { input: { sessionId } }, token));
  await ok(gql(w.p.url, RECORD, { input: { sessionId, entries: [{ staffId: t.staffIds[learner], present: true }] } }, t.tokens.spare1));
  await doUnits(w, token, enrolmentId, course, key);
  await ok(gql(w.p.url, ASSESS, { input: { enrolmentId, phase: 'POST', answers: answersFor(course.assessment, key, post) } }, token));
  await ok(gql(w.p.url, SATISFACTION, { input: { enrolmentId, answers: course.satisfaction.map((id, i) => ({ questionId: id, value: 3 + (i % 3) })) } }, token));
  const done = await ok(gql(w.p.url, ENROLMENT, { id: enrolmentId }, token));
  if (done.enrolment.status !== 'COMPLETED' || !done.enrolment.certificateId) throw new Error(`training seed: ${learner} did not complete: ${JSON.stringify(done)}`);
  const cert = await ok(gql(w.p.url, `query($id: ID!) { certificate(id: $id) { id code } }`, { id: done.enrolment.certificateId }, token));
  return { enrolmentId, certificateId: cert.certificate.id as string, certificateCode: cert.certificate.code as string };
}

export const seedTraining: Seed = async (w, t) => {
  const coord = t.tokens.coordinator;
  const ids: Record<string, string> = {};
  for (const [key, name, title] of [
    ['MENTOR_CORE', 'mentorCourseId', `Mentor course ${t.code}`],
    ['COORDINATOR_CORE', 'coordinatorCourseId', `Coordinator course ${t.code}`],
  ] as const) {
    const r = await ok(gql(w.p.url, `mutation($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { id } }`, { input: { key } }, coord));
    ids[name] = r.adoptDefaultCourse.id;
    // One facilitated session is enough to complete in this world (the default asks for two).
    await ok(gql(w.p.url, `mutation($input: UpdateCourseInput!) { updateTrainingCourse(input: $input) { version } }`, { input: { id: ids[name], locale: 'en', title, rules: { minSessionsAttended: 1 } } }, coord));
    t.secrets.add(ids[name]).add(title);
  }
  const mentorCourse = await courseShape(w, t, ids.mentorCourseId);
  const coordinatorCourse = await courseShape(w, t, ids.coordinatorCourseId);
  const mentorKey = await answerKey(w, t, ids.mentorCourseId);
  const coordinatorKey = await answerKey(w, t, ids.coordinatorCourseId);
  ids.sessionId = await scheduleSession(w, t, ids.mentorCourseId, `Opening workshop ${t.code}`);
  ids.coordinatorSessionId = await scheduleSession(w, t, ids.coordinatorCourseId, `Coordination workshop ${t.code}`);

  const mentor = await completeCourse(w, t, 'mentor', mentorCourse, mentorKey, ids.sessionId, 1, mentorCourse.assessment.length);
  ids.mentorEnrolmentId = mentor.enrolmentId;
  ids.certificateId = mentor.certificateId;
  ids.certificateCode = mentor.certificateCode;
  const mentee = await completeCourse(w, t, 'mentee', coordinatorCourse, coordinatorKey, ids.coordinatorSessionId, 0, 1);
  ids.menteeEnrolmentId = mentee.enrolmentId;
  ids.menteeCertificateId = mentee.certificateId;
  ids.menteeCertificateCode = mentee.certificateCode;

  // Another learner, in progress: enrolled by the coordinator, pre questionnaire, one unit, a seat.
  const e = await ok(gql(w.p.url, ENROL, { input: { courseId: ids.mentorCourseId, staffId: t.staffIds.spare2 } }, coord));
  ids.inProgressEnrolmentId = e.enrol.id;
  await ok(gql(w.p.url, ASSESS, { input: { enrolmentId: ids.inProgressEnrolmentId, phase: 'PRE', answers: answersFor(mentorCourse.assessment, mentorKey, 1) } }, t.tokens.spare2));
  await ok(gql(w.p.url, BOOK, { input: { sessionId: ids.sessionId } }, t.tokens.spare2));
  await doUnits(w, t.tokens.spare2, ids.inProgressEnrolmentId, mentorCourse, mentorKey, 1);

  Object.assign(ids, await seedAuthoredCourse(w, t));

  ids.courseId = ids.mentorCourseId;
  ids.enrolmentId = ids.mentorEnrolmentId;
  Object.assign(t.ids, ids);
  for (const [k, v] of Object.entries(ids)) if (k !== 'certificateCode' && k !== 'menteeCertificateCode') t.secrets.add(v);
  // Certificate codes are public by design (anyone may verify one), but never another tenant's answer.
  t.secrets.add(ids.certificateCode).add(ids.menteeCertificateCode);
};

/** A course written from scratch in Greek, with a module, a unit and a question (the authoring operations' objects). */
async function seedAuthoredCourse(w: World, t: TenantWorld): Promise<Record<string, string>> {
  const coord = t.tokens.coordinator;
  const code = `OWN-${t.code}`;
  const c = await ok(gql(w.p.url, `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }`, { input: { audience: 'MENTOR', baseLocale: 'el', code, title: `Μάθημα ${t.code}` } }, coord));
  const courseId = c.createTrainingCourse.id as string;
  t.secrets.add(code);
  const m = await ok(gql(w.p.url, `mutation($input: AddCourseModuleInput!) { addCourseModule(input: $input) { modules { id } } }`, { input: { courseId, cluster: 'COMMUNICATION', title: 'Επικοινωνία' } }, coord));
  const moduleId = m.addCourseModule.modules[0].id as string;
  const u = await ok(gql(w.p.url, `mutation($input: AddCourseUnitInput!) { addCourseUnit(input: $input) { modules { units { id } } } }`, { input: { courseId, moduleId, title: 'Ακρόαση' } }, coord));
  const unitId = u.addCourseUnit.modules[0].units[0].id as string;
  const q = await ok(
    gql(w.p.url, `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { modules { units { knowledgeCheck { questions { id } } } } } }`, { input: { courseId, unitId, kind: 'SINGLE', text: 'Ερώτηση;', options: [{ text: 'Ναι' }, { text: 'Όχι' }], correctOptions: [0] } }, coord),
  );
  const questionId = q.addKnowledgeCheckQuestion.modules[0].units[0].knowledgeCheck.questions[0].id as string;
  return { authoredCourseId: courseId, authoredModuleId: moduleId, authoredUnitId: unitId, authoredQuestionId: questionId };
}
