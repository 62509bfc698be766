import argon2 from 'argon2';
import { ARGON2_PARAMS, assertStrongPassword, hashPassword, passwordEstimator, passwordEstimatorLoaded, releasePasswordEstimator, verifyPassword } from './password.js';
import { hashToken, randomToken } from './token-hash.js';

describe('password hashing', () => {
  it('uses argon2id with m=19456 KiB, t=2, p=1', async () => {
    expect(ARGON2_PARAMS).toEqual({ type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(await verifyPassword(hash, 'a long enough password')).toBe(true);
    expect(await verifyPassword(hash, 'another password')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('refuses short passwords with WEAK_PASSWORD', async () => {
    await expect(assertStrongPassword('short')).rejects.toEqual(expect.objectContaining({ code: 'identity.WEAK_PASSWORD', field: 'password' }));
    await expect(assertStrongPassword('twelve chars')).resolves.toBeUndefined();
  });

  // Loading the dictionaries takes seconds on a busy machine.
  beforeAll(() => passwordEstimator(), 120_000);

  it('refuses guessable passwords of any length (NIST 800-63B), with no composition rules', async () => {
    // The attack as it was run: twelve times the same letter, and the account's own email address.
    const guessable = expect.objectContaining({ code: 'identity.PASSWORD_GUESSABLE', field: 'newPassword' });
    await expect(assertStrongPassword('aaaaaaaaaaaa', 'newPassword')).rejects.toEqual(guessable);
    await expect(assertStrongPassword('ida.holm@example.dk', 'newPassword', ['ida.holm@example.dk'])).rejects.toEqual(guessable);
    await expect(assertStrongPassword('Ida.Holm@example.dk!', 'newPassword', ['ida.holm@example.dk'])).rejects.toEqual(guessable);
    for (const common of ['password1234', 'qwertyuiop12', '123456789012', 'iloveyou1234']) await expect(assertStrongPassword(common, 'newPassword')).rejects.toEqual(guessable);
    // Passphrases pass without digits, capitals or symbols.
    for (const ok of ['violet kettle under seven lanterns', 'correct horse battery staple', 'a long enough password']) await expect(assertStrongPassword(ok, 'newPassword', ['ida.holm@example.dk'])).resolves.toBeUndefined();
  });
});

describe('the strength estimator (loaded on use, released when unused: idle memory)', () => {
  it('is not loaded by a length-only refusal, is loaded by a check, and loads again after a release', async () => {
    releasePasswordEstimator();
    await expect(assertStrongPassword('short')).rejects.toEqual(expect.objectContaining({ code: 'identity.WEAK_PASSWORD' }));
    expect(passwordEstimatorLoaded()).toBe(false);
    await expect(assertStrongPassword('aaaaaaaaaaaa')).rejects.toEqual(expect.objectContaining({ code: 'identity.PASSWORD_GUESSABLE' }));
    expect(passwordEstimatorLoaded()).toBe(true);
    releasePasswordEstimator();
    expect(passwordEstimatorLoaded()).toBe(false);
    // Released, the rule still holds: the next check loads the dictionaries again.
    await expect(assertStrongPassword('password1234')).rejects.toEqual(expect.objectContaining({ code: 'identity.PASSWORD_GUESSABLE' }));
    await expect(assertStrongPassword('violet kettle under seven lanterns')).resolves.toBeUndefined();
    expect(passwordEstimatorLoaded()).toBe(true);
  }, 120_000);
});

describe('token hashing', () => {
  it('makes 32-byte base64url secrets and stores their sha256', () => {
    const t = randomToken();
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(randomToken()).not.toBe(t);
  });
});
