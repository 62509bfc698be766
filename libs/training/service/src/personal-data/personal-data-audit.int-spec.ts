import { randomUUID } from 'node:crypto';
import { personalDataPart, personalDataRead, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { AdoptDefaultCourse, BookSession, Enrol, GetEnrolment, GetSessionRegister, ListEnrolments, ScheduleSession, type CourseDto, type EnrolmentDto } from '@m4pris/training-contracts';
import { as, startTraining, type Person, type TrainingHarness } from '../../test/harness.js';

/*
 * Issue 13: a coordinator or trainer reading learners' progress, attempts, bookings or attendance is
 * audit-logged — one `training.v1.personalData.read` event per request with the learners' staff ids
 * (identity writes it into its audit log). Each test fails when its `auditRead` call is removed; a
 * learner reading their own enrolment logs nothing.
 */
const T = randomUUID();
const READ = personalDataRead('training');

describe('training: reads of learners’ personal data are audit-logged', () => {
  let h: TrainingHarness;
  let course: CourseDto;
  let a: Person;
  let b: Person;
  let trainer: Person;
  let ea: EnrolmentDto;
  const reads = async () => (await h.outbox(READ.subject)).map((r) => r.payload as unknown as PersonalDataReadEvent);
  const since = async (n: number) => (await reads()).slice(n);

  beforeAll(async () => {
    h = await startTraining();
    course = await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, as.coordinator(T));
    a = h.person(T, 'Ana', 'Learner');
    b = h.person(T, 'Bo', 'Learner');
    trainer = h.person(T, 'Tove', 'Trainer');
    ea = await h.bus.request(Enrol, { courseId: course.id }, as.staff(a));
    await h.bus.request(Enrol, { courseId: course.id }, as.staff(b));
  });
  afterAll(() => h.close());

  it('a coordinator listing enrolments (progress, attempts): one record naming every learner on the page', async () => {
    const coord = as.coordinator(T);
    const n = (await reads()).length;
    const page = await h.bus.request(ListEnrolments, { courseId: course.id }, coord);
    expect(page.items).toHaveLength(2);
    const events = await since(n);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'enrolment.list', actorId: coord.userId, subjectCount: 2, pseudonymous: false });
    expect([...events[0]!.subjectIds].sort()).toEqual([a.id, b.id].sort());
  });

  it("a coordinator reading one learner's enrolment is logged; the learner reading their own is not", async () => {
    let n = (await reads()).length;
    await h.bus.request(GetEnrolment, { enrolmentId: ea.id }, as.staff(a));
    expect(await since(n)).toEqual([]);
    n = (await reads()).length;
    const coord = as.coordinator(T);
    await h.bus.request(GetEnrolment, { enrolmentId: ea.id }, coord);
    expect(await since(n)).toEqual([{ action: 'enrolment.get', actorId: coord.userId, subjectIds: [a.id], subjectCount: 1, pseudonymous: false }]);
  });

  it("the trainer reading a session's register (who booked, who attended) is logged", async () => {
    const session = await h.bus.request(
      ScheduleSession,
      { courseId: course.id, title: 'Group session', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T12:00:00Z', place: 'Room 1', trainerStaffId: trainer.id, capacity: 5, language: 'da', allowWaitlist: true },
      as.coordinator(T),
    );
    await h.bus.request(BookSession, { sessionId: session.id }, as.staff(a));
    const n = (await reads()).length;
    const reader = as.staff(trainer);
    await h.bus.request(GetSessionRegister, { sessionId: session.id }, reader);
    expect(await since(n)).toEqual([{ action: 'session.register', actorId: reader.userId, subjectIds: [a.id], subjectCount: 1, pseudonymous: false }]);
  });

  it("the learner's export of their training part is logged", async () => {
    const n = (await reads()).length;
    const me = as.staff(b);
    await h.bus.request(personalDataPart('training'), { staffId: b.id }, me);
    expect(await since(n)).toEqual([{ action: 'personalData.export', actorId: me.userId, subjectIds: [b.id], subjectCount: 1, pseudonymous: false }]);
    expect(new Set((await h.outbox(READ.subject)).map((r) => r.tenant_id))).toEqual(new Set([T]));
  });
});
