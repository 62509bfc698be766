import type { RequestDef } from '@m4pris/platform-core';
import {
  AssignRole,
  CreateInstitution,
  CreateShiftPattern,
  CreateStaff,
  CreateTenant,
  CreateUnit,
  EraseStaff,
  ExportPersonalData,
  GetInstitution,
  GetInstitutionsByIds,
  GetStaff,
  GetStaffByIds,
  GetTenant,
  ImportStaff,
  StartStaffImport,
  GetStaffImportJob,
  InviteAccount,
  InviteStaff,
  ListAudit,
  ListConsentTexts,
  ListInstitutions,
  ListMyConsents,
  ListRoles,
  ListShiftPatterns,
  ListStaff,
  ListTenants,
  ListUnits,
  PublishConsentText,
  RecordConsent,
  RecordLeaving,
  RemoveShiftPattern,
  RemoveUnit,
  RevokeRole,
  UpdateInstitution,
  UpdateShiftPattern,
  UpdateStaff,
  UpdateTenant,
  UpdateUnit,
} from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';

/** Tenant A's admin, handed tenant B's ids, must learn nothing and change nothing. */
describe('tenant isolation', () => {
  let h: IdentityHarness;
  const b: Record<string, string> = {};
  let tenantA: string;

  const snapshot = async () =>
    h.sql(`select (select md5(string_agg(t::text, '' order by id)) from identity.staff t) s,
                  (select md5(string_agg(t::text, '' order by id)) from identity.institution t) i,
                  (select md5(string_agg(t::text, '' order by id)) from identity.unit t) u,
                  (select md5(string_agg(t::text, '' order by id)) from identity.shift_pattern t) sp,
                  (select md5(string_agg(t::text, '' order by id)) from identity.tenant t) te,
                  (select md5(string_agg(t::text, '' order by id)) from identity.role_assignment t) r,
                  (select md5(string_agg(t::text, '' order by id)) from identity.account t) a,
                  (select md5(string_agg(t::text, '' order by id)) from identity.staff_import_job t) j,
                  (select count(*) from identity.consent_record) c,
                  (select count(*) from identity.outbox_event) o`);

  beforeAll(async () => {
    h = await startIdentity();
    const pa = as.platformAdmin();
    tenantA = (await h.bus.request(CreateTenant, { code: 'tenant-a', name: 'Tenant A', country: 'DK', defaultLocale: 'da', enabledModules: ['identity'] }, pa)).id;
    b.tenant = (await h.bus.request(CreateTenant, { code: 'tenant-b', name: 'Tenant B', country: 'RO', defaultLocale: 'ro', enabledModules: ['identity'] }, pa)).id;
    const adminB = as.tenantAdmin(b.tenant);
    b.institution = (await h.bus.request(CreateInstitution, { name: 'Jilava', kind: 'adult', region: 'Ilfov' }, adminB)).id;
    b.unit = (await h.bus.request(CreateUnit, { institutionId: b.institution, name: 'Sectia 1' }, adminB)).id;
    b.pattern = (await h.bus.request(CreateShiftPattern, { name: 'Week', cycleDays: 7, shifts: [{ day: 0, start: '08:00', hours: 8 }] }, adminB)).id;
    const staff = { firstName: 'Ion', lastName: 'Pop', position: 'Agent', supervisesOthers: false, hiredOn: '2024-01-01', joinedInstitutionOn: '2024-01-01', institutionId: b.institution, languages: ['ro'] };
    b.staff = (await h.bus.request(CreateStaff, { ...staff, email: 'ion@example.ro' }, adminB)).id;
    b.account = (await h.bus.request(InviteStaff, { staffId: b.staff }, adminB)).accountId;
    b.role = (await h.bus.request(AssignRole, { accountId: b.account, role: 'coordinator' }, adminB)).id;
    b.importJob = (await h.bus.request(StartStaffImport, { csv: 'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,languages\nAna,Ionescu,ana@example.ro,Agent,no,2024-01-01,2024-01-01,Jilava,ro', dryRun: true }, adminB)).id;
    b.consentText = (await h.bus.request(PublishConsentText, { purpose: 'programme.participation', locale: 'ro', text: 'Sunt de acord să particip.' }, adminB)).id;
    // Tenant A has its own institution, so "A's own data" is not empty either.
    await h.bus.request(CreateInstitution, { name: 'Vridsløselille', kind: 'adult', region: 'Hovedstaden' }, as.tenantAdmin(tenantA));
  });
  afterAll(() => h.close());

  const cases: [string, RequestDef<unknown, unknown>, () => object, string[]][] = [
    ['GetTenant', GetTenant, () => ({ id: b.tenant }), ['NOT_FOUND']],
    ['UpdateTenant', UpdateTenant, () => ({ id: b.tenant, name: 'Hijacked' }), ['NOT_FOUND']],
    ['ListTenants', ListTenants, () => ({}), ['FORBIDDEN']],
    ['CreateTenant', CreateTenant, () => ({ code: 'evil', name: 'Evil', country: 'DK', defaultLocale: 'da', enabledModules: ['identity'] }), ['FORBIDDEN']],
    ['CreateInstitution', CreateInstitution, () => ({ tenantId: b.tenant, name: 'Planted', kind: 'adult', region: 'X' }), ['NOT_FOUND']],
    ['UpdateInstitution', UpdateInstitution, () => ({ id: b.institution, name: 'Hijacked' }), ['NOT_FOUND']],
    ['GetInstitution', GetInstitution, () => ({ id: b.institution }), ['NOT_FOUND']],
    ['ListInstitutions', ListInstitutions, () => ({ tenantId: b.tenant }), ['NOT_FOUND']],
    ['CreateUnit', CreateUnit, () => ({ institutionId: b.institution, name: 'Planted' }), ['NOT_FOUND']],
    ['ListUnits', ListUnits, () => ({ institutionId: b.institution }), ['NOT_FOUND']],
    ['UpdateUnit', UpdateUnit, () => ({ id: b.unit, name: 'Hijacked' }), ['NOT_FOUND']],
    ['RemoveUnit', RemoveUnit, () => ({ id: b.unit }), ['NOT_FOUND']],
    ['UpdateShiftPattern', UpdateShiftPattern, () => ({ id: b.pattern, name: 'Hijacked', cycleDays: 7, shifts: [{ day: 0, start: '06:00', hours: 8 }] }), ['NOT_FOUND']],
    ['RemoveShiftPattern', RemoveShiftPattern, () => ({ id: b.pattern }), ['NOT_FOUND']],
    ['CreateShiftPattern', CreateShiftPattern, () => ({ tenantId: b.tenant, name: 'P', cycleDays: 7, shifts: [{ day: 0, start: '08:00', hours: 8 }] }), ['NOT_FOUND']],
    ['ListShiftPatterns', ListShiftPatterns, () => ({ tenantId: b.tenant }), ['NOT_FOUND']],
    ['CreateStaff', CreateStaff, () => ({ tenantId: b.tenant, firstName: 'X', lastName: 'Y', email: 'x@y.dk', position: 'P', supervisesOthers: false, hiredOn: '2024-01-01', joinedInstitutionOn: '2024-01-01', institutionId: b.institution, languages: [] }), ['NOT_FOUND']],
    ['CreateStaff (B institution in A)', CreateStaff, () => ({ firstName: 'X', lastName: 'Y', email: 'x@y.dk', position: 'P', supervisesOthers: false, hiredOn: '2024-01-01', joinedInstitutionOn: '2024-01-01', institutionId: b.institution, languages: [] }), ['NOT_FOUND']],
    ['UpdateStaff', UpdateStaff, () => ({ id: b.staff, firstName: 'Hijacked' }), ['NOT_FOUND']],
    ['GetStaff', GetStaff, () => ({ staffId: b.staff }), ['NOT_FOUND']],
    ['ListStaff', ListStaff, () => ({ tenantId: b.tenant }), ['NOT_FOUND']],
    ['RecordLeaving', RecordLeaving, () => ({ id: b.staff, leftOn: '2026-01-01' }), ['NOT_FOUND']],
    ['ImportStaff', ImportStaff, () => ({ tenantId: b.tenant, csv: 'first_name\n' }), ['NOT_FOUND']],
    ['StartStaffImport', StartStaffImport, () => ({ tenantId: b.tenant, csv: 'first_name\n' }), ['NOT_FOUND']],
    ['GetStaffImportJob', GetStaffImportJob, () => ({ id: b.importJob }), ['NOT_FOUND']],
    ['InviteStaff', InviteStaff, () => ({ staffId: b.staff }), ['NOT_FOUND']],
    ['InviteAccount', InviteAccount, () => ({ tenantId: b.tenant, email: 'planted@example.ro' }), ['NOT_FOUND']],
    ['ExportPersonalData', ExportPersonalData, () => ({ staffId: b.staff }), ['NOT_FOUND']],
    ['EraseStaff', EraseStaff, () => ({ staffId: b.staff }), ['NOT_FOUND']],
    ['AssignRole', AssignRole, () => ({ accountId: b.account, role: 'tenant_admin', tenantId: b.tenant }), ['NOT_FOUND']],
    ['AssignRole (B account in A)', AssignRole, () => ({ accountId: b.account, role: 'tenant_admin' }), ['NOT_FOUND']],
    ['AssignRole platform_admin', AssignRole, () => ({ accountId: b.account, role: 'platform_admin' }), ['FORBIDDEN']],
    ['RevokeRole', RevokeRole, () => ({ id: b.role }), ['NOT_FOUND']],
    ['ListRoles', ListRoles, () => ({ tenantId: b.tenant }), ['NOT_FOUND']],
    ['PublishConsentText', PublishConsentText, () => ({ tenantId: b.tenant, purpose: 'x.y', locale: 'en', text: 'Planted consent text' }), ['NOT_FOUND']],
    ['ListConsentTexts', ListConsentTexts, () => ({ tenantId: b.tenant }), ['NOT_FOUND']],
    ['RecordConsent', RecordConsent, () => ({ consentTextId: b.consentText, granted: true }), ['NOT_FOUND', 'UNAUTHENTICATED']],
    ['ListAudit', ListAudit, () => ({ tenantId: b.tenant }), ['NOT_FOUND']],
  ];

  it.each(cases)('%s with tenant B ids', async (_name, def, payload, categories) => {
    const before = await snapshot();
    const e = await failure(h.bus.request(def, payload(), as.tenantAdmin(tenantA)));
    expect(categories).toContain(e.category);
    expect(await snapshot()).toEqual(before);
  });

  it('batch lookups silently drop other tenants\' ids', async () => {
    expect(await h.bus.request(GetStaffByIds, { ids: [b.staff] }, as.tenantAdmin(tenantA))).toEqual([]);
    expect(await h.bus.request(GetInstitutionsByIds, { ids: [b.institution] }, as.tenantAdmin(tenantA))).toEqual([]);
    expect(await h.bus.request(GetStaffByIds, { ids: [b.staff] }, as.tenantAdmin(b.tenant))).toHaveLength(1);
  });

  it('own-tenant lists show only own rows; my consents are only mine', async () => {
    const page = await h.bus.request(ListInstitutions, {}, as.researcher(tenantA));
    expect(page.items.map((i) => i.tenantId)).toEqual([tenantA]);
    expect(await h.bus.request(ListMyConsents, {}, as.member(tenantA))).toEqual([]);
    expect(await h.bus.request(GetTenant, { id: tenantA }, as.member(tenantA))).toMatchObject({ code: 'tenant-a' });
  });
});
