import { randomUUID } from 'node:crypto';
import { StaffProfileChanged } from '@m4pris/identity-contracts';
import {
  AcknowledgeAgreement,
  AnswerFitCheck,
  CloseConcern,
  CohortDashboard,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  LogMeeting,
  PauseRelationship,
  RaiseConcern,
  ResumeRelationship,
  SaveAgreement,
  SubmitApplication,
  TransitionCohort,
  WithdrawApplication,
  type CohortDashboardDto,
} from '@m4pris/programmes-contracts';
import { dataChangesOf } from '@m4pris/platform-messaging';
import { as, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';
import { profile } from '../../test/seed.js';
import { DashboardCache } from './dashboard-cache.js';

/*
 * The coordinator dashboard is kept in memory (dashboard-cache.ts) and used again only while
 * nothing it counts has changed. Every way its figures can change must make the next dashboard a
 * new computation with the new figures: each write below is followed by a dashboard that must cost
 * the computing statement again and equal a dashboard computed for a key never asked before (a new
 * number of weeks), which is always computed afresh. Writes straight to the tables (not through a
 * use case) are in the list too: the database keeps the version (trigger touch_duo) and reports
 * the change (trigger notice_change), so no write path can forget it. Each scope gets its own figures.
 *
 * Both ways the cache knows: with the changes heard (the listener connected: a kept dashboard costs
 * no statement) and with versions (no listener: the cohort with the version, one statement).
 */

const T = randomUUID();
const PRISON = randomUUID();
const OTHER_PRISON = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A staff member of the tenant at `institutionId`, hired `hiredDaysAgo` days ago (test/seed.ts). */
const staff = (staffId: string, institutionId: string, hiredDaysAgo: number) =>
  profile(T, institutionId, staffId, { hiredOn: ago(hiredDaysAgo), joinedInstitutionOn: ago(hiredDaysAgo) });

describe.each(['heard changes', 'versions'] as const)('programmes: the dashboard kept in memory (%s) is computed again whenever anything it counts changes', (way) => {
  /** Statements of a kept dashboard: none with the changes heard, the cohort with the version otherwise. */
  const kept = way === 'heard changes' ? 0 : 1;
  let h: ProgrammesHarness;
  let counting = false;
  let statements: string[] = [];
  const coord = as.coordinator(T);
  let cohortId = '';
  let programmeId = '';
  /** Duo x in PRISON, duo y in OTHER_PRISON. */
  const duo = { x: '', y: '' };
  const people = { x: { mentee: randomUUID(), mentor: randomUUID() }, y: { mentee: randomUUID(), mentor: randomUUID() } };
  let freshWeeks = 12;
  const waiting = [randomUUID(), randomUUID()];
  const pending: string[] = [];

  /** One dashboard and the number of SQL statements the service sent for it. */
  async function dashboard(ctx = coord, weeks?: number): Promise<{ d: CohortDashboardDto; statements: number }> {
    statements = [];
    counting = true;
    try {
      const d = await h.bus.request(CohortDashboard, { cohortId, ...(weeks ? { weeks } : {}) }, ctx);
      return { d, statements: statements.length };
    } finally {
      counting = false;
    }
  }

  /** The dashboard as computed now for a key never asked before (its last 12 weeks compared). */
  async function computedAfresh(ctx = coord): Promise<CohortDashboardDto> {
    freshWeeks += 1;
    const { d } = await dashboard(ctx, freshWeeks);
    return { ...d, weeks: d.weeks.slice(-12) };
  }

  /** After a write: the next dashboard is computed again (two statements, not one) and holds the change. */
  async function expectRecomputed(what: string): Promise<CohortDashboardDto> {
    const next = await dashboard();
    expect({ what, statements: next.statements }).toEqual({ what, statements: 2 });
    expect(next.d).toEqual(await computedAfresh());
    const again = await dashboard();
    expect({ what, statements: again.statements }).toEqual({ what, statements: kept });
    expect(again.d).toEqual(next.d);
    return next.d;
  }

  /**
   * A write; with the changes heard, also waits for its notification (a write through the service
   * is reported at its COMMIT already; a write in SQL only by the notification, within milliseconds).
   */
  async function write<T>(work: () => Promise<T>): Promise<T> {
    if (way !== 'heard changes') return work();
    return dataChangesOf('programmes').afterNotices(work);
  }

  beforeAll(async () => {
    h = await startProgrammes({}, { onQuery: (sql) => counting && statements.push(sql) });
    if (way === 'heard changes') {
      // The harness runs no init hooks: the listener is started here, as the platform's start does.
      const cache = h.moduleRef.get(DashboardCache);
      cache.onModuleInit();
      for (let i = 0; i < 100 && cache.heard(T) === undefined; i++) await new Promise((r) => setTimeout(r, 50));
      expect(cache.heard(T)).toBeDefined();
    }
    const programme = await h.bus.request(
      CreateProgramme,
      { name: 'Cached', policy: { mentorCapacity: 1, mentorTrainingRequired: false, institutionScope: 'any' } } as never,
      as.tenantAdmin(T),
    );
    programmeId = programme.id;
    const cohort = await h.bus.request(CreateCohort, { programmeId, name: 'Autumn', startsOn: today }, coord);
    cohortId = cohort.id;
    await h.bus.request(TransitionCohort, { cohortId, to: 'recruiting' }, coord);
    const base = { cohortId, motivation: 'I want to take part.', languages: ['da'], consent: true };
    for (const [key, prison] of [['x', PRISON], ['y', OTHER_PRISON]] as const) {
      const p = people[key];
      await h.publish(StaffProfileChanged, staff(p.mentee, prison, 40));
      await h.publish(StaffProfileChanged, staff(p.mentor, prison, 3650));
      const mentee = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, p.mentee));
      const mentor = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] }, as.staff(T, p.mentor));
      for (const a of [mentee, mentor]) await write(() => h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' }, coord));
      Object.assign(p, { menteeApp: mentee.id, mentorApp: mentor.id });
    }
    // Two more mentees apply and wait for a decision.
    for (const staffId of waiting) {
      await h.publish(StaffProfileChanged, staff(staffId, PRISON, 30));
      pending.push((await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, staffId))).id);
    }
    await h.bus.request(TransitionCohort, { cohortId, to: 'matching' }, coord);
    for (const key of ['x', 'y'] as const) {
      const p = people[key] as typeof people.x & { menteeApp: string; mentorApp: string };
      duo[key] = (await h.bus.request(CreateRelationship, { mentorApplicationId: p.mentorApp, menteeApplicationId: p.menteeApp }, coord)).id;
    }
    await h.bus.request(TransitionCohort, { cohortId, to: 'running' }, coord);
  }, 120_000);
  afterAll(() => h?.close());

  it(`a second dashboard with nothing changed costs ${kept === 0 ? 'no statement' : 'one statement (the cohort with the version)'} and equals the first`, async () => {
    // One request first (another key) so that nothing loaded once per process counts here.
    await dashboard(coord, 5);
    const first = await dashboard();
    expect(first.statements).toBe(2);
    const second = await dashboard();
    expect(second.statements).toBe(kept);
    expect(second.d).toEqual(first.d);
    expect(first.d.activeDuos).toBe(2);
  });

  it('every write through the use cases: meetings, concerns, fit check, agreement, pause, applications', async () => {
    const x = people.x;
    await dashboard();
    await write(() => h.bus.request(LogMeeting, { relationshipId: duo.x, heldOn: today, durationMinutes: 40, duringShift: true, functions: ['psychosocial'] }, as.staff(T, x.mentee)));
    expect((await expectRecomputed('meeting logged')).meetings).toBe(1);

    const concern = await write(() => h.bus.request(RaiseConcern, { relationshipId: duo.x, category: 'wellbeing', details: 'Hard nights.' }, as.staff(T, x.mentor)));
    expect((await expectRecomputed('concern raised')).openConcerns).toBe(1);
    await write(() => h.bus.request(CloseConcern, { concernId: concern.id }, as.staff(T, x.mentor)));
    expect((await expectRecomputed('concern closed')).openConcerns).toBe(0);

    // The first answer changes nothing on the duo's own row (fit check not done yet): the trigger does.
    await write(() => h.bus.request(AnswerFitCheck, { relationshipId: duo.x, answer: 'good_fit' }, as.staff(T, x.mentee)));
    await expectRecomputed('fit check answered by one side');

    await write(() => h.bus.request(SaveAgreement, { relationshipId: duo.x, goalsSummary: 'Settle in.', cadenceDays: 14 }, as.staff(T, x.mentee)));
    await expectRecomputed('agreement saved');
    await write(() => h.bus.request(AcknowledgeAgreement, { relationshipId: duo.x }, as.staff(T, x.mentee)));
    await expectRecomputed('agreement acknowledged');

    await write(() => h.bus.request(PauseRelationship, { relationshipId: duo.y }, coord));
    expect((await expectRecomputed('duo paused')).pausedDuos).toBe(1);
    await write(() => h.bus.request(ResumeRelationship, { relationshipId: duo.y }, coord));
    expect((await expectRecomputed('duo resumed')).pausedDuos).toBe(0);

    const submitted = (d: CohortDashboardDto) => d.applications.find((a) => a.role === 'mentee' && a.state === 'submitted')?.count ?? 0;
    expect(submitted((await dashboard()).d)).toBe(2);
    await write(() => h.bus.request(DecideApplication, { applicationId: pending[0], decision: 'decline', reason: 'Not this cohort.' }, coord));
    expect(submitted(await expectRecomputed('application declined'))).toBe(1);
    await write(() => h.bus.request(WithdrawApplication, { applicationId: pending[1] }, as.staff(T, waiting[1])));
    expect(submitted(await expectRecomputed('application withdrawn'))).toBe(0);
  }, 120_000);

  it('writes straight to the tables, bypassing the use cases, are seen too (the database keeps the version)', async () => {
    await dashboard();
    // A meeting moved to another day, then deleted: neither touches the duo's row by itself.
    const [meeting] = await h.sql<{ id: string }>(`select id from programmes.meeting where relationship_id = ?`, [duo.x]);
    await write(() => h.sql(`update programmes.meeting set duration_minutes = duration_minutes + 20 where id = ?`, [meeting.id]));
    expect((await expectRecomputed('meeting edited in SQL')).meetingMinutes).toBe(60);
    await write(() => h.sql(`delete from programmes.meeting where id = ?`, [meeting.id]));
    expect((await expectRecomputed('meeting deleted in SQL')).meetings).toBe(0);
    await write(() => h.sql(`update programmes.concern set closed_at = null, status = 'open' where relationship_id = ?`, [duo.x]));
    // The figure of open concerns is the duo's own counter (kept by the use cases); the weekly series reads the concern.
    await expectRecomputed('concern reopened in SQL');
    await write(() => h.sql(`delete from programmes.fit_check where relationship_id = ?`, [duo.x]));
    await expectRecomputed('fit check deleted in SQL');
    await write(() => h.sql(`update programmes.agreement set mentor_acknowledged_at = now() where relationship_id = ?`, [duo.x]));
    await expectRecomputed('agreement acknowledged in SQL');
    await write(() => h.sql(`update programmes.application set state = 'waitlisted' where cohort_id = ? and state = 'declined'`, [cohortId]));
    expect((await expectRecomputed('application changed in SQL')).applications.find((a) => a.state === 'waitlisted')?.count).toBe(1);
  });

  it('each scope gets its own figures: a coordinator of one prison never gets the whole cohort kept for another caller', async () => {
    const whole = await dashboard(coord);
    const prison = as.coordinator(T, { scopeType: 'institution', scopeId: PRISON });
    const other = as.coordinator(T, { scopeType: 'institution', scopeId: OTHER_PRISON });
    const mine = await dashboard(prison);
    expect(mine.statements).toBe(2);
    expect(mine.d.activeDuos + mine.d.pausedDuos).toBe(1);
    expect(whole.d.activeDuos + whole.d.pausedDuos).toBe(2);
    expect((await dashboard(other)).d).toEqual(await computedAfresh(other));
    expect((await dashboard(prison)).d).toEqual(mine.d);
    expect((await dashboard(coord)).d).toEqual(whole.d);
    // A duo of the other prison changes: the other's figures are computed again. This prison's are
    // kept under versions (its duos' version did not change); heard changes are per tenant, so they
    // are computed again too, and come out the same.
    await write(() => h.bus.request(PauseRelationship, { relationshipId: duo.y }, coord));
    const mineAfter = await dashboard(prison);
    expect(mineAfter.statements).toBe(way === 'heard changes' ? 2 : 1);
    expect(mineAfter.d).toEqual(mine.d);
    const others = await dashboard(other);
    expect(others.statements).toBe(2);
    expect(others.d.pausedDuos).toBe(1);
  });
  if (way === 'heard changes') {
    it('a write through this process is seen by the very next dashboard without its notification (reported at COMMIT)', async () => {
      const cache = h.moduleRef.get(DashboardCache);
      const changes = dataChangesOf('programmes');
      await cache.onModuleDestroy();
      // As if a listener were connected whose notifications come late: only the COMMIT can report the write.
      changes.listening(true);
      try {
        await dashboard();
        const before = await dashboard();
        expect(before.statements).toBe(0);
        await h.bus.request(LogMeeting, { relationshipId: duo.x, heldOn: today, durationMinutes: 30, duringShift: true, functions: ['psychosocial'] }, as.staff(T, people.x.mentee));
        const after = await dashboard();
        expect(after.statements).toBe(2);
        expect(after.d.meetings).toBe(before.d.meetings + 1);
        // A request that only reads is no change.
        expect((await dashboard()).statements).toBe(0);
      } finally {
        changes.listening(false);
        cache.onModuleInit();
        for (let i = 0; i < 100 && cache.heard(T) === undefined; i++) await new Promise((r) => setTimeout(r, 50));
      }
    });

    it('with the listener gone nothing is kept on its word (the version is read again), and from its return on the dashboard is kept again', async () => {
      const cache = h.moduleRef.get(DashboardCache);
      await dashboard();
      await cache.onModuleDestroy();
      expect(cache.heard(T)).toBeUndefined();
      // A write in SQL while nobody listens: its notification is lost.
      await h.sql(`update programmes.relationship set rematch_requested = true where id = ?`, [duo.x]);
      const unheard = await dashboard();
      expect(unheard.statements).toBe(2);
      expect(unheard.d.rematchRequests).toBe(1);
      cache.onModuleInit();
      for (let i = 0; i < 100 && cache.heard(T) === undefined; i++) await new Promise((r) => setTimeout(r, 50));
      expect(cache.heard(T)).toBeDefined();
      // Nothing kept before the gap is used after it.
      const back = await dashboard();
      expect(back.statements).toBe(2);
      expect(back.d).toEqual(unheard.d);
      expect((await dashboard()).statements).toBe(0);
    });
  }
});
