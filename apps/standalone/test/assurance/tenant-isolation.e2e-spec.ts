import { writeSuiteReport } from '@m4pris/testing';
import { ROLES, type Role, type World } from './world.js';
import { callCase, CASES, changedTables, DatabaseProbe, firstCode, startAssuranceRun, type AssuranceRun, leakedSecret, readMatrix, type LiveOperation } from './harness.js';

/**
 * Tenant isolation through the API: for every operation that takes an id (in an argument or any
 * field of an input object), every role of tenant A allowed to call it (platform admin aside: it
 * works across tenants by design, configuration only) calls it with tenant B's objects. It must be
 * refused with NOT_FOUND or FORBIDDEN (or, for list queries whose id filter is optional, answer
 * nothing of B), nothing in any module's tables may change, and no answer may contain anything of
 * B's (ids, names, codes).
 */
describe('tenant isolation', () => {
  let w: World;
  let probe: DatabaseProbe;
  let live: LiveOperation[];
  const matrix = readMatrix();
  const tally = { operations: 0, calls: 0, refused: { NOT_FOUND: 0, FORBIDDEN: 0 } as Record<string, number>, emptyAnswers: 0, mutations: 0, ownOnly: 0 };

  let run: AssuranceRun | undefined;

  beforeAll(async () => {
    run = await startAssuranceRun();
    ({ w, live, probe } = run);
  }, 600_000);

  afterAll(async () => {
    await run?.close();
    writeSuiteReport({
      suite: '20-tenant-isolation',
      title: 'Tenant isolation',
      tried: {
        'operations taking an id': tally.operations,
        'cross-tenant calls (tenant A credentials, tenant B ids)': tally.calls,
        'mutations checked for no change': tally.mutations,
        'role × operation pairs that name only the caller\'s own objects (nothing to cross)': tally.ownOnly,
      },
      held: [
        `${tally.refused.NOT_FOUND ?? 0} answered NOT_FOUND and ${tally.refused.FORBIDDEN ?? 0} FORBIDDEN; ${tally.emptyAnswers} list queries with a foreign id filter answered nothing of the other tenant`,
        'no answer contained any id, name or code of the other tenant',
        'no cross-tenant mutation changed a row in any module',
      ],
    });
  });

  it('covers every operation that takes an id', () => {
    const missing = live.filter((o) => o.takesId && (!CASES[o.name] || !matrix.rows.has(o.name))).map((o) => o.name);
    expect(missing).toEqual([]);
    expect(live.filter((o) => o.takesId).length).toBeGreaterThan(50);
  });

  for (const module of ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications']) {
    it(`${module}: tenant A never reaches tenant B's objects`, async () => {
      const ops = live.filter((o) => o.takesId && matrix.rows.get(o.name)?.module === module && CASES[o.name]);
      expect(ops.length).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const o of ops) {
        const row = matrix.rows.get(o.name)!;
        const c = CASES[o.name]!;
        const roles = ROLES.filter((r): r is Exclude<Role, 'platformAdmin' | 'anonymous'> => row.cells[r] === 'yes' && r !== 'platformAdmin' && r !== 'anonymous');
        if (roles.length === 0) continue;
        tally.operations++;
        for (const role of roles) {
          const v = c.variables ? await c.variables({ w, t: w.b, role }) : {};
          // A role whose call names nothing of B's (e.g. a staff member exporting their own data) has nothing to cross.
          if (!leakedSecret(v, w.b.secrets)) {
            tally.ownOnly++;
            continue;
          }
          const before = o.kind === 'mutation' ? await probe.quiet() : undefined;
          const r = await callCase(w, c, w.a, role, v);
          tally.calls++;
          const code = firstCode(r);
          const leak = leakedSecret(r, w.b.secrets);
          if (leak) failures.push(`${o.name} as A's ${role}: the answer contains B's "${leak}"`);
          if (code === 'NOT_FOUND' || code === 'FORBIDDEN') tally.refused[code] = (tally.refused[code] ?? 0) + 1;
          else if (!code && o.kind === 'query' && c.leakCheck === 'no-leak') tally.emptyAnswers++;
          else failures.push(`${o.name} as A's ${role} with B's ids: expected NOT_FOUND or FORBIDDEN, got ${code ?? 'success'} ${r.errors?.[0]?.message ?? ''}`.trim());
          if (before) {
            tally.mutations++;
            const changed = changedTables(before, await probe.digest());
            if (changed.length) failures.push(`${o.name} as A's ${role} with B's ids changed ${changed.join(', ')}`);
          }
        }
      }
      expect(failures).toEqual([]);
    }, 900_000);
  }
});
