import { CreateTenant, IdentityErrors, ListRoles, type CreateTenantRequest } from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';
import { AssignRoleUseCase } from '../role/assign-role.use-case.js';

/** A new tenant with its first administrator in one step (issue 16): all or nothing, invited in the tenant's language. */
describe('createTenant with its first administrator', () => {
  let h: IdentityHarness;
  const tenant = (over: Partial<CreateTenantRequest> = {}): CreateTenantRequest => ({ code: 'pt-first', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity', 'programmes'], ...over });
  const counts = async () =>
    (
      await h.sql<{ tenants: string; accounts: string; grants: string; events: string; audit: string }>(
        `select (select count(*) from identity.tenant) tenants, (select count(*) from identity.account) accounts,
                (select count(*) from identity.role_assignment) grants, (select count(*) from identity.outbox_event) events,
                (select count(*) from identity.audit_entry) audit`,
      )
    )[0];

  beforeAll(async () => {
    h = await startIdentity();
  });
  afterAll(() => h.close());

  it('writes the tenant, the invited account and its tenant_admin role together; the invitation names the tenant language', async () => {
    const t = await h.bus.request(CreateTenant, tenant({ firstAdministrator: { email: 'Ana.Admin@Example.PT' } }), as.platformAdmin());
    expect(t).toMatchObject({ code: 'pt-first', defaultLocale: 'pt' });
    const [account] = await h.sql<{ id: string; status: string; tenant_id: string; locale: string | null }>(`select id, status, tenant_id, locale from identity.account where email = 'ana.admin@example.pt'`);
    expect(account).toMatchObject({ status: 'invited', tenant_id: t.id, locale: null });
    const roles = await h.bus.request(ListRoles, { tenantId: t.id }, as.tenantAdmin(t.id));
    expect(roles.map((r) => ({ accountId: r.accountId, role: r.role }))).toEqual([{ accountId: account.id, role: 'tenant_admin' }]);
    const invitations = (await h.outbox<{ accountId: string; locale: string | null; tenantId: string }>('identity.v1.invitation.issued')).filter((e) => e.accountId === account.id);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]).toMatchObject({ tenantId: t.id, locale: 'pt' });
    const granted = (await h.outbox<{ accountId: string; role: string; locale: string }>('identity.v1.role.granted')).filter((e) => e.accountId === account.id);
    expect(granted).toEqual([expect.objectContaining({ role: 'tenant_admin', locale: 'pt' })]);
  });

  it('writes nothing when the administrator part is invalid: the address is named and the code stays free', async () => {
    const before = await counts();
    const e = await failure(h.bus.request(CreateTenant, tenant({ code: 'ro-half', defaultLocale: 'ro', country: 'RO', firstAdministrator: { email: 'not-an-address' } }), as.platformAdmin()));
    expect(e.category).toBe('BAD_USER_INPUT');
    expect(e.fields?.map((f) => f.field) ?? [e.field]).toEqual(['firstAdministrator.email']);
    expect(await counts()).toEqual(before);
    const t = await h.bus.request(CreateTenant, tenant({ code: 'ro-half', defaultLocale: 'ro', country: 'RO', firstAdministrator: { email: 'ion@example.ro' } }), as.platformAdmin());
    expect(t.code).toBe('ro-half');
  });

  it('refuses a tenant code already taken before writing anything, with or without an administrator', async () => {
    const before = await counts();
    const e = await failure(h.bus.request(CreateTenant, tenant({ code: 'pt-first', firstAdministrator: { email: 'other@example.pt' } }), as.platformAdmin()));
    expect(e.code).toBe('identity.TENANT_CODE_TAKEN');
    expect(e.field).toBe('code');
    expect(await counts()).toEqual(before);
  });

  it('only the platform admin creates a tenant', async () => {
    const [{ id }] = await h.sql<{ id: string }>(`select id from identity.tenant where code = 'pt-first'`) as [{ id: string }];
    expect((await failure(h.bus.request(CreateTenant, tenant({ code: 'evil', firstAdministrator: { email: 'x@example.pt' } }), as.tenantAdmin(id)))).category).toBe('FORBIDDEN');
  });

  it('rolls everything back when the last step is refused after the tenant and the invitation were written', async () => {
    // A second identity whose role grant refuses: the tenant row and the invitation are flushed in
    // the transaction by then, and must not survive the refusal.
    const refusing = await startIdentity({}, (b) =>
      b.overrideProvider(AssignRoleUseCase).useValue({
        execute: () => Promise.reject(IdentityErrors.PLATFORM_ADMIN_CONFINED({ field: 'role' })),
      }),
    );
    try {
      const e = await failure(refusing.bus.request(CreateTenant, tenant({ code: 'el-rollback', defaultLocale: 'el', country: 'GR', firstAdministrator: { email: 'eleni@example.gr' } }), as.platformAdmin()));
      expect(e.code).toBe('identity.PLATFORM_ADMIN_CONFINED');
      const [left] = await refusing.sql<{ tenants: string; accounts: string; events: string; audit: string }>(
        `select (select count(*) from identity.tenant) tenants, (select count(*) from identity.account) accounts,
                (select count(*) from identity.outbox_event) events, (select count(*) from identity.audit_entry) audit`,
      );
      expect(left).toEqual({ tenants: '0', accounts: '0', events: '0', audit: '0' });
    } finally {
      await refusing.close();
    }
  });
});
