import { solveAssignment, solveByComponents } from './assignment.js';
import { closeSolverWorker, solveInWorker, warmSolverWorker, warmUpInstances } from './worker-solver.js';

/** Seeded PRNG (mulberry32): the same seed gives the same instance. */
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

describe('warmSolverWorker', () => {
  afterAll(() => closeSolverWorker());

  it('builds the same deterministic instances each time: dense, scarce (more rows than places), block-structured, all with forbidden pairs', () => {
    const a = warmUpInstances();
    const b = warmUpInstances();
    expect(a.length).toBeGreaterThanOrEqual(3);
    a.forEach((inst, k) => {
      expect(inst.rows).toBe(b[k].rows);
      expect(Array.from(inst.capacity)).toEqual(Array.from(b[k].capacity));
      expect(Buffer.from(inst.weight.buffer).equals(Buffer.from(b[k].weight.buffer))).toBe(true);
      expect(inst.weight.length).toBe(inst.rows * inst.cols);
      expect(inst.weight.some((x) => x === -Infinity)).toBe(true);
    });
    const places = (i: (typeof a)[number]) => Array.from(i.capacity).reduce((s, c) => s + c, 0);
    expect(a.some((inst) => places(inst) < inst.rows)).toBe(true);
    // at least one instance splits into several components (it is not solved in one piece)
    const blocked = a.find((inst) => {
      for (let i = 0; i < inst.rows; i++) for (let j = 0; j < inst.cols; j++) if (i % 4 !== j % 4 && inst.weight[i * inst.cols + j] !== -Infinity) return false;
      return true;
    });
    expect(blocked).toBeDefined();
    // each has an optimum the two entry points agree on
    for (const inst of a) expect(solveByComponents(inst).total).toBe(solveAssignment(inst).total);
  });

  it('resolves without error, shares one warm-up per worker, and the warmed worker gives the same optimum as solveAssignment', async () => {
    await closeSolverWorker();
    const errors: Error[] = [];
    const first = warmSolverWorker((e) => errors.push(e));
    expect(warmSolverWorker((e) => errors.push(e))).toBe(first);
    await expect(first).resolves.toBeUndefined();
    expect(errors).toEqual([]);

    const rand = rng(19);
    const rows = 260;
    const cols = 140;
    const capacity = Array.from({ length: cols }, () => 1 + Math.floor(rand() * 3));
    const K = (rows + 1) * 1000 + 1;
    const weight = new Float64Array(rows * cols).map(() => (rand() < 0.15 ? -Infinity : K + Math.floor(rand() * 100_000)));
    const inWorker = await solveInWorker({ rows, cols, capacity, weight });
    const direct = solveAssignment({ rows, cols, capacity, weight });
    expect(inWorker.total).toBe(direct.total);
    expect(inWorker.matched).toBe(direct.matched);
    expect([...inWorker.colOfRow]).toEqual([...direct.colOfRow]);
  });

  it('warms a new worker after the old one was closed', async () => {
    await warmSolverWorker();
    await closeSolverWorker();
    const errors: Error[] = [];
    await warmSolverWorker((e) => errors.push(e));
    expect(errors).toEqual([]);
    const rand = rng(7);
    const rows = 90;
    const cols = 120;
    const capacity = Array.from({ length: cols }, (_, j) => (j % 5 === 0 ? 1 : 0)); // fewer places than rows
    const weight = new Float64Array(rows * cols).map((_, k) => (Math.floor(k / cols) % 3 === (k % cols) % 3 && rand() < 0.9 ? Math.floor(rand() * 1000) : -Infinity));
    expect((await solveInWorker({ rows, cols, capacity, weight })).total).toBe(solveAssignment({ rows, cols, capacity, weight }).total);
  });
});
