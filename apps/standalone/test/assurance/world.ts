import { gql, type TestPlatform } from '../platform.js';
import { inviteAndActivate, ok, seedTenant } from '../fixtures.js';

/**
 * The roles of the authorisation matrix (docs/authorisation-matrix.md). Mentor, mentee and staff are
 * not platform roles but what a staff member is in the data: the mentor and mentee of the tenant's
 * duo, and a staff member with an account who takes part in nothing. The scoped coordinator is a
 * staff member of the second institution holding COORDINATOR scoped to that institution (issue 13):
 * every object the seeds make for the coordinator's cells (the tenant-wide cohort, the duo of
 * mentor and mentee, their applications and enrolments) lies outside its scope.
 */
export const ROLES = ['platformAdmin', 'tenantAdmin', 'coordinator', 'scopedCoordinator', 'mentor', 'mentee', 'researcher', 'staff', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

/** One tenant, seeded through the API with one object of every kind (each module's seed adds its ids). */
export interface TenantWorld {
  code: string;
  tenantId: string;
  institutions: { main: string; second: string };
  /**
   * Staff ids by key: coordinator, mentor, mentee, staff, lineManager (the mentee's line manager),
   * spare1..spare4, scopedCoordinator. Main institution: coordinator … spare2; second: spare3, spare4, scopedCoordinator.
   */
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
    { key: 'scopedCoordinator', hiredDaysAgo: 3500, institution: 'second' },
  ]);
  const password = 'a long enough password 1';
  // The scoped coordinator: COORDINATOR with the second institution as its scope, signed in again after the grant.
  const scopedAccount = (await ok(gql(p.url, `query($id: ID!) { staffMember(id: $id) { accountId } }`, { id: s.staffIds.scopedCoordinator }, s.tokens.tenantAdmin))).staffMember.accountId as string;
  await ok(gql(p.url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: scopedAccount, role: 'COORDINATOR', tenantId: s.tenantId, scopeType: 'INSTITUTION', scopeId: s.institutions.second } }, s.tokens.tenantAdmin));
  s.tokens.scopedCoordinator = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: `scopedCoordinator@${code}.test`, password } }))).login.accessToken as string;
  await inviteAndActivate(p.url, s.tokens.tenantAdmin!, { email: `researcher@${code}.test`, tenantId: s.tenantId, role: 'RESEARCHER' }, password);
  const login = await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: `researcher@${code}.test`, password } }));
  const tokens = { ...s.tokens, researcher: login.login.accessToken as string };
  const secrets = new Set<string>([s.tenantId, code, `Tenant ${code}`, ...Object.values(s.staffIds), ...Object.values(s.institutions)]);
  return { code, tenantId: s.tenantId, institutions: s.institutions, staffIds: s.staffIds, tokens, ids: {}, secrets };
}

/** Staff keys of the main institution, outside the scoped coordinator's scope (the seeds' tenant-wide objects are theirs). */
export const MAIN_STAFF_KEYS = ['coordinator', 'lineManager', 'mentor', 'mentee', 'staff', 'spare1', 'spare2'];

/**
 * What a coordinator-only answer to the scoped coordinator must never name: the main institution's
 * staff and the seeds' tenant-wide objects (cohorts, duo, applications, proposals, match runs,
 * enrolments, certificates). The authorisation spec applies it to the scoped coordinator's "yes"
 * cells whose operation a plain staff member may not call (what any staff member may read, e.g.
 * the programme's cohorts, is not confined to a scope).
 */
export function outOfScope(t: TenantWorld): Set<string> {
  const ids = ['cohortId', 'matchingCohortId', 'relationshipId', 'mentorApplicationId', 'menteeApplicationId', 'matchRunId', 'mentorProposalId', 'menteeProposalId', 'mentorEnrolmentId', 'menteeEnrolmentId', 'inProgressEnrolmentId', 'menteeCertificateId', 'certificateId'];
  return new Set([...MAIN_STAFF_KEYS.map((k) => t.staffIds[k]), ...ids.map((k) => t.ids[k]).filter((x): x is string => !!x)]);
}
