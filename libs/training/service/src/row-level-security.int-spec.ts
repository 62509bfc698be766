import { randomUUID } from 'node:crypto';
import { StaffProfileChanged } from '@m4pris/identity-contracts';
import { ApplicationAccepted, CohortChanged, ProgrammePolicy } from '@m4pris/programmes-contracts';
import {
  AdoptDefaultCourse,
  BookSession,
  CompleteUnit,
  Enrol,
  GetAnswerKey,
  GetEnrolment,
  RecordAttendance,
  ScheduleSession,
  SubmitAssessment,
  SubmitKnowledgeCheck,
  SubmitSatisfaction,
  type CourseDto,
} from '@m4pris/training-contracts';
import { connectAsTenant, measureIsolation, reportIsolation, isolationProblems, rlsCatalogue, type IsolationRow } from '@m4pris/testing';
import { as, failure, startTraining, type Person, type TrainingHarness } from '../test/harness.js';

/*
 * Row-level security as the backstop (issue 8, G9), as in programmes: two tenants' training seeded
 * through the service's own requests and the events it consumes, then a raw connection as the
 * application's database user, switched to the tenant role the runtime uses, must see none of the
 * other tenant's rows, in any table.
 */
const A = randomUUID();
const B = randomUUID();

interface Seeded {
  courseId: string;
  enrolmentId: string;
  learner: Person;
}

/** One tenant's course, a learner who completes it (units, checks, sessions, certificate), feedback and a cohort. */
async function seedTenant(h: TrainingHarness, T: string): Promise<Seeded> {
  const coordinator = as.coordinator(T);
  const trainer = h.person(T, 'Tove', 'Trainer');
  const learner = h.person(T, 'Ioana', 'Learner');
  await h.publish(
    StaffProfileChanged,
    {
      staffId: learner.id, tenantId: T, institutionId: randomUUID(), institutionKind: 'adult', region: 'X', unitId: null, position: 'Officer', supervisesOthers: false,
      hiredOn: '2015-01-01', joinedInstitutionOn: '2015-01-01', previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0, languages: ['da'], lineManagerId: null, leftServiceOn: null,
    },
    T,
  );
  const course: CourseDto = await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, coordinator);
  const key = await h.bus.request(GetAnswerKey, { id: course.id }, coordinator);
  const correct = (questionId: string) => key.find((k) => k.questionId === questionId)!.correctOptionId;
  const cohortId = randomUUID();
  // programmes' events: the cohort's policy (enrol accepts only a cohort programmes made known) …
  const policy = Object.assign(new ProgrammePolicy(), { mentorCapacity: 2 });
  await h.publish(CohortChanged, { tenantId: T, programmeId: randomUUID(), cohortId, state: 'recruiting', policyVersion: 1, policy, institutionIds: [], startsOn: '2026-01-01', endsOn: '2026-12-31' } as never, T);
  const e = await h.bus.request(Enrol, { courseId: course.id, staffId: learner.id, cohortId }, coordinator);
  const me = as.staff(learner);
  if (course.assessment.length > 0) await h.bus.request(SubmitAssessment, { enrolmentId: e.id, phase: 'pre', answers: course.assessment.map((q) => ({ questionId: q.id, optionId: correct(q.id) })) }, me);
  for (const u of course.modules.flatMap((m) => m.units).filter((x) => x.required)) {
    await h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: u.id }, me);
    if (u.knowledgeCheck) await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: u.id, answers: u.knowledgeCheck.questions.map((q) => ({ questionId: q.id, optionId: correct(q.id) })) }, me);
  }
  for (let i = 0; i < 2; i++) {
    const s = await h.bus.request(
      ScheduleSession,
      { courseId: course.id, title: `Session ${i + 1}`, startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T12:00:00Z', place: 'Training room', trainerStaffId: trainer.id, capacity: 5, language: 'da', allowWaitlist: true },
      coordinator,
    );
    await h.bus.request(BookSession, { sessionId: s.id }, me);
    await h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: learner.id, present: true }] }, as.staff(trainer));
  }
  await h.bus.request(SubmitSatisfaction, { enrolmentId: e.id, answers: course.satisfaction.map((q) => ({ questionId: q.id, value: 4 })) }, me);
  // … and an accepted mentor
  await h.publish(ApplicationAccepted, { tenantId: T, programmeId: randomUUID(), cohortId, applicationId: randomUUID(), staffId: learner.id, role: 'mentor', functions: [], languages: ['da'], prefersSameUnit: false, preferredStaffIds: [], conflictStaffIds: [] }, T);
  return { courseId: course.id, enrolmentId: e.id, learner };
}

describe('training: PostgreSQL row-level security behind the tenant filters', () => {
  let h: TrainingHarness;
  let a: Seeded;
  let b: Seeded;
  let rows: IsolationRow[];

  beforeAll(async () => {
    h = await startTraining();
    a = await seedTenant(h, A);
    b = await seedTenant(h, B);
    rows = await measureIsolation(h.db.url, 'training', A, B);
  }, 60_000);
  afterAll(() => h?.close());

  it('seeds a completed enrolment per tenant (so certificate and outbox rows exist)', async () => {
    for (const s of [a, b]) expect((await h.bus.request(GetEnrolment, { enrolmentId: s.enrolmentId }, as.staff(s.learner))).status).toBe('completed');
  });

  it("as the tenant role, tenant A sees every one of its rows and none of B's, in every table under RLS", async () => {
    const catalogue = await rlsCatalogue(h.db.url, 'training');
    // The zeros mean something: B's rows are there (seen as the owner) in every table the flow wrote.
    expect(isolationProblems(rows, catalogue, { exactly: ['booking', 'certificate', 'cohort_participant', 'cohort_policy', 'course', 'course_version', 'enrolment', 'feedback_response', 'outbox_event', 'staff_projection', 'training_session', 'unit_progress'] })).toEqual([]);
  });

  it("a write that would hand a row to B, or insert one of B's, is refused by the policy", async () => {
    for (const r of rows.filter((x) => x.seenA > 0)) expect({ table: r.table, refused: r.moveToBRefused }).toEqual({ table: r.table, refused: true });
    const s = await connectAsTenant(h.db.url, A);
    try {
      // A copy of A's enrolment, labelled B's (new id, B's course): the policy's check refuses it.
      const err = await s.refused(
        `insert into training.enrolment select (jsonb_populate_record(e, jsonb_build_object('id', $1::uuid, 'tenant_id', $2::uuid, 'course_id', $3::uuid, 'staff_id', $4::uuid))).* from training.enrolment e where e.id = $5`,
        [randomUUID(), B, b.courseId, randomUUID(), a.enrolmentId],
      );
      expect(err?.code).toBe('42501');
      expect(err?.message).toContain('row-level security');
      // B's enrolment is invisible: an update finds nothing to change.
      expect(await s.query(`update training.enrolment set status = 'withdrawn' where id = $1 returning id`, [b.enrolmentId])).toEqual([]);
      // The bookkeeping of event consumers is not the tenant role's at all.
      expect(await s.refused(`select * from training.processed_event`)).toMatchObject({ code: '42501' });
      reportIsolation('training', rows, 2);
    } finally {
      await s.close();
    }
  });

  it("through the service, A's learner reads A's enrolment and B's is not found (the use case's filter, with the policy behind it)", async () => {
    expect((await h.bus.request(GetEnrolment, { enrolmentId: a.enrolmentId }, as.staff(a.learner))).id).toBe(a.enrolmentId);
    expect((await failure(h.bus.request(GetEnrolment, { enrolmentId: b.enrolmentId }, as.staff(a.learner)))).category).toBe('NOT_FOUND');
  });
});
