import { codeOf, gql, startPlatform, type TestPlatform } from './platform.js';

describe('GraphQL hardening in production mode', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform('in-process', { production: true });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('refuses introspection', async () => {
    const r = await gql(p.url, `{ __schema { types { name } } }`);
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses queries deeper than the limit, with a typed code and no stack trace', async () => {
    const nest = (n: number): string => (n === 0 ? 'id' : `id lineManager { ${nest(n - 1)} }`);
    const r = await gql(p.url, `{ staff { items { ${nest(12)} } } }`);
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r)).not.toContain('stacktrace');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { accountId }`).join(' ');
    const r = await gql(p.url, `{ ${aliases} }`);
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names', async () => {
    const r = await gql(p.url, `{ mee { accountId } }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('refuses a GraphQL request without a JSON content type (CSRF prevention)', async () => {
    const res = await fetch(`${p.url}?query=${encodeURIComponent('{ me { accountId } }')}`);
    expect(res.status).toBe(400);
  });
});
