import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';
import { ok } from '../fixtures.js';
import { CASES, SEEDS } from './cases.js';
import { ROLES, seedIdentity, tokenOf, type Role, type TenantWorld, type World } from './world.js';
import type { OperationCase } from './operations.js';

export { CASES };

/** Codes that mean "refused": the caller is not signed in, may not, or may not know the object exists. */
export const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

const MODULE_SCHEMAS = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'];

/** Signs the platform admin in and seeds both tenants: identity first, then each module's seed in order. */
export async function buildWorld(p: TestPlatform, log: (line: string) => void = () => undefined): Promise<World> {
  const login = await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }));
  const platformAdminToken = login.login.accessToken as string;
  const suffix = Math.random().toString(36).slice(2, 6);
  const a = await seedIdentity(p, platformAdminToken, `qa${suffix}a`);
  const b = await seedIdentity(p, platformAdminToken, `qa${suffix}b`);
  const w: World = { p, platformAdminToken, a, b };
  for (const { module, seed } of SEEDS) {
    if (!p.modules.includes(module as never)) continue;
    for (const t of [a, b]) {
      const started = Date.now();
      await seed(w, t);
      log(`seeded ${module} for ${t.code} in ${Date.now() - started} ms`);
    }
  }
  return w;
}

/** What the matrix and isolation suites run against: the platform, its seeded world, its live operations, a database probe. */
export interface AssuranceRun {
  p: TestPlatform;
  w: World;
  live: LiveOperation[];
  probe: DatabaseProbe;
  close(): Promise<void>;
}

/** Starts the platform (every module, in-process bus), seeds the two-tenant world and opens the probe. */
export async function startAssuranceRun(): Promise<AssuranceRun> {
  // Sessions outlive the run (the access token's 15 min default is shorter than a full matrix run).
  const p = await startPlatform('in-process', { settings: { identity: { ACCESS_TOKEN_TTL_SECONDS: 3 * 3600 } } });
  const w = await buildWorld(p);
  const { operations: live } = await liveOperations(p);
  const probe = new DatabaseProbe(p.databaseUrl);
  await probe.open();
  return {
    p,
    w,
    live,
    probe,
    close: async () => {
      await probe.close();
      await p.close();
    },
  };
}

/** One GraphQL call of a case as `role` of tenant `caller`, on tenant `t`'s objects. */
export async function callCase(w: World, c: OperationCase, caller: TenantWorld, role: Role, variables: Record<string, unknown>): Promise<GqlResult> {
  return gql(w.p.url, c.document, variables, tokenOf(w, caller, role));
}

export function firstCode(r: GqlResult): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

// ---------------------------------------------------------------------------------------------
// The matrix file

export type Cell = 'yes' | 'no';
export interface MatrixRow {
  operation: string;
  kind: 'query' | 'mutation';
  module: string;
  cells: Record<Role, Cell>;
}

const MATRIX_FILE = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'authorisation-matrix.md');

/** Parses docs/authorisation-matrix.md: one table per `## module`, roles in ROLES order. */
export function readMatrix(file = MATRIX_FILE): { rows: Map<string, MatrixRow>; problems: string[] } {
  const rows = new Map<string, MatrixRow>();
  const problems: string[] = [];
  let module = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const heading = /^## (\w+)/.exec(line);
    if (heading) module = heading[1]!;
    if (!line.startsWith('|') || line.startsWith('| operation') || line.startsWith('|---')) continue;
    const parts = line.split('|').slice(1, -1).map((s) => s.trim());
    const [operation, kind, ...cells] = parts;
    if (!operation || (kind !== 'query' && kind !== 'mutation') || cells.length !== ROLES.length || cells.some((c) => c !== 'yes' && c !== 'no')) {
      problems.push(`malformed matrix row: ${line}`);
      continue;
    }
    if (rows.has(operation)) problems.push(`operation listed twice: ${operation}`);
    rows.set(operation, { operation, kind, module, cells: Object.fromEntries(ROLES.map((r, i) => [r, cells[i] as Cell])) as Record<Role, Cell> });
  }
  return { rows, problems };
}

// ---------------------------------------------------------------------------------------------
// The live schema

export interface LiveOperation {
  name: string;
  kind: 'query' | 'mutation';
  /** Whether any argument, or any field of an input object argument (recursively), is an ID. */
  takesId: boolean;
}

/** The operations the running gateway serves, read by introspection (non-production platform). */
export async function liveOperations(p: TestPlatform): Promise<{ schema: GraphQLSchema; operations: LiveOperation[] }> {
  const r = await gql<IntrospectionQuery>(p.url, getIntrospectionQuery());
  if (!r.data) throw new Error(`introspection failed: ${JSON.stringify(r.errors)}`);
  const schema = buildClientSchema(r.data);
  const operations: LiveOperation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      operations.push({ name: field.name, kind, takesId: field.args.some((a) => mentionsId(a.type, new Set())) });
    }
  }
  return { schema, operations };
}

function mentionsId(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'ID';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => mentionsId(f.type, seen));
}

// ---------------------------------------------------------------------------------------------
// "Nothing changed": a digest of every row of every module's tables

export class DatabaseProbe {
  private readonly client: pg.Client;
  private tables: string[] = [];

  constructor(databaseUrl: string) {
    this.client = new pg.Client({ connectionString: databaseUrl });
  }

  async open(): Promise<void> {
    await this.client.connect();
    const r = await this.client.query<{ s: string; t: string }>(
      `select table_schema as s, table_name as t from information_schema.tables
        where table_schema = any($1) and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'
        order by 1, 2`,
      [MODULE_SCHEMAS],
    );
    this.tables = r.rows.map((x) => `"${x.s}"."${x.t}"`);
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  /** A digest per table: every row, in a stable order. */
  async digest(): Promise<Map<string, string>> {
    const sql = this.tables
      .map((t) => `select '${t.replace(/'/g, "''")}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t} x`)
      .join(' union all ');
    const r = await this.client.query<{ t: string; h: string }>(sql);
    return new Map(r.rows.map((x) => [x.t, x.h]));
  }

  /** Events not yet published by any service's outbox relay. */
  async unpublished(): Promise<number> {
    const outboxes = this.tables.filter((t) => t.endsWith('."outbox_event"'));
    if (outboxes.length === 0) return 0;
    const r = await this.client.query<{ n: string }>(`select (${outboxes.map((t) => `(select count(*) from ${t} where published_at is null)`).join(' + ')}) as n`);
    return Number(r.rows[0]!.n);
  }

  /**
   * E-mails due now but not yet handed to the mail server: the sender's job marks them sent a poll
   * later, so a digest taken before that changes on its own (seen: a refused enableAccount "changed"
   * notifications.outgoing_mail — the mail of an earlier allowed disableAccount going out).
   */
  async mailDue(): Promise<number> {
    const mail = this.tables.find((t) => t === '"notifications"."outgoing_mail"');
    if (!mail) return 0;
    const r = await this.client.query<{ n: string }>(`select count(*) as n from ${mail} where status in ('queued', 'sending') and send_after <= now()`);
    return Number(r.rows[0]!.n);
  }

  /**
   * Waits until the platform is quiet: outboxes drained, no e-mail due and not yet sent, and two
   * digests 150 ms apart equal (events from earlier calls reach other modules asynchronously).
   * Returns the quiet digest.
   */
  async quiet(maxMs = 10_000): Promise<Map<string, string>> {
    const deadline = Date.now() + maxMs;
    let last = await this.digest();
    for (;;) {
      await new Promise((r) => setTimeout(r, 150));
      const pending = (await this.unpublished()) + (await this.mailDue());
      const now = await this.digest();
      if (pending === 0 && same(last, now)) return now;
      if (Date.now() > deadline) return now;
      last = now;
    }
  }
}

export function same(a: Map<string, string>, b: Map<string, string>): boolean {
  return changedTables(a, b).length === 0;
}

export function changedTables(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [t, h] of b) if (a.get(t) !== h) out.push(t);
  return out;
}

/** The first of `secrets` found in a response, if any. */
export function leakedSecret(response: unknown, secrets: Set<string>): string | undefined {
  const text = JSON.stringify(response);
  for (const s of secrets) if (s.length >= 4 && text.includes(s)) return s;
  return undefined;
}
