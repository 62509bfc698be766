import { gql, type TestPlatform } from '../platform.js';
import { inviteAndActivate, ok, seedTenant } from '../fixtures.js';

/**
 * The roles of the authorisation matrix (docs/authorisation-matrix.md). Mentor, mentee and staff are
 * not platform roles but what a staff member is in the data: the mentor and mentee of the tenant's
 * duo, and a staff member with an account who takes part in nothing.
 */
export const ROLES = ['platformAdmin', 'tenantAdmin', 'coordinator', 'mentor', 'mentee', 'researcher', 'staff', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

/** One tenant, seeded through the API with one object of every kind (each module's seed adds its ids). */
export interface TenantWorld {
  code: string;
  tenantId: string;
  institutions: { main: string; second: string };
  /** Staff ids by key: coordinator, mentor, mentee, staff, lineManager (the mentee's line manager), spare1..spare4. */
  staffIds: Record<string, string>;
  /** Access tokens by role (anonymous has none), plus `lineManager` and `spare1..4`. */
  tokens: Record<string, string>;
  /** Ids the module seeds add, e.g. `programmeId`, `cohortId`, `relationshipId`, `courseId`. */
  ids: Record<string, string>;
  /** Any string that must never reach another tenant's callers (names, codes, ids). */
  secrets: Set<string>;
}

export interface World {
  p: TestPlatform;
  platformAdminToken: string;
  a: TenantWorld;
  b: TenantWorld;
}

/** A module's seed: adds its objects to a tenant (after identity, in registry order). */
export type Seed = (w: World, t: TenantWorld) => Promise<void>;

export function tokenOf(w: World, t: TenantWorld, role: Role): string | undefined {
  if (role === 'anonymous') return undefined;
  if (role === 'platformAdmin') return w.platformAdminToken;
  return t.tokens[role];
}

/**
 * Signs every account of the world in again (platform admin included). Since issue 13 a password
 * change or a logout ends the account's access tokens at once, so cases that run them as a world
 * role leave that role's token ended; the next cases need live ones.
 */
export async function renewSessions(w: World): Promise<void> {
  const password = 'a long enough password 1';
  const login = async (email: string, pw: string) => (await ok(gql(w.p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password: pw } }))).login.accessToken as string;
  w.platformAdminToken = await login(w.p.admin.email, w.p.admin.password);
  for (const t of [w.a, w.b]) {
    for (const key of Object.keys(t.tokens)) t.tokens[key] = await login(key === 'tenantAdmin' ? `admin@${t.code}.test` : `${key}@${t.code}.test`, password);
  }
}

/** Identity part of the world: two tenants, staff, accounts and roles. */
export async function seedIdentity(p: TestPlatform, platformAdminToken: string, code: string): Promise<TenantWorld> {
  const s = await seedTenant(p, platformAdminToken, code, [
    { key: 'lineManager', hiredDaysAgo: 5000, supervisesOthers: true },
    { key: 'mentor', hiredDaysAgo: 3000 },
    { key: 'mentee', hiredDaysAgo: 40, lineManagerKey: 'lineManager' },
    { key: 'staff', hiredDaysAgo: 1500 },
    { key: 'spare1', hiredDaysAgo: 2500 },
    { key: 'spare2', hiredDaysAgo: 60 },
    { key: 'spare3', hiredDaysAgo: 2600, institution: 'second' },
    { key: 'spare4', hiredDaysAgo: 50, institution: 'second' },
  ]);
  const password = 'a long enough password 1';
  await inviteAndActivate(p.url, s.tokens.tenantAdmin!, { email: `researcher@${code}.test`, tenantId: s.tenantId, role: 'RESEARCHER' }, password);
  const login = await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: `researcher@${code}.test`, password } }));
  const tokens = { ...s.tokens, researcher: login.login.accessToken as string };
  const secrets = new Set<string>([s.tenantId, code, `Tenant ${code}`, ...Object.values(s.staffIds), ...Object.values(s.institutions)]);
  return { code, tenantId: s.tenantId, institutions: s.institutions, staffIds: s.staffIds, tokens, ids: {}, secrets };
}
