import pg from 'pg';
import { writeSuiteReport } from '@m4pris/testing';
import { ok, seedTenant } from '../fixtures.js';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';

/*
 * Access rules of DOMAIN.md (separation of duties, confidentiality, leaving ends access), each
 * finding of issue 13 (part b) performed as the attack was written, against the real platform
 * (gateway over HTTP, every module, PostgreSQL, in-process bus).
 */

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id role } }`;
const INVITE = `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId token } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const ME = `query { me { accountId } }`;
const PASSWORD = 'a long enough password 1';
const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason as string | undefined;

async function query<T extends object>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('assurance: access rules (separation of duties, confidentiality, leavers)', () => {
  let p: TestPlatform;
  let admin: string;
  let t: Awaited<ReturnType<typeof seedTenant>>;
  const held: string[] = [];
  const rows: string[][] = [];
  const call = (q: string, v: Record<string, unknown>, token?: string) => gql(p.url, q, v, token);
  const accountIdOf = async (token: string) => (await ok(call(ME, {}, token))).me.accountId as string;

  beforeAll(async () => {
    p = await startPlatform('in-process');
    admin = (await ok(call(LOGIN, { input: p.admin }))).login.accessToken as string;
    t = await seedTenant(p, admin, 'acs', [
      { key: 'lineManager', hiredDaysAgo: 5000, supervisesOthers: true },
      { key: 'mentor', hiredDaysAgo: 3000 },
      { key: 'mentee', hiredDaysAgo: 40, lineManagerKey: 'lineManager' },
      { key: 'staff', hiredDaysAgo: 1500 },
    ]);
  }, 180_000);

  afterAll(async () => {
    writeSuiteReport({
      suite: '55-access',
      title: 'Access rules: separation of duties, support contact, coordinator scopes, leavers, erasure',
      tried: { attacks: rows.length },
      held,
      tables: [{ caption: 'Findings of the second attack run (issue 13, part b), performed against the real platform', headers: ['finding', 'attack', 'outcome'], rows }],
      notes: [],
    });
    await p?.close();
  });

  it('nobody grants a role to themselves; the platform admin creates a tenant and its first admin, nothing else inside it; every grant is audit-logged and published', async () => {
    // The tenant admin makes itself RESEARCHER and COORDINATOR.
    const self = await accountIdOf(t.tokens.tenantAdmin!);
    for (const role of ['RESEARCHER', 'COORDINATOR', 'TENANT_ADMIN']) {
      const r = await call(ASSIGN, { input: { accountId: self, role } }, t.tokens.tenantAdmin);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(reasonOf(r)).toBe('identity.SELF_GRANT');
    }
    // The platform admin (already holding a tenant admin) invites an account into the tenant, and gives roles to one.
    const invited = await call(INVITE, { input: { tenantId: t.tenantId, email: 'squat@acs.test' } }, admin);
    expect(codeOf(invited)).toBe('FORBIDDEN');
    expect(reasonOf(invited)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    const target = await accountIdOf(t.tokens.staff!);
    for (const role of ['RESEARCHER', 'COORDINATOR', 'TENANT_ADMIN']) {
      const r = await call(ASSIGN, { input: { accountId: target, role, tenantId: t.tenantId } }, admin);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(reasonOf(r)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    }
    const staffInvite = await call(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: t.staffIds.staff }, admin);
    expect(codeOf(staffInvite)).toBe('FORBIDDEN');
    // The platform admin cannot make itself anything either.
    const paSelf = await call(ASSIGN, { input: { accountId: await accountIdOf(admin), role: 'PLATFORM_ADMIN' } }, admin);
    expect(reasonOf(paSelf)).toBe('identity.SELF_GRANT');

    // A new tenant: the platform admin creates it with its data-protection contact and its first admin (and only that).
    const tenant = (await ok(call(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id dataProtectionContactEmail } }`, {
      input: { code: 'acs-new', name: 'New tenant', country: 'PT', defaultLocale: 'pt', dataProtectionContactEmail: 'DPO@acs-new.test' },
    }, admin))).createTenant;
    expect(tenant.dataProtectionContactEmail).toBe('dpo@acs-new.test');
    const first = (await ok(call(INVITE, { input: { tenantId: tenant.id, email: 'admin@acs-new.test' } }, admin))).inviteAccount;
    const second = await call(INVITE, { input: { tenantId: tenant.id, email: 'second@acs-new.test' } }, admin);
    expect(reasonOf(second)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    const researcherFirst = await call(ASSIGN, { input: { accountId: first.accountId, role: 'RESEARCHER', tenantId: tenant.id } }, admin);
    expect(reasonOf(researcherFirst)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    const grant = (await ok(call(ASSIGN, { input: { accountId: first.accountId, role: 'TENANT_ADMIN', tenantId: tenant.id } }, admin))).assignRole;
    const newAdmin = (await ok(call(ACCEPT, { input: { token: first.token, password: PASSWORD } }))).acceptInvitation.accessToken as string;
    // The new tenant admin grants a researcher to someone else: allowed, audit-logged and published with the contact.
    const researcher = (await ok(call(INVITE, { input: { email: 'researcher@acs-new.test' } }, newAdmin))).inviteAccount;
    const granted = (await ok(call(ASSIGN, { input: { accountId: researcher.accountId, role: 'RESEARCHER' } }, newAdmin))).assignRole;
    const audit = (await ok(call(`query($f: AuditFilter) { auditLog(filter: $f) { items { action entityId actorId } } }`, { f: { entityType: 'RoleAssignment' } }, newAdmin))).auditLog.items as { action: string; entityId: string; actorId: string }[];
    expect(audit.filter((a) => a.action === 'role.assign').map((a) => a.entityId).sort()).toEqual([grant.id, granted.id].sort());
    const events = await query<{ payload: { grantId: string; accountId: string; role: string; dataProtectionContactEmail: string | null; grantedBy: string } }>(
      p.databaseUrl,
      `select payload from identity.outbox_event where subject = 'identity.v1.role.granted' and tenant_id = $1`,
      [tenant.id],
    );
    expect(events.map((e) => e.payload.grantId).sort()).toEqual([grant.id, granted.id].sort());
    const ev = events.find((e) => e.payload.grantId === granted.id)!.payload;
    expect(ev).toMatchObject({ accountId: researcher.accountId, role: 'researcher', dataProtectionContactEmail: 'dpo@acs-new.test', grantedBy: await accountIdOf(newAdmin) });
    // The contact can be changed by the tenant admin.
    const upd = (await ok(call(`mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { dataProtectionContactEmail } }`, { input: { id: tenant.id, dataProtectionContactEmail: 'privacy@acs-new.test' } }, newAdmin))).updateTenant;
    expect(upd.dataProtectionContactEmail).toBe('privacy@acs-new.test');

    rows.push(['admins grant themselves access', 'tenant admin assignRole(own account, RESEARCHER / COORDINATOR / TENANT_ADMIN)', 'FORBIDDEN identity.SELF_GRANT, nothing granted']);
    rows.push(['admins grant themselves access', 'platform admin inviteAccount / inviteStaff / assignRole inside a tenant that has its admin', 'FORBIDDEN identity.PLATFORM_ADMIN_CONFINED']);
    rows.push(['admins grant themselves access', 'platform admin creates a tenant, its first admin, then tries a second account and a RESEARCHER grant', 'first admin only; the rest PLATFORM_ADMIN_CONFINED']);
    rows.push(['every grant announced', 'tenant admin grants RESEARCHER to another account', 'audit entry role.assign + identity.v1.role.granted event carrying the data-protection contact']);
    held.push('Nobody grants a role to themselves (identity.SELF_GRANT); the platform admin gives inside a tenant only its first administrator (identity.PLATFORM_ADMIN_CONFINED otherwise); every grant is audit-logged and published as identity.v1.role.granted with the tenant\'s data-protection contact.');
  });
});
