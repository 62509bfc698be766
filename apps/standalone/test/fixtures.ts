import { mailedInvitationToken } from '@m4pris/testing';
import { gql, mailboxOf, type GqlResult, type TestPlatform } from './platform.js';

/** Fails the test with the GraphQL errors when a call did not succeed. */
export async function ok(p: Promise<GqlResult<Record<string, any>>>): Promise<Record<string, any>> {
  const r = await p;
  if (r.errors?.length || !r.data) throw new Error(`GraphQL call failed: ${JSON.stringify(r.errors)}`);
  return r.data;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export interface StaffSeed {
  key: string;
  hiredDaysAgo: number;
  supervisesOthers?: boolean;
  lineManagerKey?: string;
  institution?: 'main' | 'second';
}

export interface SeededTenant {
  tenantId: string;
  institutions: { main: string; second: string };
  staffIds: Record<string, string>;
  /** Access tokens: `tenantAdmin`, `coordinator`, and one per staff key with an account. */
  tokens: Record<string, string>;
}

/**
 * A tenant seeded through identity's GraphQL API as a pilot would be: two institutions, staff, a
 * tenant admin, a coordinator (a staff member) and active accounts for the listed staff.
 */
export async function seedTenant(
  p: TestPlatform,
  adminToken: string,
  code: string,
  staff: StaffSeed[],
  password = 'a long enough password 1',
  /** The tenant's enabledModules (default: every module of the platform). */
  enabledModules: string[] = p.modules,
): Promise<SeededTenant> {
  const { createTenant } = await ok(
    gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
      input: { code, name: `Tenant ${code}`, country: 'DK', defaultLocale: 'en', enabledModules },
    }, adminToken),
  );
  const tenantId = createTenant.id as string;
  const institutions = { main: '', second: '' };
  for (const key of ['main', 'second'] as const) {
    const r = await ok(
      gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, {
        input: { tenantId, name: `${code} ${key}`, kind: key === 'main' ? 'ADULT' : 'YOUTH', region: 'North' },
      }, adminToken),
    );
    institutions[key] = r.createInstitution.id;
  }
  const staffIds: Record<string, string> = {};
  for (const s of [{ key: 'coordinator', hiredDaysAgo: 4000 }, ...staff]) {
    const r = await ok(
      gql(p.url, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
        input: {
          tenantId,
          firstName: s.key,
          lastName: code,
          email: `${s.key}@${code}.test`,
          position: 'Prison officer',
          supervisesOthers: (s).supervisesOthers ?? false,
          hiredOn: day(-s.hiredDaysAgo),
          joinedInstitutionOn: day(-s.hiredDaysAgo),
          institutionId: institutions[(s).institution ?? 'main'],
          languages: ['da', 'en'],
          lineManagerId: (s).lineManagerKey ? staffIds[(s).lineManagerKey] : null,
        },
      }, adminToken),
    );
    staffIds[s.key] = r.createStaff.id;
  }
  const tokens: Record<string, string> = {};
  const activate = async (token: string, email: string) => {
    await ok(gql(p.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password } }));
    const login = await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password } }));
    return login.login.accessToken as string;
  };
  // Tenant admin (not staff): the platform admin's one grant inside the tenant; every other account is the tenant admin's.
  tokens.tenantAdmin = await firstAdmin(p.url, adminToken, tenantId, `admin@${code}.test`, password);
  // Every invitation first, then each person reads theirs from the mailbox (the API never returns the token).
  for (const key of Object.keys(staffIds)) {
    const r = await ok(gql(p.url, `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: staffIds[key] }, tokens.tenantAdmin));
    if (key === 'coordinator') {
      await ok(gql(p.url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: r.inviteStaff.accountId, role: 'COORDINATOR', tenantId } }, tokens.tenantAdmin));
    }
  }
  await Promise.all(
    Object.keys(staffIds).map(async (key) => {
      const email = `${key}@${code}.test`;
      tokens[key] = await activate(await mailedInvitationToken(p.mailbox, email), email);
    }),
  );
  return { tenantId, institutions, staffIds, tokens };
}

/**
 * The tenant's first administrator, created by the platform admin (its only grant inside a tenant):
 * invited, made TENANT_ADMIN, activated with the link of the invitation mail (read from the
 * platform's mailbox, as the new admin would). Returns the tenant admin's access token.
 */
export async function firstAdmin(url: string, platformAdminToken: string, tenantId: string, email: string, password = 'a long enough password 1'): Promise<string> {
  const since = new Date();
  const inv = await ok(gql(url, `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { tenantId, email } }, platformAdminToken));
  await ok(gql(url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: inv.inviteAccount.accountId, role: 'TENANT_ADMIN', tenantId } }, platformAdminToken));
  const token = await mailedInvitationToken(mailboxOf(url), email, since);
  const r = await ok(gql(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password } }));
  return r.acceptInvitation.accessToken as string;
}

/**
 * Invites (inviteStaff with `staffId`, else inviteAccount of `email`), optionally grants a role, and
 * activates the account with the link of the invitation mail. Returns the new account's access token.
 */
export async function inviteAndActivate(
  url: string,
  inviterToken: string,
  who: { staffId?: string; email?: string; tenantId?: string; role?: string },
  password = 'a long enough password 1',
): Promise<{ accountId: string; accessToken: string }> {
  const since = new Date();
  const invitation = (
    who.staffId
      ? (await ok(gql(url, `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId email } }`, { id: who.staffId }, inviterToken))).inviteStaff
      : (await ok(gql(url, `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId email } }`, { input: { email: who.email, ...(who.tenantId ? { tenantId: who.tenantId } : {}) } }, inviterToken))).inviteAccount
  ) as { accountId: string; email: string };
  const { accountId } = invitation;
  if (who.role) await ok(gql(url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId, role: who.role, ...(who.tenantId ? { tenantId: who.tenantId } : {}) } }, inviterToken));
  // The address the invitation went to (a staff member's own), read as its owner reads mail.
  const token = await mailedInvitationToken(mailboxOf(url), invitation.email, since);
  const r = await ok(gql(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password } }));
  return { accountId, accessToken: r.acceptInvitation.accessToken as string };
}

/** Retries a check until it passes (events reach other modules asynchronously), at most `tries` times. */
export async function eventually<T>(check: () => Promise<T>, tries = 100, pauseMs = 100): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await check();
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  }
  throw last;
}
