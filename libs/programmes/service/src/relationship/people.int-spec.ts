import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffProfileChanged, type StaffCardEvent, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  CohortPeople,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  GetRelationship,
  ListApplications,
  ListAttention,
  ListCheckIns,
  ListEligibleStaff,
  ListRelationships,
  MyRelationships,
  SubmitApplication,
  TransitionCohort,
} from '@m4pris/programmes-contracts';
import { writeSuiteReport } from '@m4pris/testing';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * People in programmes' answers (ARCHITECTURE.md §4b), against a real database:
 * - who sees whom: the two sides of a duo see each other in full; the duo's coordinator sees names;
 *   the tenant admin no names; anyone else nothing;
 * - a constant number of SQL statements per request, whatever the length of the list: cohorts of 2,
 *   20 and 200 duos (MikroORM's onQuery hook sees every statement before it runs).
 */

const T = randomUUID();
const PRISON = randomUUID();
const UNIT = randomUUID();
const PATTERN = randomUUID();
const SIZES = [2, 20, 200];
const today = new Date().toISOString().slice(0, 10);
const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function profile(staffId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId, tenantId: T, institutionId: PRISON, institutionKind: 'adult', region: 'North', unitId: UNIT, position: 'Prison officer', supervisesOthers: false,
    hiredOn: ago(hiredDaysAgo), joinedInstitutionOn: ago(hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: PATTERN, shiftOffsetDays: 0,
    languages: ['da'], lineManagerId: null, leftServiceOn: null,
  };
}
function card(staffId: string, name: string): StaffCardEvent {
  return {
    staffId, tenantId: T, displayName: name, workEmail: `${name.replace(/\W/g, '.').toLowerCase()}@prison.test`, institutionId: PRISON, institutionName: 'Vestre',
    unitId: UNIT, unitName: 'B wing', shiftPatternId: PATTERN, shiftPatternName: '4 on 4 off',
  };
}

interface Seeded {
  cohortId: string;
  pairs: { mentor: string; mentee: string; rel: string }[];
}

describe('programmes: people by name, and SQL statements per list', () => {
  let h: ProgrammesHarness;
  let counting = false;
  let statements: string[] = [];
  const coord = as.coordinator(T);
  const cohorts = new Map<number, Seeded>();

  async function countStatements<R>(run: () => Promise<R>): Promise<{ count: number; result: R }> {
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
    h = await startProgrammes({}, { onQuery: (sql) => counting && statements.push(sql) });
    const programme = await h.bus.request(CreateProgramme, { name: 'Newcomers', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(T));
    for (const size of SIZES) {
      const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: `Cohort of ${size}`, startsOn: today }, coord);
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
      const pairs = Array.from({ length: size }, (_, i) => ({ mentee: randomUUID(), mentor: randomUUID(), i, apps: ['', ''] }));
      // Seeded in parallel chunks (the requests are independent): the sizes, not the seeding, are the point.
      const chunks = <X,>(xs: X[], n = 25) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
      for (const chunk of chunks(pairs)) {
        await Promise.all(
          chunk.map(async (p) => {
            await h.publish(StaffProfileChanged, profile(p.mentee, 40));
            await h.publish(StaffProfileChanged, profile(p.mentor, 3650));
            await h.publish(StaffCardChanged, card(p.mentee, `Mentee ${size}-${p.i}`));
            await h.publish(StaffCardChanged, card(p.mentor, `Mentor ${size}-${p.i}`));
          }),
        );
      }
      const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
      const seeded: Seeded = { cohortId: cohort.id, pairs: pairs.map((p) => ({ mentor: p.mentor, mentee: p.mentee, rel: '' })) };
      for (const chunk of chunks(pairs)) {
        await Promise.all(
          chunk.map(async (p) => {
            const mentee = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, p.mentee));
            const mentor = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] }, as.staff(T, p.mentor));
            for (const a of [mentee, mentor]) await h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' }, coord);
            p.apps = [mentor.id, mentee.id];
          }),
        );
      }
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
      for (const chunk of chunks(pairs)) {
        await Promise.all(
          chunk.map(async (p) => {
            const [mentorApplicationId, menteeApplicationId] = p.apps as [string, string];
            const rel = await h.bus.request(CreateRelationship, { mentorApplicationId, menteeApplicationId }, coord);
            seeded.pairs[p.i]!.rel = rel.id;
          }),
        );
      }
      cohorts.set(size, seeded);
    }
  }, 1_800_000);
  afterAll(() => h?.close());

  it('the mentee sees the mentor in full, and the mentor the mentee', async () => {
    const { pairs } = cohorts.get(2)!;
    const { mentor, mentee, rel } = pairs[0]!;
    const asMentee = await h.bus.request(GetRelationship, { relationshipId: rel }, as.staff(T, mentee));
    expect(asMentee.mentor).toEqual({
      id: mentor, displayName: 'Mentor 2-0', workEmail: 'mentor.2.0@prison.test',
      institution: { id: PRISON, name: 'Vestre' }, unit: { id: UNIT, name: 'B wing' }, shiftPattern: { id: PATTERN, name: '4 on 4 off' },
    });
    expect(asMentee.cohort.name).toBe('Cohort of 2');
    expect(asMentee.programme.name).toBe('Newcomers');
    const mine = await h.bus.request(MyRelationships, {}, as.staff(T, mentor));
    expect(mine[0]!.mentee).toMatchObject({ id: mentee, displayName: 'Mentee 2-0', workEmail: 'mentee.2.0@prison.test', unit: { name: 'B wing' } });
  });

  it("the duo's coordinator sees the names only; others in the tenant see nothing", async () => {
    const { cohortId, pairs } = cohorts.get(2)!;
    const { mentor, mentee, rel } = pairs[0]!;
    const asCoordinator = await h.bus.request(GetRelationship, { relationshipId: rel }, coord);
    expect(asCoordinator.mentor).toEqual({ id: mentor, displayName: 'Mentor 2-0', institution: null, unit: null, shiftPattern: null, workEmail: null });
    expect(asCoordinator.mentee).toEqual({ id: mentee, displayName: 'Mentee 2-0', institution: null, unit: null, shiftPattern: null, workEmail: null });
    const apps = await h.bus.request(ListApplications, { cohortId }, coord);
    expect(apps.items.map((a) => a.applicant.displayName).sort()).toEqual(['Mentee 2-0', 'Mentee 2-1', 'Mentor 2-0', 'Mentor 2-1']);
    expect(apps.items.every((a) => a.applicant.workEmail === null && a.applicant.institution === null)).toBe(true);
    const people = await h.bus.request(CohortPeople, { cohortId, staffIds: [mentor, mentee, randomUUID()] }, coord);
    expect(people.map((p) => p.displayName).sort()).toEqual(['Mentee 2-0', 'Mentor 2-0']);
    // Another duo's member, a researcher, the tenant admin: no one's name through these requests.
    const other = pairs[1]!.mentee;
    expect((await failure(h.bus.request(GetRelationship, { relationshipId: rel }, as.staff(T, other)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(CohortPeople, { cohortId, staffIds: [mentor] }, as.researcher(T)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(CohortPeople, { cohortId, staffIds: [mentor] }, as.tenantAdmin(T)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(CohortPeople, { cohortId, staffIds: [mentor] }, as.staff(T, mentee)))).category).toBe('FORBIDDEN');
    // Another tenant's coordinator: the cohort does not exist for them.
    expect((await failure(h.bus.request(CohortPeople, { cohortId, staffIds: [mentor] }, as.coordinator(randomUUID())))).category).toBe('NOT_FOUND');
    // Eligible staff: names for the coordinator, none for the tenant admin.
    const forCoordinator = await h.bus.request(ListEligibleStaff, { cohortId }, coord);
    expect(forCoordinator.items.length).toBeGreaterThan(0);
    expect(forCoordinator.items.every((x) => x.person !== null && x.person.displayName.length > 0)).toBe(true);
    const forAdmin = await h.bus.request(ListEligibleStaff, { cohortId }, as.tenantAdmin(T));
    expect(forAdmin.items.length).toBeGreaterThan(0);
    expect(forAdmin.items.every((x) => x.person === null)).toBe(true);
    const checkIns = await h.bus.request(ListCheckIns, { relationshipId: rel }, coord);
    expect(checkIns).toEqual([]);
  });

  it('lists of people cost the same number of SQL statements for 2, 20 and 200 duos', async () => {
    const perRequest: Record<string, number[]> = { relationships: [], applications: [], attention: [], cohortPeople: [], eligibleStaff: [] };
    const rows: (string | number)[][] = [];
    for (const size of SIZES) {
      const { cohortId, pairs } = cohorts.get(size)!;
      const staffIds = pairs.flatMap((p) => [p.mentor, p.mentee]);
      const requests = {
        relationships: () => h.bus.request(ListRelationships, { cohortId, limit: 200 }, coord).then((r) => r.items.filter((x) => x.mentor.displayName && x.mentee.displayName).length),
        applications: () => h.bus.request(ListApplications, { cohortId, limit: 200 }, coord).then((r) => r.items.filter((x) => x.applicant.displayName).length),
        // Two months on, every duo has missed its meetings: all of them are on the list.
        attention: () => h.bus.request(ListAttention, { cohortId, asOf: inTwoMonths }, coord).then((r) => r.filter((x) => x.relationship.mentor.displayName).length),
        cohortPeople: () => h.bus.request(CohortPeople, { cohortId, staffIds }, coord).then((r) => r.length),
        eligibleStaff: () => h.bus.request(ListEligibleStaff, { cohortId, limit: 200 }, coord).then((r) => r.items.filter((x) => x.person).length),
      };
      const row: (string | number)[] = [size];
      for (const [name, run] of Object.entries(requests)) {
        await run(); // once first, so that nothing lazily loaded counts in one size only
        const { count, result } = await countStatements(run);
        // The count is about a list that really holds the people of `size` duos.
        if (name === 'relationships' || name === 'attention') expect(result).toBe(size);
        if (name === 'applications') expect(result).toBe(Math.min(200, size * 2));
        if (name === 'cohortPeople') expect(result).toBe(size * 2);
        perRequest[name]!.push(count);
        row.push(count);
      }
      rows.push(row);
    }
    for (const [name, counts] of Object.entries(perRequest)) {
      expect({ name, counts }).toEqual({ name, counts: [counts[0], counts[0], counts[0]] });
      expect(counts[0]).toBeGreaterThan(0);
    }
    writeSuiteReport({
      suite: '62-sql-per-people-list',
      title: 'SQL statements per list of people (programmes)',
      tried: { sizes: SIZES.join(', ') },
      held: Object.entries(perRequest).map(([name, counts]) => `${name}: ${counts[0]} SQL statements for 2, 20 and 200 duos.`),
      tables: [{ caption: 'SQL statements the programmes service sends to answer one request (MikroORM onQuery hook, real PostgreSQL)', headers: ['duos', ...Object.keys(perRequest)], rows }],
      notes: ['libs/programmes/service/src/relationship/people.int-spec.ts'],
    });
  });
});
