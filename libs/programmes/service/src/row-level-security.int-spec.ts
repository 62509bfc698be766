import { randomUUID } from 'node:crypto';
import { ListGoals } from '@m4pris/programmes-contracts';
import { connectAsTenant, measureIsolation, reportIsolation, isolationProblems, rlsCatalogue, type IsolationRow } from '@m4pris/testing';
import { as, startProgrammes, type ProgrammesHarness } from '../test/harness.js';
import { seedTenant, type Seeded } from '../test/seed.js';

/*
 * Row-level security as the backstop (issue 8, G9): two tenants' duos seeded through the service's
 * own requests, then a raw connection as the application's database user, switched to the tenant
 * role the runtime uses, must see none of the other tenant's rows, in any table.
 */
const A = randomUUID();
const B = randomUUID();

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
    expect(isolationProblems(rows, catalogue, { atLeast: ['programme', 'cohort', 'application', 'relationship', 'agreement', 'goal', 'meeting', 'concern', 'staff_profile', 'staff_card', 'trained_mentor', 'outbox_event', 'idempotency_key'] })).toEqual([]);
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
