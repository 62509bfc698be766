import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from './platform.js';
import { ok } from './fixtures.js';

/**
 * The GraphQL limits, each asserted on its own against the production gateway (the limits the test
 * platform sets: depth 10, cost 5000, aliases 15; 5000 tokens), plus the request-level refusals the
 * bad-input fuzzer (test/assurance/fuzz.e2e-spec.ts) found answered as 500 or INTERNAL_SERVER_ERROR.
 */

const LIMITS = { maxDepth: 10, maxCost: 5000, maxAliases: 15, maxTokens: 5000 };

async function raw(url: string, init: RequestInit): Promise<{ status: number; text: string; body: any }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, text, body };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** No stack frames, stack fields or source paths in anything the gateway answers. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(/stacktrace|"stack"|\n\s+at |\\n\s+at |node_modules|\.ts:\d+|file:\/\//);
}

describe('GraphQL hardening in production mode', () => {
  let p: TestPlatform;
  let token: string;
  beforeAll(async () => {
    p = await startPlatform('in-process', { production: true });
    token = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken;
  });
  afterAll(async () => {
    await p?.close();
  });

  it('refuses introspection (__schema and __type)', async () => {
    for (const q of [`{ __schema { types { name } } }`, `{ __type(name: "Query") { fields { name } } }`]) {
      const r = await gql(p.url, q, {}, token);
      expect(r.data).toBeUndefined();
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('refuses queries deeper than the limit, with a typed code and no stack trace', async () => {
    // Staff.lineManager is a Person; Person.staff leads back to Staff: two levels per step.
    const nest = (n: number): string => (n === 0 ? 'id' : `id lineManager { staff { ${nest(n - 1)} } }`);
    // Four levels over the limit: deep enough to break it, shallow enough to stay under the cost limit
    // (each step multiplies the cost, and the cost refusal would otherwise come first).
    const r = await gql(p.url, `{ staff { items { ${nest((LIMITS.maxDepth - 4) / 2 + 2)} } } }`, {}, token);
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/depth/i);
    expectNoInternals(JSON.stringify(r));
    // Just under the limit is fine.
    const under = await gql(p.url, `{ staff { items { ${nest((LIMITS.maxDepth - 4) / 2)} } } }`, {}, token);
    expect(codeOf(under)).not.toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query over the cost budget that stays under the depth, alias and token limits', async () => {
    // Depth 8, no aliases, a few hundred tokens: only the cost (each level weighs 1.5× more) is over.
    const costly = (n: number) => `{ staff { items { lineManager { staff { lineManager { staff { lineManager { ${'id '.repeat(n)}} } } } } } } }`;
    const r = await gql(p.url, costly(600), {}, token);
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).toMatch(/cost/i);
    expectNoInternals(JSON.stringify(r));
    // The same shape with a few fields passes validation (the resolver then wants a tenant id from the platform admin).
    const cheap = await gql(p.url, costly(5), {}, token);
    expect(codeOf(cheap)).not.toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases, __typename aliases included', async () => {
    for (const field of ['me { accountId }', '__typename']) {
      const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: ${field}`).join(' ');
      const r = await gql(p.url, `{ ${aliases} }`, {}, token);
      expect(r.data).toBeUndefined();
      expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const few = await gql(p.url, `{ a: __typename b: __typename }`, {}, token);
    expect(few.errors).toBeUndefined();
  });

  // Found by the fuzzer: armor's token limit threw inside Apollo's parsing hook, so every document
  // over the limit (and every syntax error, and a stack overflow's message) was answered HTTP 500.
  it('refuses documents over the token limit, and syntax errors, with HTTP 400 GRAPHQL_PARSE_FAILED', async () => {
    const deepList = `{ staff(filter: { search: ${'['.repeat(6000)}"x"${']'.repeat(6000)} }) { total } }`;
    const deepObject = `{ staff(filter: ${'{ search: '.repeat(6000)}"x"${' }'.repeat(6000)}) { total } }`;
    for (const query of [`{ me { ${'accountId '.repeat(LIMITS.maxTokens + 10)}} }`, deepList, deepObject, '   ', '{ me { accountId ', '{ me \u0000 { accountId } }']) {
      const r = await post(p.url, { query }, { authorization: `Bearer ${token}` });
      expect([query.slice(0, 20), r.status]).toEqual([query.slice(0, 20), 400]);
      expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(r.text).not.toMatch(/RangeError|Maximum call stack/);
      expectNoInternals(r.text);
    }
  });

  it('refuses batched requests (a JSON array of operations)', async () => {
    for (const n of [1, 2, 100]) {
      const r = await post(p.url, Array.from({ length: n }, () => ({ query: '{ me { accountId } }' })), { authorization: `Bearer ${token}` });
      expect(r.status).toBe(400);
      expect(r.text).not.toContain('accountId":');
      expectNoInternals(r.text);
    }
  });

  it('does not suggest field names', async () => {
    const r = await gql(p.url, `{ mee { accountId } }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('answers no stack traces, whatever the error', async () => {
    const answers: GqlResult[] = [
      await gql(p.url, `{ me { accountId } }`),
      await gql(p.url, `{ nope }`),
      await gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: 'not an email', password: 'x' } }),
      await gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: 42 } }),
      await gql(p.url, `query($id: ID!) { staffMember(id: $id) { id } }`, { id: 'not-a-uuid' }, token),
    ];
    for (const r of answers) {
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const e of r.errors!) expect(e.extensions?.code).toEqual(expect.any(String));
      expectNoInternals(JSON.stringify(r));
    }
  });

  it('refuses a GraphQL request without a JSON content type or a preflight header (CSRF prevention)', async () => {
    const get = await fetch(`${p.url}?query=${encodeURIComponent('{ me { accountId } }')}`);
    expect(get.status).toBe(400);
    for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await post(p.url, JSON.stringify({ query: '{ me { accountId } }' }), { 'content-type': ct });
      expect([ct, r.status]).toEqual([ct, 400]);
    }
  });

  it('refuses a mutation sent with GET', async () => {
    const q = encodeURIComponent('mutation { logout(input: { refreshToken: "x" }) }');
    const r = await raw(`${p.url}?query=${q}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` } });
    expect(r.status).toBe(405);
    expectNoInternals(r.text);
  });

  // Found by the fuzzer: request-level errors graphql-js and Apollo raise without a code were masked
  // as INTERNAL_SERVER_ERROR.
  it('types request-level errors: subscriptions, too many invalid variables, a mismatched persisted query hash', async () => {
    const sub = await post(p.url, { query: 'subscription { me { accountId } }' });
    expect(sub.status).toBe(400);
    expect(sub.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const pq = await post(p.url, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(pq.status).toBe(400);
    expect(pq.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses variables with more invalid values than graphql-js counts (50) as BAD_USER_INPUT throughout', async () => {
    const input = { name: 'x', cycleDays: 7, shifts: Array.from({ length: 80 }, () => ({})) };
    const r = await gql(p.url, `mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`, { input }, token);
    expect(r.errors!.length).toBeGreaterThan(50);
    expect(new Set(r.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    const last = r.errors![r.errors!.length - 1]!;
    expect([last.message, last.extensions?.field]).toEqual([expect.stringMatching(/Too many errors/), 'variables']);
  });
});

// Found by the fuzzer: values that pass GraphQL's types but broke further in (answered INTERNAL).
describe('bad input past GraphQL types is refused as BAD_USER_INPUT naming the field', () => {
  let p: TestPlatform;
  let token: string;
  let tenantId: string;
  let institutionId: string;
  beforeAll(async () => {
    p = await startPlatform('in-process', { modules: ['identity'] });
    token = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken;
    tenantId = (await ok(gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: 'hd', name: 'Tenant hd', country: 'DK', defaultLocale: 'en', enabledModules: ['identity'] } }, token))).createTenant.id;
    institutionId = (await ok(gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId, name: 'hd main', kind: 'ADULT', region: 'North' } }, token))).createInstitution.id;
  });
  afterAll(async () => {
    await p?.close();
  });

  it('a date that is not on the calendar (was a PostgreSQL error)', async () => {
    for (const hiredOn of ['2023-02-29', '2024-02-30', '0000-00-00', '2024-13-01']) {
      const r = await gql(p.url, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
        input: { tenantId, firstName: 'A', lastName: 'B', email: `a${hiredOn}@hd.test`, position: 'Officer', supervisesOthers: false, hiredOn, joinedInstitutionOn: '2024-01-01', institutionId, languages: ['da'] },
      }, token);
      expect([hiredOn, codeOf(r), r.errors![0].extensions?.field]).toEqual([hiredOn, 'BAD_USER_INPUT', 'hiredOn']);
    }
  });

  it('a lone surrogate or a NUL character in a string (was a URIError in the email validator, or a PostgreSQL error)', async () => {
    for (const email of ['a\uD800@b.dk', 'a\u0000@b.dk']) {
      const r = await gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password: 'x' } });
      expect([codeOf(r), r.errors![0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'email']);
    }
    const r = await gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId, name: 'nul\u0000name', kind: 'ADULT', region: 'North' } }, token);
    expect([codeOf(r), r.errors![0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'name']);
  });
});
