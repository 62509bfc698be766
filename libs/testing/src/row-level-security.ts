import pg from 'pg';
import { readSuiteReport, writeSuiteReport } from './assurance-report.js';
import { TENANT_POLICY, TENANT_ROLE, TENANT_SETTING } from '@m4pris/platform-messaging';

export interface RlsTable {
  table: string;
  hasTenantId: boolean;
  rlsEnabled: boolean;
  /** The table carries the `tenant_isolation` policy. */
  hasPolicy: boolean;
  /** The tenant role may read it at all (no grant: its requests are refused outright). */
  tenantRoleCanSelect: boolean;
}

/** Every table of `schema` with its row-level security state, read from the catalogue. */
export async function rlsCatalogue(url: string, schema: string): Promise<RlsTable[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ table: string; has_tenant_id: boolean; rls: boolean; has_policy: boolean; can_select: boolean }>(
      `select c.relname as table,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as has_tenant_id,
              c.relrowsecurity as rls,
              exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = $2) as has_policy,
              has_table_privilege($3, c.oid, 'select') as can_select
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind in ('r', 'p')
        order by c.relname`,
      [schema, TENANT_POLICY, TENANT_ROLE],
    );
    return rows.map((r) => ({ table: r.table, hasTenantId: r.has_tenant_id, rlsEnabled: r.rls, hasPolicy: r.has_policy, tenantRoleCanSelect: r.can_select }));
  } finally {
    await c.end();
  }
}

/**
 * Tables that break the rule "the tenant role reaches only tables under RLS with `tenant_isolation`,
 * and every table with `tenant_id` is one of them". Empty when the schema is sound.
 */
export function rlsViolations(tables: RlsTable[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    if (t.hasTenantId && !(t.rlsEnabled && t.hasPolicy)) out.push(`${t.table}: has tenant_id but no row-level security with ${TENANT_POLICY}`);
    if (t.tenantRoleCanSelect && !(t.rlsEnabled && t.hasPolicy)) out.push(`${t.table}: readable by ${TENANT_ROLE} without ${TENANT_POLICY}`);
  }
  return out;
}

export interface TenantSession {
  query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `sql` in a savepoint and returns the PostgreSQL error it raised (undefined if it succeeded). */
  refused(sql: string, params?: unknown[]): Promise<{ code?: string; message: string } | undefined>;
  close(): Promise<void>;
}

/**
 * A raw connection as the application's database user that switches, as the service runtime does,
 * to the tenant role scoped to `tenantId` (in a transaction rolled back on close: it changes nothing).
 */
export async function connectAsTenant(url: string, tenantId: string): Promise<TenantSession> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('begin');
  await c.query(`set local role ${TENANT_ROLE}`);
  await c.query(`select set_config($1, $2, true)`, [TENANT_SETTING, tenantId]);
  return {
    query: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await c.query<T>(sql, params)).rows,
    refused: async (sql, params = []) => {
      await c.query('savepoint probe');
      try {
        await c.query(sql, params);
        await c.query('release savepoint probe');
        return undefined;
      } catch (e) {
        await c.query('rollback to savepoint probe');
        const err = e as { code?: string; message: string };
        return { code: err.code, message: err.message };
      }
    },
    close: async () => {
      await c.query('rollback');
      await c.end();
    },
  };
}

export interface IsolationRow {
  table: string;
  /** Rows of each tenant as the owner sees them (the truth). */
  ownerA: number;
  ownerB: number;
  /** What tenant A's session sees. */
  seenA: number;
  seenB: number;
  seenTotal: number;
  /** Moving one of A's rows to B was refused (null when A has no row here). */
  moveToBRefused: boolean | null;
}

/**
 * For every table under `tenant_isolation` in `schema`: counts both tenants' rows as the owner, then
 * what a tenant-A session sees, and tries to hand one of A's rows to B (must be refused).
 */
export async function measureIsolation(url: string, schema: string, a: string, b: string): Promise<IsolationRow[]> {
  const tables = (await rlsCatalogue(url, schema)).filter((t) => t.hasTenantId && t.rlsEnabled && t.hasPolicy);
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  const session = await connectAsTenant(url, a);
  try {
    const out: IsolationRow[] = [];
    for (const { table } of tables) {
      const q = `"${schema}"."${table}"`;
      const count = async (run: (sql: string, p: unknown[]) => Promise<{ n: number }[]>, where: string, p: unknown[]) => (await run(`select count(*)::int n from ${q} ${where}`, p))[0].n;
      const ownerRun = async (sql: string, p: unknown[]) => (await owner.query<{ n: number }>(sql, p)).rows;
      const tenantRun = (sql: string, p: unknown[]) => session.query<{ n: number }>(sql, p);
      const row: IsolationRow = {
        table,
        ownerA: await count(ownerRun, 'where tenant_id = $1', [a]),
        ownerB: await count(ownerRun, 'where tenant_id = $1', [b]),
        seenA: await count(tenantRun, 'where tenant_id = $1', [a]),
        seenB: await count(tenantRun, 'where tenant_id = $1', [b]),
        seenTotal: await count(tenantRun, '', []),
        moveToBRefused: null,
      };
      if (row.seenA > 0) {
        const err = await session.refused(`update ${q} set tenant_id = $1 where ctid = (select ctid from ${q} where tenant_id = $2 limit 1)`, [b, a]);
        row.moveToBRefused = err?.code === '42501';
      }
      out.push(row);
    }
    return out;
  } finally {
    await session.close();
    await owner.end();
  }
}

/**
 * What is wrong with a two-tenant measurement (empty when row-level security held): every table with
 * `tenant_id` was measured; as tenant A, 0 of B's rows and every one of A's; the tables the test
 * seeded (`seeded.exactly`, or at least `seeded.atLeast`) hold rows of both tenants, so the zeros
 * mean something. (Whether moving A's rows to B was refused is in `moveToBRefused`.)
 */
export function isolationProblems(rows: IsolationRow[], catalogue: RlsTable[], seeded: { exactly?: string[]; atLeast?: string[] }): string[] {
  const out: string[] = [];
  const measured = rows.map((r) => r.table).sort();
  const expected = catalogue.filter((t) => t.hasTenantId).map((t) => t.table).sort();
  if (measured.join() !== expected.join()) out.push(`measured tables ${measured.join(', ')} are not the tables with tenant_id ${expected.join(', ')}`);
  for (const r of rows) {
    if (r.seenB !== 0) out.push(`${r.table}: tenant A sees ${r.seenB} of B's rows`);
    if (r.seenA !== r.ownerA || r.seenTotal !== r.ownerA) out.push(`${r.table}: tenant A sees ${r.seenA} of its ${r.ownerA} rows (${r.seenTotal} in all)`);
  }
  const withRows = rows.filter((r) => r.ownerA > 0);
  const seededTables = withRows.map((r) => r.table).sort();
  if (seeded.exactly && seededTables.join() !== [...seeded.exactly].sort().join()) out.push(`tables with A's rows: ${seededTables.join(', ')}; expected ${[...seeded.exactly].sort().join(', ')}`);
  for (const t of seeded.atLeast ?? []) if (!seededTables.includes(t)) out.push(`${t}: no rows of A seeded`);
  for (const r of withRows) if (r.ownerB === 0) out.push(`${r.table}: no rows of B seeded, so 0 seen proves nothing`);
  return out;
}

/**
 * Adds one service's figures to the assurance suite `25-row-level-security` when ASSURANCE_OUT is
 * set; services merge into one file.
 */
export function reportIsolation(service: string, rows: IsolationRow[], refusedWrites: number): void {
  if (!process.env.ASSURANCE_OUT) return;
  const prev = readSuiteReport('25-row-level-security');
  const kept = (prev?.tables?.[0]?.rows ?? []).filter((r) => r[0] !== service);
  const mine = rows.map((r) => [service, r.table, r.ownerA, r.ownerB, r.seenA, r.seenB, r.moveToBRefused === null ? 'no row' : r.moveToBRefused ? 'refused' : 'ALLOWED']);
  const all = [...kept, ...mine];
  const services = [...new Set(all.map((r) => r[0]))];
  writeSuiteReport({
    suite: '25-row-level-security',
    title: 'Row-level security (database backstop for tenant isolation)',
    tried: {
      services: services.join(', '),
      tables: all.length,
      rowsChecked: all.reduce((n, r) => n + Number(r[2]) + Number(r[3]), 0),
      writesTried: all.filter((r) => r[6] !== 'no row').length + refusedWrites,
    },
    held: [
      `Connected as the application's database user and switched to ${TENANT_ROLE} scoped to tenant A: ${all.filter((r) => r[5] === 0).length} of ${all.length} tables showed 0 rows of tenant B, and every row of A.`,
      `Every attempt to move one of A's rows to B or to insert B's rows was refused by the policy (${all.filter((r) => r[6] === 'refused').length + refusedWrites} writes).`,
    ],
    tables: [{ caption: 'Rows per table: as the owner (truth) and as tenant A under RLS', headers: ['Service', 'Table', 'A rows', 'B rows', 'A sees of A', 'A sees of B', 'Move to B'], rows: all }],
    notes: ['Tables without rows in a run (e.g. check-ins) are still checked for 0 foreign rows; the catalogue test of each service requires tenant_isolation on every table with tenant_id.'],
  });
}
