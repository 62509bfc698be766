import type { GraphQLClient } from '../graphql-client.js';
import type { DemoStep, TenantRun } from './step.js';

/**
 * Training: each tenant adopts the two default courses (and gives them a title in its own
 * language), schedules two facilitated sessions per course, enrols the mentors and the
 * coordinators. Learners do the self-paced units and knowledge checks as themselves, trainers keep
 * the registers; most mentors and all coordinators complete (computed by the service), some drop
 * out, a few are still in progress. Certificates are issued at completion; one is verified by its
 * code with no sign-in. Idempotent: everything is looked up first; learners only do what is left.
 */

const COURSES = `query TrainingCourses { trainingCourses { id key audience version
  modules { units { id required knowledgeCheck { questions { id options { id } } } } }
  assessment { id options { id } } satisfaction { id } } }`;
const ADOPT = `mutation AdoptDefaultCourse($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { id } }`;
const ANSWER_KEY = `query CourseAnswerKey($id: ID!) { courseAnswerKey(courseId: $id) { questionId correctOptionId } }`;
const SESSIONS = `query TrainingSessions($courseId: ID!) { trainingSessions(courseId: $courseId) { id startsAt trainerStaffId } }`;
const SCHEDULE = `mutation ScheduleTrainingSession($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`;
const ENROLMENTS = `query Enrolments($filter: EnrolmentFilter, $page: PageInput) { enrolments(filter: $filter, page: $page) { total items { id staffId status certificateId } } }`;
const ENROL = `mutation Enrol($input: EnrolInput!) { enrol(input: $input) { id } }`;
const MY_ENROLMENTS = `query MyEnrolments { myEnrolments { id courseId status progress { preAssessmentDone postAssessmentDone satisfactionDone units { unitId done checkPassed } } } }`;
const MY_BOOKINGS = `query MySessionBookings { mySessionBookings { sessionId status } }`;
const BOOK = `mutation BookTrainingSession($input: BookTrainingSessionInput!) { bookTrainingSession(input: $input) { status } }`;
const COMPLETE_UNIT = `mutation CompleteUnit($e: ID!, $u: ID!) { completeUnit(enrolmentId: $e, unitId: $u) { status } }`;
const SUBMIT_CHECK = `mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) { passed } }`;
const SUBMIT_ASSESSMENT = `mutation SubmitCourseAssessment($input: SubmitCourseAssessmentInput!) { submitCourseAssessment(input: $input) { score } }`;
const SUBMIT_SATISFACTION = `mutation SubmitCourseSatisfaction($input: SubmitCourseSatisfactionInput!) { submitCourseSatisfaction(input: $input) }`;
const WITHDRAW = `mutation WithdrawEnrolment($id: ID!) { withdrawEnrolment(id: $id) { status } }`;
const REGISTER = `query SessionRegister($id: ID!) { sessionRegister(sessionId: $id) { entries { staffId status attendance } } }`;
const RECORD = `mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { session { id } } }`;
const MY_CERTIFICATES = `query MyCertificates { myCertificates { code } }`;
const VERIFY = `query VerifyCertificate($code: String!) { verifyCertificate(code: $code) { valid holderName courseTitle issuedOn } }`;

interface Course {
  id: string;
  key: 'MENTOR_CORE' | 'COORDINATOR_CORE';
  audience: 'MENTOR' | 'COORDINATOR';
  modules: { units: { id: string; required: boolean; knowledgeCheck: { questions: { id: string; options: { id: string }[] }[] } | null }[] }[];
  assessment: { id: string; options: { id: string }[] }[];
  satisfaction: { id: string }[];
}
interface Enrolment {
  id: string;
  staffId: string;
  status: 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN';
  certificateId: string | null;
}
type Plan = 'complete' | 'in-progress' | 'drop-out';

const chosen = new WeakMap<TenantRun, string[]>();

function yearsBefore(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

function daysBefore(date: string, days: number, hour: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  d.setUTCHours(hour);
  return d.toISOString();
}

/**
 * How many staff take the mentor course, give or take two: about 15.5 % of the staff, so that at
 * the pilot's size (260 staff per tenant) about 40 start it and, after drop-outs and those still in
 * progress, about 30 complete it — enough for ~50 mentees at two mentees per mentor.
 */
export function mentorLearners(staff: number): number {
  return Math.max(8, Math.round(staff * 0.155));
}

/**
 * The staff who take the mentor course: `mentorLearners` ± 2 experienced staff per tenant (hired at least 3 years
 * before the demo's today, not coordinators), drawn with the tenant's seeded random numbers, plus
 * the coordinators. Computed once per tenant run (the same list whoever asks first), lower-case
 * emails. The programmes demo takes its mentors from here.
 */
export function demoMentorEmails(t: TenantRun): string[] {
  const known = chosen.get(t);
  if (known) return known;
  const coordinators = t.spec.coordinatorEmails.map((e) => e.toLowerCase());
  const cutoff = yearsBefore(t.today, 3);
  const pool = t.spec.staff
    .filter((s) => s.hiredOn <= cutoff && !coordinators.includes(s.email.toLowerCase()))
    .map((s) => s.email.toLowerCase())
    .sort();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(t.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const n = Math.min(pool.length, mentorLearners(t.spec.staff.length) - 2 + Math.floor(t.random() * 5));
  const list = [...pool.slice(0, n), ...coordinators];
  chosen.set(t, list);
  return list;
}

/** The trainer of the sessions: the longest-serving member of staff who is not a learner. */
function trainerEmail(t: TenantRun, learners: string[]): string {
  const s = [...t.spec.staff].filter((x) => !learners.includes(x.email.toLowerCase())).sort((a, b) => a.hiredOn.localeCompare(b.hiredOn) || a.email.localeCompare(b.email))[0];
  return (s ?? t.spec.staff[0]).email.toLowerCase();
}

async function allEnrolments(api: GraphQLClient, courseId: string): Promise<Enrolment[]> {
  const out: Enrolment[] = [];
  for (;;) {
    const { enrolments } = await api.request<{ enrolments: { total: number; items: Enrolment[] } }>(ENROLMENTS, { filter: { courseId }, page: { offset: out.length, limit: 200 } });
    out.push(...enrolments.items);
    if (enrolments.items.length === 0 || out.length >= enrolments.total) return out;
  }
}

function staffId(t: TenantRun, email: string): string {
  const id = t.staffIds.get(email.toLowerCase());
  if (!id) throw new Error(`demo staff ${email} is not in tenant ${t.spec.code}`);
  return id;
}

async function ensureCourses(t: TenantRun, coord: GraphQLClient): Promise<Course[]> {
  let { trainingCourses } = await coord.request<{ trainingCourses: Course[] }>(COURSES);
  for (const key of ['MENTOR_CORE', 'COORDINATOR_CORE'] as const) {
    if (!trainingCourses.some((c) => c.key === key)) await coord.request(ADOPT, { input: { key } });
  }
  // the default courses ship in the five languages: each tenant reads them in its own without translating
  ({ trainingCourses } = await coord.request<{ trainingCourses: Course[] }>(COURSES));
  return trainingCourses.filter((c) => c.key === 'MENTOR_CORE' || c.key === 'COORDINATOR_CORE');
}

async function ensureSessions(t: TenantRun, coord: GraphQLClient, course: Course, trainer: string, seats: number): Promise<string[]> {
  const { trainingSessions } = await coord.request<{ trainingSessions: { id: string }[] }>(SESSIONS, { courseId: course.id });
  for (let i = trainingSessions.length; i < 2; i++) {
    await coord.request(SCHEDULE, {
      input: {
        courseId: course.id,
        title: i === 0 ? 'Opening workshop' : 'Practice and closing workshop',
        startsAt: daysBefore(t.today, 60 - i * 30, 8),
        endsAt: daysBefore(t.today, 60 - i * 30, 12),
        place: 'Training centre',
        trainerStaffId: staffId(t, trainer),
        capacity: seats,
        language: t.spec.defaultLocale,
      },
    });
  }
  const after = await coord.request<{ trainingSessions: { id: string }[] }>(SESSIONS, { courseId: course.id });
  return after.trainingSessions.map((s) => s.id);
}

/** What one learner does, as themself: only what is not done yet. */
async function learn(me: GraphQLClient, course: Course, key: Map<string, string>, sessions: string[], plan: Plan, rnd: number[], enrolledNow?: string): Promise<void> {
  type Mine = { id: string; courseId: string; status: string; progress: { preAssessmentDone: boolean; postAssessmentDone: boolean; satisfactionDone: boolean; units: { unitId: string; done: boolean; checkPassed: boolean | null }[] } };
  // Enrolled by this run a moment ago: nothing done yet, no need to read it back.
  const e: Mine | undefined = enrolledNow
    ? { id: enrolledNow, courseId: course.id, status: 'ACTIVE', progress: { preAssessmentDone: false, postAssessmentDone: false, satisfactionDone: false, units: [] } }
    : (await me.request<{ myEnrolments: Mine[] }>(MY_ENROLMENTS)).myEnrolments.find((x) => x.courseId === course.id);
  if (!e || e.status === 'WITHDRAWN') return;
  const answer = (qs: { id: string; options: { id: string }[] }[], rightShare: number) =>
    qs.map((q, i) => ({ questionId: q.id, optionId: (i + 1) / qs.length <= rightShare ? key.get(q.id)! : q.options.find((o) => o.id !== key.get(q.id))!.id }));
  // The demo books after the pre-questionnaire: a learner who had not answered it has booked nothing yet.
  const fresh = !e.progress.preAssessmentDone && course.assessment.length > 0;
  if (fresh) await me.request(SUBMIT_ASSESSMENT, { input: { enrolmentId: e.id, phase: 'PRE', answers: answer(course.assessment, rnd[0] < 0.5 ? 0.5 : 0.25) } });
  const { mySessionBookings } = fresh ? { mySessionBookings: [] as { sessionId: string }[] } : await me.request<{ mySessionBookings: { sessionId: string }[] }>(MY_BOOKINGS);
  for (const s of plan === 'drop-out' ? sessions.slice(0, 1) : sessions) {
    if (!mySessionBookings.some((b) => b.sessionId === s)) await me.request(BOOK, { input: { sessionId: s } });
  }
  const units = course.modules.flatMap((m) => m.units).filter((u) => u.required);
  const todo = plan === 'complete' ? units : units.slice(0, plan === 'drop-out' ? 2 : Math.ceil(units.length / 2));
  for (const u of todo) {
    const p = e.progress.units.find((x) => x.unitId === u.id);
    if (!p?.done) await me.request(COMPLETE_UNIT, { e: e.id, u: u.id });
    if (u.knowledgeCheck && p?.checkPassed !== true) await me.request(SUBMIT_CHECK, { input: { enrolmentId: e.id, unitId: u.id, answers: answer(u.knowledgeCheck.questions, 1) } });
  }
  if (plan === 'drop-out') {
    await me.request(WITHDRAW, { id: e.id });
    return;
  }
  if (plan === 'complete') {
    if (!e.progress.postAssessmentDone && course.assessment.length) await me.request(SUBMIT_ASSESSMENT, { input: { enrolmentId: e.id, phase: 'POST', answers: answer(course.assessment, rnd[1] < 0.7 ? 1 : 0.75) } });
    if (!e.progress.satisfactionDone && course.satisfaction.length)
      await me.request(SUBMIT_SATISFACTION, { input: { enrolmentId: e.id, answers: course.satisfaction.map((q, i) => ({ questionId: q.id, value: 3 + Math.floor(rnd[(i + 2) % rnd.length] * 3) })) } });
  }
}

export const trainingStep: DemoStep = {
  module: 'training',

  async run(t: TenantRun): Promise<void> {
    const coord = await t.asCoordinator();
    const mentors = demoMentorEmails(t);
    const coordinators = t.spec.coordinatorEmails.map((e) => e.toLowerCase());
    const trainer = trainerEmail(t, mentors);
    const courses = await ensureCourses(t, coord);
    // Draw every random number up front, whatever is already done, so a re-run plans the same.
    const plans = new Map<string, Plan>();
    const rnd = new Map<string, number[]>();
    for (const email of mentors) {
      const r = [t.random(), t.random(), t.random(), t.random()];
      rnd.set(email, r);
      plans.set(email, coordinators.includes(email) ? 'complete' : r[0] < 0.15 ? 'drop-out' : r[0] < 0.25 ? 'in-progress' : 'complete');
    }
    // at least one drop-out per tenant, so the reports show one
    const firstMentor = mentors.find((m) => !coordinators.includes(m));
    if (firstMentor && ![...plans.values()].includes('drop-out')) plans.set(firstMentor, 'drop-out');

    let created = 0;
    let certificates = 0;
    for (const course of courses) {
      const learners = course.audience === 'MENTOR' ? mentors : coordinators;
      const sessions = await ensureSessions(t, coord, course, trainer, learners.length + 2);
      const key = new Map((await coord.request<{ courseAnswerKey: { questionId: string; correctOptionId: string }[] }>(ANSWER_KEY, { id: course.id })).courseAnswerKey.map((k) => [k.questionId, k.correctOptionId]));
      const enrolled = new Set((await allEnrolments(coord, course.id)).map((e) => e.staffId));
      const toEnrol = learners.filter((email) => !enrolled.has(staffId(t, email)));
      const enrolledNow = new Map<string, string>();
      await t.parallel(toEnrol, async (email) => {
        const { enrol } = await coord.request<{ enrol: { id: string } }>(ENROL, { input: { courseId: course.id, staffId: staffId(t, email) } });
        enrolledNow.set(email, enrol.id);
      });
      created += toEnrol.length;
      t.log(`training: ${course.key} ${learners.length} learners enrolled (${toEnrol.length} new); they sign in and learn`);
      // Learners need their accounts (invitation mail, then the demo password): every invitation
      // first, then the activations, a few in flight.
      await t.inviteAhead(learners);
      await t.parallel(learners, (email) => t.asStaff(email));
      // drop-outs first (they free the seats they took), then everyone else, several at a time
      const dropOuts = learners.filter((e) => course.audience !== 'COORDINATOR' && plans.get(e) === 'drop-out');
      const others = learners.filter((e) => !dropOuts.includes(e));
      for (const group of [dropOuts, others]) {
        await t.parallel(group, async (email) => {
          const plan = course.audience === 'COORDINATOR' ? 'complete' : plans.get(email)!;
          await learn(await t.asStaff(email), course, key, sessions, plan, rnd.get(email) ?? [0.5, 0.5, 0.5, 0.5], enrolledNow.get(email));
        });
      }
      // The trainer keeps both registers: in-progress learners missed the second session.
      const asTrainer = await t.asStaff(trainer);
      for (const [i, s] of sessions.entries()) {
        const { sessionRegister } = await asTrainer.request<{ sessionRegister: { entries: { staffId: string; status: string; attendance: string | null }[] } }>(REGISTER, { id: s });
        const entries = sessionRegister.entries
          .filter((x) => x.status === 'BOOKED' && x.attendance === null)
          .map((x) => {
            const email = learners.find((l) => staffId(t, l) === x.staffId);
            const plan = course.audience === 'COORDINATOR' ? 'complete' : plans.get(email ?? '');
            return { staffId: x.staffId, present: !(plan === 'in-progress' && i === 1) };
          });
        // In registers of ten: one register of 40+ learners (each completion issues a certificate)
        // outlasted the bus's request timeout on a loaded machine (MODULE_UNAVAILABLE).
        for (let k = 0; k < entries.length; k += 10) await asTrainer.request(RECORD, { input: { sessionId: s, entries: entries.slice(k, k + 10) } });
      }
      certificates += (await allEnrolments(coord, course.id)).filter((e) => e.certificateId).length;
    }
    t.log(`training: ${courses.length} courses, ${created} enrolments created, ${certificates} certificates`);

    // One certificate checked by its code, as an employer would: no sign-in.
    const someone = mentors.find((m) => plans.get(m) === 'complete')!;
    const { myCertificates } = await (await t.asStaff(someone)).request<{ myCertificates: { code: string }[] }>(MY_CERTIFICATES);
    if (myCertificates[0]) {
      const { verifyCertificate } = await coord.request<{ verifyCertificate: { valid: boolean; courseTitle: string } }>(VERIFY, { code: myCertificates[0].code }, { anonymous: true });
      t.log(`training: certificate ${myCertificates[0].code} verified by code: ${verifyCertificate.valid ? 'valid' : 'NOT valid'} (${verifyCertificate.courseTitle})`);
    }
  },

  async totals(t: TenantRun): Promise<Record<string, number>> {
    const coord = await t.asCoordinator();
    const { trainingCourses } = await coord.request<{ trainingCourses: { id: string; audience: string }[] }>(`query TrainingCourses { trainingCourses { id audience } }`);
    let sessions = 0;
    let mentorsTrained = 0;
    const enrolments: Enrolment[] = [];
    for (const c of trainingCourses) {
      sessions += (await coord.request<{ trainingSessions: unknown[] }>(SESSIONS, { courseId: c.id })).trainingSessions.length;
      const list = await allEnrolments(coord, c.id);
      enrolments.push(...list);
      // trained mentors: people who completed a mentor course
      if (c.audience === 'MENTOR') mentorsTrained += list.filter((e) => e.status === 'COMPLETED').length;
    }
    return {
      courses: trainingCourses.length,
      trainingSessions: sessions,
      enrolments: enrolments.length,
      completions: enrolments.filter((e) => e.status === 'COMPLETED').length,
      dropouts: enrolments.filter((e) => e.status === 'WITHDRAWN').length,
      certificates: enrolments.filter((e) => e.certificateId).length,
      mentorsTrained,
    };
  },
};
