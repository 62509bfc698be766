import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  AcceptInvitation,
  AssignRole,
  BootstrapAdmin,
  ChangePassword,
  CreateInstitution,
  CreateStaff,
  CreateTenant,
  DisableAccount,
  GetJwks,
  GetSessionState,
  GetMe,
  IdentityErrors,
  InviteStaff,
  Login,
  Logout,
  LogoutEverywhere,
  RefreshTokens,
} from '@m4pris/identity-contracts';
import { as, failure, issuedInvitationToken, startIdentity, type IdentityHarness } from '../../test/harness.js';

describe('sign-in', () => {
  let h: IdentityHarness;
  const email = 'Admin@Example.org';
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    h = await startIdentity({ LOGIN_ADDRESS_MAX_FAILURES: 6, LOGIN_DELAY_BASE_SECONDS: 300 });
    await h.bus.request(BootstrapAdmin, { email, password }, as.system());
  });
  afterAll(() => h.close());

  it('bootstraps the platform admin once, only for the system, with an argon2id hash', async () => {
    expect(await h.bus.request(BootstrapAdmin, { email: 'admin@example.org', password }, as.system())).toEqual({ created: false });
    expect((await failure(h.bus.request(BootstrapAdmin, { email: 'x@example.org' }, as.platformAdmin()))).category).toBe('FORBIDDEN');
    const generated = await h.bus.request(BootstrapAdmin, { email: 'second@example.org' }, as.system());
    expect(generated.created).toBe(true);
    expect(generated.generatedPassword!.length).toBeGreaterThanOrEqual(24);
    const [row] = await h.sql<{ password_hash: string; email: string }>(`select password_hash, email from identity.account where email = 'admin@example.org'`);
    // argon2id, v=19, m=19456, t=2, p=1 (the library writes the parameters in alphabetical order).
    const [, alg, version, params] = row!.password_hash.split('$');
    expect([alg, version]).toEqual(['argon2id', 'v=19']);
    expect(Object.fromEntries(params!.split(',').map((kv) => kv.split('=')))).toEqual({ m: '19456', t: '2', p: '1' });
    const [grant] = await h.sql<{ role: string; tenant_id: string | null }>(`select r.role, r.tenant_id from identity.role_assignment r join identity.account a on a.id = r.account_id where a.email = 'admin@example.org'`);
    expect(grant).toEqual({ role: 'platform_admin', tenant_id: null });
  });

  it('issues an ES256 access token verifiable with the JWKS, with the claims and ≤ 15 min expiry', async () => {
    const pair = await h.bus.request(Login, { email, password }, as.anonymous());
    expect(pair.tokenType).toBe('Bearer');
    expect(pair.expiresIn).toBe(900);
    const jwks = await h.bus.request(GetJwks, {}, as.anonymous());
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const { payload, protectedHeader } = await jwtVerify(pair.accessToken, createLocalJWKSet(jwks as never), { issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });
    expect(protectedHeader.alg).toBe('ES256');
    expect(decodeProtectedHeader(pair.accessToken).kid).toBe(jwks.keys[0]!.kid);
    expect(payload.roles).toEqual([{ role: 'platform_admin' }]);
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(900);
    const [{ n }] = await h.sql<{ n: string }>(`select count(*) as n from identity.signing_key`);
    expect(Number(n)).toBe(1);
  });

  it('refuses unknown emails and wrong passwords with the same error', async () => {
    const a = await failure(h.bus.request(Login, { email: 'nobody@example.org', password }, as.anonymous()));
    const b = await failure(h.bus.request(Login, { email, password: 'wrong password!!' }, as.anonymous()));
    expect(a.code).toBe(IdentityErrors.codes.INVALID_CREDENTIALS);
    expect(b.code).toBe(a.code);
    expect(b.message).toBe(a.message);
  });

  it('validates input: a malformed email is BAD_USER_INPUT on field email', async () => {
    const e = await failure(h.bus.request(Login, { email: 'not-an-email', password }, as.anonymous()));
    expect(e.category).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('email');
  });

  it('rotates refresh tokens; reusing one revokes the whole family', async () => {
    const first = await h.bus.request(Login, { email, password }, as.anonymous());
    const second = await h.bus.request(RefreshTokens, { refreshToken: first.refreshToken }, as.anonymous());
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const reuse = await failure(h.bus.request(RefreshTokens, { refreshToken: first.refreshToken }, as.anonymous()));
    expect(reuse.code).toBe(IdentityErrors.codes.TOKEN_REUSED);
    // The legitimate latest token is now dead too.
    expect((await failure(h.bus.request(RefreshTokens, { refreshToken: second.refreshToken }, as.anonymous()))).code).toBe(IdentityErrors.codes.TOKEN_INVALID);
  });

  it('logout revokes the family; unknown and expired tokens are TOKEN_INVALID', async () => {
    const pair = await h.bus.request(Login, { email, password }, as.anonymous());
    expect(await h.bus.request(Logout, { refreshToken: pair.refreshToken }, as.anonymous())).toEqual({ ok: true });
    expect((await failure(h.bus.request(RefreshTokens, { refreshToken: pair.refreshToken }, as.anonymous()))).code).toBe(IdentityErrors.codes.TOKEN_INVALID);
    expect((await failure(h.bus.request(RefreshTokens, { refreshToken: 'x'.repeat(43) }, as.anonymous()))).code).toBe(IdentityErrors.codes.TOKEN_INVALID);
    const fresh = await h.bus.request(Login, { email, password }, as.anonymous());
    await h.sql(`update identity.refresh_token set expires_at = now() - interval '1 second' where used_at is null and revoked_at is null`);
    expect((await failure(h.bus.request(RefreshTokens, { refreshToken: fresh.refreshToken }, as.anonymous()))).code).toBe(IdentityErrors.codes.TOKEN_INVALID);
  });

  it('logoutEverywhere ends every session of the caller only: every refresh family revoked, the session version raised, audited', async () => {
    const me = await h.bus.request(Login, { email, password }, as.anonymous());
    const phone = await h.bus.request(Login, { email, password }, as.anonymous());
    const [{ id: accountId }] = await h.sql<{ id: string }>(`select id from identity.account where email = 'admin@example.org'`);
    const [{ id: otherId }] = await h.sql<{ id: string }>(`select id from identity.account where email = 'second@example.org'`);
    const before = await h.bus.request(GetSessionState, { accountId }, as.system());
    const otherBefore = await h.bus.request(GetSessionState, { accountId: otherId }, as.system());
    // Another account's live refresh token, to show it is untouched.
    await h.sql(`insert into identity.refresh_token (id, account_id, family_id, token_hash, expires_at, created_at) values (gen_random_uuid(), '${otherId}', gen_random_uuid(), 'other-hash', now() + interval '1 day', now())`);

    expect(await h.bus.request(LogoutEverywhere, {}, as.platformAdmin(accountId))).toEqual({ ok: true });

    // Neither device can refresh; the access tokens already issued are behind the session version.
    for (const pair of [me, phone]) expect((await failure(h.bus.request(RefreshTokens, { refreshToken: pair.refreshToken }, as.anonymous()))).code).toBe(IdentityErrors.codes.TOKEN_INVALID);
    expect((await h.bus.request(GetSessionState, { accountId }, as.system())).version).toBeGreaterThan(before.version);
    const [{ n: live }] = await h.sql<{ n: string }>(`select count(*) as n from identity.refresh_token where account_id = '${accountId}' and revoked_at is null`);
    expect(Number(live)).toBe(0);
    // Someone else's sessions carry on.
    expect((await h.bus.request(GetSessionState, { accountId: otherId }, as.system())).version).toBe(otherBefore.version);
    const [{ n: otherLive }] = await h.sql<{ n: string }>(`select count(*) as n from identity.refresh_token where account_id = '${otherId}' and revoked_at is null`);
    expect(Number(otherLive)).toBe(1);
    const audit = await h.sql<{ actor_id: string }>(`select actor_id from identity.audit_entry where action = 'account.logoutEverywhere'`);
    expect(audit).toEqual([{ actor_id: accountId }]);
    // Signing in again works; an anonymous caller or the platform itself has no session to end.
    await expect(h.bus.request(Login, { email, password }, as.anonymous())).resolves.toHaveProperty('accessToken');
    expect((await failure(h.bus.request(LogoutEverywhere, {}, as.anonymous()))).category).toBe('UNAUTHENTICATED');
    expect((await failure(h.bus.request(LogoutEverywhere, {}, as.system()))).category).toBe('FORBIDDEN');
  });

  it('slows failures per account and address with growing delays, only for the address that failed', async () => {
    const target = 'second@example.org';
    // LOGIN_PAIR_FREE_FAILURES (3) failures from one address against the account are checked …
    for (let i = 0; i < 3; i++) {
      expect((await failure(h.bus.request(Login, { email: target, password: 'bad password ' + i }, { ...as.anonymous(), clientIp: '10.0.0.1' }))).code).toBe(IdentityErrors.codes.INVALID_CREDENTIALS);
    }
    // … then that address waits LOGIN_DELAY_BASE_SECONDS (300 here) before its next check for that account.
    const limited = await failure(h.bus.request(Login, { email: target, password: 'whatever' }, { ...as.anonymous(), clientIp: '10.0.0.1' }));
    expect(limited.category).toBe('RATE_LIMITED');
    expect(Number(limited.params?.seconds)).toBeGreaterThan(240);
    expect(Number(limited.params?.seconds)).toBeLessThanOrEqual(300);
    // The same address against another account, and another address against this account: checked.
    expect((await failure(h.bus.request(Login, { email: 'nobody@example.org', password: 'bad password' }, { ...as.anonymous(), clientIp: '10.0.0.1' }))).code).toBe(IdentityErrors.codes.INVALID_CREDENTIALS);
    expect((await failure(h.bus.request(Login, { email: target, password: 'bad password x' }, { ...as.anonymous(), clientIp: '10.0.0.2' }))).code).toBe(IdentityErrors.codes.INVALID_CREDENTIALS);
    // After the delay the next failure doubles it: 600 seconds.
    await h.sql(`update identity.login_attempt set at = at - interval '301 seconds'`);
    expect((await failure(h.bus.request(Login, { email: target, password: 'bad password 4' }, { ...as.anonymous(), clientIp: '10.0.0.1' }))).code).toBe(IdentityErrors.codes.INVALID_CREDENTIALS);
    expect(Number((await failure(h.bus.request(Login, { email: target, password: 'bad' }, { ...as.anonymous(), clientIp: '10.0.0.1' }))).params?.seconds)).toBeGreaterThan(540);
  });

  it('limits a client address by its failures only, across accounts', async () => {
    for (let i = 0; i < 6; i++) await failure(h.bus.request(Login, { email: `x${i}@example.org`, password: 'p' }, { ...as.anonymous(), clientIp: '192.0.2.7' }));
    expect((await failure(h.bus.request(Login, { email, password }, { ...as.anonymous(), clientIp: '192.0.2.7' }))).category).toBe('RATE_LIMITED');
    // The accounts those failures named are not locked: from another address they sign in.
    await h.bus.request(Login, { email, password }, { ...as.anonymous(), clientIp: '192.0.2.8' });
    // Successful sign-ins do not count toward an address's limit.
    for (let i = 0; i < 8; i++) await h.bus.request(Login, { email, password }, { ...as.anonymous(), clientIp: '192.0.2.9' });
    expect((await h.bus.request(Login, { email, password }, { ...as.anonymous(), clientIp: '192.0.2.9' })).accessToken).toBeTruthy();
  });

  it('concurrent wrong sign-ins from one address cannot overtake its delay; the right password from another address signs in', async () => {
    const target = 'parallel@example.org';
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => failure(h.bus.request(Login, { email: target, password: 'bad password ' + i }, { ...as.anonymous(), clientIp: '198.51.100.1' }))),
    );
    const codes = results.map((r) => r.code);
    const tried = codes.filter((c) => c === IdentityErrors.codes.INVALID_CREDENTIALS).length;
    expect(codes.filter((c) => c === IdentityErrors.codes.RATE_LIMITED).length).toBe(15 - tried);
    // Every attempt sees the ones written before its count, committed or not yet checked: a burst
    // may even be refused as a whole; it never gets more than the free failures checked.
    expect(tried).toBeLessThanOrEqual(3);
    // The refused attempts left no rows: the record holds only the attempts that were tried.
    const [{ n }] = await h.sql<{ n: string }>(`select count(*) as n from identity.login_attempt where key = ?`, [`email:${target}`]);
    expect(Number(n)).toBe(tried);
  });

  it('invites a staff member, who accepts, signs in, sees themself and changes the password', async () => {
    const admin = as.platformAdmin();
    const tenant = await h.bus.request(CreateTenant, { code: 'dk-kriminalforsorgen', name: 'Kriminalforsorgen', country: 'DK', defaultLocale: 'da', enabledModules: ['identity'] }, admin);
    const inst = await h.bus.request(CreateInstitution, { tenantId: tenant.id, name: 'Storstrøm', kind: 'adult', region: 'Zealand' }, admin);
    const staff = await h.bus.request(
      CreateStaff,
      { tenantId: tenant.id, firstName: 'Ida', lastName: 'Holm', email: 'Ida.Holm@example.dk', position: 'Officer', supervisesOthers: false, hiredOn: '2025-09-01', joinedInstitutionOn: '2025-09-01', institutionId: inst.id, languages: ['da', 'en'] },
      admin,
    );
    const invitation: { accountId: string; email: string; token?: string } = await h.bus.request(InviteStaff, { staffId: staff.id }, as.tenantAdmin(tenant.id));
    expect(invitation.email).toBe('ida.holm@example.dk');
    // The reply never carries the token (issue 13): only the invitee's mail does.
    expect(invitation).not.toHaveProperty('token');
    invitation.token = await issuedInvitationToken(h, invitation.accountId);
    const weak = await failure(h.bus.request(AcceptInvitation, { token: invitation.token!, password: 'short' }, as.anonymous()));
    expect(weak.code).toBe(IdentityErrors.codes.WEAK_PASSWORD);
    const pair = await h.bus.request(AcceptInvitation, { token: invitation.token!, password: 'a long enough password' }, as.anonymous());
    expect((await failure(h.bus.request(AcceptInvitation, { token: invitation.token!, password: 'a long enough password' }, as.anonymous()))).code).toBe(IdentityErrors.codes.INVITATION_INVALID);
    const jwks = await h.bus.request(GetJwks, {}, as.anonymous());
    const { payload } = await jwtVerify(pair.accessToken, createLocalJWKSet(jwks as never));
    expect(payload).toMatchObject({ tid: tenant.id, sid: staff.id, locale: 'da', roles: [] });
    const me = await h.bus.request(GetMe, {}, as.member(tenant.id, { userId: payload.sub!, staffId: staff.id }));
    expect(me).toMatchObject({ email: 'ida.holm@example.dk', tenantId: tenant.id, locale: 'da', staff: { id: staff.id, accountStatus: 'active' } });
    // Without the staff record (the gateway's `me` when the query does not select `staff`): the
    // same account, roles and language, and `staff: null`.
    const lean = await h.bus.request(GetMe, { withStaff: false }, as.member(tenant.id, { userId: payload.sub!, staffId: staff.id }));
    expect(lean).toEqual({ ...me, staff: null });
    expect(await h.bus.request(GetMe, { withStaff: true }, as.member(tenant.id, { userId: payload.sub!, staffId: staff.id }))).toEqual(me);
    await h.bus.request(ChangePassword, { currentPassword: 'a long enough password', newPassword: 'another long password' }, as.member(tenant.id, { userId: payload.sub! }));
    await expect(h.bus.request(Login, { email: 'ida.holm@example.dk', password: 'another long password' }, as.anonymous())).resolves.toHaveProperty('accessToken');
    expect((await failure(h.bus.request(GetMe, {}, as.anonymous()))).category).toBe('UNAUTHENTICATED');

    // `me` reads the account, its grants and the language in one statement: the grants are the
    // token's (same order, no key for what a grant lacks), the language its own choice else the
    // tenant's, and a disabled account has no `me`.
    const who = as.member(tenant.id, { userId: payload.sub!, staffId: staff.id });
    await h.bus.request(AssignRole, { accountId: payload.sub!, role: 'coordinator', tenantId: tenant.id, scopeType: 'institution', scopeId: inst.id }, as.tenantAdmin(tenant.id));
    await h.bus.request(AssignRole, { accountId: payload.sub!, role: 'tenant_admin', tenantId: tenant.id }, as.tenantAdmin(tenant.id));
    const signedIn = await h.bus.request(Login, { email: 'ida.holm@example.dk', password: 'another long password' }, as.anonymous());
    const claims = (await jwtVerify(signedIn.accessToken, createLocalJWKSet(jwks as never))).payload;
    const granted = await h.bus.request(GetMe, { withStaff: false }, who);
    expect(granted.roles).toEqual([
      { role: 'coordinator', tenantId: tenant.id, scopeType: 'institution', scopeId: inst.id },
      { role: 'tenant_admin', tenantId: tenant.id },
    ]);
    expect(granted.roles).toEqual(claims.roles);
    expect(granted.locale).toBe('da');
    await h.bus.request(DisableAccount, { accountId: payload.sub! }, as.tenantAdmin(tenant.id));
    expect((await failure(h.bus.request(GetMe, {}, who))).category).toBe('UNAUTHENTICATED');
  });

  it('a platform admin (no tenant) sees themself in English with the platform grant', async () => {
    const [{ id }] = await h.sql<{ id: string }>(`select a.id from identity.account a join identity.role_assignment r on r.account_id = a.id where r.role = 'platform_admin' limit 1`);
    const me = await h.bus.request(GetMe, {}, as.platformAdmin(id));
    expect(me).toMatchObject({ accountId: id, tenantId: null, staff: null, locale: 'en' });
    expect(me.roles).toContainEqual({ role: 'platform_admin' });
  });
});
