import { writeSuiteReport } from '@m4pris/testing';
import { outOfScope, renewSessions, ROLES, type Role, type World } from './world.js';

/** Operations that end the caller's (or a world account's) sessions at once (issue 13). */
const SESSION_ENDING = new Set(['changePassword', 'logout', 'logoutEverywhere']);
import { callCase, CASES, changedTables, DatabaseProbe, firstCode, leakedSecret, startAssuranceRun, type AssuranceRun, readMatrix, REFUSALS, type LiveOperation, type MatrixRow } from './harness.js';

/**
 * The authorisation matrix (docs/authorisation-matrix.md) against the running platform: every
 * operation of the live schema is in the matrix and has a case; every cell is called as its role on
 * the role's own objects. A `no` cell must be refused (UNAUTHENTICATED, FORBIDDEN or NOT_FOUND) and
 * leave every table of every module as it was; a `yes` cell must succeed (or answer a code the case
 * accepts, with its reason).
 *
 * The scoped coordinator (COORDINATOR scoped to the tenant's second institution) is called with the
 * same objects as the others, which lie outside its scope: its `no` cells must be refused (NOT_FOUND
 * for an object outside its scope), and its `yes` cells on operations a plain staff member may not
 * call must answer nothing outside its scope (no main-institution staff, no tenant-wide cohort, duo,
 * application, proposal, run, enrolment or certificate).
 */
describe('authorisation matrix', () => {
  let w: World;
  let probe: DatabaseProbe;
  let live: LiveOperation[];
  const matrix = readMatrix();
  const tally = { calls: 0, allowed: 0, refused: 0, accepted: 0, mutationsChecked: 0, scopedYes: 0, scopedNo: 0, scopedChecked: 0 };
  const byModule = new Map<string, { operations: number; cells: number; failures: number }>();

  let run: AssuranceRun | undefined;

  beforeAll(async () => {
    run = await startAssuranceRun();
    ({ w, live, probe } = run);
  }, 600_000);

  afterAll(async () => {
    await run?.close();
    const rows = [...byModule].map(([m, s]) => [m, s.operations, s.cells, s.failures]);
    writeSuiteReport({
      suite: '10-authorisation',
      title: 'Authorisation matrix',
      tried: { operations: live?.length ?? 0, roles: ROLES.length, cells: tally.calls, 'mutations checked for no change when refused': tally.mutationsChecked },
      held: [
        `${tally.refused} "no" cells refused with UNAUTHENTICATED, FORBIDDEN or NOT_FOUND (every anonymous mutation with UNAUTHENTICATED); no database row changed by any refused mutation`,
        `${tally.allowed} "yes" cells succeeded${tally.accepted ? `, ${tally.accepted} more answered a code their case accepts (state an earlier allowed call changed)` : ''}`,
        `the institution-scoped coordinator: ${tally.scopedNo} "no" cells refused on objects outside its scope; ${tally.scopedYes} "yes" cells succeeded, ${tally.scopedChecked} of them coordinator-only answers checked to name no one and nothing outside its scope`,
        'every operation of the live schema is in docs/authorisation-matrix.md and has a case, and the matrix lists nothing the schema lacks',
      ],
      tables: [{ caption: 'Cells per module', headers: ['module', 'operations', 'cells', 'failures'], rows }],
    });
  });

  it('lists every operation of the live schema, and only those, each with a case', () => {
    const problems = [...matrix.problems];
    const liveNames = new Set(live.map((o) => o.name));
    for (const o of live) {
      const row = matrix.rows.get(o.name);
      if (!row) problems.push(`${o.kind} ${o.name}: missing from docs/authorisation-matrix.md`);
      else if (row.kind !== o.kind) problems.push(`${o.name}: the matrix says ${row.kind}, the schema ${o.kind}`);
      if (!CASES[o.name]) problems.push(`${o.kind} ${o.name}: no case in test/assurance/operations/`);
    }
    for (const name of matrix.rows.keys()) if (!liveNames.has(name)) problems.push(`${name}: in the matrix but not in the live schema`);
    for (const name of Object.keys(CASES)) if (!liveNames.has(name)) problems.push(`${name}: a case for an operation the schema lacks`);
    expect(problems).toEqual([]);
  });

  for (const module of ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications']) {
    it(`${module}: every cell as its role`, async () => {
      const rows = [...matrix.rows.values()].filter((r) => r.module === module && CASES[r.operation] && live.some((o) => o.name === r.operation));
      expect(rows.length).toBeGreaterThan(0);
      const failures: string[] = [];
      let cells = 0;
      for (const row of rows) {
        const before = failures.length;
        cells += await checkRow(row, failures);
        if (failures.length > before) byModule.set(module, bump(byModule.get(module), 0, 0, failures.length - before));
      }
      byModule.set(module, bump(byModule.get(module), rows.length, cells, 0));
      expect(failures).toEqual([]);
    }, 900_000);
  }

  function bump(s: { operations: number; cells: number; failures: number } | undefined, operations: number, cells: number, failures: number) {
    const x = s ?? { operations: 0, cells: 0, failures: 0 };
    return { operations: x.operations + operations, cells: x.cells + cells, failures: x.failures + failures };
  }

  async function checkRow(row: MatrixRow, failures: string[]): Promise<number> {
    const c = CASES[row.operation]!;
    const denied = ROLES.filter((r) => row.cells[r] === 'no');
    const allowed = ROLES.filter((r) => row.cells[r] === 'yes');
    const vars = async (role: Role) => (c.variables ? await c.variables({ w, t: w.a, role }) : {});
    // Denied roles first, on a quiet platform, and nothing may change.
    if (denied.length > 0) {
      const prepared: [Role, Record<string, unknown>][] = [];
      for (const role of denied) prepared.push([role, await vars(role)]);
      const before = row.kind === 'mutation' ? await probe.quiet() : undefined;
      for (const [role, v] of prepared) {
        const r = await callCase(w, c, w.a, role, v);
        tally.calls++;
        const code = firstCode(r);
        if (!code || !REFUSALS.has(code)) failures.push(`${row.operation} as ${role}: expected a refusal, got ${code ?? 'success'} ${r.errors?.[0]?.message ?? ''}`.trim());
        // Issue 13: an anonymous mutation is told to sign in, never NOT_FOUND (updateGoal was).
        else if (role === 'anonymous' && row.kind === 'mutation' && code !== 'UNAUTHENTICATED') failures.push(`${row.operation} as anonymous: expected UNAUTHENTICATED, got ${code}`);
        else {
          tally.refused++;
          if (role === 'scopedCoordinator') tally.scopedNo++;
        }
      }
      if (before) {
        tally.mutationsChecked++;
        const after = await probe.digest();
        const changed = changedTables(before, after);
        if (changed.length) failures.push(`${row.operation}: refused calls changed ${changed.join(', ')}`);
      }
    }
    for (const role of allowed) {
      const r = await callCase(w, c, w.a, role, await vars(role));
      tally.calls++;
      const code = firstCode(r);
      if (!r.errors?.length) {
        tally.allowed++;
        if (role === 'scopedCoordinator') {
          tally.scopedYes++;
          // What any staff member may read is not confined to a scope; a coordinator's view is.
          if (row.cells.staff === 'no') {
            tally.scopedChecked++;
            const leaked = leakedSecret(r.data, outOfScope(w.a));
            if (leaked) failures.push(`${row.operation} as scopedCoordinator: the answer names ${leaked}, outside its scope`);
          }
        }
      } else if (code && c.accept?.[code]) tally.accepted++;
      else failures.push(`${row.operation} as ${role}: expected success, got ${code ?? '?'} ${r.errors[0]?.message ?? ''}`.trim());
    }
    // A password change or a logout ended those accounts' sessions at once (issue 13): sign in again.
    if (SESSION_ENDING.has(row.operation)) await renewSessions(w);
    return denied.length + allowed.length;
  }
});
