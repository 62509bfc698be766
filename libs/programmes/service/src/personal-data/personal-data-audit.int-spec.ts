import { randomUUID } from 'node:crypto';
import { personalDataRead, personalDataPart, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { StaffProfileChanged } from '@m4pris/identity-contracts';
import { GetApplication, ListApplications, ListRelationships, MyApplications, SupportConcerns, MyRelationships, type ApplicationDto } from '@m4pris/programmes-contracts';
import { as, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';
import { profile, seedTenant, type Seeded } from '../../test/seed.js';

/*
 * Issue 13: every read of another person's personal data in programmes is audit-logged — one
 * `programmes.v1.personalData.read` event per request (written to the outbox before the answer),
 * with the subjects' staff ids batched; identity turns it into an audit entry. Each test fails when
 * the module's `auditRead` call for that read is removed. Reading one's own data logs nothing.
 */
const T = randomUUID();
const READ = personalDataRead('programmes');

describe('programmes: reads of personal data are audit-logged', () => {
  let h: ProgrammesHarness;
  let s: Seeded;
  const reads = () => h.events<PersonalDataReadEvent>(READ);
  const since = async (before: number) => (await reads()).slice(before);

  beforeAll(async () => {
    h = await startProgrammes();
    s = await seedTenant(h, T);
  });
  afterAll(() => h.close());

  it('a coordinator listing applications (motivation, needs): one record naming every applicant', async () => {
    const coord = as.coordinator(T);
    const before = (await reads()).length;
    const rels = await h.bus.request(MyRelationships, {}, as.staff(T, s.mentee));
    const cohortId = rels[0]!.cohortId;
    const page = await h.bus.request(ListApplications, { cohortId }, coord);
    expect(page.items.length).toBe(2);
    const [e, ...more] = await since(before);
    expect(more).toEqual([]);
    expect(e).toMatchObject({ action: 'application.list', actorId: coord.userId, subjectCount: 2, pseudonymous: false });
    expect([...e!.subjectIds].sort()).toEqual([s.mentee, s.mentor].sort());
  });

  it('a coordinator reading one application: one record naming the applicant; the applicant reading their own: none', async () => {
    const mine: ApplicationDto[] = await h.bus.request(MyApplications, {}, as.staff(T, s.mentee));
    let before = (await reads()).length;
    await h.bus.request(GetApplication, { applicationId: mine[0]!.id }, as.staff(T, s.mentee));
    expect(await since(before)).toEqual([]);
    before = (await reads()).length;
    const coord = as.coordinator(T);
    await h.bus.request(GetApplication, { applicationId: mine[0]!.id }, coord);
    expect(await since(before)).toEqual([{ action: 'application.get', actorId: coord.userId, subjectIds: [s.mentee], subjectCount: 1, pseudonymous: false }]);
  });

  it("a coordinator listing duos: one record naming both members of each", async () => {
    const rels = await h.bus.request(MyRelationships, {}, as.staff(T, s.mentee));
    const before = (await reads()).length;
    const coord = as.coordinator(T);
    await h.bus.request(ListRelationships, { cohortId: rels[0]!.cohortId }, coord);
    const events = await since(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'relationship.list', actorId: coord.userId, subjectCount: 2 });
    expect([...events[0]!.subjectIds].sort()).toEqual([s.mentee, s.mentor].sort());
  });

  it('the support contact reading concerns: one record naming the raiser', async () => {
    const support = randomUUID();
    await h.publish(StaffProfileChanged, profile(T, randomUUID(), support, { position: 'Occupational health officer' }));
    // The seeded cohort's policy names no support contact (a cohort keeps the policy version it
    // started with): route the seeded concern (raised by the mentor) to one, as a new cohort would.
    await h.sql('update programmes.concern set support_staff_id = ? where relationship_id = ?', [support, s.relationshipId]);
    const before = (await reads()).length;
    const reader = as.staff(T, support);
    const concerns = await h.bus.request(SupportConcerns, {}, reader);
    expect(concerns.map((c) => c.details)).toContain('Exhausted after nights');
    expect(await since(before)).toEqual([{ action: 'concern.forSupport', actorId: reader.userId, subjectIds: [s.mentor], subjectCount: 1, pseudonymous: false }]);
  });

  it("the data subject's export of their programmes part is logged (every export is)", async () => {
    const before = (await reads()).length;
    const me = as.staff(T, s.mentor);
    await h.bus.request(personalDataPart('programmes'), { staffId: s.mentor }, me);
    expect(await since(before)).toEqual([{ action: 'personalData.export', actorId: me.userId, subjectIds: [s.mentor], subjectCount: 1, pseudonymous: false }]);
  });

  it('the records carry the tenant (the audit log is per tenant)', async () => {
    const rows = await h.sql<{ tenant_id: string }>(`select tenant_id from programmes.outbox_event where subject = ?`, [READ.subject]);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([T]));
  });
});
