import { randomUUID } from 'node:crypto';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import pg from 'pg';
import { HttpSettings, loadConfig } from '@m4pris/platform-config';
import { createLogger, HealthRegistry, metricsRegistry } from '@m4pris/platform-observability';
import { gatewayLimits, startOpsServer } from '@m4pris/platform-runtime';
import { readSuiteReport, writeSuiteReport } from '@m4pris/testing';
import { ok, seedTenant } from '../fixtures.js';
import { codeOf, gql, startPlatform, type TestPlatform } from '../platform.js';

/*
 * Issue 13, part a: the attacks as they were run, against a gateway in the posture `npm start` now
 * has (gatewayLimits of the default configuration).
 *
 * `/metrics` as a memory bomb. The attack as it was run: ten anonymous requests
 * whose operation names are 1 MB each, then a scrape. Before the fix every name became a label value
 * of m4p_graphql_operation_duration_seconds (4.7 MB → 134.7 MB), and `/metrics` was served on the
 * public GraphQL port, telling anyone how many concerns had been raised.
 */

const MB = 1024 * 1024;

describe('assurance: security round 2 (issue 13a)', () => {
  let p: TestPlatform;
  const held: string[] = [];
  const rows: (string | number)[][] = [];
  const tried: Record<string, number | string> = {};
  beforeAll(async () => {
    // The posture of `npm start` with no configuration at all.
    const posture = gatewayLimits(loadConfig({ http: HttpSettings }, {}).http);
    // Programmes' GraphQL adapter is served (updateGoal, logMeeting) without its service: anonymous
    // mutations must be refused before any module is asked.
    p = await startPlatform('in-process', { modules: ['identity', 'programmes'], services: ['identity'], posture });
  }, 120_000);
  afterAll(async () => {
    const prev = readSuiteReport('56-security-round-2');
    writeSuiteReport({
      suite: '56-security-round-2',
      title: 'Security round 2 (issue 13, part a): the attacks as they were run',
      tried: { ...(prev?.tried ?? {}), ...tried },
      held: [...(prev?.held ?? []), ...held],
      tables: [{ caption: 'Attack → outcome', headers: ['finding', 'attack', 'outcome'], rows: [...(prev?.tables?.[0]?.rows ?? []), ...rows] }],
    });
    await p?.close();
  });

  it('ten anonymous requests with 1 MB operation names do not grow the metrics: labels are root fields of the schema', async () => {
    const before = (await metricsRegistry.metrics()).length;
    for (let i = 0; i < 10; i++) {
      const name = `N${i}${'x'.repeat(MB)}`;
      const res = await fetch(p.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${name} { __typename }`, operationName: name }) });
      expect(res.status).toBe(200);
    }
    // Invalid documents with huge names count under `invalid`, a valid one under its root field.
    const bad = `B${'y'.repeat(MB)}`;
    await fetch(p.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${bad} { nope }`, operationName: bad }) });
    await ok(gql(p.url, `mutation Whatever${'z'.repeat(1000)}($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }));
    const text = await metricsRegistry.metrics();
    const growth = text.length - before;
    expect(text).not.toContain('xxxxxxxxxx');
    expect(text).not.toContain('yyyyyyyyyy');
    expect(text).not.toContain('zzzzzzzzzz');
    // Every label value of the histogram is `<type> <root field>` of the schema, `introspection` or `invalid`.
    const operations = new Set([...text.matchAll(/m4p_graphql_operation_duration_seconds_count\{operation="([^"]*)"/g)].map((m) => m[1]));
    expect(operations).toEqual(new Set(['query introspection', 'invalid', 'mutation login']));
    expect(growth).toBeLessThan(64 * 1024);
    rows.push(['metrics memory bomb', '10 anonymous requests with 1 MB operation names, then a scrape', `metrics text grew by ${growth} bytes; operation labels: ${[...operations].join(', ')}`]);
    held.push(`Ten requests with 1 MB operation names grew the metrics by ${growth} bytes (was 130 MB): the operation label is the root field of the schema (or introspection/invalid), never the client's name.`);
    tried.hugeOperationNames = 10;
  });

  it('the public GraphQL port serves no /metrics; the ops port does, and it counts bus subjects there only', async () => {
    const res = await fetch(`${p.baseUrl}/metrics`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain('m4p_');
    expect(body).not.toContain('concern');
    const ops = await startOpsServer({ host: '127.0.0.1', port: 0, health: new HealthRegistry(), logger: createLogger('e2e', 'silent') });
    try {
      const scraped = await fetch(`http://127.0.0.1:${ops.port}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('m4p_graphql_operation_duration_seconds');
    } finally {
      await ops.close();
    }
    rows.push(['metrics on the public port', 'GET /metrics on the GraphQL port', `HTTP ${res.status}, no metric (bus subjects such as concern.raise are on the ops port only)`]);
    held.push('GET /metrics on the public GraphQL port answers 404 with no metric; /metrics lives on OPS_PORT (loopback by default), in every mode.');
  });

  it('npm start defaults to the production posture: no introspection, no field suggestions, no explorer, no X-Powered-By', async () => {
    const defaults = gatewayLimits(loadConfig({ http: HttpSettings }, {}).http);
    expect(defaults).toMatchObject({ production: true, introspection: false, explorer: false });
    const developer = gatewayLimits(loadConfig({ http: HttpSettings }, { GRAPHQL_DEVELOPER_MODE: 'true' }).http);
    expect(developer).toMatchObject({ production: false, introspection: true, explorer: true });
    const intro = await gql(p.url, `{ __schema { types { name } } }`);
    expect(intro.data).toBeUndefined();
    expect(codeOf(intro)).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await gql(p.url, `{ mee { accountId } }`);
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    const res = await fetch(p.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.headers.get('x-powered-by')).toBeNull();
    const page = await fetch(p.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    rows.push(['production posture', 'introspection, a misspelt field, response headers, GET /graphql as a browser on the default configuration', 'introspection refused, no suggestion, no X-Powered-By, no explorer']);
    held.push('With no configuration, the gateway (npm start included) refuses introspection, suggests no field names, sends no X-Powered-By and serves no explorer; GRAPHQL_DEVELOPER_MODE=true turns introspection, suggestions and the explorer on.');
  });

  it('a copy of the identity database cannot mint tokens: the signing key is stored encrypted (ES256 key at rest)', async () => {
    // The attack: with read access to the database (a dump, a backup, a replica), take the signing
    // key row and sign a platform-admin token with it. Before the fix `private_jwk` was the plain JWK.
    const c = new pg.Client({ connectionString: p.databaseUrl });
    await c.connect();
    const { rows: keys } = await c.query<{ kid: string; private_jwk: Record<string, unknown> }>('select kid, private_jwk from identity.signing_key');
    await c.end();
    expect(keys).toHaveLength(1);
    const stored = keys[0]!;
    expect(stored.private_jwk.d).toBeUndefined();
    expect(Object.keys(stored.private_jwk)).toEqual(['jwe']);
    await expect(importJWK({ ...(stored.private_jwk as JWK), kty: 'EC', crv: 'P-256' }, 'ES256')).rejects.toThrow();
    // Nor does a token under that kid signed with any other key pass the gateway.
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: [{ role: 'PLATFORM_ADMIN' }] })
      .setProtectedHeader({ alg: 'ES256', kid: stored.kid })
      .setIssuer('m4pris-identity')
      .setAudience('m4pris')
      .setSubject(randomUUID())
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(codeOf(await gql(p.url, `query { me { accountId } }`, {}, forged))).toBe('UNAUTHENTICATED');
    rows.push(['ES256 key in plain text', 'read identity.signing_key from the database and sign a platform-admin token with it', 'the row holds only a JWE (dir, A256GCM) under SIGNING_KEY_ENCRYPTION_KEY, kept outside the database: no private key to sign with; a token under its kid signed otherwise is UNAUTHENTICATED']);
    held.push('The token-signing private key is stored only encrypted (JWE under SIGNING_KEY_ENCRYPTION_KEY, which is configuration, never in the database): read access to the database or a backup does not let anyone sign tokens.');
  });

  it('anonymous mutations are UNAUTHENTICATED before any lookup: updateGoal, logMeeting', async () => {
    const attacks: [string, string, Record<string, unknown>][] = [
      ['updateGoal', `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id } }`, { input: { goalId: randomUUID(), progress: 40 } }],
      ['logMeeting', `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`, { input: { relationshipId: randomUUID(), heldOn: '2026-01-05', durationMinutes: 30, duringShift: false, functions: ['JOB_FAMILIARISATION'], notes: 'x' } }],
    ];
    for (const [name, doc, vars] of attacks) {
      const r = await gql(p.url, doc, vars);
      expect({ name, code: codeOf(r) }).toEqual({ name, code: 'UNAUTHENTICATED' });
    }
    rows.push(['updateGoal without a token', 'updateGoal and logMeeting with random ids and no token', 'UNAUTHENTICATED (updateGoal was NOT_FOUND); every anonymous mutation of the matrix is checked the same way (10-authorisation)']);
    held.push('An anonymous mutation is refused UNAUTHENTICATED before any module looks anything up (updateGoal answered NOT_FOUND); the authorisation matrix now requires UNAUTHENTICATED for every anonymous mutation.');
  });

  it('password strength: aaaaaaaaaaaa and the account\'s own email are refused as newPassword (NIST 800-63B, zxcvbn-ts)', async () => {
    const token = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken as string;
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    for (const newPassword of ['aaaaaaaaaaaa', p.admin.email, 'password1234']) {
      const r = await gql(p.url, CHANGE, { input: { currentPassword: p.admin.password, newPassword } }, token);
      expect({ newPassword, code: codeOf(r), reason: r.errors?.[0]?.extensions?.reason, field: r.errors?.[0]?.extensions?.field }).toEqual({
        newPassword,
        code: 'BAD_USER_INPUT',
        reason: 'identity.PASSWORD_GUESSABLE',
        field: 'newPassword',
      });
    }
    // The old password still signs in: nothing was changed.
    await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }));
    rows.push(['password strength', 'changePassword to aaaaaaaaaaaa, to the account\'s own email, to password1234', 'BAD_USER_INPUT identity.PASSWORD_GUESSABLE on newPassword (were accepted)']);
    held.push('Guessable passwords (aaaaaaaaaaaa, the account\'s own email, common passwords) are refused as identity.PASSWORD_GUESSABLE on the password field; passphrases need no digits, capitals or symbols.');
  });

  it('sessions end at once: after logout, password change, role revocation and erasure the old access token is refused on the next request', async () => {
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
    const ME = `query { me { accountId } }`;
    const LOG_MEETING = `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`;
    const meeting = { input: { relationshipId: randomUUID(), heldOn: '2026-01-05', durationMinutes: 30, duringShift: false, functions: ['JOB_FAMILIARISATION'], notes: 'after the session ended' } };
    const password = 'a long enough password 1';
    const admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    const t = await seedTenant(p, admin, 'ses', ['loggedout', 'changer', 'demoted', 'erased'].map((key) => ({ key, hiredDaysAgo: 400 })));
    const signIn = async (key: string) => (await ok(gql(p.url, LOGIN, { input: { email: `${key}@ses.test`, password } }))).login as { accessToken: string; refreshToken: string };
    const refused = async (token: string) => {
      expect(codeOf(await gql(p.url, ME, {}, token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql(p.url, LOG_MEETING, meeting, token))).toBe('UNAUTHENTICATED');
    };

    // Logout.
    const a = await signIn('loggedout');
    await ok(gql(p.url, ME, {}, a.accessToken));
    await ok(gql(p.url, `mutation($input: LogoutInput!) { logout(input: $input) }`, { input: { refreshToken: a.refreshToken } }));
    await refused(a.accessToken);
    // Password change (the token that changed it included).
    const b = await signIn('changer');
    await ok(gql(p.url, `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword: password, newPassword: 'violet kettle under seven lanterns' } }, b.accessToken));
    await refused(b.accessToken);
    // Role revocation: a token carrying the revoked role.
    const { me } = await ok(gql(p.url, ME, {}, t.tokens.demoted));
    const grant = (await ok(gql(p.url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: me.accountId, role: 'RESEARCHER', tenantId: t.tenantId } }, t.tokens.tenantAdmin))).assignRole.id as string;
    const c = await signIn('demoted');
    await ok(gql(p.url, `mutation($id: ID!) { revokeRole(id: $id) }`, { id: grant }, t.tokens.tenantAdmin));
    await refused(c.accessToken);
    // Erasure: the erased person's token (the attack logged a meeting with it after erasure).
    const d = await signIn('erased');
    await ok(gql(p.url, `mutation($id: ID!) { eraseStaff(staffId: $id) }`, { id: t.staffIds.erased }, t.tokens.tenantAdmin));
    await refused(d.accessToken);
    // Nobody else's session ended: the tenant admin and the coordinator carry on.
    await ok(gql(p.url, ME, {}, t.tokens.tenantAdmin));
    await ok(gql(p.url, ME, {}, t.tokens.coordinator));
    rows.push(['sessions outlive their end', 'the old access token after logout, password change, role revocation and erasure: me and logMeeting', 'UNAUTHENTICATED on the very next request (was valid for up to 15 min)']);
    held.push('After logout, a password change, a role revocation or erasure, the access tokens already issued are refused (UNAUTHENTICATED) from the next request on, queries and mutations alike; other people\'s sessions carry on. A disabled or not-active account\'s tokens are refused the same way (identity answers the gateway\'s per-request session check).');
  });
});
