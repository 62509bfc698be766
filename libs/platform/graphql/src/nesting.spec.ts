import { documentNesting, documentNestingGuard } from './nesting.js';

describe('documentNesting', () => {
  it('counts braces, brackets and parentheses', () => {
    expect(documentNesting('{ me { accountId } }')).toBe(2);
    expect(documentNesting('query($a: [ID!]) { staff(filter: { ids: [[1]] }) { total } }')).toBe(5);
    expect(documentNesting(`{ a(x: ${'['.repeat(5000)}1${']'.repeat(5000)}) }`)).toBe(5002);
  });

  it('ignores brackets in strings, block strings and comments', () => {
    expect(documentNesting('{ a(s: "{{{[[[(((\\"{{") }')).toBe(2);
    expect(documentNesting('{ a(s: """ {{{ \\""" [[[ """) }')).toBe(2);
    expect(documentNesting('# {{{{{{\n{ a }')).toBe(1);
  });
});

describe('documentNestingGuard', () => {
  const run = (body: unknown) => {
    const res = { statusCode: 200, headers: {} as Record<string, string>, body: '', setHeader(k: string, v: string) { this.headers[k] = v; }, end(b: string) { this.body = b; } };
    let passed = false;
    documentNestingGuard(10)({ body } as never, res as never, () => (passed = true));
    return { passed, res };
  };

  it('lets ordinary documents and other bodies through', () => {
    expect(run({ query: '{ me { accountId } }' }).passed).toBe(true);
    expect(run([{ query: '{ a }' }]).passed).toBe(true);
    expect(run(undefined).passed).toBe(true);
  });

  it('answers a document nested too deeply as HTTP 400 GRAPHQL_PARSE_FAILED', () => {
    const { passed, res } = run({ query: `{ a(x: ${'['.repeat(50)}1${']'.repeat(50)}) }` });
    expect(passed).toBe(false);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
