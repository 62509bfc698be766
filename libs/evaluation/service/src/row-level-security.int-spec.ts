import { randomUUID } from 'node:crypto';
import { GetMyInvitation, LoadInstrumentText, SaveAnswers } from '@m4pris/evaluation-contracts';
import { connectAsTenant, measureIsolation, reportIsolation, isolationProblems, rlsCatalogue, type IsolationRow } from '@m4pris/testing';
import { as, failure, startEvaluation, type EvaluationHarness } from '../test/harness.js';
import { seedSurvey } from '../test/seed.js';

/*
 * Row-level security as the backstop (issue 8, G9), as in programmes: two tenants' surveys seeded
 * through the service's own events and requests, then a raw connection as the application's
 * database user, switched to the tenant role the runtime uses, must see none of the other tenant's
 * rows, in any table.
 */
const A = randomUUID();
const B = randomUUID();

interface Seeded {
  programmeId: string;
  relationshipId: string;
  mentee: string;
  invitationId: string;
}

/** One tenant's facts, plan, invitations, an answered baseline and loaded wording. */
async function seedTenant(h: EvaluationHarness, T: string): Promise<Seeded> {
  const { programmeId, relationshipId, mentee, invitationId } = await seedSurvey(h, T);
  const inv = { id: invitationId };
  const answers = [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'who5' as const, itemId: `who5_${i}`, value: 3 }));
  await h.bus.request(SaveAnswers, { invitationId: inv.id, answers, submit: true, idempotencyKey: randomUUID() }, as.staff(T, mentee));
  await h.bus.request(
    LoadInstrumentText,
    { instrumentCode: 'who5', locale: 'da', anchors: ['0', '1', '2', '3', '4', '5'], items: [1, 2, 3, 4, 5].map((i) => ({ itemId: `who5_${i}`, text: `tekst ${i}` })), source: 'licensed file v1' },
    as.researcher(T),
  );
  return { programmeId, relationshipId, mentee, invitationId: inv.id };
}

describe('evaluation: PostgreSQL row-level security behind the tenant filters', () => {
  let h: EvaluationHarness;
  let a: Seeded;
  let b: Seeded;
  let rows: IsolationRow[];

  beforeAll(async () => {
    h = await startEvaluation();
    a = await seedTenant(h, A);
    b = await seedTenant(h, B);
    rows = await measureIsolation(h.db.url, 'evaluation', A, B);
  }, 60_000);
  afterAll(() => h?.close());

  it("as the tenant role, tenant A sees every one of its rows and none of B's, in every table under RLS", async () => {
    const catalogue = await rlsCatalogue(h.db.url, 'evaluation');
    // The zeros mean something: B's rows are there (seen as the owner) in the tables the flow wrote.
    // (outbox_event holds A's events: survey.opened and the audit of personal-data reads, issue 20 and 13.)
    expect(isolationProblems(rows, catalogue, { exactly: ['idempotency_key', 'instrument_text', 'invitation', 'invitation_key', 'outbox_event', 'participant', 'participant_link', 'relationship_fact', 'staff_fact', 'survey_plan', 'survey_response', 'tenant_fact'] })).toEqual([]);
  });

  it("a write that would hand a row to B, or insert one of B's, is refused by the policy", async () => {
    for (const r of rows.filter((x) => x.seenA > 0)) expect({ table: r.table, refused: r.moveToBRefused }).toEqual({ table: r.table, refused: true });
    const s = await connectAsTenant(h.db.url, A);
    try {
      const err = await s.refused(
        `insert into evaluation.tenant_fact (tenant_id, country) values ($1, 'SE')`,
        [randomUUID()],
      );
      expect(err?.code).toBe('42501');
      expect(err?.message).toContain('row-level security');
      // B's invitation cannot be touched at all: the update finds nothing (it is invisible).
      expect(await s.query(`update evaluation.invitation set due_on = '2020-01-01' where id = $1 returning id`, [b.invitationId])).toEqual([]);
      // The bookkeeping of event consumers is not the tenant role's at all.
      expect(await s.refused(`select * from evaluation.processed_event`)).toMatchObject({ code: '42501' });
      reportIsolation('evaluation', rows, 2);
    } finally {
      await s.close();
    }
  });

  it("through the service, A's mentee opens A's invitation and B's is not found (the use case's filter, with the policy behind it)", async () => {
    expect((await h.bus.request(GetMyInvitation, { invitationId: a.invitationId }, as.staff(A, a.mentee))).items.length).toBeGreaterThan(0);
    expect((await failure(h.bus.request(GetMyInvitation, { invitationId: b.invitationId }, as.staff(A, a.mentee)))).code).toBe('evaluation.INVITATION_NOT_FOUND');
  });
});
