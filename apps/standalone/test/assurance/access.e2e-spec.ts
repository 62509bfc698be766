import pg from 'pg';
import { writeSuiteReport } from '@m4pris/testing';
import { ok } from '../fixtures.js';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';
import { Q, worldPolicy } from './progmatch.js';
import { seedProgrammes } from './seeds/programmes.js';
import { seedIdentity, type TenantWorld, type World } from './world.js';

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
  let t: TenantWorld;
  let w: World;
  const held: string[] = [];
  const rows: string[][] = [];
  const call = (q: string, v: Record<string, unknown>, token?: string) => gql(p.url, q, v, token);
  const accountIdOf = async (token: string) => (await ok(call(ME, {}, token))).me.accountId as string;

  beforeAll(async () => {
    p = await startPlatform('in-process');
    admin = (await ok(call(LOGIN, { input: p.admin }))).login.accessToken as string;
    // One tenant of the assurance world: staff (the mentee has a line manager), a tenant admin, a
    // coordinator, a researcher; a programme whose running duo (mentor, mentee) has a concern raised by the mentee.
    t = await seedIdentity(p, admin, 'acs');
    w = { p, platformAdminToken: admin, a: t, b: t };
    await seedProgrammes(w, t);
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

  it('the support contact is never a coordinator, a tenant admin or in a mentee\'s line-management chain', async () => {
    const UPDATE = `mutation($programmeId: ID!, $policy: ProgrammePolicyInput!) { updateProgrammePolicy(programmeId: $programmeId, policy: $policy) { id } }`;
    const policyWith = (supportStaffId: string) => ({ ...worldPolicy(t), supportContact: { name: 'Support', howToReach: 'Ask.', supportStaffId } });
    // A staff member who is also a tenant admin (granted by the tenant admin, as it should be).
    const spareAccount = (await ok(call(`query($id: ID!) { staffMember(id: $id) { accountId } }`, { id: t.staffIds.spare1 }, t.tokens.tenantAdmin))).staffMember.accountId as string;
    await ok(call(ASSIGN, { input: { accountId: spareAccount, role: 'TENANT_ADMIN' } }, t.tokens.tenantAdmin));
    for (const [who, staffId] of [['the coordinator', t.staffIds.coordinator], ['a tenant admin', t.staffIds.spare1], ["the mentee's line manager", t.staffIds.lineManager]] as const) {
      const r = await call(UPDATE, { programmeId: t.ids.programmeId, policy: policyWith(staffId!) }, t.tokens.tenantAdmin);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(reasonOf(r)).toBe('programmes.SUPPORT_CONTACT_CONFLICT');
      expect(r.errors![0]!.extensions!.field).toBe('policy.supportContact.supportStaffId');
      rows.push(['the support contact can be anyone', `updateProgrammePolicy with ${who} as support contact`, 'BAD_USER_INPUT programmes.SUPPORT_CONTACT_CONFLICT, policy unchanged']);
    }
    // Someone outside management and the programme's running is accepted.
    await ok(call(UPDATE, { programmeId: t.ids.programmeId, policy: policyWith(t.staffIds.staff!) }, t.tokens.tenantAdmin));
    held.push('updateProgrammePolicy refuses as support contact a coordinator, a tenant admin and anyone in the line-management chain of a mentee of the programme (programmes.SUPPORT_CONTACT_CONFLICT).');
  });

  it('the mentor never learns that a concern was raised; the coordinator keeps the count; the raiser sees their own concerns', async () => {
    const REL = `query($id: ID!) { relationship(id: $id) { openConcerns } }`;
    // The seeded mentee raised a concern on the duo.
    const coordinator = (await ok(call(REL, { id: t.ids.relationshipId }, t.tokens.coordinator))).relationship.openConcerns as number;
    expect(coordinator).toBeGreaterThanOrEqual(1);
    for (const member of ['mentor', 'mentee']) {
      const seen = (await ok(call(REL, { id: t.ids.relationshipId }, t.tokens[member]))).relationship.openConcerns;
      expect(seen).toBeNull();
      const mine = (await ok(call(`query { myRelationships { openConcerns } }`, {}, t.tokens[member]))).myRelationships as { openConcerns: number | null }[];
      expect(mine.every((r) => r.openConcerns === null)).toBe(true);
    }
    rows.push(['the mentor learns that a concern was raised', 'the mentor reads relationship { openConcerns } (and myRelationships) after the mentee raised one', `null for both members; the coordinator sees ${coordinator}`]);
    held.push('relationship { openConcerns } is the coordinator\'s count only: null for the duo\'s members, so a mentor never learns that the mentee raised a concern.');
  });
});
