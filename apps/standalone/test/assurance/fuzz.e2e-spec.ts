import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { CommonErrors, ERROR_CATEGORIES } from '@m4pris/platform-core';
import { graphqlCode } from '@m4pris/platform-graphql';
import { IdentityErrors } from '@m4pris/identity-contracts';
import { ProgrammesErrors } from '@m4pris/programmes-contracts';
import { MatchingErrors } from '@m4pris/matching-contracts';
import { TrainingErrors } from '@m4pris/training-contracts';
import { EvaluationErrors } from '@m4pris/evaluation-contracts';
import { gql, startPlatform, type TestPlatform } from '../platform.js';
import { ok } from '../fixtures.js';
import { seedIdentity, type TenantWorld } from './world.js';
import { writeSuiteReport } from '@m4pris/testing';
import { documentAttacks, judge, malformedCases, operations, REQUEST_CODES, rng, type Category, type FuzzCase, type IdPool, type Operation, type RawRequest, type Verdict } from './fuzz.js';

/**
 * 30-bad-input: a schema-driven fuzzer (fuzz.ts) sends malformed and hostile inputs to every Query
 * and Mutation field and document- and HTTP-level attacks to the gateway, as five roles, over the
 * in-process bus and (a smaller run) over NATS. Every answer must be a typed refusal or a normal
 * answer: never 5xx, never INTERNAL_SERVER_ERROR, no stack trace, file path or SQL text, every
 * error with a typed `extensions.code`, BAD_USER_INPUT naming its field.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
const CONCURRENCY = 4;
const FUZZ_ROLES = ['anonymous', 'platformAdmin', 'tenantAdmin', 'coordinator', 'staff'] as const;
type FuzzRole = (typeof FUZZ_ROLES)[number];

/** `extensions.code` values the platform may answer (platform-graphql's mapping of the core categories, and GraphQL's request codes). */
const TYPED_CODES = new Set<string>([...ERROR_CATEGORIES.filter((c) => c !== 'INTERNAL').map(graphqlCode), ...REQUEST_CODES]);
/** `extensions.reason` values: every code the modules' contracts declare. */
const KNOWN_REASONS = new Set<string>(
  [CommonErrors, IdentityErrors, ProgrammesErrors, MatchingErrors, TrainingErrors, EvaluationErrors].flatMap((e) => Object.values(e.codes as Record<string, string>)),
);
/** Categories GraphQL's own coercion must refuse whatever the role (the value cannot be the declared type). */
const MUST_REFUSE = new Set<Category>(['wrong-type', 'null-for-non-null', 'missing-non-null', 'invalid-enum', 'deep-nesting']);

interface Sent {
  what: string;
  category: string;
  role: FuzzRole;
  verdict: Verdict;
  mustRefuse: boolean;
  /** Milliseconds to the answer (a figure for the report, never asserted). */
  ms?: number;
}

class Tally {
  readonly sent: Sent[] = [];
  add(s: Sent) {
    this.sent.push(s);
  }
  problems(): string[] {
    const out = new Map<string, number>();
    const excerpt = new Map<string, string>();
    for (const s of this.sent) {
      const list = [...s.verdict.problems];
      if (s.mustRefuse && s.verdict.codes.includes('OK')) list.push('accepted although it must be refused');
      if (s.mustRefuse && s.verdict.hasData && s.category !== 'batching') list.push('answered data although it must be refused');
      for (const p of list) {
        const key = `${s.what} [${s.category}] as ${s.role}: ${p}`;
        out.set(key, (out.get(key) ?? 0) + 1);
        if (!excerpt.has(key)) excerpt.set(key, s.verdict.excerpt);
      }
    }
    return [...out].map(([k, n]) => `${n > 1 ? `${k} (×${n})` : k} ⇒ ${excerpt.get(k)}`);
  }
  codes(): Map<string, number> {
    const m = new Map<string, number>();
    for (const s of this.sent) for (const c of new Set(s.verdict.codes)) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  }
  byCategory(): Map<string, { sent: number; refused: number }> {
    const m = new Map<string, { sent: number; refused: number }>();
    for (const s of this.sent) {
      const e = m.get(s.category) ?? { sent: 0, refused: 0 };
      e.sent++;
      if (!s.verdict.codes.includes('OK')) e.refused++;
      m.set(s.category, e);
    }
    return m;
  }
  /** The slowest answers, as figures. */
  slowest(n: number): (string | number)[][] {
    return [...this.sent]
      .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
      .slice(0, n)
      .map((s) => [s.what, s.category, s.role, s.verdict.codes.join(' '), s.ms ?? 0]);
  }
  internalErrors(): number {
    return this.sent.filter((s) => s.verdict.codes.includes('INTERNAL_SERVER_ERROR') || s.verdict.status >= 500).length;
  }
}

/** Requests sent again because a kept-alive connection was reset under them (undici reusing a socket the server just closed). */
const resent = { count: 0, what: [] as string[] };

async function send(baseUrl: string, r: { method: string; path: string; headers: Record<string, string>; body?: string | Buffer }, token?: string, retry = true): Promise<{ status: number; contentType: string; text: string } | { failed: string }> {
  try {
    const res = await fetch(`${baseUrl}${r.path}`, {
      method: r.method,
      headers: { ...r.headers, ...(token && !r.headers.authorization ? { authorization: `Bearer ${token}` } : {}) },
      body: r.body as never,
      signal: AbortSignal.timeout(120_000),
    });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    if (retry && (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET')) {
      resent.count++;
      resent.what.push(`${r.method} ${r.path.slice(0, 40)} (${cause.code})`);
      return send(baseUrl, r, token, false);
    }
    return { failed: `${(e as Error).message}${cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : ''}` };
  }
}

async function pool<T>(items: T[], n: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

function tokenFor(role: FuzzRole, adminToken: string, t: TenantWorld): string | undefined {
  if (role === 'anonymous') return undefined;
  if (role === 'platformAdmin') return adminToken;
  return t.tokens[role];
}

function verdictOf(res: Awaited<ReturnType<typeof send>>): Verdict {
  if ('failed' in res) return { status: 0, codes: ['NO_RESPONSE'], reasons: [], problems: [`no response: ${res.failed}`], hasData: false, excerpt: '' };
  return judge(res.status, res.contentType, res.text, TYPED_CODES, KNOWN_REASONS);
}

async function liveSchema(p: TestPlatform, token: string): Promise<GraphQLSchema> {
  const r = await ok(gql(p.url, getIntrospectionQuery(), {}, token));
  return buildClientSchema(r as unknown as IntrospectionQuery);
}

function idPool(t: TenantWorld): IdPool {
  // Real objects where an argument names them, so baselines get past "not found" into the handlers;
  // staff ids point at a spare person so no fuzz call can end a role's own account.
  return { tenantId: t.tenantId, institutionId: t.institutions.main, staffId: t.staffIds.spare1!, lineManagerId: t.staffIds.lineManager! };
}

async function fuzzOperations(p: TestPlatform, ops: Operation[], cases: FuzzCase[], adminToken: string, t: TenantWorld, tally: Tally, allRoles: boolean) {
  // Every case once, as a role chosen in turn; with `allRoles`, each operation's first cases as every role.
  const jobs: { c: FuzzCase; role: FuzzRole }[] = [];
  const firstOf = new Set<string>();
  cases.forEach((c, i) => {
    jobs.push({ c, role: FUZZ_ROLES[i % FUZZ_ROLES.length]! });
    if (allRoles && !firstOf.has(c.operation)) {
      firstOf.add(c.operation);
      for (const role of FUZZ_ROLES) if (role !== FUZZ_ROLES[i % FUZZ_ROLES.length]) jobs.push({ c, role });
    }
  });
  expect(new Set(cases.map((c) => c.operation)).size).toBe(ops.filter((o) => o.args.length > 0).length);
  await pool(jobs, CONCURRENCY, async ({ c, role }) => {
    const body = c.rawBody ?? JSON.stringify({ query: c.document, variables: c.variables });
    const t0 = Date.now();
    const res = await send(p.baseUrl, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body }, tokenFor(role, adminToken, t));
    tally.add({ what: `${c.operation} ${c.at}`, category: c.category, role, verdict: verdictOf(res), mustRefuse: MUST_REFUSE.has(c.category) || (c.category === 'unknown-field' && c.at !== '(operation)'), ms: Date.now() - t0 });
  });
}

async function fuzzDocuments(p: TestPlatform, attacks: RawRequest[], adminToken: string, t: TenantWorld, tally: Tally, roles: readonly FuzzRole[]) {
  const jobs = attacks.flatMap((a) => roles.map((role) => ({ a, role })));
  await pool(jobs, CONCURRENCY, async ({ a, role }) => {
    const t0 = Date.now();
    const res = await send(p.baseUrl, a, a.auth ? tokenFor(role, adminToken, t) : undefined);
    tally.add({ what: a.name, category: a.category, role, verdict: verdictOf(res), mustRefuse: a.mustRefuse, ms: Date.now() - t0 });
  });
}

async function expectHealthy(p: TestPlatform, t: TenantWorld) {
  const health = (await (await fetch(`${p.baseUrl}/health`)).json()) as { status: string };
  expect(health.status).toBe('ok');
  // A fresh sign-in and `me` answer: the platform still serves people after the flood. (Fresh: a
  // fuzzed baseline may legitimately end a role's sessions, e.g. through the tenant admin's account
  // operations, and that is not what this checks.)
  const admin = await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }));
  const me = await ok(gql(p.url, `{ me { accountId tenantId } }`, {}, admin.login.accessToken));
  expect(me.me.accountId).toBeTruthy();
  expect(t.tenantId).toBeTruthy();
  // No `__proto__`/`constructor` key sent reached a prototype (the gateway runs in this process).
  const probe = {} as Record<string, unknown>;
  expect([probe.polluted, probe.isAdmin]).toEqual([undefined, undefined]);
}

const table = (rows: [string, number][]) => rows.sort((a, b) => b[1] - a[1]);

/** The event loop the gateway and services share in this process: how long it was ever blocked (a figure). */
const loop = monitorEventLoopDelay({ resolution: 20 });
loop.enable();

/** What both runs measured, for the one suite report written when the file ends. */
const run = { inProcess: new Tally(), documents: new Tally(), nats: new Tally(), operations: 0, queries: 0, seconds: 0, healthy: [] as string[] };

afterAll(() => {
  const all = [...run.inProcess.sent, ...run.documents.sent, ...run.nats.sent];
  if (all.length === 0) return;
  const codes = new Tally();
  all.forEach((s) => codes.add(s));
  loop.disable();
  const maxLoopDelayMs = Math.round(loop.max / 1e6);
  if (process.env.FUZZ_DEBUG) console.log(JSON.stringify({ slowest: codes.slowest(15), resent, maxLoopDelayMs }, null, 1));
  writeSuiteReport({
    suite: '30-bad-input',
    title: 'Bad input: schema-driven fuzzing and GraphQL limits',
    tried: {
      operations: `${run.operations} (${run.queries} queries, ${run.operations - run.queries} mutations)`,
      'malformed variable sets (in-process)': run.inProcess.sent.length,
      'document and HTTP attacks': run.documents.sent.length,
      'malformed variable sets over NATS': run.nats.sent.length,
      '1 MB+ strings over NATS': run.nats.sent.filter((s) => s.category === 'huge-string-1m').length,
      roles: FUZZ_ROLES.join(', '),
      'limits exercised here': 'depth 10, aliases 15 (__typename too), 5000 tokens, nesting 64, no batching, 6 MB body, CSRF, no GET mutations, NATS max_payload',
      'limits asserted one by one (hardening.e2e-spec.ts)': 'introspection off in production, depth, cost 5000 under the depth/alias/token limits, aliases, tokens, batching, field suggestions, stack traces, CSRF, GET mutations',
      requests: all.length,
      'internal errors': codes.internalErrors(),
      'requests resent after a connection reset': resent.count,
      'longest event-loop block (ms, figure only)': maxLoopDelayMs,
      seed: SEED,
      'in-process fuzzing time (s, figure only)': run.seconds,
    },
    held: [
      'No response was 5xx, none carried INTERNAL_SERVER_ERROR (internal errors: 0).',
      'Every GraphQL error carried a typed extensions.code; every module reason is one the contracts declare.',
      'No response carried a stack trace, a file path or SQL text.',
      'Every BAD_USER_INPUT named its field (extensions.field or the variable in the message).',
      'Wrong types, null/missing non-null values, invalid enum values, unknown input fields and deep nesting were always refused.',
      'Depth, alias, batching, fragment-cycle, directive, token and body-size attacks, bad JSON, wrong content types and GET mutations were refused with typed codes or a 4xx status.',
      'Over NATS, 1.5 MB strings (over the default max_payload even gzipped) got typed refusals.',
      `The platform stayed healthy afterwards (/health ok, \`me\` answers): ${run.healthy.join(', ') || 'not reached'}.`,
    ],
    tables: [
      { caption: 'Malformed inputs by category (in-process)', headers: ['category', 'sent', 'refused'], rows: [...run.inProcess.byCategory()].map(([k, v]) => [k, v.sent, v.refused]) },
      { caption: 'Malformed inputs by category (NATS)', headers: ['category', 'sent', 'refused'], rows: [...run.nats.byCategory()].map(([k, v]) => [k, v.sent, v.refused]) },
      { caption: 'Document and HTTP attacks by category', headers: ['category', 'sent', 'refused'], rows: [...run.documents.byCategory()].map(([k, v]) => [k, v.sent, v.refused]) },
      { caption: 'Answers seen (responses carrying each code)', headers: ['code', 'responses'], rows: table([...codes.codes()]) },
      { caption: 'Slowest answers (figures, not asserted)', headers: ['request', 'category', 'role', 'answer', 'ms'], rows: codes.slowest(10) },
    ],
    notes: [
      'Generator: apps/standalone/test/assurance/fuzz.ts, over the schema introspected from the running platform. Each malformed set is sent once as a role taken in turn; each operation\'s first set as all five roles; document attacks as all five roles.',
      'GraphQL limits (introspection off in production, depth, cost, aliases, batching, field suggestions, stack traces, CSRF) are asserted one by one in apps/standalone/test/hardening.e2e-spec.ts.',
    ],
  });
});

describe('30-bad-input: schema-driven fuzzing through the gateway (in-process, every module)', () => {
  let p: TestPlatform;
  let adminToken: string;
  let t: TenantWorld;
  let schema: GraphQLSchema;
  let ops: Operation[];
  const tally = run.inProcess;
  const docTally = run.documents;
  let started = 0;

  beforeAll(async () => {
    p = await startPlatform('in-process');
    adminToken = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken;
    t = await seedIdentity(p, adminToken, 'fz');
    schema = await liveSchema(p, adminToken);
    ops = operations(schema);
    run.operations = ops.length;
    run.queries = ops.filter((o) => o.kind === 'query').length;
    started = Date.now();
  }, 180_000);

  afterAll(async () => {
    await p?.close();
  });

  it('answers every malformed variable set of every operation with a typed refusal or a normal answer', async () => {
    const r = rng(SEED);
    const cases = ops.flatMap((op) => malformedCases(op, r, idPool(t)));
    await fuzzOperations(p, ops, cases, adminToken, t, tally, true);
    run.seconds = Math.round((Date.now() - started) / 1000);
    expect(tally.sent.length).toBeGreaterThan(2000);
    expect(tally.problems()).toEqual([]);
    expect(tally.internalErrors()).toBe(0);
  }, 900_000);

  it('answers document- and HTTP-level attacks with typed refusals', async () => {
    const attacks = documentAttacks(schema, { maxDepth: 10, maxAliases: 15 });
    await fuzzDocuments(p, attacks, adminToken, t, docTally, FUZZ_ROLES);
    expect(docTally.problems()).toEqual([]);
    expect(docTally.internalErrors()).toBe(0);
  }, 600_000);

  it('stays healthy afterwards: /health is up and `me` answers', async () => {
    await expectHealthy(p, t);
    run.healthy.push('in-process');
  });
});

describe('30-bad-input over NATS: payloads crossing the bus', () => {
  let p: TestPlatform;
  let adminToken: string;
  let t: TenantWorld;
  const tally = run.nats;

  beforeAll(async () => {
    p = await startPlatform('nats');
    adminToken = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken;
    t = await seedIdentity(p, adminToken, 'fn');
  }, 180_000);

  afterAll(async () => {
    await p?.close();
  });

  it('gives typed refusals for 1 MB+ strings and a sample of malformed inputs over NATS', async () => {
    const ops = operations(await liveSchema(p, adminToken));
    const r = rng(SEED + 1);
    const all = ops.flatMap((op) => malformedCases(op, r, idPool(t)));
    const huge = all.filter((c) => c.category === 'huge-string-1m' || c.category === 'huge-string-100k');
    const sample = all.filter((c, i) => !huge.includes(c) && i % 12 === 0);
    const cases = [...huge, ...sample];
    const jobs = cases.map((c, i) => ({ c, role: (['platformAdmin', 'tenantAdmin', 'coordinator'] as const)[i % 3] }));
    await pool(jobs, CONCURRENCY, async ({ c, role }) => {
      const body = c.rawBody ?? JSON.stringify({ query: c.document, variables: c.variables });
      const t0 = Date.now();
      const res = await send(p.baseUrl, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body }, tokenFor(role, adminToken, t));
      tally.add({ what: `${c.operation} ${c.at}`, category: c.category, role, verdict: verdictOf(res), mustRefuse: MUST_REFUSE.has(c.category), ms: Date.now() - t0 });
    });
    expect(tally.sent.filter((s) => s.category === 'huge-string-1m').length).toBeGreaterThan(50);
    expect(tally.problems()).toEqual([]);
    expect(tally.internalErrors()).toBe(0);
    await expectHealthy(p, t);
    run.healthy.push('NATS');
  }, 900_000);
});
