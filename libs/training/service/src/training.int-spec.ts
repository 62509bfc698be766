import { randomUUID } from 'node:crypto';
import { StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { ApplicationAccepted, ApplicationWithdrawn, CohortChanged, ProgrammePolicy } from '@m4pris/programmes-contracts';
import {
  AdoptDefaultCourse,
  BookSession,
  CancelBooking,
  CompleteUnit,
  CourseCompleted,
  Enrol,
  GetAnswerKey,
  GetCertificate,
  GetCertificatePdf,
  GetCourse,
  GetCourseFeedbackReport,
  GetEnrolment,
  GetMentorsTrained,
  GetSessionRegister,
  GetTrainingReport,
  IssueCertificate,
  ListDefaultCurricula,
  ListEnrolments,
  ListSessions,
  MyCertificates,
  MyEnrolments,
  RecordAttendance,
  ScheduleSession,
  SessionTrainers,
  SubmitAssessment,
  SubmitKnowledgeCheck,
  SubmitSatisfaction,
  UpdateCourse,
  UpdateSession,
  VerifyCertificate,
  WithdrawEnrolment,
  type AnswerKeyEntryDto,
  type CourseDto,
  BookingCancelled,
  SessionBooked,
  type EnrolmentDto,
} from '@m4pris/training-contracts';
import { as, failure, startTraining, type Person, type TrainingHarness } from '../test/harness.js';
import { pdfText } from '../test/pdf-text.js';
import { CERTIFICATE_TEXT, fill, formatIssuedOn } from './certificate/certificate-text.js';

const T = randomUUID();
const OTHER = randomUUID();
const INST_A = randomUUID();
const INST_B = randomUUID();


/** A cohort as programmes makes it known (enrol accepts only a cohort of the course's tenant it knows). */
async function knownCohort(h: { publish: (...a: never[]) => Promise<unknown> }, tenantId: string): Promise<string> {
  const cohortId = randomUUID();
  const policy = Object.assign(new ProgrammePolicy(), { mentorCapacity: 3 });
  await (h.publish as (d: unknown, p: unknown, t: string) => Promise<unknown>)(CohortChanged, { tenantId, programmeId: randomUUID(), cohortId, state: 'recruiting', policyVersion: 1, policy, institutionIds: [], startsOn: '2026-01-01', endsOn: '2026-12-31' }, tenantId);
  return cohortId;
}

describe('training service', () => {
  let h: TrainingHarness;
  let coordinator: ReturnType<typeof as.coordinator>;
  let mentorCourse: CourseDto;
  let key: AnswerKeyEntryDto[];
  let trainer: Person;

  const answersFor = (course: CourseDto, unitId: string, right = true) => {
    const unit = course.modules.flatMap((m) => m.units).find((u) => u.id === unitId)!;
    return unit.knowledgeCheck!.questions.map((q) => {
      const correct = key.find((k) => k.questionId === q.id)!.correctOptionId;
      return { questionId: q.id, optionId: right ? correct : q.options.find((o) => o.id !== correct)!.id };
    });
  };

  /** Everything self-paced a learner must do: required units done, their checks passed. */
  const finishUnits = async (p: Person, e: EnrolmentDto, course: CourseDto, skipLast = false) => {
    const units = course.modules.flatMap((m) => m.units).filter((u) => u.required);
    for (const u of skipLast ? units.slice(0, -1) : units) {
      await h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: u.id }, as.staff(p));
      if (u.knowledgeCheck) await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: u.id, answers: answersFor(course, u.id) }, as.staff(p));
    }
  };

  const session = async (courseId: string, capacity: number, allowWaitlist = true) =>
    h.bus.request(
      ScheduleSession,
      { courseId, title: 'Group session', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T12:00:00Z', place: 'Training room', trainerStaffId: trainer.id, capacity, language: 'da', allowWaitlist },
      coordinator,
    );

  beforeAll(async () => {
    h = await startTraining();
    coordinator = as.coordinator(T);
    trainer = h.person(T, 'Tove', 'Trainer');
    mentorCourse = await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, coordinator);
    key = await h.bus.request(GetAnswerKey, { id: mentorCourse.id }, coordinator);
  });
  afterAll(() => h?.close());

  describe('curricula', () => {
    it('offers the two default curricula and a tenant adopts a copy of its own', async () => {
      const list = await h.bus.request(ListDefaultCurricula, {}, as.staff(trainer));
      expect(list.map((c) => [c.key, c.audience])).toEqual([
        ['mentor-core', 'mentor'],
        ['coordinator-core', 'coordinator'],
      ]);
      expect(mentorCourse.version).toBe(1);
      expect(mentorCourse.modules.map((m) => m.cluster)).toEqual(['introduction', 'communication', 'interpersonal', 'pedagogical', 'organisational']);
      expect(mentorCourse.modules.every((m) => m.topics.length > 0 && m.objectives.length > 0 && m.topics.every((t) => t.objectives.length > 0))).toBe(true);
      const coord = await h.bus.request(AdoptDefaultCourse, { key: 'coordinator-core' }, as.tenantAdmin(T));
      expect(coord.modules.map((m) => m.cluster)).toEqual(['programme_organisation', 'recruitment_matching', 'duo_follow_up', 'concerns_safeguarding', 'closure']);
      // another tenant's copy has its own identifiers
      const other = await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, as.coordinator(OTHER));
      expect(other.modules[0].id).not.toBe(mentorCourse.modules[0].id);
    });

    it('refuses a second adoption, and adoption by a learner', async () => {
      expect((await failure(h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, coordinator))).code).toBe('training.ALREADY_ADOPTED');
      expect((await failure(h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, as.staff(trainer)))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(AdoptDefaultCourse, { key: 'nope' as never }, coordinator))).field).toBe('key');
    });

    it('never sends the correct answers to learners; managers alone get the key', async () => {
      const seen = JSON.stringify(await h.bus.request(GetCourse, { id: mentorCourse.id }, as.staff(trainer)));
      expect(seen).not.toMatch(/correct/i);
      expect((await failure(h.bus.request(GetAnswerKey, { id: mentorCourse.id }, as.staff(trainer)))).category).toBe('FORBIDDEN');
    });

    it('reads an adopted course in the learner’s language without the tenant translating it', async () => {
      expect(mentorCourse.translatedLocales).toEqual(['en', 'da', 'pt', 'ro', 'el']);
      const el = await h.bus.request(GetCourse, { id: mentorCourse.id }, as.staff(trainer, 'el'));
      expect(el.locale).toBe('el');
      expect(el.title).toBe('Εκπαίδευση μεντόρων συναδέλφων');
      expect(el.modules[1].title).toBe('Επικοινωνία');
      const unit = el.modules[0].units[0];
      expect(unit.title).toBe('Σε τι χρησιμεύει η καθοδήγηση μεταξύ συναδέλφων');
      expect(unit.knowledgeCheck!.questions[0].text).toBe('Ποιες δύο λειτουργίες επιτελεί ένας μέντορας συναδέλφων;');
      expect(unit.knowledgeCheck!.questions[0].options.map((o) => o.text)).toEqual(['Ψυχοκοινωνική υποστήριξη και εξοικείωση με την εργασία', 'Αξιολόγηση και πειθαρχία', 'Πρόγραμμα βαρδιών και μισθοδοσία']);
      expect(el.satisfaction[3].text).toBe('Θα σύστηνα αυτό το μάθημα σε έναν συνάδελφο.');
      // same identifiers in every language: an answer given in Greek is checked against the one key
      expect(unit.knowledgeCheck!.questions.map((q) => q.id)).toEqual(mentorCourse.modules[0].units[0].knowledgeCheck!.questions.map((q) => q.id));
      const ro = await h.bus.request(GetCourse, { id: mentorCourse.id }, as.staff(trainer, 'ro'));
      expect(ro.assessment[0].text).toBe('În acest program, mentoratul între colegi este…');
      const listed = await h.bus.request(ListDefaultCurricula, {}, as.staff(trainer, 'da'));
      expect(listed.map((c) => c.title)).toEqual(['Uddannelse af kollegementorer', 'Kursus for mentorkoordinatorer']);
    });

    it('adapts a translation as a new version: the tenant’s own text replaces the shipped one, in that language only', async () => {
      const v2 = await h.bus.request(UpdateCourse, { id: mentorCourse.id, locale: 'da', title: 'Uddannelse af mentorer' }, coordinator);
      expect(v2.version).toBe(2);
      expect(v2.translatedLocales).toEqual(['en', 'da', 'pt', 'ro', 'el']);
      const da = await h.bus.request(GetCourse, { id: mentorCourse.id }, as.staff(trainer, 'da'));
      expect(da.title).toBe('Uddannelse af mentorer');
      expect(da.locale).toBe('da');
      // the rest of the Danish text is still the shipped one
      expect(da.modules[1].title).toBe('Kommunikation');
      const pt = await h.bus.request(GetCourse, { id: mentorCourse.id }, as.staff(trainer, 'pt'));
      expect(pt.title).toBe('Formação de mentores entre pares');
      expect(pt.locale).toBe('pt');
      // a language the platform does not speak reads English
      const fr = await h.bus.request(GetCourse, { id: mentorCourse.id }, as.staff(trainer, 'fr'));
      expect(fr.title).toBe('Peer mentor training');
      expect(fr.locale).toBe('en');
      const versions = await h.sql<{ version: number }>(`select version from training.course_version where course_id = ? order by version`, [mentorCourse.id]);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      const bad = await failure(h.bus.request(UpdateCourse, { id: mentorCourse.id, locale: 'pt', objectives: ['só um'] }, coordinator));
      expect(bad.field).toBe('objectives');
    });
  });

  describe('enrolment, sessions and the waiting list', () => {
    it('enrols a learner once, by themself or by a coordinator', async () => {
      const p = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      expect(e).toMatchObject({ staffId: p.id, enrolledBy: 'self', status: 'active', cohortId: null });
      expect((await failure(h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p)))).code).toBe('training.ALREADY_ENROLLED');
      const q = h.person(T);
      const cohortId = await knownCohort(h, T);
      const byCoord = await h.bus.request(Enrol, { courseId: mentorCourse.id, staffId: q.id, cohortId }, coordinator);
      expect(byCoord).toMatchObject({ staffId: q.id, enrolledBy: 'coordinator', cohortId });
      expect((await failure(h.bus.request(Enrol, { courseId: mentorCourse.id, staffId: randomUUID() }, coordinator))).field).toBe('staffId');
      // a learner cannot enrol somebody else
      expect((await failure(h.bus.request(Enrol, { courseId: mentorCourse.id, staffId: h.person(T).id }, as.staff(p)))).category).toBe('FORBIDDEN');
      expect((await h.bus.request(MyEnrolments, {}, as.staff(p))).map((x) => x.id)).toEqual([e.id]);
    });

    it('books seats, puts the next on the waiting list and promotes them when a seat frees', async () => {
      const s = await session(mentorCourse.id, 2);
      const [a, b, c] = [h.person(T), h.person(T), h.person(T)];
      for (const p of [a, b, c]) await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      expect((await h.bus.request(BookSession, { sessionId: s.id }, as.staff(a))).status).toBe('booked');
      expect((await h.bus.request(BookSession, { sessionId: s.id }, as.staff(b))).status).toBe('booked');
      const waiting = await h.bus.request(BookSession, { sessionId: s.id }, as.staff(c));
      expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect((await failure(h.bus.request(BookSession, { sessionId: s.id }, as.staff(c)))).code).toBe('training.ALREADY_BOOKED');
      await h.bus.request(CancelBooking, { sessionId: s.id }, as.staff(a));
      const reg = await h.bus.request(GetSessionRegister, { sessionId: s.id }, as.staff(trainer));
      expect(reg.entries.map((x) => [x.staffId, x.status]).sort()).toEqual([[b.id, 'booked'], [c.id, 'booked']].sort());
      expect(reg.session).toMatchObject({ booked: 2, waitlisted: 0, seatsLeft: 0 });
      // Each seat tells its learner, with what a calendar entry needs: booked straight away, or freed on the waiting list.
      const booked = (await h.outbox(SessionBooked.subject)).map((e) => e.payload).filter((e) => e.sessionId === s.id);
      expect(booked.map((e) => [e.staffId, e.fromWaitlist])).toEqual([
        [a.id, false],
        [b.id, false],
        [c.id, true],
      ]);
      expect(booked[2]).toMatchObject({ title: s.title, startsAt: s.startsAt, endsAt: s.endsAt });
      // The cancelled seat is published too (ids only), so notifications sends it no day-before reminder.
      const bookingOf = (staffId: string) => booked.find((e) => e.staffId === staffId)!.bookingId;
      const cancelled = (await h.outbox(BookingCancelled.subject)).map((e) => e.payload).filter((e) => e.sessionId === s.id);
      expect(cancelled).toEqual([{ tenantId: T, sessionId: s.id, bookingId: bookingOf(a.id), staffId: a.id }]);
      // more capacity promotes nobody when nobody waits, and cannot drop below the booked seats
      expect((await failure(h.bus.request(UpdateSession, { id: s.id, capacity: 1 }, coordinator))).code).toBe('training.CAPACITY_BELOW_BOOKINGS');
    });

    it("names each session's trainer for the tenant's staff and managers, never for a researcher or another tenant", async () => {
      const [s1, s2] = [await session(mentorCourse.id, 5), await session(mentorCourse.id, 5)];
      const learner = h.person(T);
      const named = [{ sessionId: s1.id, trainer: { id: trainer.id, displayName: 'Tove Trainer', institution: null, unit: null, shiftPattern: null, workEmail: null } }];
      // A learner (any staff member of the tenant, who books sessions) and a coordinator see the name.
      expect(await h.bus.request(SessionTrainers, { sessionIds: [s1.id] }, as.staff(learner))).toEqual(named);
      expect(await h.bus.request(SessionTrainers, { sessionIds: [s1.id] }, coordinator)).toEqual(named);
      // Both sessions in one request, whatever their number.
      expect((await h.bus.request(SessionTrainers, { sessionIds: [s1.id, s2.id] }, as.tenantAdmin(T))).map((x) => x.trainer?.displayName)).toEqual(['Tove Trainer', 'Tove Trainer']);
      // A researcher gets no names; another tenant's people do not even see the sessions.
      expect(await h.bus.request(SessionTrainers, { sessionIds: [s1.id] }, as.researcher(T))).toEqual([{ sessionId: s1.id, trainer: null }]);
      expect(await h.bus.request(SessionTrainers, { sessionIds: [s1.id, s2.id] }, as.staff(h.person(OTHER)))).toEqual([]);
      expect(await h.bus.request(SessionTrainers, { sessionIds: [s1.id] }, as.coordinator(OTHER))).toEqual([]);
    });

    it('answers SESSION_FULL when the session has no waiting list, NOT_ENROLLED for a learner who is not enrolled', async () => {
      const s = await session(mentorCourse.id, 1, false);
      const [a, b] = [h.person(T), h.person(T)];
      for (const p of [a, b]) await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      await h.bus.request(BookSession, { sessionId: s.id }, as.staff(a));
      expect((await failure(h.bus.request(BookSession, { sessionId: s.id }, as.staff(b)))).code).toBe('training.SESSION_FULL');
      const stranger = h.person(T);
      expect((await failure(h.bus.request(BookSession, { sessionId: s.id }, as.staff(stranger)))).code).toBe('training.NOT_ENROLLED');
    });

    it('lets only the trainer or a manager keep the register; attendance for a learner without enrolment is refused and nothing is written', async () => {
      const s = await session(mentorCourse.id, 5);
      const a = h.person(T);
      await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(a));
      await h.bus.request(BookSession, { sessionId: s.id }, as.staff(a));
      const outsider = h.person(T);
      expect((await failure(h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: a.id, present: true }] }, as.staff(outsider)))).category).toBe('FORBIDDEN');
      const err = await failure(
        h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: a.id, present: true }, { staffId: outsider.id, present: true }] }, as.staff(trainer)),
      );
      expect(err.code).toBe('training.NOT_ENROLLED');
      expect(err.field).toBe('entries[1].staffId');
      expect(await h.sql(`select 1 from training.booking where session_id = ? and attendance is not null`, [s.id])).toHaveLength(0);
      const reg = await h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: a.id, present: true }] }, as.staff(trainer));
      expect(reg.entries[0]).toMatchObject({ staffId: a.id, attendance: 'present' });
      expect(reg.session.registerKept).toBe(true);
    });
  });

  describe('knowledge checks', () => {
    it('scores on the server and types bad answers', async () => {
      const p = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      const unit = mentorCourse.modules[0].units[0];
      const wrong = await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: answersFor(mentorCourse, unit.id, false) }, as.staff(p));
      expect(wrong).toMatchObject({ score: 0, passed: false, passMark: 60 });
      const right = await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: answersFor(mentorCourse, unit.id) }, as.staff(p));
      expect(right).toMatchObject({ score: 100, passed: true });
      expect(right.enrolment.progress.units.find((u) => u.unitId === unit.id)).toMatchObject({ checkPassed: true, bestScore: 100, attempts: 2 });
      const unknownQ = await failure(h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: randomUUID(), optionId: randomUUID() }] }, as.staff(p)));
      expect([unknownQ.code, unknownQ.field]).toEqual(['training.UNKNOWN_QUESTION', 'answers[0].questionId']);
      const q = unit.knowledgeCheck!.questions[0];
      const unknownO = await failure(h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: q.id, optionId: randomUUID() }] }, as.staff(p)));
      expect(unknownO.code).toBe('training.UNKNOWN_OPTION');
      const noCheck = mentorCourse.modules[0].units[2];
      expect((await failure(h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: noCheck.id, answers: [] }, as.staff(p)))).code).toBe('training.NO_KNOWLEDGE_CHECK');
      // only the learner answers their checks
      expect((await failure(h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [] }, coordinator))).category).toBe('FORBIDDEN');
    });
  });

  describe('completion', () => {
    it('records training.v1.course.completed exactly when the rules are met, once, with the certificate', async () => {
      const p = h.person(T, 'Ioana', 'Ștefănescu');
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      const completions = async () => (await h.outbox(CourseCompleted.subject)).filter((r) => r.payload.staffId === p.id);

      await finishUnits(p, e, mentorCourse, true);
      const s1 = await session(mentorCourse.id, 10);
      const s2 = await session(mentorCourse.id, 10);
      for (const s of [s1, s2]) await h.bus.request(BookSession, { sessionId: s.id }, as.staff(p));
      await h.bus.request(RecordAttendance, { sessionId: s1.id, entries: [{ staffId: p.id, present: true }] }, as.staff(trainer));
      await h.bus.request(RecordAttendance, { sessionId: s2.id, entries: [{ staffId: p.id, present: true }] }, as.staff(trainer));
      // attendance is enough, a required unit is not done: not completed, nothing published
      let now = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p));
      expect(now.status).toBe('active');
      expect(now.progress).toMatchObject({ unitsRuleMet: false, attendanceRuleMet: true, checksRuleMet: true, sessionsAttended: 2, attendanceRate: 100 });
      expect(await completions()).toHaveLength(0);

      const last = mentorCourse.modules.flatMap((m) => m.units).filter((u) => u.required).at(-1)!;
      now = await h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: last.id }, as.staff(p));
      expect(now.status).toBe('completed');
      expect(now.certificateId).toEqual(expect.any(String));
      const events = await completions();
      expect(events).toHaveLength(1);
      expect(events[0].payload).toEqual({
        tenantId: T,
        staffId: p.id,
        courseId: mentorCourse.id,
        audience: 'mentor',
        courseVersion: 2,
        completedOn: now.completedOn,
        certificateId: now.certificateId,
      });
      // more progress after completion publishes nothing more
      await h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: mentorCourse.modules[0].units[2].id }, as.staff(p));
      expect(await completions()).toHaveLength(1);

      const [cert] = await h.bus.request(MyCertificates, {}, as.staff(p));
      expect(cert).toMatchObject({ id: now.certificateId, holderName: 'Ioana Ștefănescu', courseTitle: 'Peer mentor training', valid: true });
      const verified = await h.bus.request(VerifyCertificate, { code: cert.code }, as.anonymous());
      expect(verified).toEqual({ valid: true, holderName: 'Ioana Ștefănescu', courseTitle: 'Peer mentor training', issuedOn: now.completedOn });
      // in the certificate's language whoever reads it: identity states no language for Ioana here, so
      // it is the language of the request that completed the course (English)
      expect(cert.locale).toBe('en');
      const [roCert] = await h.bus.request(MyCertificates, {}, as.staff(p, 'ro'));
      expect(roCert.courseTitle).toBe('Peer mentor training');
      expect((await h.bus.request(GetCertificate, { certificateId: cert.id }, as.staff(p, 'da'))).courseTitle).toBe('Peer mentor training');
      const greek = await h.bus.request(VerifyCertificate, { code: cert.code }, { ...as.anonymous(), locale: 'el' });
      expect(greek.courseTitle).toBe('Peer mentor training');
      const pdf = await h.bus.request(GetCertificatePdf, { certificateId: cert.id }, as.staff(p));
      const bytes = Buffer.from(pdf.base64, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.filename).toBe(`certificate-${cert.code}.pdf`);
      // nobody else reads it: another learner, another tenant
      expect((await failure(h.bus.request(GetCertificate, { certificateId: cert.id }, as.staff(h.person(T))))).category).toBe('NOT_FOUND');
      expect((await failure(h.bus.request(GetCertificate, { certificateId: cert.id }, as.coordinator(OTHER)))).category).toBe('NOT_FOUND');
      expect((await failure(h.bus.request(VerifyCertificate, { code: 'AAAA-BBBB-CCCC' }, as.anonymous()))).category).toBe('NOT_FOUND');
    });

    it("is written in the holder's language, whoever reads it, and keeps it when the holder later chooses another", async () => {
      // identity states Danish for Søren; every request of the course (his, the trainer's) is in English
      const p = h.person(T, 'Søren', 'Ågård', 'da');
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      await finishUnits(p, e, mentorCourse);
      for (const s of [await session(mentorCourse.id, 10), await session(mentorCourse.id, 10)]) {
        await h.bus.request(BookSession, { sessionId: s.id }, as.staff(p));
        await h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: p.id, present: true }] }, as.staff(trainer));
      }
      const done = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p));
      expect(done.status).toBe('completed');
      const englishCoordinator = { ...coordinator, locale: 'en' };
      const danishTitle = (await h.bus.request(GetCourse, { id: mentorCourse.id, version: done.courseVersion }, { ...coordinator, locale: 'da' })).title;
      expect(danishTitle).not.toBe((await h.bus.request(GetCourse, { id: mentorCourse.id, version: done.courseVersion }, englishCoordinator)).title);

      const cert = await h.bus.request(GetCertificate, { certificateId: done.certificateId! }, englishCoordinator);
      expect(cert).toMatchObject({ locale: 'da', holderName: 'Søren Ågård', courseTitle: danishTitle });
      const printed = async () => {
        const pdf = await h.bus.request(GetCertificatePdf, { certificateId: cert.id }, englishCoordinator);
        return pdfText(Buffer.from(pdf.base64, 'base64')).join('\n').replace(/ \n/g, ' ');
      };
      const da = CERTIFICATE_TEXT.da;
      const danish = [da.heading, da.certifies, 'Søren Ågård', da.completed, danishTitle, fill(da.on, { date: formatIssuedOn(cert.issuedOn, 'da') }), fill(da.code, { code: cert.code }), da.verifyHint].join('\n');
      expect(await printed()).toBe(danish);
      expect((await h.bus.request(VerifyCertificate, { code: cert.code }, { ...as.anonymous(), locale: 'en' })).courseTitle).toBe(danishTitle);

      // Søren now reads the platform in Greek: the certificate, a document issued on a date, stays as issued
      h.staff.set(p.id, { ...p, locale: 'el' });
      expect(await printed()).toBe(danish);
      expect(await h.bus.request(GetCertificate, { certificateId: cert.id }, { ...coordinator, locale: 'el' })).toMatchObject({ locale: 'da', courseTitle: danishTitle });
    });

    it('completes exactly once when the last unit and the last register line arrive at the same time', async () => {
      const s1 = await session(mentorCourse.id, 20);
      const s2 = await session(mentorCourse.id, 20);
      const last = mentorCourse.modules.flatMap((m) => m.units).filter((u) => u.required).at(-1)!;
      const learners: { p: Person; e: EnrolmentDto }[] = [];
      for (let i = 0; i < 5; i++) {
        const p = h.person(T);
        const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
        await finishUnits(p, e, mentorCourse, true);
        for (const s of [s1, s2]) await h.bus.request(BookSession, { sessionId: s.id }, as.staff(p));
        learners.push({ p, e });
      }
      await h.bus.request(RecordAttendance, { sessionId: s1.id, entries: learners.map(({ p }) => ({ staffId: p.id, present: true })) }, as.staff(trainer));
      await Promise.all([
        h.bus.request(RecordAttendance, { sessionId: s2.id, entries: learners.map(({ p }) => ({ staffId: p.id, present: true })) }, as.staff(trainer)),
        ...learners.map(({ p, e }) => h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: last.id }, as.staff(p))),
      ]);
      const events = await h.outbox(CourseCompleted.subject);
      for (const { p, e } of learners) {
        expect((await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p))).status).toBe('completed');
        expect(events.filter((r) => r.payload.staffId === p.id)).toHaveLength(1);
      }
    });

    it('does not complete while attendance is below the threshold', async () => {
      const p = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      await finishUnits(p, e, mentorCourse);
      const sessions = [await session(mentorCourse.id, 10), await session(mentorCourse.id, 10), await session(mentorCourse.id, 10)];
      for (const s of sessions) await h.bus.request(BookSession, { sessionId: s.id }, as.staff(p));
      await h.bus.request(RecordAttendance, { sessionId: sessions[0].id, entries: [{ staffId: p.id, present: true }] }, as.staff(trainer));
      await h.bus.request(RecordAttendance, { sessionId: sessions[1].id, entries: [{ staffId: p.id, present: false }] }, as.staff(trainer));
      let now = await h.bus.request(RecordAttendance, { sessionId: sessions[2].id, entries: [{ staffId: p.id, present: true }] }, coordinator);
      const mine = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p));
      // 2 of 3 = 66.7 % < 75 %
      expect(mine.progress).toMatchObject({ sessionsAttended: 2, sessionsMissed: 1, attendanceRate: 66.7, attendanceRuleMet: false });
      expect(mine.status).toBe('active');
      // the trainer corrects the register: present after all
      now = await h.bus.request(RecordAttendance, { sessionId: sessions[1].id, entries: [{ staffId: p.id, present: true }] }, as.staff(trainer));
      expect(now.entries[0].attendance).toBe('present');
      expect((await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p))).status).toBe('completed');
    });

    it('completes without a certificate when identity cannot name the learner, and issues it later', async () => {
      const p = h.person(T, 'Nikos', 'Papadopoulos');
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      const s = await session(mentorCourse.id, 10);
      const s2 = await session(mentorCourse.id, 10);
      for (const x of [s, s2]) {
        await h.bus.request(BookSession, { sessionId: x.id }, as.staff(p));
        await h.bus.request(RecordAttendance, { sessionId: x.id, entries: [{ staffId: p.id, present: true }] }, as.staff(trainer));
      }
      h.setIdentityUp(false);
      try {
        await finishUnits(p, e, mentorCourse);
      } finally {
        h.setIdentityUp(true);
      }
      const now = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p));
      expect(now).toMatchObject({ status: 'completed', certificateId: null });
      const ev = (await h.outbox(CourseCompleted.subject)).filter((r) => r.payload.staffId === p.id);
      expect(ev.map((r) => r.payload.certificateId)).toEqual([null]);
      // the learner and a coordinator at once: one certificate, both get it
      const [cert, same] = await Promise.all([h.bus.request(IssueCertificate, { enrolmentId: e.id }, as.staff(p)), h.bus.request(IssueCertificate, { enrolmentId: e.id }, coordinator)]);
      expect(cert.holderName).toBe('Nikos Papadopoulos');
      expect(same.id).toBe(cert.id);
      expect((await h.bus.request(IssueCertificate, { enrolmentId: e.id }, coordinator)).id).toBe(cert.id);
    });

    it('completes active learners when a coordinator relaxes the rules, and refuses a certificate before completion', async () => {
      const p = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      expect((await failure(h.bus.request(IssueCertificate, { enrolmentId: e.id }, as.staff(p)))).code).toBe('training.NOT_COMPLETED');
      await finishUnits(p, e, mentorCourse);
      expect((await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p))).status).toBe('active');
      const before = (await h.outbox(CourseCompleted.subject)).length;
      const other = await h.bus.request(AdoptDefaultCourse, { key: 'coordinator-core' }, as.coordinator(randomUUID()));
      expect(other.rules.minSessionsAttended).toBe(1);
      const relaxed = await h.bus.request(UpdateCourse, { id: mentorCourse.id, locale: 'en', rules: { minSessionsAttended: 0 } }, coordinator);
      // enrolled in an earlier version, the learner meets every rule of the relaxed one: they complete that version
      const done = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p));
      expect([done.status, e.courseVersion < relaxed.version, done.courseVersion]).toEqual(['completed', true, relaxed.version]);
      expect((await h.outbox(CourseCompleted.subject)).length).toBeGreaterThan(before);
      expect((await h.outbox(CourseCompleted.subject)).find((r) => r.payload.staffId === p.id)!.payload.courseVersion).toBe(relaxed.version);
      await h.bus.request(UpdateCourse, { id: mentorCourse.id, locale: 'en', rules: { minSessionsAttended: 2 } }, coordinator);
    });

    it('withdrawing frees the seat for the waiting list and closes the enrolment', async () => {
      const s = await session(mentorCourse.id, 1);
      const [a, b] = [h.person(T), h.person(T)];
      const ea = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(a));
      await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(b));
      await h.bus.request(BookSession, { sessionId: s.id }, as.staff(a));
      await h.bus.request(BookSession, { sessionId: s.id }, as.staff(b));
      expect((await h.bus.request(WithdrawEnrolment, { enrolmentId: ea.id }, as.staff(a))).status).toBe('withdrawn');
      // Withdrawing cancels the learner's seats: each published (ids only) for notifications.
      const cancelled = (await h.outbox(BookingCancelled.subject)).map((e) => e.payload).filter((e) => e.sessionId === s.id);
      expect(cancelled.map((e) => [e.staffId, Object.keys(e).sort()])).toEqual([[a.id, ['bookingId', 'sessionId', 'staffId', 'tenantId']]]);
      const sessions = await h.bus.request(ListSessions, { courseId: mentorCourse.id }, as.staff(b));
      expect(sessions.find((x) => x.id === s.id)).toMatchObject({ booked: 1, waitlisted: 0 });
      expect((await failure(h.bus.request(CompleteUnit, { enrolmentId: ea.id, unitId: mentorCourse.modules[0].units[0].id }, as.staff(a)))).code).toBe('training.ENROLMENT_CLOSED');
    });
  });

  describe('questionnaires and reports', () => {
    let course: CourseDto;
    const learners: Person[] = [];
    const enrolments: EnrolmentDto[] = [];
    const tenant = randomUUID();
    let cohortId: string;

    beforeAll(async () => {
      cohortId = await knownCohort(h, tenant);
      course = await h.bus.request(AdoptDefaultCourse, { key: 'coordinator-core' }, as.coordinator(tenant));
      for (let i = 0; i < 7; i++) {
        const p = h.person(tenant);
        learners.push(p);
        await h.publish(StaffProfileChanged, {
          staffId: p.id, tenantId: tenant, institutionId: i < 5 ? INST_A : INST_B, institutionKind: 'adult', region: 'X', unitId: null, position: 'Officer', supervisesOthers: false,
          hiredOn: '2015-01-01', joinedInstitutionOn: '2015-01-01', previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0, languages: ['da'], lineManagerId: null, leftServiceOn: null,
        }, tenant);
        enrolments.push(await h.bus.request(Enrol, { courseId: course.id, staffId: p.id, cohortId: i < 6 ? cohortId : null }, as.coordinator(tenant)));
      }
    });

    it('keeps pre/post scores and satisfaction without the learner and reports them only from 5 respondents', async () => {
      const ck = await h.bus.request(GetAnswerKey, { id: course.id }, as.coordinator(tenant));
      const right = course.assessment.map((q) => ({ questionId: q.id, optionId: ck.find((k) => k.questionId === q.id)!.correctOptionId }));
      for (let i = 0; i < 4; i++) {
        expect((await h.bus.request(SubmitAssessment, { enrolmentId: enrolments[i].id, phase: 'pre', answers: right.slice(0, 1) }, as.staff(learners[i]))).score).toBe(33);
        await h.bus.request(SubmitSatisfaction, { enrolmentId: enrolments[i].id, answers: course.satisfaction.map((q) => ({ questionId: q.id, value: 4 })) }, as.staff(learners[i]));
      }
      let report = await h.bus.request(GetCourseFeedbackReport, { courseId: course.id }, as.coordinator(tenant));
      expect(report.pre).toEqual({ respondents: null, meanScore: null, suppressed: true });
      expect(report.satisfaction[0]).toMatchObject({ respondents: null, mean: null, suppressed: true });
      await h.bus.request(SubmitAssessment, { enrolmentId: enrolments[4].id, phase: 'pre', answers: right }, as.staff(learners[4]));
      await h.bus.request(SubmitSatisfaction, { enrolmentId: enrolments[4].id, answers: course.satisfaction.map((q) => ({ questionId: q.id, value: 5 })) }, as.staff(learners[4]));
      report = await h.bus.request(GetCourseFeedbackReport, { courseId: course.id }, as.coordinator(tenant));
      // frozen releases count closed days only: today's five answers are not out yet
      expect(report.pre.suppressed).toBe(true);
      await h.sql(`update training.feedback_response set submitted_on = submitted_on - 1 where course_id = ?`, [course.id]); // a day passes
      report = await h.bus.request(GetCourseFeedbackReport, { courseId: course.id }, as.coordinator(tenant));
      expect(report.pre).toEqual({ respondents: 5, meanScore: 46.4, suppressed: false });
      expect(report.satisfaction[0]).toMatchObject({ respondents: 5, mean: 4.2, suppressed: false });
      expect(report.post.suppressed).toBe(true);
      expect((await failure(h.bus.request(SubmitAssessment, { enrolmentId: enrolments[0].id, phase: 'pre', answers: [] }, as.staff(learners[0])))).code).toBe('training.ALREADY_SUBMITTED');
      expect((await failure(h.bus.request(SubmitSatisfaction, { enrolmentId: enrolments[5].id, answers: [{ questionId: randomUUID(), value: 3 }] }, as.staff(learners[5])))).code).toBe('training.UNKNOWN_QUESTION');
      expect(await h.sql(`select column_name from information_schema.columns where table_schema = 'training' and table_name = 'feedback_response' and column_name like '%staff%'`)).toEqual([]);
      expect((await failure(h.bus.request(GetCourseFeedbackReport, { courseId: course.id }, as.staff(learners[0])))).category).toBe('FORBIDDEN');
    });

    it('replays the differencing attack on courseFeedbackReport: one more answer changes nothing a coordinator sees', async () => {
      // Read, let one learner answer, read again: with the plain mean (what the report gave before
      // frozen releases) 6 × new − 5 × old is her answer; the release does not move.
      const coordinator = as.coordinator(tenant);
      const before = await h.bus.request(GetCourseFeedbackReport, { courseId: course.id }, coordinator);
      expect(before.satisfaction[0]).toMatchObject({ respondents: 5, mean: 4.2, suppressed: false });
      await h.bus.request(SubmitSatisfaction, { enrolmentId: enrolments[5].id, answers: course.satisfaction.map((q) => ({ questionId: q.id, value: 1 })) }, as.staff(learners[5]));
      // who answered is not shown to the coordinator (the questionnaire is kept without the learner's id) …
      const listed = (await h.bus.request(ListEnrolments, { courseId: course.id }, coordinator)).items;
      expect(listed.length).toBeGreaterThanOrEqual(6);
      expect(listed.every((e) => e.progress.satisfactionDone === null && e.progress.preAssessmentDone === null && e.progress.postAssessmentDone === null)).toBe(true);
      // … the learner herself still sees it
      expect((await h.bus.request(MyEnrolments, {}, as.staff(learners[5]))).find((e) => e.id === enrolments[5].id)!.progress.satisfactionDone).toBe(true);
      await h.sql(`update training.feedback_response set submitted_on = submitted_on - 1 where course_id = ?`, [course.id]); // a day passes (her answer's day closes)
      const after = await h.bus.request(GetCourseFeedbackReport, { courseId: course.id }, coordinator);
      expect(after.satisfaction).toEqual(before.satisfaction);
      // Protection removed (the plain mean over every answer): the difference is her answer exactly.
      const q = course.satisfaction[0]!.id;
      const [live] = await h.sql<{ n: string; mean: string }>(`select count(*) n, avg((ratings->>?)::numeric) mean from training.feedback_response where course_id = ? and kind = 'satisfaction'`, [q, course.id]);
      expect(Number(live!.n)).toBe(6);
      expect(6 * Number(live!.mean) - 5 * before.satisfaction[0]!.mean!).toBeCloseTo(1, 9);
    });

    it('reports completion per course, cohort and institution with small cells suppressed', async () => {
      await h.bus.request(WithdrawEnrolment, { enrolmentId: enrolments[6].id }, as.coordinator(tenant));
      const byCourse = await h.bus.request(GetTrainingReport, { groupBy: 'course' }, as.tenantAdmin(tenant));
      expect(byCourse.rows).toEqual([expect.objectContaining({ courseId: course.id, groupId: null, enrolled: 7, completed: 0, withdrawn: 1, completionRate: 0, suppressed: false })]);
      const byInst = await h.bus.request(GetTrainingReport, { groupBy: 'institution', courseId: course.id }, as.coordinator(tenant));
      expect(byInst.rows.map((r) => [r.groupId, r.enrolled, r.suppressed])).toEqual(
        // B has 2 (suppressed); A, the only other cell, is suppressed too (the course total would give B away)
        [INST_A, INST_B].sort().map((g) => [g, null, true]),
      );
      const byCohort = await h.bus.request(GetTrainingReport, { groupBy: 'cohort', courseId: course.id }, as.coordinator(tenant));
      expect(byCohort.rows.map((r) => [r.groupId, r.suppressed])).toEqual([[cohortId, true], [null, true]]);
      expect((await failure(h.bus.request(GetTrainingReport, { groupBy: 'course' }, as.staff(learners[0])))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(GetTrainingReport, { groupBy: 'course' }, as.researcher(tenant)))).category).toBe('FORBIDDEN');
    });

    it('counts mentors trained against mentors needed from programmes events, or a given figure', async () => {
      const c = randomUUID();
      const app = (staffId: string, role: 'mentor' | 'mentee') => ({
        tenantId: T, programmeId: randomUUID(), cohortId: c, applicationId: randomUUID(), staffId, role, functions: [], languages: ['da'], prefersSameUnit: false, preferredStaffIds: [], conflictStaffIds: [],
      });
      const mentees = [0, 1, 2, 3, 4].map(() => app(randomUUID(), 'mentee'));
      for (const a of mentees) await h.publish(ApplicationAccepted, a, T);
      await h.publish(ApplicationWithdrawn, { tenantId: T, cohortId: c, applicationId: mentees[4].applicationId, staffId: mentees[4].staffId }, T);
      const policy = Object.assign(new ProgrammePolicy(), { mentorCapacity: 3 });
      await h.publish(CohortChanged, { tenantId: T, programmeId: randomUUID(), cohortId: c, state: 'recruiting', policyVersion: 1, policy, institutionIds: [], startsOn: '2026-01-01', endsOn: '2026-12-31' } as never, T);
      // one trained mentor: accepted as mentor in the cohort, completed the mentor course
      const done = (await h.bus.request(ListEnrolments, { courseId: mentorCourse.id, status: 'completed' }, coordinator)).items[0];
      await h.publish(ApplicationAccepted, app(done.staffId, 'mentor'), T);
      const r = await h.bus.request(GetMentorsTrained, { cohortId: c }, coordinator);
      expect(r).toEqual({ cohortId: c, menteesAccepted: 4, mentorCapacity: 3, needed: 2, neededSource: 'programmes', trained: 1, shortfall: 1 });
      expect(await h.bus.request(GetMentorsTrained, { cohortId: c, needed: 10 }, coordinator)).toMatchObject({ needed: 10, neededSource: 'input', shortfall: 9 });
    });
  });

  describe('isolation and erasure', () => {
    it("shows another tenant nothing of this tenant's training", async () => {
      const p = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      const s = await session(mentorCourse.id, 3);
      const foreign = as.coordinator(OTHER);
      const foreignLearner = as.staff(h.person(OTHER));
      const cases: [string, Promise<unknown>][] = [
        ['GetCourse', h.bus.request(GetCourse, { id: mentorCourse.id }, foreign)],
        ['UpdateCourse', h.bus.request(UpdateCourse, { id: mentorCourse.id, locale: 'en', title: 'Hijacked' }, foreign)],
        ['GetAnswerKey', h.bus.request(GetAnswerKey, { id: mentorCourse.id }, foreign)],
        ['Enrol', h.bus.request(Enrol, { courseId: mentorCourse.id }, foreignLearner)],
        ['ListSessions', h.bus.request(ListSessions, { courseId: mentorCourse.id }, foreign)],
        ['ScheduleSession', h.bus.request(ScheduleSession, { courseId: mentorCourse.id, title: 'x', startsAt: '2026-03-01T09:00:00Z', endsAt: '2026-03-01T10:00:00Z', place: 'x', trainerStaffId: trainer.id, capacity: 1, language: 'en' }, foreign)],
        ['BookSession', h.bus.request(BookSession, { sessionId: s.id }, foreignLearner)],
        ['GetSessionRegister', h.bus.request(GetSessionRegister, { sessionId: s.id }, foreign)],
        ['RecordAttendance', h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: p.id, present: true }] }, foreign)],
        ['GetEnrolment', h.bus.request(GetEnrolment, { enrolmentId: e.id }, foreign)],
        ['WithdrawEnrolment', h.bus.request(WithdrawEnrolment, { enrolmentId: e.id }, foreign)],
        ['GetCourseFeedbackReport', h.bus.request(GetCourseFeedbackReport, { courseId: mentorCourse.id }, foreign)],
        ['GetTrainingReport', h.bus.request(GetTrainingReport, { groupBy: 'course', tenantId: T }, foreign)],
      ];
      for (const [name, p] of cases) expect([name, (await failure(p)).category]).toEqual([name, 'NOT_FOUND']);
      expect((await h.bus.request(ListEnrolments, {}, foreign)).items.every((x) => x.tenantId === OTHER)).toBe(true);
      expect((await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p))).status).toBe('active');
    });

    it('lets the platform admin configure and read aggregates, but shows it no learner and lets it act for none', async () => {
      const pa = as.platformAdmin();
      const p = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: mentorCourse.id }, as.staff(p));
      const s = await session(mentorCourse.id, 3);
      await h.bus.request(BookSession, { sessionId: s.id }, as.staff(p));
      // configuration and aggregates: allowed
      expect((await h.bus.request(UpdateSession, { id: s.id, capacity: 4 }, pa)).capacity).toBe(4);
      expect((await h.bus.request(GetTrainingReport, { groupBy: 'course', tenantId: T }, pa)).rows.length).toBeGreaterThan(0);
      // learners' own records: refused, and nothing written
      const refused: [string, Promise<unknown>, string][] = [
        ['ListEnrolments', h.bus.request(ListEnrolments, { tenantId: T }, pa), 'FORBIDDEN'],
        ['GetEnrolment', h.bus.request(GetEnrolment, { enrolmentId: e.id }, pa), 'NOT_FOUND'],
        ['GetSessionRegister', h.bus.request(GetSessionRegister, { sessionId: s.id }, pa), 'FORBIDDEN'],
        ['RecordAttendance', h.bus.request(RecordAttendance, { sessionId: s.id, entries: [{ staffId: p.id, present: true }] }, pa), 'FORBIDDEN'],
        ['Enrol', h.bus.request(Enrol, { courseId: mentorCourse.id, staffId: h.person(T).id }, pa), 'FORBIDDEN'],
        ['CancelBooking', h.bus.request(CancelBooking, { sessionId: s.id, staffId: p.id }, pa), 'FORBIDDEN'],
        ['WithdrawEnrolment', h.bus.request(WithdrawEnrolment, { enrolmentId: e.id }, pa), 'NOT_FOUND'],
        ['IssueCertificate', h.bus.request(IssueCertificate, { enrolmentId: e.id }, pa), 'NOT_FOUND'],
      ];
      for (const [name, call, category] of refused) expect([name, (await failure(call)).category]).toEqual([name, category]);
      expect(await h.sql(`select 1 from training.booking where session_id = ? and (attendance is not null or status <> 'booked')`, [s.id])).toHaveLength(0);
      expect((await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(p))).status).toBe('active');
      // a tenant admin still manages learners
      expect((await h.bus.request(ListEnrolments, { courseId: mentorCourse.id }, as.tenantAdmin(T))).items.some((x) => x.id === e.id)).toBe(true);
    });

    it('forgets an erased learner: enrolments and bookings go, the certificate stops verifying', async () => {
      const done = (await h.bus.request(ListEnrolments, { courseId: mentorCourse.id, status: 'completed' }, coordinator)).items.find((x) => x.certificateId)!;
      const cert = await h.bus.request(GetCertificate, { certificateId: done.certificateId! }, coordinator);
      await h.publish(StaffErased, { staffId: done.staffId, tenantId: T, accountId: null }, T);
      expect(await h.sql(`select 1 from training.enrolment where staff_id = ?`, [done.staffId])).toHaveLength(0);
      expect(await h.sql(`select 1 from training.booking where staff_id = ?`, [done.staffId])).toHaveLength(0);
      expect(await h.bus.request(VerifyCertificate, { code: cert.code }, as.anonymous())).toEqual({ valid: false, holderName: null, courseTitle: cert.courseTitle, issuedOn: cert.issuedOn });
    });
  });
});
