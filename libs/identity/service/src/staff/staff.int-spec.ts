import {
  CreateInstitution,
  UpdateInstitution,
  CreateShiftPattern,
  CreateStaff,
  CreateTenant,
  CreateUnit,
  EraseStaff,
  ExportPersonalData,
  GetStaff,
  IdentityErrors,
  ImportStaff,
  InviteStaff,
  ListAudit,
  ListStaff,
  RecordLeaving,
  UpdateStaff,
  type CreateStaffRequest,
} from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';

describe('staff', () => {
  let h: IdentityHarness;
  let tenantId: string;
  let institutionId: string;
  let otherInstitutionId: string;
  let unitId: string;
  let patternId: string;
  const admin = () => as.tenantAdmin(tenantId);
  const person = (over: Partial<CreateStaffRequest> = {}): CreateStaffRequest => ({
    firstName: 'Ana',
    lastName: 'Sousa',
    email: `ana.${Math.random().toString(36).slice(2)}@example.pt`,
    position: 'Guarda prisional',
    supervisesOthers: false,
    hiredOn: '2025-01-15',
    joinedInstitutionOn: '2025-01-15',
    institutionId,
    languages: ['pt'],
    ...over,
  });
  const count = async (table: string, where = 'true') => Number((await h.sql<{ n: string }>(`select count(*) as n from identity.${table} where ${where}`))[0]!.n);

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'pt-dgrsp', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    institutionId = (await h.bus.request(CreateInstitution, { name: 'EP Lisboa', kind: 'adult', region: 'Lisboa' }, admin())).id;
    otherInstitutionId = (await h.bus.request(CreateInstitution, { name: 'EP Porto', kind: 'youth', region: 'Norte' }, admin())).id;
    unitId = (await h.bus.request(CreateUnit, { institutionId, name: 'Ala A' }, admin())).id;
    patternId = (await h.bus.request(CreateShiftPattern, { name: '4 on 4 off', cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '07:00', hours: 12 })) }, admin())).id;
  });
  afterAll(() => h.close());

  it('creates a staff member and records exactly one profile event with it (transactional outbox)', async () => {
    const before = await count('outbox_event', `subject = 'identity.v1.staff.profileChanged'`);
    const s = await h.bus.request(CreateStaff, person({ unitId, shiftPatternId: patternId, email: 'Mixed.Case@Example.pt' }), admin());
    expect(s).toMatchObject({ email: 'mixed.case@example.pt', unitId, shiftPatternId: patternId, accountStatus: 'none', leftServiceOn: null });
    expect(await count('outbox_event', `subject = 'identity.v1.staff.profileChanged'`)).toBe(before + 1);
    const [ev] = await h.sql<{ payload: Record<string, unknown>; tenant_id: string }>(`select payload, tenant_id from identity.outbox_event where payload->>'staffId' = ? and subject = 'identity.v1.staff.profileChanged'`, [s.id]);
    expect(ev!.tenant_id).toBe(tenantId);
    expect(ev!.payload).toMatchObject({ institutionKind: 'adult', region: 'Lisboa', hiredOn: '2025-01-15' });
    expect(ev!.payload).not.toHaveProperty('email');
    expect(ev!.payload).not.toHaveProperty('firstName');
    // Name, address and language go only to the notifications module, in their own event.
    const [contact] = await h.sql<{ payload: Record<string, unknown> }>(`select payload from identity.outbox_event where payload->>'staffId' = ? and subject = 'identity.v1.staff.contactChanged'`, [s.id]);
    expect(contact!.payload).toMatchObject({ email: 'mixed.case@example.pt', tenantId });
    expect(Object.keys(contact!.payload).sort()).toEqual(['email', 'firstName', 'lastName', 'locale', 'staffId', 'tenantId']);
  });

  it('refuses bad references, duplicates and line-manager loops', async () => {
    expect((await failure(h.bus.request(CreateStaff, person({ email: 'bad' }), admin()))).field).toBe('email');
    const dup = person();
    await h.bus.request(CreateStaff, dup, admin());
    const e = await failure(h.bus.request(CreateStaff, { ...dup, email: dup.email.toUpperCase() }, admin()));
    expect([e.category, e.code, e.field]).toEqual(['CONFLICT', IdentityErrors.codes.DUPLICATE_STAFF, 'email']);
    expect((await failure(h.bus.request(CreateStaff, person({ unitId, institutionId: otherInstitutionId }), admin()))).code).toBe(IdentityErrors.codes.UNIT_NOT_IN_INSTITUTION);
    const missing = await failure(h.bus.request(CreateStaff, person({ lineManagerId: '00000000-0000-4000-8000-000000000000' }), admin()));
    expect([missing.category, missing.field]).toEqual(['NOT_FOUND', 'lineManagerId']);
    const boss = await h.bus.request(CreateStaff, person(), admin());
    const mid = await h.bus.request(CreateStaff, person({ lineManagerId: boss.id }), admin());
    const low = await h.bus.request(CreateStaff, person({ lineManagerId: mid.id }), admin());
    const loop = await failure(h.bus.request(UpdateStaff, { id: boss.id, lineManagerId: low.id }, admin()));
    expect([loop.code, loop.field]).toEqual([IdentityErrors.codes.LINE_MANAGER_CYCLE, 'lineManagerId']);
    expect((await failure(h.bus.request(UpdateStaff, { id: boss.id, lineManagerId: boss.id }, admin()))).code).toBe(IdentityErrors.codes.LINE_MANAGER_CYCLE);
    const moved = await h.bus.request(UpdateStaff, { id: low.id, lineManagerId: boss.id, languages: ['pt', 'en'] }, admin());
    expect(moved).toMatchObject({ lineManagerId: boss.id, languages: ['pt', 'en'] });
  });

  it('records identity.v1.place.renamed when an institution gets a new name, and only then', async () => {
    const id = (await h.bus.request(CreateInstitution, { name: 'EP Sintra', kind: 'adult', region: 'Lisboa' }, admin())).id;
    await h.bus.request(UpdateInstitution, { id, name: 'EP Sintra Nova' }, admin());
    await h.bus.request(UpdateInstitution, { id, region: 'Oeste' }, admin());
    await h.bus.request(UpdateInstitution, { id, name: 'EP Sintra Nova' }, admin());
    const renamed = (await h.outbox<{ id: string; kind: string; name: string; tenantId: string }>('identity.v1.place.renamed')).filter((e) => e.id === id);
    expect(renamed).toEqual([{ id, kind: 'institution', name: 'EP Sintra Nova', tenantId }]);
  });

  it('sends the staff profiles of an institution again when its region or kind changes (evaluation generalises the export to the region), and only then', async () => {
    const id = (await h.bus.request(CreateInstitution, { name: 'EP Leiria', kind: 'adult', region: 'Centro' }, admin())).id;
    const staff = [await h.bus.request(CreateStaff, person({ institutionId: id }), admin()), await h.bus.request(CreateStaff, person({ institutionId: id }), admin())];
    const elsewhere = await h.bus.request(CreateStaff, person(), admin());
    const profiles = async () => (await h.outbox<{ staffId: string; institutionId: string; region: string; institutionKind: string }>('identity.v1.staff.profileChanged')).filter((e) => [...staff, elsewhere].some((s) => s.id === e.staffId));
    expect(await profiles()).toHaveLength(3);
    await h.bus.request(UpdateInstitution, { id, region: 'Oeste' }, admin());
    const afterRegion = (await profiles()).slice(3);
    expect(afterRegion.map((e) => [e.staffId, e.institutionId, e.region, e.institutionKind]).sort()).toEqual(staff.map((s) => [s.id, id, 'Oeste', 'adult']).sort());
    // the same region again, or only a new name: no profile is sent
    await h.bus.request(UpdateInstitution, { id, region: 'Oeste', name: 'EP Leiria Nova' }, admin());
    expect(await profiles()).toHaveLength(5);
    await h.bus.request(UpdateInstitution, { id, kind: 'youth' }, admin());
    expect((await profiles()).slice(5).map((e) => [e.staffId, e.institutionKind]).sort()).toEqual(staff.map((s) => [s.id, 'youth']).sort());
  });

  it('enforces roles: coordinator reads but cannot create; researcher cannot list; anonymous is UNAUTHENTICATED', async () => {
    expect((await failure(h.bus.request(CreateStaff, person(), as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
    await expect(h.bus.request(ListStaff, {}, as.coordinator(tenantId))).resolves.toHaveProperty('total');
    expect((await failure(h.bus.request(ListStaff, {}, as.researcher(tenantId)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(ListStaff, {}, as.anonymous()))).category).toBe('UNAUTHENTICATED');
    expect((await failure(h.bus.request(ListAudit, {}, as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
  });

  it('lists with filters and paging, hides leavers unless asked, and audits every read', async () => {
    const leaver = await h.bus.request(CreateStaff, person({ lastName: 'Zeta', hiredOn: '2020-01-01' }), admin());
    await h.bus.request(RecordLeaving, { id: leaver.id, leftOn: '2026-01-31' }, admin());
    const all = await h.bus.request(ListStaff, { limit: 2 }, admin());
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    const withLeft = await h.bus.request(ListStaff, { includeLeft: true, limit: 200 }, admin());
    expect(withLeft.total).toBe(all.total + 1);
    const recent = await h.bus.request(ListStaff, { hiredSince: '2021-01-01', includeLeft: true, limit: 200 }, admin());
    expect(recent.items.find((s) => s.id === leaver.id)).toBeUndefined();
    const auditBefore = await count('audit_entry', `action = 'staff.read'`);
    await h.bus.request(GetStaff, { staffId: leaver.id }, as.coordinator(tenantId));
    expect(await count('audit_entry', `action = 'staff.read' and entity_id = '${leaver.id}'`)).toBe(1);
    expect(await count('audit_entry', `action = 'staff.read'`)).toBe(auditBefore + 1);
    expect(await count('audit_entry', `action = 'staff.list'`)).toBeGreaterThanOrEqual(3);
    const page = await h.bus.request(ListAudit, { entityId: leaver.id }, admin());
    expect(page.items.map((a) => a.action).sort()).toEqual(['staff.create', 'staff.left', 'staff.read', 'staff.recordLeaving']);
  });

  describe('CSV import', () => {
    const header = 'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,unit,shift_pattern,languages,line_manager_email';
    it('reports every bad row with line and column, and writes nothing', async () => {
      const staffBefore = await count('staff');
      const csv = [
        header,
        'Rui,Lima,rui@example.pt,Guarda,no,2025-02-01,2025-02-01,EP Lisboa,Ala A,4 on 4 off,pt;en,',
        'Eva,Reis,not-an-email,Guarda,no,2025-02-01,2025-02-01,EP Lisboa,,,pt,',
        'Rita,Luz,rita@example.pt,Guarda,maybe,2025-13-01,2025-02-01,EP Nowhere,,,pt,',
        'Rui,Lima,RUI@example.pt,Guarda,no,2025-02-01,2025-02-01,EP Lisboa,,,pt,',
        'Tó,Sá,to@example.pt,Guarda,no,2025-02-01,2025-02-01,EP Lisboa,,,pt,ghost@example.pt',
      ].join('\n');
      const r = await h.bus.request(ImportStaff, { csv }, admin());
      expect(r.valid).toBe(false);
      expect(r.created).toBe(0);
      expect(r.errors.map((e) => [e.line, e.field])).toEqual([
        [3, 'email'],
        [4, 'supervises_others'],
        [4, 'hired_on'],
        [4, 'institution'],
        [5, 'email'],
        [6, 'line_manager_email'],
      ]);
      expect(await count('staff')).toBe(staffBefore);
      // The same rows read in Portuguese (issues 17, 22): every message from the CSV catalogue, none left in English.
      const pt = await h.bus.request(ImportStaff, { csv }, { ...admin(), locale: 'pt' });
      expect(pt.errors.map((e) => e.message)).toEqual([
        'email tem de ser um endereço de e-mail válido.',
        'supervises_others tem de ser true ou false (também yes/no, y/n, 1/0).',
        'hired_on tem de ser uma data no formato AAAA-MM-DD.',
        'Estabelecimento desconhecido "EP Nowhere".',
        'E-mail repetido; também na linha 2.',
        'Nenhum membro do pessoal com o e-mail ghost@example.pt no ficheiro ou registado.',
      ]);
    });

    it('says "wrong number of columns" for a short row, in the caller\'s language, and writes nothing', async () => {
      const staffBefore = await count('staff');
      const csv = [header, 'Rui,Lima,rui.short@example.pt,Guarda,no,2025-02-01', 'Eva,Reis,eva.ok@example.pt,Guarda,no,2025-02-01,2025-02-01,EP Lisboa,Ala X,,pt,not-an-email'].join('\n');
      const r = await h.bus.request(ImportStaff, { csv }, { ...admin(), locale: 'da' });
      expect(r).toMatchObject({ valid: false, created: 0 });
      expect(r.errors).toEqual([
        { line: 2, field: 'csv', message: 'Forkert antal kolonner: 6 i stedet for 12.' },
        { line: 3, field: 'unit', message: 'Ukendt afdeling "Ala X" i EP Lisboa.' },
        { line: 3, field: 'line_manager_email', message: 'line_manager_email skal være en gyldig e-mailadresse.' },
      ]);
      expect(await count('staff')).toBe(staffBefore);
    });

    it('refuses unknown and missing columns on line 1', async () => {
      const r = await h.bus.request(ImportStaff, { csv: 'first_name,last_name,email,salary\nA,B,a@b.pt,1' }, admin());
      expect(r.valid).toBe(false);
      expect(r.errors).toEqual(expect.arrayContaining([expect.objectContaining({ line: 1, field: 'salary' }), expect.objectContaining({ line: 1, field: 'institution' })]));
    });

    it('validates only on dryRun, then imports a valid file in one go with line managers from the file', async () => {
      const staffBefore = await count('staff');
      const csv = [
        header,
        'Mia,Neto,mia.neto@example.pt,Guarda,no,2025-03-01,2025-03-01,EP Lisboa,Ala A,4 on 4 off,pt,boss@example.pt',
        'Bo,Ss,boss@example.pt,Chefe,yes,2010-03-01,2012-03-01,ep porto,,,pt;en,',
      ].join('\n');
      expect(await h.bus.request(ImportStaff, { csv, dryRun: true }, admin())).toEqual({ valid: true, rows: 2, created: 0, errors: [] });
      expect(await count('staff')).toBe(staffBefore);
      expect(await h.bus.request(ImportStaff, { csv }, admin())).toMatchObject({ valid: true, created: 2 });
      const list = await h.bus.request(ListStaff, { search: 'neto' }, admin());
      const boss = await h.bus.request(ListStaff, { search: 'boss@' }, admin());
      expect(list.items[0]!.lineManagerId).toBe(boss.items[0]!.id);
      expect(boss.items[0]).toMatchObject({ institutionId: otherInstitutionId, supervisesOthers: true, languages: ['pt', 'en'] });
      expect(await count('outbox_event', `subject = 'identity.v1.staff.profileChanged' and payload->>'staffId' in ('${list.items[0]!.id}', '${boss.items[0]!.id}')`)).toBe(2);
      expect(await count('outbox_event', `subject = 'identity.v1.staff.contactChanged' and payload->>'staffId' in ('${list.items[0]!.id}', '${boss.items[0]!.id}')`)).toBe(2);
      expect(await count('audit_entry', `action = 'staff.import'`)).toBe(1);
    });

    it('imports 2,000 rows in one request', async () => {
      const rows = Array.from({ length: 2000 }, (_, i) => `P${i},Bulk,bulk${i}@example.pt,Guarda,no,2024-01-01,2024-01-01,EP Lisboa,,,pt,`);
      const r = await h.bus.request(ImportStaff, { csv: [header, ...rows].join('\n') }, admin());
      expect(r).toMatchObject({ valid: true, created: 2000 });
    });
  });

  it('exports a staff member\'s data and erases them', async () => {
    const s = await h.bus.request(CreateStaff, person({ firstName: 'Erin' }), admin());
    const inv = await h.bus.request(InviteStaff, { staffId: s.id }, admin());
    const exported = await h.bus.request(ExportPersonalData, { staffId: s.id }, admin());
    expect(exported.staff).toMatchObject({ id: s.id, firstName: 'Erin', accountStatus: 'invited' });
    expect(exported.account).toMatchObject({ id: inv.accountId, status: 'invited' });
    expect(exported.accessLog.map((a) => a.action)).toEqual(expect.arrayContaining(['staff.create', 'staff.invite']));
    // On someone's behalf: identity's part only, and the document says the person exports the rest (issue 13).
    expect(exported).toMatchObject({ moduleContent: 'by_data_subject_only', modules: {}, incomplete: [], complete: true });
    expect(await count('audit_entry', `action = 'staff.export' and entity_id = '${s.id}'`)).toBe(1);
    expect((await failure(h.bus.request(EraseStaff, { staffId: s.id }, as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
    expect(await h.bus.request(EraseStaff, { staffId: s.id }, admin())).toEqual({ ok: true });
    expect((await failure(h.bus.request(GetStaff, { staffId: s.id }, admin()))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(EraseStaff, { staffId: s.id }, admin()))).category).toBe('NOT_FOUND');
    const [row] = await h.sql<{ first_name: string; email: string; languages: string[]; erased_at: Date | null }>(`select first_name, email, languages, erased_at from identity.staff where id = ?`, [s.id]);
    expect(row).toMatchObject({ first_name: 'Erased', email: `erased-${s.id}@invalid`, languages: [] });
    expect(row!.erased_at).not.toBeNull();
    expect(await count('account', `id = '${inv.accountId}'`)).toBe(0);
    expect(await count('outbox_event', `subject = 'identity.v1.staff.erased' and payload->>'staffId' = '${s.id}'`)).toBe(1);
    expect(await count('audit_entry', `action = 'staff.erase' and entity_id = '${s.id}'`)).toBe(1);
  });
});
