import { randomBytes } from 'node:crypto';
import { compactDecrypt, jwtVerify, SignJWT, importJWK, type JWK } from 'jose';
import { IdentitySettings } from '../identity.settings.js';
import { startIdentity, type IdentityHarness } from '../../test/harness.js';
import { SIGNING_ALG, SigningKeyEncryptionError, SigningKeys } from './signing-keys.js';

const newKey = () => randomBytes(32).toString('base64');

/** Issue 13: the ES256 private key is stored encrypted at rest under a key from configuration. */
describe('token-signing key at rest', () => {
  let h: IdentityHarness;
  beforeAll(async () => {
    h = await startIdentity();
    await h.sql(`delete from identity.signing_key`);
  });
  afterAll(() => h.close());
  beforeEach(() => h.sql(`delete from identity.signing_key`));

  const keysWith = (current?: string, previous?: string) =>
    new SigningKeys(h.orm, Object.assign(new IdentitySettings(), { SIGNING_KEY_ENCRYPTION_KEY: current, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: previous }));
  const stored = async () => (await h.sql<{ private_jwk: Record<string, unknown>; kid: string }>(`select private_jwk, kid from identity.signing_key`))[0]!;
  const signs = async (keys: SigningKeys) => {
    const k = await keys.get();
    const jwt = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: SIGNING_ALG, kid: k.kid }).sign(k.privateKey);
    const { payload } = await jwtVerify(jwt, await importJWK(k.publicJwk, SIGNING_ALG));
    return payload.sub;
  };

  it('stores the private key only as a JWE under the configured key: the row alone cannot sign', async () => {
    const key = newKey();
    const first = await keysWith(key).get();
    const row = await stored();
    expect(Object.keys(row.private_jwk)).toEqual(['jwe']);
    expect(row.private_jwk.d).toBeUndefined();
    const [header, encryptedKey] = String(row.private_jwk.jwe).split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toMatchObject({ alg: 'dir', enc: 'A256GCM' });
    expect(encryptedKey).toBe(''); // direct encryption: no wrapped key travels with it
    // The private scalar is nowhere in the table's text.
    const { plaintext } = await compactDecrypt(String(row.private_jwk.jwe), new Uint8Array(Buffer.from(key, 'base64')));
    const d = (JSON.parse(new TextDecoder().decode(plaintext)) as JWK).d!;
    expect(d.length).toBeGreaterThan(40);
    const [{ dump }] = await h.sql<{ dump: string }>(`select string_agg(t::text, '') as dump from identity.signing_key t`);
    expect(dump).not.toContain(d);
    // A second replica with the same key reads the same key and signs.
    const second = keysWith(key);
    expect((await second.get()).kid).toBe(first.kid);
    expect(await signs(second)).toBe('x');
  });

  it('refuses to start without the key, or with another key, and says which variable', async () => {
    await keysWith(newKey()).get();
    await expect(keysWith(undefined).get()).rejects.toThrow(/SIGNING_KEY_ENCRYPTION_KEY is not set/);
    await expect(keysWith(newKey()).get()).rejects.toThrow(SigningKeyEncryptionError);
    await expect(keysWith(newKey()).get()).rejects.toThrow(/neither SIGNING_KEY_ENCRYPTION_KEY/);
  });

  it('rotates the key-encryption key: the previous key opens it once, then only the new one does', async () => {
    const oldKey = newKey();
    const nextKey = newKey();
    const kid = (await keysWith(oldKey).get()).kid;
    const sealedBefore = (await stored()).private_jwk.jwe;
    const rotating = keysWith(nextKey, oldKey);
    expect((await rotating.get()).kid).toBe(kid);
    expect((await stored()).private_jwk.jwe).not.toBe(sealedBefore);
    // After the restart with the new key alone, the same signing key (tokens stay valid).
    const after = keysWith(nextKey);
    expect((await after.get()).kid).toBe(kid);
    expect(await signs(after)).toBe('x');
    await expect(keysWith(oldKey).get()).rejects.toThrow(SigningKeyEncryptionError);
  });

  it('seals a key stored in plain text by an earlier version on first load', async () => {
    const { generateKeyPair, exportJWK } = await import('jose');
    const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
    const priv: JWK = { ...(await exportJWK(privateKey)), kid: 'legacy', alg: SIGNING_ALG };
    const pub: JWK = { ...(await exportJWK(publicKey)), kid: 'legacy', alg: SIGNING_ALG };
    await h.sql(`insert into identity.signing_key (slot, kid, private_jwk, public_jwk, created_at) values ('current', 'legacy', ?, ?, now())`, [JSON.stringify(priv), JSON.stringify(pub)]);
    const key = newKey();
    const keys = keysWith(key);
    expect((await keys.get()).kid).toBe('legacy');
    expect(Object.keys((await stored()).private_jwk)).toEqual(['jwe']);
    expect(await signs(keysWith(key))).toBe('x');
  });
});
