import { readFileSync } from 'node:fs';
import { ok } from '../fixtures.js';
import { codeOf, gql, startPlatform } from '../platform.js';
import { CASES, SEEDS } from './cases.js';
import { ROLES, seedIdentity, tokenOf, type World } from './world.js';

import { jest } from '@jest/globals';
jest.setTimeout(1_800_000);

const matrix = readFileSync(new URL('../../../../docs/authorisation-matrix.md', import.meta.url), 'utf8');
function rows(section: string): Map<string, boolean[]> {
  const part = matrix.split(`## ${section}`)[1].split('\n## ')[0];
  const out = new Map<string, boolean[]>();
  for (const line of part.split('\n')) {
    const cells = line.split('|').map((c) => c.trim()).filter(Boolean);
    if (cells.length === 10 && (cells[1] === 'query' || cells[1] === 'mutation')) out.set(cells[0], cells.slice(2).map((c) => c === 'yes'));
  }
  return out;
}

describe('scratch: programmes + matching cases', () => {
  let w: World;
  beforeAll(async () => {
    const p = await startPlatform('in-process');
    const admin = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken as string;
    const a = await seedIdentity(p, admin, 'pa');
    const b = await seedIdentity(p, admin, 'pb');
    w = { p, platformAdminToken: admin, a, b };
    const t0 = Date.now();
    for (const t of [a, b]) for (const s of SEEDS) await s.seed(w, t);
    console.log(`seeded in ${Date.now() - t0} ms`, a.ids);
  });
  afterAll(() => w?.p.close());

  const failures: string[] = [];
  for (const section of ['programmes', 'matching']) {
    it(`${section}: every cell as the matrix says`, async () => {
      const r = rows(section);
      for (const [field, allowed] of r) {
        if (process.env.ONLY && !process.env.ONLY.split(',').includes(field)) continue;
        const c = CASES[field];
        if (!c) { failures.push(`${field}: no case`); continue; }
        const order = ROLES.map((role, i) => ({ role, yes: allowed[i] })).sort((x, y) => Number(x.yes) - Number(y.yes));
        for (const { role, yes } of order) {
          const vars = c.variables ? await c.variables({ w, t: w.a, role }) : {};
          const res = await gql(w.p.url, c.document, vars, tokenOf(w, w.a, role));
          const code = codeOf(res);
          if (yes && res.errors && !(code && c.accept?.[code])) failures.push(`${field} as ${role}: expected success, got ${JSON.stringify(res.errors)}`);
          if (!yes && !['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(code ?? '')) failures.push(`${field} as ${role}: expected refusal, got ${code ?? JSON.stringify(res.data)}`);
          // isolation: allowed non-admin roles on B's objects
          if (yes && role !== 'platformAdmin' && c.variables) {
            const bv = await c.variables({ w, t: w.b, role });
            const bres = await gql(w.p.url, c.document, bv, tokenOf(w, w.a, role));
            const bcode = codeOf(bres);
            const text = JSON.stringify(bres.data ?? {});
            const leaked = [...w.b.secrets].filter((s) => text.includes(s));
            if (c.leakCheck === 'no-leak') { if (leaked.length) failures.push(`${field} as ${role} on B: leaked ${leaked.join(',')}`); }
            else if (!['FORBIDDEN', 'NOT_FOUND'].includes(bcode ?? '')) {
              if (JSON.stringify(bv).includes(w.b.tenantId) || Object.values(w.b.ids).some((id) => JSON.stringify(bv).includes(id)) || true) failures.push(`${field} as ${role} on B: expected refusal, got ${bcode ?? text.slice(0, 200)}`);
            }
          }
        }
      }
      console.log(failures.join('\n') || 'all cells hold');
      expect(failures).toEqual([]);
    });
  }
});
