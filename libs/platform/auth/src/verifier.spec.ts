import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { AccessTokenVerifier } from './verifier.js';

async function key(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  return { privateKey, jwk };
}

function sign(privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"], kid: string, opts: { aud?: string; exp?: string; alg?: string } = {}) {
  return new SignJWT({ roles: [{ role: 'tenant_admin', tenantId: 't1' }], tid: 't1' })
    .setProtectedHeader({ alg: opts.alg ?? 'ES256', kid })
    .setSubject('account-1')
    .setIssuer('m4pris-identity')
    .setAudience(opts.aud ?? 'm4pris')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '15m')
    .sign(privateKey);
}

describe('AccessTokenVerifier', () => {
  it('accepts a valid token and returns its claims', async () => {
    const k = await key('k1');
    const v = new AccessTokenVerifier({ issuer: 'm4pris-identity', audience: 'm4pris', fetchJwks: async () => ({ keys: [k.jwk] }) });
    const claims = await v.verify(await sign(k.privateKey, 'k1'));
    expect(claims).toEqual({ sub: 'account-1', tid: 't1', sid: undefined, roles: [{ role: 'tenant_admin', tenantId: 't1' }], locale: undefined, sv: 0 });
  });

  it('rejects expired tokens, wrong audiences, unsigned tokens and garbage', async () => {
    const k = await key('k1');
    const v = new AccessTokenVerifier({ issuer: 'm4pris-identity', audience: 'm4pris', fetchJwks: async () => ({ keys: [k.jwk] }) });
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('a').setIssuer('m4pris-identity').setAudience('m4pris').setIssuedAt(1).setExpirationTime(2).sign(k.privateKey);
    expect(await v.verify(expired)).toBeUndefined();
    expect(await v.verify(await sign(k.privateKey, 'k1', { aud: 'someone-else' }))).toBeUndefined();
    const [h, p] = (await sign(k.privateKey, 'k1')).split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid: 'k1' })).toString('base64url')}.${p}.`;
    expect(h).toBeDefined();
    expect(await v.verify(none)).toBeUndefined();
    expect(await v.verify('not.a.token')).toBeUndefined();
  });

  it('re-fetches keys when a token names a new key id (rollover)', async () => {
    const k1 = await key('k1');
    const k2 = await key('k2');
    let keys = [k1.jwk];
    let fetches = 0;
    const v = new AccessTokenVerifier({ issuer: 'm4pris-identity', audience: 'm4pris', minRefreshMs: 0, fetchJwks: async () => (fetches++, { keys }) });
    expect(await v.verify(await sign(k1.privateKey, 'k1'))).toBeDefined();
    keys = [k1.jwk, k2.jwk];
    expect(await v.verify(await sign(k2.privateKey, 'k2'))).toBeDefined();
    expect(fetches).toBe(2);
  });

  it('verifies a token once, then remembers it until it expires (and not a byte longer)', async () => {
    const k = await key('k1');
    let fetches = 0;
    const v = new AccessTokenVerifier({ issuer: 'm4pris-identity', audience: 'm4pris', cacheSize: 2, fetchJwks: async () => (fetches++, { keys: [k.jwk] }) });
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ tid: 't1' }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('a').setIssuer('m4pris-identity').setAudience('m4pris').setIssuedAt(now).setExpirationTime(now + 2).sign(k.privateKey);
    expect((await v.verify(shortLived))?.sub).toBe('a');
    expect((await v.verify(shortLived))?.sub).toBe('a');
    // a changed token is never served from the cache: one character flipped in the signature fails
    const tampered = shortLived.slice(0, -2) + (shortLived.endsWith('A') ? 'BA' : 'AA');
    expect(await v.verify(tampered)).toBeUndefined();
    // past its expiry the remembered token is refused too
    await new Promise((r) => setTimeout(r, 2100));
    expect(await v.verify(shortLived)).toBeUndefined();
    expect(fetches).toBe(1);
  });
});
