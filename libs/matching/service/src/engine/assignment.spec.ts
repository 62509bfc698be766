import { solveAssignment, solveByComponents } from './assignment.js';
import { closeSolverWorker, solveInWorker } from './worker-solver.js';

/** Seeded PRNG (mulberry32): the same seed gives the same instances. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInstance(rand: () => number, maxRows = 8, maxCols = 5) {
  const rows = 1 + Math.floor(rand() * maxRows);
  const cols = 1 + Math.floor(rand() * maxCols);
  const capacity = Array.from({ length: cols }, () => Math.floor(rand() * 4)); // 0–3
  const weight = new Float64Array(rows * cols);
  for (let k = 0; k < weight.length; k++) weight[k] = rand() < 0.3 ? -Infinity : Math.floor(rand() * 21) - 2;
  return { rows, cols, capacity, weight };
}

/** Every way to give each row a column or nobody, within capacities. */
function bruteForce(inst: ReturnType<typeof randomInstance>): number {
  const load = new Array<number>(inst.cols).fill(0);
  let best = 0;
  const go = (i: number, sum: number) => {
    if (i === inst.rows) {
      best = Math.max(best, sum);
      return;
    }
    go(i + 1, sum);
    for (let j = 0; j < inst.cols; j++) {
      const w = inst.weight[i * inst.cols + j];
      if (w === -Infinity || load[j] >= inst.capacity[j]) continue;
      load[j]++;
      go(i + 1, sum + w);
      load[j]--;
    }
  };
  go(0, 0);
  return best;
}

/**
 * An independent reference: the classic O(n²·m) Hungarian method (potentials, one row at a time) on
 * the explicit problem — one column per place, plus one "nobody" column per row at cost 0 — as a
 * minimum-cost problem (cost = −gain; a forbidden pair costs more than any assignment can save).
 */
function reference(inst: { rows: number; cols: number; capacity: ArrayLike<number>; weight: Float64Array }): number {
  const slotCol: number[] = [];
  for (let j = 0; j < inst.cols; j++) for (let k = 0; k < inst.capacity[j]; k++) slotCol.push(j);
  const n = inst.rows;
  const m = slotCol.length + n;
  let big = 1;
  for (const x of inst.weight) if (x !== -Infinity) big += Math.abs(x);
  const cost = (i: number, c: number) => {
    if (c >= slotCol.length) return 0;
    const x = inst.weight[i * inst.cols + slotCol[c]];
    return x === -Infinity ? big : -x;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  let gain = 0;
  for (let c = 1; c <= m; c++) if (p[c] !== 0) gain -= cost(p[c] - 1, c - 1);
  return gain;
}

/** Checks the assignment is feasible (capacities, forbidden pairs) and adds up to the reported total. */
function expectFeasible(inst: { rows: number; cols: number; capacity: ArrayLike<number>; weight: Float64Array }, r: { colOfRow: Int32Array; total: number; matched: number }) {
  const load = new Array<number>(inst.cols).fill(0);
  let total = 0;
  let matched = 0;
  for (let i = 0; i < inst.rows; i++) {
    const j = r.colOfRow[i];
    if (j < 0) continue;
    expect(inst.weight[i * inst.cols + j]).not.toBe(-Infinity);
    load[j]++;
    matched++;
    total += inst.weight[i * inst.cols + j];
  }
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(inst.capacity[j]));
  expect(total).toBe(r.total);
  expect(matched).toBe(r.matched);
}

/**
 * Medium random instances of the kinds that steer the solver down its different paths: ties (few
 * distinct gains), a planner-like "place as many as possible first" offset K with scarce places (the
 * augmenting row reduction's price wars, then its work bound), more places than rows and fewer
 * (solved from the places' side), forbidden pairs and blocks, negative gains.
 */
function mediumInstance(rand: () => number, kind: number) {
  const rows = 5 + Math.floor(rand() * 55);
  const cols = 2 + Math.floor(rand() * 30);
  const scarce = kind % 2 === 1;
  const capacity = Array.from({ length: cols }, () => (scarce ? Math.floor(rand() * 2) : Math.floor(rand() * 4)));
  const blocks = 1 + Math.floor(rand() * 4);
  const blockOfRow = Array.from({ length: rows }, () => Math.floor(rand() * blocks));
  const blockOfCol = Array.from({ length: cols }, () => Math.floor(rand() * blocks));
  const forbidShare = rand() * 0.6;
  const K = kind % 3 === 0 ? (rows + 1) * 1000 + 1 : 0;
  const spread = kind % 4 === 0 ? 3 : 1000;
  const weight = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const forbidden = blockOfRow[i] !== blockOfCol[j] || rand() < forbidShare;
      weight[i * cols + j] = forbidden ? -Infinity : K + Math.floor(rand() * spread) - (K === 0 ? Math.floor(spread / 10) : 0);
    }
  }
  return { rows, cols, capacity, weight };
}

describe('solveAssignment', () => {
  it('equals an independent Hungarian reference on 600 medium random instances (ties, scarce places, blocks, negative gains), whole and by components', () => {
    const rand = rng(20261203);
    for (let t = 0; t < 600; t++) {
      const inst = mediumInstance(rand, t);
      const want = reference(inst);
      const whole = solveAssignment(inst);
      expect(whole.total).toBe(want);
      expectFeasible(inst, whole);
      const parts = solveByComponents(inst);
      expect(parts.total).toBe(want);
      expectFeasible(inst, parts);
    }
  });

  it('is exact through a long price war: 300 rows competing for 12 places under a large offset', () => {
    const rand = rng(99);
    const rows = 300;
    const cols = 12;
    const K = (rows + 1) * 1000 + 1;
    const weight = new Float64Array(rows * cols).map(() => K + Math.floor(rand() * 1000));
    const inst = { rows, cols, capacity: new Array<number>(cols).fill(1), weight };
    const want = reference(inst);
    for (const r of [solveAssignment(inst), solveByComponents(inst)]) {
      expect(r.total).toBe(want);
      expect(r.matched).toBe(cols);
      expectFeasible(inst, r);
    }
  });

  it('equals the brute-force optimum on 600 random small instances and never breaks a capacity or a forbidden pair', () => {
    const rand = rng(20261121);
    for (let t = 0; t < 600; t++) {
      const inst = randomInstance(rand);
      const r = solveAssignment(inst);
      expect(r.total).toBe(bruteForce(inst));
      const load = new Array<number>(inst.cols).fill(0);
      let total = 0;
      for (let i = 0; i < inst.rows; i++) {
        const j = r.colOfRow[i];
        if (j < 0) continue;
        expect(inst.weight[i * inst.cols + j]).not.toBe(-Infinity);
        load[j]++;
        total += inst.weight[i * inst.cols + j];
      }
      load.forEach((l, j) => expect(l).toBeLessThanOrEqual(inst.capacity[j]));
      expect(total).toBe(r.total);
    }
  });

  it('is deterministic and handles more mentees than places (unbalanced) and nobody allowed', () => {
    const weight = new Float64Array([5, 1, 4, 2, 3, 3, -Infinity, -Infinity]);
    const a = solveAssignment({ rows: 4, cols: 2, capacity: [1, 1], weight });
    const b = solveAssignment({ rows: 4, cols: 2, capacity: [1, 1], weight });
    expect([...a.colOfRow]).toEqual([...b.colOfRow]);
    expect(a.total).toBe(8); // row0→col0 (5) + row2→col1 (3)… or row1→col0 (4)+row0→col1 (1)… best is 5+3
    expect(a.colOfRow[3]).toBe(-1);
    expect(a.matched).toBe(2);
  });

  it('solved by independent components, gives the brute-force optimum on 400 random block-structured instances', () => {
    const rand = rng(20261202);
    for (let t = 0; t < 400; t++) {
      // two or three blocks (like institutions) with pairs across blocks forbidden, plus scattered forbidden pairs
      const inst = randomInstance(rand, 9, 6);
      const blocks = 1 + Math.floor(rand() * 3);
      const blockOfRow = Array.from({ length: inst.rows }, () => Math.floor(rand() * blocks));
      const blockOfCol = Array.from({ length: inst.cols }, () => Math.floor(rand() * blocks));
      for (let i = 0; i < inst.rows; i++) for (let j = 0; j < inst.cols; j++) if (blockOfRow[i] !== blockOfCol[j]) inst.weight[i * inst.cols + j] = -Infinity;
      const r = solveByComponents(inst);
      expect(r.total).toBe(bruteForce(inst));
      expect(r.total).toBe(solveAssignment(inst).total);
      const load = new Array<number>(inst.cols).fill(0);
      let total = 0;
      let matched = 0;
      for (let i = 0; i < inst.rows; i++) {
        const j = r.colOfRow[i];
        if (j < 0) continue;
        expect(inst.weight[i * inst.cols + j]).not.toBe(-Infinity);
        load[j]++;
        matched++;
        total += inst.weight[i * inst.cols + j];
      }
      load.forEach((l, j) => expect(l).toBeLessThanOrEqual(inst.capacity[j]));
      expect(total).toBe(r.total);
      expect(matched).toBe(r.matched);
    }
  });

  it('runs in a worker thread with progress and gives the same answer', async () => {
    const rand = rng(7);
    const rows = 300;
    const cols = 150;
    const capacity = Array.from({ length: cols }, () => 1 + Math.floor(rand() * 3));
    const weight = new Float64Array(rows * cols).map(() => (rand() < 0.1 ? -Infinity : Math.floor(rand() * 1000)));
    const progress: number[] = [];
    const inWorker = await solveInWorker({ rows, cols, capacity, weight }, (done) => progress.push(done));
    const direct = solveAssignment({ rows, cols, capacity, weight });
    expect(inWorker.total).toBe(direct.total);
    expect([...inWorker.colOfRow]).toEqual([...direct.colOfRow]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toBe(rows);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The worker stays warm: a second run (block-structured this time) goes to the same thread.
    const blocked = weight.map((x, k) => (Math.floor(k / cols) % 2 === (k % cols) % 2 ? x : -Infinity));
    const blockedProgress: number[] = [];
    const again = await solveInWorker({ rows, cols, capacity, weight: blocked }, (done) => blockedProgress.push(done));
    expect(again.total).toBe(solveAssignment({ rows, cols, capacity, weight: blocked }).total);
    // two components, each solved from the side with fewer members: progress still counts rows, in order
    const scarce = new Array<number>(cols).fill(0).map((_, j) => (j % 3 === 0 ? 1 : 0));
    const scarceProgress: number[] = [];
    const few = await solveInWorker({ rows, cols, capacity: scarce, weight: blocked }, (done) => scarceProgress.push(done));
    expect(few.total).toBe(reference({ rows, cols, capacity: scarce, weight: blocked }));
    for (const p of [blockedProgress, scarceProgress]) {
      expect(p.length).toBeGreaterThan(2);
      expect(p[p.length - 1]).toBe(rows);
      expect(p).toEqual([...p].sort((a, b) => a - b));
    }
    await closeSolverWorker();
  });
});
