import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  AcknowledgeAgreement,
  CohortDashboard,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  ListAttention,
  LogMeeting,
  RaiseConcern,
  SaveAgreement,
  SubmitApplication,
  TransitionCohort,
} from '@m4pris/programmes-contracts';
import { writeSuiteReport } from '@m4pris/testing';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * The coordinator dashboard (and the "duos needing attention" list) must cost a constant number of
 * SQL statements whatever the number of duos in the cohort: no query per duo. Cohorts of 2, 20 and
 * 100 duos are seeded through the service's own requests and the identity events it consumes; the
 * statements the service sends while answering ONE request are counted with MikroORM's `onQuery`
 * hook (every statement passes through it before it runs).
 */

const T = randomUUID();
const PRISON = randomUUID();
const SIZES = [2, 20, 100];
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
/** The date `days` after the date `on` (YYYY-MM-DD). */
const plus = (on: string, days: number) => new Date(Date.parse(`${on}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The Monday of the week of `on`. */
const mondayOf = (on: string) => plus(on, -((new Date(`${on}T00:00:00Z`).getUTCDay() + 6) % 7));

interface Week {
  startsOn: string;
  meetings: number;
  duosNeedingAttention: number;
}

function profile(staffId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId,
    tenantId: T,
    institutionId: PRISON,
    institutionKind: 'adult',
    region: 'North',
    unitId: null,
    position: 'Prison officer',
    supervisesOthers: false,
    hiredOn: ago(hiredDaysAgo),
    joinedInstitutionOn: ago(hiredDaysAgo),
    previousInstitutionKind: null,
    shiftPatternId: null,
    shiftOffsetDays: 0,
    languages: ['da'],
    lineManagerId: null,
    leftServiceOn: null,
  };
}

describe('programmes: SQL statements per dashboard request do not grow with the duos', () => {
  let h: ProgrammesHarness;
  let counting = false;
  let statements: string[] = [];
  const coord = as.coordinator(T);
  const cohorts = new Map<number, string>();

  /** Runs one request and returns the SQL statements the service sent meanwhile. */
  async function countStatements(run: () => Promise<unknown>): Promise<{ count: number; result: unknown }> {
    statements = [];
    counting = true;
    try {
      const result = await run();
      return { count: statements.length, result };
    } finally {
      counting = false;
    }
  }

  beforeAll(async () => {
    // The dashboard computed on every request (no cache): the cost counted is the computation's.
    // The cache and what a kept dashboard costs: dashboard-cache.int-spec.ts.
    h = await startProgrammes({ DASHBOARD_CACHE_ENTRIES: 0 }, { onQuery: (sql) => counting && statements.push(sql) });
    const programme = await h.bus.request(CreateProgramme, { name: 'Newcomers', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(T));
    for (const size of SIZES) {
      const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: `Cohort of ${size}`, startsOn: today }, coord);
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
      const pairs = Array.from({ length: size }, () => ({ mentee: randomUUID(), mentor: randomUUID() }));
      for (const p of pairs) {
        await h.publish(StaffProfileChanged, profile(p.mentee, 40));
        await h.publish(StaffProfileChanged, profile(p.mentor, 3650));
      }
      const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
      const apps = [];
      for (const p of pairs) {
        const mentee = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, p.mentee));
        const mentor = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial', 'job_familiarisation'] }, as.staff(T, p.mentor));
        for (const a of [mentee, mentor]) await h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' }, coord);
        apps.push({ ...p, menteeApp: mentee.id, mentorApp: mentor.id });
      }
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
      for (const [i, a] of apps.entries()) {
        const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: a.mentorApp, menteeApplicationId: a.menteeApp }, coord);
        // Every duo has met once, every other one twice; every tenth has an open concern (attention).
        for (let k = 0; k < 1 + (i % 2); k++) {
          await h.bus.request(
            LogMeeting,
            { relationshipId: rel.id, heldOn: today, durationMinutes: 30 + k * 15, duringShift: k === 0, functions: [k === 0 ? 'psychosocial' : 'job_familiarisation'] },
            as.staff(T, a.mentee),
          );
        }
        if (i % 10 === 0) await h.bus.request(RaiseConcern, { relationshipId: rel.id, category: 'wellbeing', details: 'Hard nights.' }, as.staff(T, a.mentor));
      }
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'running' }, coord);
      cohorts.set(size, cohort.id);
    }
  }, 600_000);
  afterAll(() => h?.close());
  let weeklyNote = '';

  it('the dashboard and the attention list cost the same number of statements for 2, 20 and 100 duos', async () => {
    const rows: (string | number)[][] = [];
    const dashboardCounts: number[] = [];
    const attentionCounts: number[] = [];
    for (const size of SIZES) {
      const cohortId = cohorts.get(size)!;
      // One request first so lazily loaded things (e.g. cached lookups) do not count in one size only.
      await h.bus.request(CohortDashboard, { cohortId }, coord);
      const dashboard = await countStatements(() => h.bus.request(CohortDashboard, { cohortId }, coord));
      const d = dashboard.result as { activeDuos: number; meetings: number; openConcerns: number; duosNeedingAttention: number; weeks: Week[] };
      // The counts are about a cohort that really holds `size` duos with their meetings.
      expect(d.activeDuos).toBe(size);
      expect(d.meetings).toBe(size + Math.floor(size / 2));
      expect(d.openConcerns).toBe(Math.ceil(size / 10));
      // The weekly series: 12 weeks by default, Mondays a week apart, ending with this week, which
      // holds every meeting (all held today) and the same duos needing attention as the figure.
      expect(d.weeks.map((w) => w.startsOn)).toEqual(Array.from({ length: 12 }, (_, k) => plus(mondayOf(today), -7 * (11 - k))));
      expect(d.weeks.at(-1)).toEqual({ startsOn: mondayOf(today), meetings: d.meetings, duosNeedingAttention: d.duosNeedingAttention });
      expect(d.weeks.slice(0, -1).every((w) => w.meetings === 0 && w.duosNeedingAttention === 0)).toBe(true);
      // A longer series costs no more statements.
      const year = await countStatements(() => h.bus.request(CohortDashboard, { cohortId, weeks: 52 }, coord));
      expect((year.result as { weeks: Week[] }).weeks).toHaveLength(52);
      expect(year.count).toBe(dashboard.count);
      await h.bus.request(ListAttention, { cohortId }, coord);
      const attention = await countStatements(() => h.bus.request(ListAttention, { cohortId }, coord));
      const all = attention.result as { relationshipId: string; reasons: string[] }[];
      expect(all.length).toBeGreaterThanOrEqual(Math.ceil(size / 10));
      expect(all.filter((a) => a.reasons.includes('open_concern'))).toHaveLength(Math.ceil(size / 10));
      // Paged in SQL: a page is the same slice of the same order, at no more statements than the whole list.
      const paged = await countStatements(() => h.bus.request(ListAttention, { cohortId, offset: 1, limit: 2 }, coord));
      expect(paged.result).toEqual(all.slice(1, 3));
      expect(paged.count).toBeLessThanOrEqual(attention.count);
      dashboardCounts.push(dashboard.count);
      attentionCounts.push(attention.count);
      rows.push([size, d.meetings, dashboard.count, attention.count]);
    }
    expect(dashboardCounts[0]).toBeGreaterThan(0);
    expect(attentionCounts[0]).toBeGreaterThan(0);
    expect(new Set(dashboardCounts).size).toBe(1);
    expect(new Set(attentionCounts).size).toBe(1);

    weeklyNote = `The weekly series (meetings per week, duos needing attention per week) is part of the same statement: 12 or 52 weeks cost the same ${dashboardCounts[0]} statements.`;
    writeSuiteReport({
      suite: '61-sql-per-dashboard',
      title: 'SQL statements per dashboard request',
      tried: { cohortSizes: SIZES.join(', '), requestsCounted: SIZES.length * 2 },
      held: [
        `The coordinator dashboard (cohortDashboard) costs ${dashboardCounts[0]} SQL statements for a cohort of 2, 20 or 100 duos.`,
        `The list of duos needing attention (duosNeedingAttention) costs ${attentionCounts[0]} SQL statements for every size.`,
        weeklyNote,
      ],
      tables: [{ caption: 'SQL statements the programmes service sends to answer one request (MikroORM onQuery hook, real PostgreSQL)', headers: ['duos', 'meetings', 'cohortDashboard', 'duosNeedingAttention'], rows }],
      notes: ['Counted in the programmes service (libs/programmes/service/src/relationship/dashboard-sql.int-spec.ts), seeded through its requests and the identity events it consumes; transaction BEGIN/COMMIT are not passed to the hook.'],
    });
  });
});

describe('programmes: the dashboard\'s weeks are judged from the stored dates', () => {
  let h: ProgrammesHarness;
  afterAll(() => h?.close());

  it('meetings fall in the week they were held; a duo counts as needing attention in the weeks it did, even when that was fixed since', async () => {
    h = await startProgrammes();
    const coord = as.coordinator(T);
    // Week 0 starts on the Monday ten weeks before this one; the duos date back to it.
    const m = plus(mondayOf(today), -70);
    const programme = await h.bus.request(
      CreateProgramme,
      { name: 'History', policy: { mentorCapacity: 1, mentorTrainingRequired: false, fitCheckDays: 0, inactivityDays: 28 } } as never,
      as.tenantAdmin(T),
    );
    const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'Ten weeks ago', startsOn: m }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
    const people = [0, 1].map(() => ({ mentee: randomUUID(), mentor: randomUUID() }));
    const apps = [];
    for (const p of people) {
      await h.publish(StaffProfileChanged, profile(p.mentee, 100));
      await h.publish(StaffProfileChanged, profile(p.mentor, 3650));
      const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
      const mentee = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, p.mentee));
      const mentor = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['job_familiarisation'] }, as.staff(T, p.mentor));
      for (const a of [mentee, mentor]) await h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' }, coord);
      apps.push({ mentee: mentee.id, mentor: mentor.id });
    }
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
    // X started in week 0 and met twice (weeks 0 and 1); Y started in week 1 and never met.
    const x = await h.bus.request(CreateRelationship, { mentorApplicationId: apps[0].mentor, menteeApplicationId: apps[0].mentee, startsOn: m }, coord);
    await h.bus.request(CreateRelationship, { mentorApplicationId: apps[1].mentor, menteeApplicationId: apps[1].mentee, startsOn: plus(m, 7) }, coord);
    for (const heldOn of [plus(m, 2), plus(m, 9)]) {
      await h.bus.request(LogMeeting, { relationshipId: x.id, heldOn, durationMinutes: 45, duringShift: true, functions: ['psychosocial'] }, as.staff(T, people[0].mentee));
    }
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'running' }, coord);

    // As of Thursday of week 6, over 8 weeks (from the week before week 0). The agreement was due 14
    // days after each start (AGREEMENT_DUE_DAYS): X from the end of week 2, Y from the end of week 3.
    const asOf = plus(m, 45);
    const expected = (needing: number[], meetings: number[]) =>
      needing.map((n, k) => ({ startsOn: plus(m, 7 * (k - 1)), meetings: meetings[k], duosNeedingAttention: n }));
    const before = (await h.bus.request(CohortDashboard, { cohortId: cohort.id, asOf, weeks: 8 }, coord)) as { weeks: Week[] };
    expect(before.weeks).toEqual(expected([0, 0, 0, 1, 2, 2, 2, 2], [0, 1, 1, 0, 0, 0, 0, 0]));

    // X's agreement is acknowledged by both today: today X needs no attention for it, but the past
    // weeks still show that it did (the acknowledgement is dated today).
    await h.bus.request(SaveAgreement, { relationshipId: x.id, goalsSummary: 'Settle in.', cadenceDays: 14 }, as.staff(T, people[0].mentee));
    for (const who of [people[0].mentee, people[0].mentor]) await h.bus.request(AcknowledgeAgreement, { relationshipId: x.id }, as.staff(T, who));
    const after = (await h.bus.request(CohortDashboard, { cohortId: cohort.id, asOf, weeks: 8 }, coord)) as { weeks: Week[] };
    expect(after.weeks).toEqual(before.weeks);
    const now = (await h.bus.request(CohortDashboard, { cohortId: cohort.id }, coord)) as { duosNeedingAttention: number; attentionByReason: { reason: string; count: number }[]; weeks: Week[] };
    expect(now.attentionByReason.find((a) => a.reason === 'agreement_pending')?.count).toBe(1);
    expect(now.weeks.at(-1)!.duosNeedingAttention).toBe(now.duosNeedingAttention);
    expect(now.weeks.reduce((s, w) => s + w.meetings, 0)).toBe(2);
    // The number of weeks is 1 to 52; anything else is refused, naming the field.
    for (const weeks of [0, 53, 2.5]) {
      const e = await failure(h.bus.request(CohortDashboard, { cohortId: cohort.id, weeks }, coord));
      expect({ code: e.code, field: e.field }).toEqual({ code: 'common.INVALID_INPUT', field: 'weeks' });
    }
  }, 120_000);
});
