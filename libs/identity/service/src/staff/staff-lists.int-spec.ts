import { CreateInstitution, CreateStaff, CreateTenant, FindStaffIds, ListStaff, type CreateStaffRequest } from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';

/*
 * Staff lists a frontend can use (issue 22): `orderBy` in SQL with the id as tie-break, and
 * `FindStaffIds` (the name search training's enrolments use), which applies the caller's own rights:
 * a coordinator scoped to one institution finds nobody of another, nobody finds another tenant's staff.
 */
describe('staff lists: orderBy and FindStaffIds', () => {
  let h: IdentityHarness;
  let tenantId: string;
  let otherTenantId: string;
  let lisboa: string;
  let porto: string;
  const ids = new Map<string, string>();
  const admin = () => as.tenantAdmin(tenantId);

  const staff = (firstName: string, lastName: string, institutionId: string, hiredOn: string): CreateStaffRequest => ({
    firstName, lastName, email: `${firstName}.${lastName}.${Math.random().toString(36).slice(2)}@example.pt`.toLowerCase(), position: 'Guarda prisional',
    supervisesOthers: false, hiredOn, joinedInstitutionOn: hiredOn, institutionId, languages: ['pt'],
  });

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'pt-lists', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    otherTenantId = (await h.bus.request(CreateTenant, { code: 'pt-other', name: 'Other', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    lisboa = (await h.bus.request(CreateInstitution, { name: 'EP Lisboa', kind: 'adult', region: 'Lisboa' }, admin())).id;
    porto = (await h.bus.request(CreateInstitution, { name: 'EP Porto', kind: 'youth', region: 'Norte' }, admin())).id;
    for (const [first, last, inst, hired] of [
      ['Rita', 'Alves', lisboa, '2024-03-01'],
      ['Ana', 'Sousa', lisboa, '2020-01-10'],
      ['Ana', 'Costa', porto, '2024-03-01'],
      ['Bruno', 'Dias', lisboa, '2024-03-01'],
    ] as const) {
      ids.set(`${first} ${last}`, (await h.bus.request(CreateStaff, staff(first, last, inst, hired), admin())).id);
    }
    const otherInstitution = (await h.bus.request(CreateInstitution, { name: 'EP Faro', kind: 'adult', region: 'Algarve' }, as.tenantAdmin(otherTenantId))).id;
    await h.bus.request(CreateStaff, staff('Ana', 'Outra', otherInstitution, '2024-03-01'), as.tenantAdmin(otherTenantId));
  });
  afterAll(() => h.close());

  const names = (items: { firstName: string; lastName: string }[]) => items.map((s) => `${s.firstName} ${s.lastName}`);

  it('sorts by name (the default), e-mail and hire date, in both directions, ties broken by id', async () => {
    expect(names((await h.bus.request(ListStaff, {}, admin())).items)).toEqual(['Rita Alves', 'Ana Costa', 'Bruno Dias', 'Ana Sousa']);
    expect(names((await h.bus.request(ListStaff, { orderBy: { field: 'name', direction: 'desc' } }, admin())).items)).toEqual(['Ana Sousa', 'Bruno Dias', 'Ana Costa', 'Rita Alves']);
    const byHire = await h.bus.request(ListStaff, { orderBy: { field: 'hired_on' } }, admin());
    expect(names(byHire.items)[0]).toBe('Ana Sousa');
    // Three hired the same day: pages of one never repeat or skip a person.
    const paged = await Promise.all([0, 1, 2, 3].map((offset) => h.bus.request(ListStaff, { orderBy: { field: 'hired_on', direction: 'desc' }, offset, limit: 1 }, admin())));
    const seen = paged.flatMap((p) => p.items.map((s) => s.id));
    expect(new Set(seen).size).toBe(4);
    expect(seen[3]).toBe(ids.get('Ana Sousa'));
    const tied = seen.slice(0, 3);
    expect(tied).toEqual([...tied].sort());
  });

  it('refuses an unknown sort field', async () => {
    const e = await failure(h.bus.request(ListStaff, { orderBy: { field: 'password' } } as never, admin()));
    expect([e.code, e.field]).toEqual(['common.INVALID_INPUT', 'orderBy.field']);
  });

  it('FindStaffIds matches first, last and full name, case-insensitive, in the tenant only', async () => {
    expect((await h.bus.request(FindStaffIds, { search: 'ANA' }, admin())).sort()).toEqual([ids.get('Ana Sousa'), ids.get('Ana Costa')].sort());
    expect(await h.bus.request(FindStaffIds, { search: 'ana sousa' }, admin())).toEqual([ids.get('Ana Sousa')]);
    expect(await h.bus.request(FindStaffIds, { search: 'Outra' }, admin())).toEqual([]);
    expect(await h.bus.request(FindStaffIds, { search: '%' }, admin())).toEqual([]);
  });

  it("FindStaffIds applies the caller's scope: a Lisboa coordinator does not find Porto's staff; a researcher may not search", async () => {
    const lisboaCoordinator = as.coordinator(tenantId, { scopeType: 'institution', scopeId: lisboa });
    expect(await h.bus.request(FindStaffIds, { search: 'ana' }, lisboaCoordinator)).toEqual([ids.get('Ana Sousa')]);
    expect(await h.bus.request(FindStaffIds, { search: 'costa' }, lisboaCoordinator)).toEqual([]);
    expect((await failure(h.bus.request(FindStaffIds, { search: 'ana' }, as.researcher(tenantId)))).category).toBe('FORBIDDEN');
  });
});
