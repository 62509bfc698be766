import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  AddGoal,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  ListGoals,
  LogMeeting,
  RaiseConcern,
  SaveAgreement,
  SubmitApplication,
  TransitionCohort,
  type ProgrammeDto,
} from '@m4pris/programmes-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';
import { connectAsTenant, measureIsolation, reportIsolation, isolationProblems, rlsCatalogue, type IsolationRow } from '@m4pris/testing';
import { as, startProgrammes, type ProgrammesHarness } from '../test/harness.js';

/*
 * Row-level security as the backstop (issue 8, G9): two tenants' duos seeded through the service's
 * own requests, then a raw connection as the application's database user, switched to the tenant
 * role the runtime uses, must see none of the other tenant's rows, in any table.
 */
const A = randomUUID();
const B = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

interface Seeded {
  programmeId: string;
  relationshipId: string;
  mentee: string;
  mentor: string;
}

function profile(tenantId: string, institutionId: string, staffId: string, over: Partial<StaffProfileEvent> = {}): StaffProfileEvent {
  return {
    staffId,
    tenantId,
    institutionId,
    institutionKind: 'adult',
    region: 'North',
    unitId: null,
    position: 'Prison officer',
    supervisesOthers: false,
    hiredOn: ago(3650),
    joinedInstitutionOn: ago(3650),
    previousInstitutionKind: null,
    shiftPatternId: null,
    shiftOffsetDays: 0,
    languages: ['da'],
    lineManagerId: null,
    leftServiceOn: null,
    ...over,
  };
}

/** One tenant's programme, cohort, applications, duo, agreement, goal, meeting and concern. */
async function seedTenant(h: ProgrammesHarness, T: string): Promise<Seeded> {
  const prison = randomUUID();
  const mentee = randomUUID();
  const mentor = randomUUID();
  await h.publish(StaffProfileChanged, profile(T, prison, mentee, { hiredOn: ago(40), joinedInstitutionOn: ago(40) }));
  await h.publish(StaffProfileChanged, profile(T, prison, mentor));
  // The display card identity publishes beside each profile (people are shown by name).
  for (const staffId of [mentee, mentor]) {
    await h.publish(StaffCardChanged, { staffId, tenantId: T, displayName: `Person ${staffId.slice(0, 4)}`, workEmail: `${staffId.slice(0, 8)}@prison.test`, institutionId: prison, institutionName: 'Prison', unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null });
  }
  await h.publish(CourseCompleted, { tenantId: T, staffId: mentor, courseId: randomUUID(), audience: 'mentor', courseVersion: 1, completedOn: today, certificateId: null });
  const programme: ProgrammeDto = await h.bus.request(CreateProgramme, { name: `Mentoring ${T.slice(0, 4)}`, policy: { mentorCapacity: 1 } } as never, as.tenantAdmin(T));
  const coord = as.coordinator(T);
  const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'Spring', startsOn: today }, coord);
  await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
  const input = { cohortId: cohort.id, role: 'mentee' as const, motivation: 'I started last month.', functions: ['job_familiarisation' as const], languages: ['da'], consent: true };
  const menteeApp = (await h.bus.request(SubmitApplication, input, as.staff(T, mentee))).id;
  const mentorApp = (await h.bus.request(SubmitApplication, { ...input, role: 'mentor' as const }, as.staff(T, mentor))).id;
  for (const a of [menteeApp, mentorApp]) await h.bus.request(DecideApplication, { applicationId: a, decision: 'accept' }, coord);
  await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
  const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp, menteeApplicationId: menteeApp }, coord);
  await h.bus.request(SaveAgreement, { relationshipId: rel.id, goalsSummary: 'Learn the night routine', cadenceDays: 14 }, as.staff(T, mentee));
  await h.bus.request(AddGoal, { relationshipId: rel.id, title: 'Handle a cell search alone', function: 'job_familiarisation' }, as.staff(T, mentor));
  await h.bus.request(LogMeeting, { relationshipId: rel.id, heldOn: today, durationMinutes: 45, duringShift: true, functions: ['psychosocial'], notes: 'Talked about B wing' }, as.staff(T, mentee));
  await h.bus.request(RaiseConcern, { relationshipId: rel.id, category: 'wellbeing', details: 'Exhausted after nights' }, as.staff(T, mentor));
  return { programmeId: programme.id, relationshipId: rel.id, mentee, mentor };
}

describe('programmes: PostgreSQL row-level security behind the tenant filters', () => {
  let h: ProgrammesHarness;
  let a: Seeded;
  let b: Seeded;
  let rows: IsolationRow[];

  beforeAll(async () => {
    h = await startProgrammes();
    a = await seedTenant(h, A);
    b = await seedTenant(h, B);
    rows = await measureIsolation(h.db.url, 'programmes', A, B);
  });
  afterAll(() => h.close());

  it("as the tenant role, tenant A sees every one of its rows and none of B's, in every table under RLS", async () => {
    const catalogue = await rlsCatalogue(h.db.url, 'programmes');
    // The zeros mean something: B's rows are there (seen as the owner) in the tables the flow wrote.
    expect(isolationProblems(rows, catalogue, { atLeast: ['programme', 'cohort', 'application', 'relationship', 'agreement', 'goal', 'meeting', 'concern', 'staff_profile', 'staff_card', 'trained_mentor', 'outbox_event'] })).toEqual([]);
  });

  it("a write that would hand a row to B, or insert one of B's, is refused by the policy", async () => {
    for (const r of rows.filter((x) => x.seenA > 0)) expect({ table: r.table, refused: r.moveToBRefused }).toEqual({ table: r.table, refused: true });
    const s = await connectAsTenant(h.db.url, A);
    try {
      const err = await s.refused(
        `insert into programmes.goal (id, tenant_id, relationship_id, title, "function", progress, status, created_at, updated_at) values ($1, $2, $3, 'planted', 'psychosocial', 0, 'open', now(), now())`,
        [randomUUID(), B, b.relationshipId],
      );
      expect(err?.code).toBe('42501');
      expect(err?.message).toContain('row-level security');
      // Child rows without tenant_id follow their duo: B's duo is invisible, so is anything under it.
      expect(await s.refused(`insert into programmes.reflection (relationship_id, role, text, created_at) values ($1, 'mentee', 'planted', now())`, [b.relationshipId])).toMatchObject({ code: '42501' });
      expect(await s.refused(`insert into programmes.reflection (relationship_id, role, text, created_at) values ($1, 'mentee', 'mine', now())`, [a.relationshipId])).toBeUndefined();
      // The bookkeeping of event consumers is not the tenant role's at all.
      expect(await s.refused(`select * from programmes.processed_event`)).toMatchObject({ code: '42501' });
      reportIsolation('programmes', rows, 3);
    } finally {
      await s.close();
    }
  });

  it("through the service, A's mentor lists A's goals and B's duo is not found (the use case's filter, with the policy behind it)", async () => {
    const goals = await h.bus.request(ListGoals, { relationshipId: a.relationshipId }, as.staff(A, a.mentor));
    expect(goals.map((g) => g.title)).toEqual(['Handle a cell search alone']);
    await expect(h.bus.request(ListGoals, { relationshipId: b.relationshipId }, as.staff(A, a.mentor))).rejects.toMatchObject({ category: 'NOT_FOUND' });
  });
});
