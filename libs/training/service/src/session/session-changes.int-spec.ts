import { randomUUID } from 'node:crypto';
import {
  AdoptDefaultCourse,
  BookingCancelled,
  BookSession,
  CancelSession,
  Enrol,
  GetSessionRegister,
  ListSessions,
  ListTenantSessions,
  MySessionBookings,
  ScheduleSession,
  SessionCancelled,
  SessionRescheduled,
  UpdateSession,
  type CourseDto,
  type SessionDto,
} from '@m4pris/training-contracts';
import { as, failure, startTraining, type Person, type TrainingHarness } from '../../test/harness.js';

const T = randomUUID();
const OTHER = randomUUID();
const DAY = 24 * 3600 * 1000;

/** An instant `days` from now, on the hour (sessions to come, or over). */
const at = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

describe('training sessions: new times, cancellation, the tenant-wide list (issue 16)', () => {
  let h: TrainingHarness;
  let coordinator: ReturnType<typeof as.coordinator>;
  let course: CourseDto;
  let other: CourseDto;
  let trainer: Person;

  const session = (courseId: string, days: number, capacity = 5, title = 'Group session') =>
    h.bus.request(
      ScheduleSession,
      { courseId, title, startsAt: at(days, 9), endsAt: at(days, 12), place: 'Training room', trainerStaffId: trainer.id, capacity, language: 'da', allowWaitlist: true },
      coordinator,
    );

  /** A learner enrolled on the course, with a seat (or a waiting-list place) in the session. */
  const booked = async (s: SessionDto) => {
    const p = h.person(T);
    await h.bus.request(Enrol, { courseId: s.courseId }, as.staff(p)).catch(() => undefined);
    await h.bus.request(BookSession, { sessionId: s.id }, as.staff(p));
    return p;
  };

  const events = async (subject: string, sessionId: string) => (await h.outbox(subject)).map((e) => e.payload).filter((e) => e.sessionId === sessionId);

  beforeAll(async () => {
    h = await startTraining();
    coordinator = as.coordinator(T);
    trainer = h.person(T, 'Tove', 'Trainer');
    course = await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, coordinator);
    other = await h.bus.request(AdoptDefaultCourse, { key: 'coordinator-core' }, coordinator);
  });
  afterAll(() => h?.close());

  describe('new times', () => {
    it('moves a session to come and tells every booked and waiting learner the new times', async () => {
      const s = await session(course.id, 10, 1);
      const [a, b] = [await booked(s), await booked(s)];
      const moved = await h.bus.request(UpdateSession, { id: s.id, startsAt: at(12, 13), endsAt: at(12, 15) }, coordinator);
      expect(moved).toMatchObject({ startsAt: at(12, 13), endsAt: at(12, 15), booked: 1, waitlisted: 1, cancelledAt: null });
      const told = await events(SessionRescheduled.subject, s.id);
      expect(told.map((e) => [e.staffId, e.waitlisted])).toEqual([
        [a.id, false],
        [b.id, true],
      ]);
      expect(told[0]).toMatchObject({ tenantId: T, title: s.title, startsAt: at(12, 13), endsAt: at(12, 15), place: 'Training room' });
      // The same times again move nothing and tell nobody again.
      await h.bus.request(UpdateSession, { id: s.id, startsAt: at(12, 13) }, coordinator);
      expect(await events(SessionRescheduled.subject, s.id)).toHaveLength(2);
    });

    it('changes only the end when only the end is given, and refuses an end before the start (naming endsAt)', async () => {
      const s = await session(course.id, 11);
      expect(await h.bus.request(UpdateSession, { id: s.id, endsAt: at(11, 16) }, coordinator)).toMatchObject({ startsAt: s.startsAt, endsAt: at(11, 16) });
      const early = await failure(h.bus.request(UpdateSession, { id: s.id, endsAt: at(11, 8) }, coordinator));
      expect([early.code, early.field]).toEqual(['training.INVALID_PERIOD', 'endsAt']);
      const swapped = await failure(h.bus.request(UpdateSession, { id: s.id, startsAt: at(11, 12), endsAt: at(11, 10) }, coordinator));
      expect([swapped.code, swapped.field]).toEqual(['training.INVALID_PERIOD', 'endsAt']);
      const notADate = await failure(h.bus.request(UpdateSession, { id: s.id, startsAt: 'tomorrow' }, coordinator));
      expect(notADate.category).toBe('BAD_USER_INPUT');
      expect((await h.bus.request(ListSessions, { courseId: course.id }, coordinator)).find((x) => x.id === s.id)).toMatchObject({ startsAt: s.startsAt, endsAt: at(11, 16) });
    });

    it('does not move a session that has started (or is over), and nothing is told', async () => {
      const running = await h.bus.request(
        ScheduleSession,
        { courseId: course.id, title: 'Running now', startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString(), place: 'Room', trainerStaffId: trainer.id, capacity: 3, language: 'en' },
        coordinator,
      );
      await booked(running);
      const err = await failure(h.bus.request(UpdateSession, { id: running.id, startsAt: at(5) }, coordinator));
      expect([err.code, err.field]).toEqual(['training.SESSION_STARTED', 'startsAt']);
      const over = await session(course.id, -3);
      expect((await failure(h.bus.request(UpdateSession, { id: over.id, endsAt: at(-3, 14) }, coordinator))).code).toBe('training.SESSION_STARTED');
      expect(await events(SessionRescheduled.subject, running.id)).toEqual([]);
      // Other changes of a running session still work (the register's trainer, the capacity).
      expect((await h.bus.request(UpdateSession, { id: running.id, capacity: 4 }, coordinator)).capacity).toBe(4);
    });

    it('lets only managers move a session', async () => {
      const s = await session(course.id, 13);
      const learner = await booked(s);
      expect((await failure(h.bus.request(UpdateSession, { id: s.id, startsAt: at(14) , endsAt: at(14, 12) }, as.staff(learner)))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(UpdateSession, { id: s.id, startsAt: at(14), endsAt: at(14, 12) }, as.researcher(T)))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(UpdateSession, { id: s.id, startsAt: at(14), endsAt: at(14, 12) }, as.coordinator(OTHER)))).category).toBe('NOT_FOUND');
    });
  });

  describe('cancellation', () => {
    it('releases every seat and waiting-list place, tells each learner, and keeps the session marked cancelled', async () => {
      const s = await session(course.id, 20, 1);
      const [a, b] = [await booked(s), await booked(s)];
      const cancelled = await h.bus.request(CancelSession, { id: s.id, reason: 'The trainer is ill' }, coordinator);
      expect(cancelled).toMatchObject({ booked: 0, waitlisted: 0, seatsLeft: 1, cancelReason: 'The trainer is ill' });
      expect(cancelled.cancelledAt).not.toBeNull();
      // Each learner is told (title and times, never the reason), and each seat is released for the reminders.
      const told = await events(SessionCancelled.subject, s.id);
      expect(told.map((e) => e.staffId)).toEqual([a.id, b.id]);
      expect(told[0]).toEqual({ tenantId: T, sessionId: s.id, bookingId: expect.any(String), staffId: a.id, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt });
      expect(JSON.stringify(told)).not.toContain('ill');
      expect((await events(BookingCancelled.subject, s.id)).map((e) => e.staffId)).toEqual([a.id, b.id]);
      // The register is empty, the learners' own bookings are gone, the session is still listed, marked.
      expect((await h.bus.request(GetSessionRegister, { sessionId: s.id }, coordinator)).entries).toEqual([]);
      expect((await h.bus.request(MySessionBookings, {}, as.staff(a))).filter((x) => x.sessionId === s.id)).toEqual([]);
      const listed = (await h.bus.request(ListSessions, { courseId: course.id }, as.staff(a))).find((x) => x.id === s.id);
      expect(listed).toMatchObject({ cancelReason: 'The trainer is ill', cancelledAt: cancelled.cancelledAt });
    });

    it('cannot be booked, moved or cancelled again once cancelled', async () => {
      const s = await session(course.id, 21);
      await h.bus.request(CancelSession, { id: s.id, reason: 'Room unavailable' }, coordinator);
      const p = h.person(T);
      await h.bus.request(Enrol, { courseId: course.id }, as.staff(p)).catch(() => undefined);
      const book = await failure(h.bus.request(BookSession, { sessionId: s.id }, as.staff(p)));
      expect([book.code, book.field]).toEqual(['training.SESSION_CANCELLED', 'sessionId']);
      expect((await failure(h.bus.request(UpdateSession, { id: s.id, startsAt: at(22), endsAt: at(22, 12) }, coordinator))).code).toBe('training.SESSION_CANCELLED');
      expect((await failure(h.bus.request(CancelSession, { id: s.id, reason: 'Again' }, coordinator))).code).toBe('training.SESSION_CANCELLED');
    });

    it('needs a reason, refuses a session that has started, and is for managers only', async () => {
      const s = await session(course.id, 23);
      const blank = await failure(h.bus.request(CancelSession, { id: s.id, reason: '   ' }, coordinator));
      expect([blank.category, blank.field]).toEqual(['BAD_USER_INPUT', 'reason']);
      const empty = await failure(h.bus.request(CancelSession, { id: s.id, reason: '' }, coordinator));
      expect([empty.category, empty.field]).toEqual(['BAD_USER_INPUT', 'reason']);
      const learner = await booked(s);
      expect((await failure(h.bus.request(CancelSession, { id: s.id, reason: 'x' }, as.staff(learner)))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(CancelSession, { id: s.id, reason: 'x' }, as.staff(trainer)))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(CancelSession, { id: s.id, reason: 'x' }, as.coordinator(OTHER)))).category).toBe('NOT_FOUND');
      const over = await session(course.id, -2);
      expect((await failure(h.bus.request(CancelSession, { id: over.id, reason: 'Too late' }, coordinator))).code).toBe('training.SESSION_STARTED');
      // A tenant admin may cancel too; the learner's seat goes.
      await h.bus.request(CancelSession, { id: s.id, reason: 'Merged with another session' }, as.tenantAdmin(T));
      expect((await h.bus.request(MySessionBookings, {}, as.staff(learner))).filter((x) => x.sessionId === s.id)).toEqual([]);
    });
  });

  describe('the tenant-wide list', () => {
    it('lists every course’s sessions of the tenant in one paged list: to come first (soonest first), then over (latest first)', async () => {
      const mine = async () => {
        const page = await h.bus.request(ListTenantSessions, { limit: 200 }, coordinator);
        return page;
      };
      const before = await mine();
      const pastOld = await session(other.id, -9, 5, 'Past old');
      const later = await session(other.id, 40, 5, 'Later');
      const soon = await session(course.id, 30, 5, 'Soon');
      const pastRecent = await session(course.id, -8, 5, 'Past recent');
      const all = await mine();
      expect(all.total).toBe(before.total + 4);
      const ids = all.items.map((x) => x.id);
      // Upcoming before past; among upcoming, soonest first; among past, the most recent first.
      expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(later.id));
      expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(pastRecent.id));
      expect(ids.indexOf(pastRecent.id)).toBeLessThan(ids.indexOf(pastOld.id));
      const upcoming = all.items.filter((x) => new Date(x.endsAt).getTime() > Date.now());
      expect(all.items.slice(0, upcoming.length)).toEqual(upcoming);
      expect(new Set(all.items.map((x) => x.courseId))).toEqual(new Set([course.id, other.id]));

      // Pages cut across the two halves keep the order and the total.
      const paged: string[] = [];
      for (let offset = 0; offset < all.total; offset += 3) {
        const page = await h.bus.request(ListTenantSessions, { offset, limit: 3 }, coordinator);
        expect(page).toMatchObject({ total: all.total, offset, limit: 3 });
        paged.push(...page.items.map((x) => x.id));
      }
      expect(paged).toEqual(ids);

      // One half only.
      const up = await h.bus.request(ListTenantSessions, { period: 'upcoming', limit: 200 }, coordinator);
      expect(up.items.map((x) => x.id)).toEqual(upcoming.map((x) => x.id));
      const past = await h.bus.request(ListTenantSessions, { period: 'past', limit: 200 }, coordinator);
      expect(past.items.map((x) => x.id)).toEqual(ids.slice(upcoming.length));
      expect(up.total + past.total).toBe(all.total);
    });

    it('is for any member of the tenant, shows no other tenant’s sessions, and the platform admin names the tenant', async () => {
      const s = await session(course.id, 31);
      const learner = h.person(T);
      expect((await h.bus.request(ListTenantSessions, { limit: 200 }, as.staff(learner))).items.map((x) => x.id)).toContain(s.id);
      expect((await h.bus.request(ListTenantSessions, { limit: 200 }, as.researcher(T))).items.map((x) => x.id)).toContain(s.id);
      expect(await h.bus.request(ListTenantSessions, {}, as.coordinator(OTHER))).toMatchObject({ items: [], total: 0 });
      expect((await h.bus.request(ListTenantSessions, { tenantId: T, limit: 200 }, as.platformAdmin())).items.map((x) => x.id)).toContain(s.id);
      // A member cannot read another tenant by naming it.
      expect((await failure(h.bus.request(ListTenantSessions, { tenantId: T }, as.coordinator(OTHER)))).category).toBe('NOT_FOUND');
      const bad = await failure(h.bus.request(ListTenantSessions, { limit: 0 }, coordinator));
      expect([bad.category, bad.field]).toEqual(['BAD_USER_INPUT', 'limit']);
    });
  });
});
