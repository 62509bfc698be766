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

describe('solveAssignment', () => {
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
    // The worker stays warm: a second run (block-structured this time) goes to the same thread.
    const blocked = weight.map((x, k) => (Math.floor(k / cols) % 2 === (k % cols) % 2 ? x : -Infinity));
    const again = await solveInWorker({ rows, cols, capacity, weight: blocked });
    expect(again.total).toBe(solveAssignment({ rows, cols, capacity, weight: blocked }).total);
    await closeSolverWorker();
  });
});
