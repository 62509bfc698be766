import { randomUUID } from 'node:crypto';
import { personalDataRead, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { CreateInstitution, CreateStaff, CreateTenant, ExportPersonalData, ListAudit } from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';

/*
 * Issue 13: every module's reads of personal data reach the tenant admin's audit log. Identity
 * consumes `<module>.v1.personalData.read` (one event per read, batched subjects) into audit_entry;
 * `auditLog` shows the module, the reader and the people read, by name, and its filters (module,
 * actor, a person's id among the subjects) find them. Another tenant never sees them.
 */
describe('identity: audit log of personal-data reads in every module', () => {
  let h: IdentityHarness;
  let tenantId: string;
  let otherTenant: string;
  let institutionId: string;
  const staff: { id: string; name: string }[] = [];
  const admin = () => as.tenantAdmin(tenantId);
  const read = (module: string, e: Partial<PersonalDataReadEvent>, tenant = tenantId) =>
    h.publish(personalDataRead(module), { action: 'x.read', actorId: randomUUID(), subjectIds: [], subjectCount: 0, pseudonymous: false, ...e }, { tenantId: tenant });

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'dk-audit', name: 'Kriminalforsorgen', country: 'DK', defaultLocale: 'da', enabledModules: ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] }, as.platformAdmin())).id;
    otherTenant = (await h.bus.request(CreateTenant, { code: 'pt-audit', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    institutionId = (await h.bus.request(CreateInstitution, { name: 'Vestre', kind: 'adult', region: 'Hovedstaden' }, admin())).id;
    for (const [firstName, lastName] of [['Ane', 'Holm'], ['Bo', 'Lund'], ['Cai', 'Berg']] as const) {
      const s = await h.bus.request(
        CreateStaff,
        { firstName, lastName, email: `${firstName.toLowerCase()}.${randomUUID().slice(0, 6)}@kriminalforsorgen.dk`, position: 'Fængselsbetjent', supervisesOthers: false, hiredOn: '2024-01-01', joinedInstitutionOn: '2024-01-01', institutionId, languages: ['da'] },
        admin(),
      );
      staff.push({ id: s.id, name: `${firstName} ${lastName}` });
    }
  });
  afterAll(() => h.close());

  it("a module's read becomes one audit entry with the module, the reader and the people read by name", async () => {
    const coordinator = randomUUID();
    const eventId = await read('training', { action: 'enrolment.list', actorId: coordinator, subjectIds: [staff[0]!.id, staff[1]!.id], subjectCount: 2 });
    const page = await h.bus.request(ListAudit, { module: 'training' }, admin());
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: eventId,
      module: 'training',
      action: 'training.enrolment.list',
      entityType: 'personalData',
      entityId: null,
      actorId: coordinator,
      subjectCount: 2,
    });
    expect(page.items[0]!.subjects.map((p) => [p.id, p.displayName]).sort()).toEqual([staff[0], staff[1]].map((s) => [s!.id, s!.name]).sort());
    // Names only: the audit log is not a way round who may see a colleague's details.
    expect(page.items[0]!.subjects.every((p) => p.workEmail === null && p.institution === null)).toBe(true);
  });

  it('a redelivered event adds nothing (the entry id is the event id)', async () => {
    const id = randomUUID();
    const payload = { action: 'application.list', actorId: randomUUID(), subjectIds: [staff[2]!.id], subjectCount: 1, pseudonymous: false };
    const envelope = { id, subject: personalDataRead('programmes').subject, occurredAt: new Date().toISOString(), tenantId, traceId: 'trace-redelivery', payload };
    await h.transport.publish(envelope);
    await h.transport.publish(envelope);
    expect((await h.sql('select 1 from identity.audit_entry where id = ?', [id])).length).toBe(1);
  });

  it("filters: a person's id finds every read of their data (one subject among several too); the actor; the module", async () => {
    const reader = randomUUID();
    await read('matching', { action: 'run.get', actorId: reader, subjectIds: staff.map((s) => s.id), subjectCount: 3 });
    await read('evaluation', { action: 'export.wave', actorId: reader, subjectIds: [], subjectCount: 24, pseudonymous: true });
    const aboutCai = await h.bus.request(ListAudit, { entityId: staff[2]!.id }, admin());
    // Identity's own entry about Cai (staff.create) and the two reads naming Cai.
    expect(aboutCai.items.map((e) => e.action).sort()).toEqual(['matching.run.get', 'programmes.application.list', 'staff.create']);
    const byReader = await h.bus.request(ListAudit, { actorId: reader }, admin());
    expect(byReader.items.map((e) => e.action).sort()).toEqual(['evaluation.export.wave', 'matching.run.get']);
    const research = byReader.items.find((e) => e.module === 'evaluation')!;
    expect(research).toMatchObject({ subjects: [], subjectCount: 24 });
    expect((await h.bus.request(ListAudit, { module: 'identity' }, admin())).items.every((e) => e.module === 'identity' && e.subjects.length === 0)).toBe(true);
    expect((await failure(h.bus.request(ListAudit, { module: 'nosuchmodule' }, admin()))).field).toBe('module');
  });

  it("another tenant's admin never sees these reads; a coordinator cannot read the log", async () => {
    const theirs = await h.bus.request(ListAudit, { entityType: 'personalData' }, as.tenantAdmin(otherTenant));
    expect(theirs.total).toBe(0);
    expect((await failure(h.bus.request(ListAudit, {}, as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
  });

  it("the person's own export lists the reads of their data in accessLog (who read what, when)", async () => {
    const doc = await h.bus.request(ExportPersonalData, { staffId: staff[0]!.id }, admin());
    expect(doc.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'training.enrolment.list', module: 'training' }),
        expect.objectContaining({ action: 'matching.run.get', module: 'matching' }),
      ]),
    );
  });
});
