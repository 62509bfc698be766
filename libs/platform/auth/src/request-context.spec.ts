import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { callerFromHttp, contextFromHttp, SessionGate, type SessionState } from './request-context.js';
import { AccessTokenVerifier } from './verifier.js';

/*
 * Issue 13, "sessions end at once": the gateway's per-request session gate. A correctly signed,
 * unexpired token whose session has ended since (identity raised the account's session version on
 * logout, password change or role revocation, or the account is disabled or erased) gives an
 * anonymous context. The e2e attack is in apps/standalone/test/assurance/security-round-2.e2e-spec.ts;
 * this pins the gateway's rule itself (remove `sessions.holds` from contextFromHttp and it fails).
 */
describe('contextFromHttp with the session gate', () => {
  let token: string;
  let verifier: AccessTokenVerifier;
  let state: SessionState | Error;
  const gate = new SessionGate((accountId) => (state instanceof Error ? Promise.reject(state) : accountId === 'account-1' ? Promise.resolve(state) : Promise.reject(new Error('unknown'))));
  const ctx = () => contextFromHttp({ authorization: `Bearer ${token}` }, '127.0.0.1', verifier, gate);

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    verifier = new AccessTokenVerifier({ issuer: 'm4pris-identity', audience: 'm4pris', fetchJwks: () => Promise.resolve({ keys: [jwk] }) });
    token = await new SignJWT({ roles: [{ role: 'coordinator', tenantId: 't1' }], tid: 't1', sid: 'staff-1', sv: 2 })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('account-1')
      .setIssuer('m4pris-identity')
      .setAudience('m4pris')
      .setIssuedAt()
      .setExpirationTime('15m')
      .sign(privateKey);
  });

  it('a token of the current session is signed in (control)', async () => {
    state = { active: true, version: 2 };
    expect(await ctx()).toMatchObject({ userId: 'account-1', tenantId: 't1', staffId: 'staff-1' });
  });

  it('after logout, a password change or a role revocation (a newer session version) the same token is anonymous', async () => {
    state = { active: true, version: 3 };
    const c = await ctx();
    expect(c.userId).toBeUndefined();
    expect(c.roles).toEqual([]);
  });

  it('a disabled or erased account (no active session) is anonymous', async () => {
    state = { active: false, version: 2 };
    expect((await ctx()).userId).toBeUndefined();
  });

  it('identity refusing the check for another reason is anonymous; only MODULE_UNAVAILABLE lets the signature decide', async () => {
    state = new Error('refused');
    expect((await ctx()).userId).toBeUndefined();
    state = Object.assign(new Error('identity down'), { category: 'MODULE_UNAVAILABLE' });
    expect((await ctx()).userId).toBe('account-1');
  });

  describe('the account identity read with the check (what `me` answers without staff)', () => {
    const account = { accountId: 'account-1', email: 'a@example.org', tenantId: 't1', roles: [{ role: 'coordinator' as const, tenantId: 't1' }], locale: 'da' };
    const caller = () => callerFromHttp({ authorization: `Bearer ${token}` }, '127.0.0.1', verifier, gate);

    it('comes with the context while the session holds', async () => {
      state = { active: true, version: 2, account };
      const c = await caller();
      expect(c.ctx.userId).toBe('account-1');
      expect(c.account).toEqual(account);
    });

    it('is dropped once the session has ended (the caller is anonymous)', async () => {
      state = { active: true, version: 3, account };
      const c = await caller();
      expect(c.ctx.userId).toBeUndefined();
      expect(c.account).toBeUndefined();
    });

    it('is dropped when it is not the token\'s account', async () => {
      state = { active: true, version: 2, account: { ...account, accountId: 'account-2' } };
      const c = await caller();
      expect(c.ctx.userId).toBe('account-1');
      expect(c.account).toBeUndefined();
    });

    it('is absent while identity cannot answer (the signature alone decides)', async () => {
      state = Object.assign(new Error('identity down'), { category: 'MODULE_UNAVAILABLE' });
      const c = await caller();
      expect(c.ctx.userId).toBe('account-1');
      expect(c.account).toBeUndefined();
    });
  });
});
