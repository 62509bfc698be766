import { request as httpRequest } from 'node:http';
import { generateKeyPair, SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import pg from 'pg';
import { ARGON2_PARAMS } from '@m4pris/identity-service';
import { ok, seedTenant } from '../fixtures.js';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';
import { writeSuiteReport } from '@m4pris/testing';

/*
 * Account protections on the real platform (gateway over HTTP, identity service, PostgreSQL), with
 * identity's default settings: refresh-token rotation with reuse detection, sign-in throttling
 * (OWASP: growing delays per account and address, a failure limit per address, nobody locked out by
 * others; not bypassed by aliases, batching or parallel requests), the stored
 * password hashes, access-token lifetime and forged tokens, logout.
 *
 * The platform keys the rate limit on the TCP peer address; each scenario sends from its own
 * loopback address (127.0.0.x, Linux routes the whole 127/8 to lo) so scenarios do not lock each
 * other out.
 */

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresIn } }`;
const REFRESH = `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }`;
const LOGOUT = `mutation($input: LogoutInput!) { logout(input: $input) }`;
const ME = `query { me { accountId email } }`;
const PASSWORD = 'a long enough password 1'; // seedTenant's
// IdentitySettings defaults, which this platform runs with:
const ADDRESS_MAX_FAILURES = 30; // LOGIN_ADDRESS_MAX_FAILURES: failures from one address, any accounts
const PAIR_FREE_FAILURES = 3; // LOGIN_PAIR_FREE_FAILURES: failures from one address against one account before it waits
// LOGIN_DELAY_BASE_SECONDS, its first wait (doubling): 2 s by default; this platform runs with 300 s
// so that no assertion depends on how fast the machine is.
const DELAY_BASE_SECONDS = 300;

/** A GraphQL POST from a given local address (the client address the platform sees). */
function postFrom(url: string, from: string, body: unknown, token?: string, extra: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const u = new URL(url);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, json: text });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const gqlFrom = async (url: string, from: string, query: string, variables: Record<string, unknown> = {}, token?: string, extra: Record<string, string> = {}) =>
  (await postFrom(url, from, { query, variables }, token, extra)).json as GqlResult;
const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;
/** A sign-in refused for the credentials themselves (not rate-limited). */
const isBadCredentials = (r: GqlResult) => codeOf(r) === 'UNAUTHENTICATED' && reasonOf(r) === 'identity.INVALID_CREDENTIALS';

/** Rows of one PostgreSQL query against the platform's database (identity's tables). */
async function query<T extends object>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('assurance: account protections', () => {
  let p: TestPlatform;
  const emailOf = (key: string) => `${key}@acc.test`;
  const facts: Record<string, number | string> = {};
  const held: string[] = [];
  const rows: (string | number)[][] = [];
  const attemptsOf = async (email: string) =>
    Number((await query<{ n: string }>(p.databaseUrl, `select count(*) as n from identity.login_attempt where key = $1`, [`email:${email}`]))[0]!.n);

  beforeAll(async () => {
    p = await startPlatform('in-process', { modules: ['identity'], settings: { identity: { LOGIN_DELAY_BASE_SECONDS: DELAY_BASE_SECONDS } } });
    const admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    await seedTenant(p, admin, 'acc', ['rotating', 'target', 'bystander', 'aliased', 'batched', 'parallel', 'jwt', 'leaver', 'changer'].map((key) => ({ key, hiredDaysAgo: 400 })));
  }, 120_000);
  afterAll(async () => {
    writeSuiteReport({
      suite: '50-accounts',
      title: 'Account protections',
      tried: facts,
      held,
      tables: [{ caption: `What was tried against the real platform (identity defaults: ${PAIR_FREE_FAILURES} free failures per account and address, then waits from ${DELAY_BASE_SECONDS} s doubling; ${ADDRESS_MAX_FAILURES} failures per address in 15 min)`, headers: ['protection', 'attempt', 'outcome'], rows }],
      notes: [
        'Access tokens are stateless ES256 JWTs: after logout (or a detected refresh-token reuse) the refresh tokens of the session are dead at once, an access token already issued stays valid until it expires (≤ 15 min).',
        'The client address is the TCP peer address unless TRUST_PROXY_HOPS names the reverse proxies in front of the gateway (set it to 1 behind one ingress, or every client shares the ingress address and the per-address failure limit applies to all of them together).',
        'Failed answers for an account with many recent failures are also held back (250 ms doubling, at most LOGIN_ACCOUNT_DELAY_MAX_MS); that hold is not measured here (no wall-clock assertions): growingDelay is unit-tested.',
      ],
    });
    await p?.close();
  });

  it('refresh tokens: a replayed used token is refused and revokes its whole family, not the other sessions', async () => {
    const email = emailOf('rotating');
    const first = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login;
    const other = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login; // a second device
    // Three rotations: each token is good exactly once.
    const chain = [first.refreshToken as string];
    for (let i = 0; i < 3; i++) chain.push((await ok(gql(p.url, REFRESH, { input: { refreshToken: chain.at(-1) } }))).refreshToken.refreshToken);
    expect(new Set(chain).size).toBe(4);
    // The attacker replays the second token of the chain (already used).
    const replay = await gql(p.url, REFRESH, { input: { refreshToken: chain[1] } });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(reasonOf(replay)).toBe('identity.TOKEN_REUSED');
    // The newest token of that family, never used, is dead too.
    const newest = await gql(p.url, REFRESH, { input: { refreshToken: chain[3] } });
    expect(codeOf(newest)).toBe('UNAUTHENTICATED');
    expect(reasonOf(newest)).toBe('identity.TOKEN_INVALID');
    // The other device's session is another family: untouched.
    await ok(gql(p.url, REFRESH, { input: { refreshToken: other.refreshToken } }));
    // Two concurrent refreshes with the same token: one wins, the other is a reuse.
    const fresh = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login;
    const race = await Promise.all([0, 1].map(() => gql(p.url, REFRESH, { input: { refreshToken: fresh.refreshToken } })));
    expect(race.filter((r) => !r.errors).length).toBeLessThanOrEqual(1);
    expect(race.filter((r) => reasonOf(r) === 'identity.TOKEN_REUSED').length).toBeGreaterThanOrEqual(1);
    rows.push(['refresh rotation', 'replay of a used refresh token after 3 rotations', 'TOKEN_REUSED; the newest token of the family refused; another session unaffected']);
    rows.push(['refresh rotation', 'two concurrent refreshes with one token', `${race.filter((r) => !r.errors).length} succeeded, the other TOKEN_REUSED`]);
    held.push('Replaying a used refresh token is refused (identity.TOKEN_REUSED) and revokes its whole family: the newest, never-used token of the chain is refused too; another session of the same account keeps working.');
    facts.refreshReplays = 1 + race.length;
  });

  it('logout ends the session: its refresh token, and every token rotated from it, are refused', async () => {
    const email = emailOf('leaver');
    const pair = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login;
    const rotated = (await ok(gql(p.url, REFRESH, { input: { refreshToken: pair.refreshToken } }))).refreshToken;
    expect((await ok(gql(p.url, LOGOUT, { input: { refreshToken: rotated.refreshToken } }))).logout).toBe(true);
    for (const refreshToken of [rotated.refreshToken, pair.refreshToken]) {
      const r = await gql(p.url, REFRESH, { input: { refreshToken } });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    rows.push(['logout', 'refresh with the logged-out token and with its predecessor', 'both UNAUTHENTICATED']);
    held.push('After logout the session\'s refresh tokens are refused (UNAUTHENTICATED).');
  });

  it('a flood from one address against one account (the platform admin) slows that address only: the right password from another address signs in at once', async () => {
    // The attack as it was run: ten wrong passwords for a named account — the platform admin.
    const email = p.admin.email;
    const results: GqlResult[] = [];
    for (let i = 0; i < 10; i++) results.push(await gqlFrom(p.url, '127.0.0.11', LOGIN, { input: { email, password: `wrong password ${i}` } }));
    const checked = results.filter(isBadCredentials).length;
    const slowed = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
    expect(checked).toBe(PAIR_FREE_FAILURES);
    expect(slowed.length).toBe(10 - PAIR_FREE_FAILURES);
    // The wait it is told (the message names it): the first growing delay.
    const wait = Number(/(\d+)/.exec(slowed[0]!.errors![0]!.message)?.[1]);
    expect(wait).toBeGreaterThan(DELAY_BASE_SECONDS - 60);
    expect(wait).toBeLessThanOrEqual(DELAY_BASE_SECONDS);
    // More failures against the account from other addresses too (its failed answers slow down).
    for (let i = 0; i < 4; i++) expect(isBadCredentials(await gqlFrom(p.url, `127.0.0.${14 + i}`, LOGIN, { input: { email, password: `another wrong ${i}` } }))).toBe(true);
    // The attacker's address waits, even with the right password (its own failures) …
    expect(codeOf(await gqlFrom(p.url, '127.0.0.11', LOGIN, { input: { email, password: p.admin.password } }))).toBe('RATE_LIMITED');
    // … the owner, from an address that did not fail, signs in at once.
    const owner = await gqlFrom(p.url, '127.0.0.12', LOGIN, { input: { email, password: p.admin.password } });
    expect(owner.errors).toBeUndefined();
    expect((owner.data?.login as { accessToken?: string } | undefined)?.accessToken).toBeTruthy();
    rows.push(['throttle, account', `10 wrong passwords for the platform admin from one address, 4 more from 4 others, then the right one from a fifth`, `${checked} checked then RATE_LIMITED for that address only; the right password from another address signed in at once`]);
    held.push(`Ten wrong passwords for the platform admin from one address no longer lock the account: that address is slowed (${PAIR_FREE_FAILURES} checks, then RATE_LIMITED with a growing wait, even for the right password), and the right password from another address signs in at once.`);
    facts.pairFreeFailures = PAIR_FREE_FAILURES;
  });

  it('an address is limited by its own failures only; failures with made-up emails lock nobody else out', async () => {
    // The attack as it was run: 10 failed sign-ins with made-up emails from one address …
    for (let i = 0; i < 10; i++) expect(isBadCredentials(await gqlFrom(p.url, '127.0.0.23', LOGIN, { input: { email: `made-up${i}@acc.test`, password: 'wrong password!' } }))).toBe(true);
    // … no longer locks every account behind that address: a colleague there signs in.
    await ok(Promise.resolve(gqlFrom(p.url, '127.0.0.23', LOGIN, { input: { email: emailOf('bystander'), password: PASSWORD } })));
    // A guesser that keeps failing reaches the address's limit (failures only) …
    const from = '127.0.0.21';
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) expect(isBadCredentials(await gqlFrom(p.url, from, LOGIN, { input: { email: `nobody${i}@acc.test`, password: 'wrong password!' } }))).toBe(true);
    expect(codeOf(await gqlFrom(p.url, from, LOGIN, { input: { email: emailOf('bystander'), password: PASSWORD } }))).toBe('RATE_LIMITED');
    // A forged X-Forwarded-For does not make a new client: no proxy is trusted by default.
    expect(codeOf(await gqlFrom(p.url, from, LOGIN, { input: { email: emailOf('bystander'), password: PASSWORD } }, undefined, { 'x-forwarded-for': '10.9.9.9' }))).toBe('RATE_LIMITED');
    // … while the same account from another address is fine.
    await ok(Promise.resolve(gqlFrom(p.url, '127.0.0.22', LOGIN, { input: { email: emailOf('bystander'), password: PASSWORD } })));
    rows.push(['throttle, address', '10 failed sign-ins with made-up emails from one address, then a real account from the same address', 'signed in (was RATE_LIMITED for 900 s)']);
    rows.push(['throttle, address', `${ADDRESS_MAX_FAILURES} failed sign-ins (any emails) from one address`, 'that address RATE_LIMITED; other addresses unaffected; a forged X-Forwarded-For changes nothing']);
    held.push(`Ten failed sign-ins with made-up emails from one address no longer lock the accounts behind it; only ${ADDRESS_MAX_FAILURES} failures (successes do not count) limit that address, and only that address.`);
    facts.failuresPerAddress = ADDRESS_MAX_FAILURES;
  });

  it('aliases do not bypass the throttle: aliased logins in one document are each counted', async () => {
    const email = emailOf('aliased');
    const n = 12; // aliases per document: > the free failures, ≤ GRAPHQL_MAX_ALIASES (15)
    const doc = (round: number) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: login(input: { email: "${email}", password: "wrong password ${round}-${i}" }) { accessToken }`).join(' ')} }`;
    let checks = 0;
    let documents = 0;
    let last: GqlResult = {};
    while (documents < 10) {
      last = await gqlFrom(p.url, '127.0.0.31', doc(documents++));
      checks += (last.errors ?? []).filter((e) => e.extensions?.reason === 'identity.INVALID_CREDENTIALS').length;
      if (codeOf(last) === 'RATE_LIMITED') break;
    }
    expect(codeOf(last)).toBe('RATE_LIMITED');
    expect(checks).toBeLessThanOrEqual(PAIR_FREE_FAILURES);
    // The right password from another address is not refused.
    await ok(Promise.resolve(gqlFrom(p.url, '127.0.0.32', `mutation { a: login(input: { email: "${email}", password: "${PASSWORD}" }) { accessToken } }`)));
    rows.push(['throttle, aliases', `documents of ${n} aliased login mutations (wrong passwords) from one address`, `${documents} documents (${n * documents} guesses sent), ${checks} checked, then RATE_LIMITED; the right password from another address signed in`]);
    held.push(`Aliased login mutations do not multiply guesses: ${documents} documents of ${n} aliases each got ${checks} password checks (≤ ${PAIR_FREE_FAILURES}), then RATE_LIMITED.`);
    facts.aliasedGuessesSent = n * documents;
  });

  it('changePassword: guesses of the current password are throttled like sign-ins', async () => {
    const email = emailOf('changer');
    const token = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login.accessToken as string;
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const newPassword = 'violet kettle under seven lanterns';
    // The attack as it was run: unlimited guesses of the current password with a stolen session.
    const guesses: GqlResult[] = [];
    for (let i = 0; i < 10; i++) guesses.push(await gqlFrom(p.url, '127.0.0.61', CHANGE, { input: { currentPassword: `guess number ${i}`, newPassword } }, token));
    const checked = guesses.filter((r) => codeOf(r) === 'UNAUTHENTICATED' && r.errors?.[0]?.extensions?.field === 'currentPassword').length;
    expect(checked).toBe(PAIR_FREE_FAILURES);
    expect(guesses.slice(PAIR_FREE_FAILURES).every((r) => codeOf(r) === 'RATE_LIMITED')).toBe(true);
    // Even the right current password waits from that address …
    expect(codeOf(await gqlFrom(p.url, '127.0.0.61', CHANGE, { input: { currentPassword: PASSWORD, newPassword } }, token))).toBe('RATE_LIMITED');
    // … and the owner, elsewhere, changes it.
    expect((await ok(Promise.resolve(gqlFrom(p.url, '127.0.0.62', CHANGE, { input: { currentPassword: PASSWORD, newPassword } }, token)))).changePassword).toBe(true);
    rows.push(['changePassword', '10 guesses of the current password with a valid session from one address', `${checked} checked, then RATE_LIMITED (was unlimited); the owner from another address changed it`]);
    held.push(`changePassword guesses of the current password are throttled exactly like sign-ins: ${checked} checks from one address, then RATE_LIMITED with a growing wait.`);
  });

  it('batching does not bypass the limit: an array of operations in one request is refused', async () => {
    const email = emailOf('batched');
    const batch = Array.from({ length: 12 }, (_, i) => ({ query: LOGIN, variables: { input: { email, password: `wrong password ${i}` } } }));
    const res = await postFrom(p.url, '127.0.0.41', batch);
    expect(Array.isArray(res.json)).toBe(false);
    expect(res.status).toBeGreaterThanOrEqual(400);
    // Nothing of the batch was tried: no attempt recorded for the account, which signs in.
    expect(await attemptsOf(email)).toBe(0);
    await ok(Promise.resolve(gqlFrom(p.url, '127.0.0.42', LOGIN, { input: { email, password: PASSWORD } })));
    rows.push(['rate limit, batching', 'a JSON array of 12 login operations in one request', `HTTP ${res.status}, none executed`]);
    held.push('A batched request (a JSON array of operations) is refused as a whole; none of its logins is executed.');
  });

  it('parallel requests do not bypass the throttle: concurrent wrong sign-ins get at most the free failures per address checked', async () => {
    const email = emailOf('parallel');
    const n = 30;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => gqlFrom(p.url, `127.0.0.${51 + (i % 3)}`, LOGIN, { input: { email, password: `wrong password ${i}` } })),
    );
    const tried = results.filter(isBadCredentials).length;
    const limited = results.filter((r) => codeOf(r) === 'RATE_LIMITED').length;
    expect(results.filter((r) => !isBadCredentials(r) && codeOf(r) !== 'RATE_LIMITED').map((r) => r.errors?.[0]?.extensions)).toEqual([]);
    expect(tried + limited).toBe(n);
    expect(tried).toBeLessThanOrEqual(3 * PAIR_FREE_FAILURES);
    expect(await attemptsOf(email)).toBe(tried); // refused attempts leave no record
    // The right password from an address that took no part signs in at once.
    await ok(Promise.resolve(gqlFrom(p.url, '127.0.0.57', LOGIN, { input: { email, password: PASSWORD } })));
    rows.push(['throttle, parallel', `${n} concurrent wrong sign-ins for one account from 3 addresses, then the right password from a fourth`, `${tried} checked (≤ ${3 * PAIR_FREE_FAILURES}), ${limited} RATE_LIMITED; the right password signed in`]);
    held.push(`${n} concurrent wrong sign-ins for one account from 3 addresses get at most ${PAIR_FREE_FAILURES} password checks per address (${tried} here, the rest RATE_LIMITED, leaving no record); the right password from another address then signs in.`);
    facts.parallelSignIns = n;
  });

  it('passwords are stored as argon2id with at least the OWASP parameters, the ones in ARGON2_PARAMS', async () => {
    const hashes = (await query<{ password_hash: string }>(p.databaseUrl, `select password_hash from identity.account where password_hash is not null`)).map((r) => r.password_hash);
    // The platform admin, the tenant admin, the coordinator and the eight staff accounts.
    expect(hashes.length).toBeGreaterThanOrEqual(11);
    const expected = { m: ARGON2_PARAMS.memoryCost, t: ARGON2_PARAMS.timeCost, p: ARGON2_PARAMS.parallelism };
    expect(ARGON2_PARAMS.type).toBe(2); // argon2.argon2id
    for (const hash of hashes) {
      // PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
      const [empty, alg, version, params, salt, digest] = hash.split('$');
      expect(empty).toBe('');
      expect(alg).toBe('argon2id');
      expect(version).toBe('v=19');
      const kv = Object.fromEntries(params!.split(',').map((x) => x.split('=')).map(([k, v]) => [k, Number(v)]));
      expect(kv).toEqual(expected);
      expect(kv.m).toBeGreaterThanOrEqual(19_456);
      expect(kv.t).toBeGreaterThanOrEqual(2);
      expect(kv.p).toBe(1);
      expect(Buffer.from(salt!, 'base64').length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(digest!, 'base64').length).toBeGreaterThanOrEqual(32);
    }
    expect(new Set(hashes.map((h) => h.split('$')[4])).size).toBe(hashes.length); // a salt per password
    rows.push(['password hashing', `${hashes.length} stored hashes read from identity.account`, `all argon2id v=19 m=${expected.m},t=${expected.t},p=${expected.p}, unique salts`]);
    held.push(`Every stored password (${hashes.length} accounts) is an argon2id hash with m=${expected.m} KiB, t=${expected.t}, p=${expected.p} (≥ OWASP's m=19456, t=2, p=1), the parameters of ARGON2_PARAMS, each with its own salt.`);
    facts.storedHashes = hashes.length;
  });

  it('access tokens: ES256, at most 15 minutes; alg none, tampered and foreign-signed tokens are UNAUTHENTICATED', async () => {
    const pair = (await ok(gql(p.url, LOGIN, { input: { email: emailOf('jwt'), password: PASSWORD } }))).login;
    const header = decodeProtectedHeader(pair.accessToken);
    const claims = decodeJwt(pair.accessToken);
    expect(header.alg).toBe('ES256');
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(900);
    expect(pair.expiresIn).toBeLessThanOrEqual(900);
    expect((await ok(gql(p.url, ME, {}, pair.accessToken))).me.email).toBe(emailOf('jwt'));

    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const [h, , sig] = (pair.accessToken as string).split('.');
    const elevated = { ...claims, roles: [{ role: 'PLATFORM_ADMIN' }] };
    const forged: Record<string, string> = {
      'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      'alg none, elevated': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(elevated)}.`,
      'payload changed, signature kept': `${h}.${b64(elevated)}.${sig}`,
      'signature altered': `${h}.${b64(claims)}.${sig!.slice(0, -4)}${sig!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`,
      'alg HS256 (key confusion)': `${b64({ ...header, alg: 'HS256' })}.${b64(claims)}.${sig}`,
    };
    // Signed with another ES256 key under the platform's key id.
    const { privateKey } = await generateKeyPair('ES256');
    forged['signed by another key, same kid'] = await new SignJWT({ ...elevated })
      .setProtectedHeader({ alg: 'ES256', kid: header.kid, typ: 'JWT' })
      .setIssuer(String(claims.iss))
      .setAudience(claims.aud as string)
      .setSubject(String(claims.sub))
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
    forged['exp moved into the past, signature kept'] = `${h}.${b64({ ...claims, exp: claims.iat! - 1 })}.${sig}`;
    for (const [name, token] of Object.entries(forged)) {
      const r = await gql(p.url, ME, {}, token);
      expect({ name, code: codeOf(r), data: r.data?.me ?? null }).toEqual({ name, code: 'UNAUTHENTICATED', data: null });
    }
    rows.push(['access token', 'lifetime (exp − iat) and algorithm', `${claims.exp! - claims.iat!} s, ${String(header.alg)}`]);
    rows.push(['access token', `${Object.keys(forged).length} forged tokens: ${Object.keys(forged).join('; ')}`, 'all UNAUTHENTICATED']);
    held.push(`Access tokens are ES256 JWTs living ${claims.exp! - claims.iat!} s (≤ 15 min).`);
    held.push(`${Object.keys(forged).length} forged access tokens (alg none, changed payload, altered signature, HS256 key confusion, another key under the same kid, changed expiry) are refused with UNAUTHENTICATED.`);
    facts.forgedTokens = Object.keys(forged).length;
    facts.accessTokenLifetimeS = claims.exp! - claims.iat!;
  });

  it('behind a trusted proxy (TRUST_PROXY_HOPS=1) clients are told apart by X-Forwarded-For, so one cannot lock out the others', async () => {
    const proxied = await startPlatform('in-process', { modules: ['identity'], trustProxyHops: 1 });
    try {
      const admin = (await ok(gql(proxied.url, LOGIN, { input: proxied.admin }))).login.accessToken as string;
      await seedTenant(proxied, admin, 'prx', [{ key: 'victim', hiredDaysAgo: 400 }]);
      const proxy = '127.0.0.41'; // every request arrives from the same ingress address
      const guesser = { 'x-forwarded-for': '10.0.0.1' };
      for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
        expect(isBadCredentials(await gqlFrom(proxied.url, proxy, LOGIN, { input: { email: `nobody${i}@prx.test`, password: 'wrong password!' } }, undefined, guesser))).toBe(true);
      }
      expect(codeOf(await gqlFrom(proxied.url, proxy, LOGIN, { input: { email: 'victim@prx.test', password: PASSWORD } }, undefined, guesser))).toBe('RATE_LIMITED');
      // Another client through the same proxy signs in.
      await ok(Promise.resolve(gqlFrom(proxied.url, proxy, LOGIN, { input: { email: 'victim@prx.test', password: PASSWORD } }, undefined, { 'x-forwarded-for': '10.0.0.2' })));
      rows.push(['throttle behind a proxy', `${ADDRESS_MAX_FAILURES} wrong sign-ins from one client behind a trusted ingress`, 'that client RATE_LIMITED; another client through the same ingress signs in']);
      held.push('Behind a trusted reverse proxy (TRUST_PROXY_HOPS=1) the per-client limit applies to the forwarded client address, not to the proxy; without it a forged X-Forwarded-For is ignored.');
    } finally {
      await proxied.close();
    }
  });
});
