import { Worker } from 'node:worker_threads';
import { solveAssignment, solveByComponents, type AssignmentInput, type AssignmentResult } from './assignment.js';

/**
 * Runs the solver off the main event loop, in one warm worker thread kept for the life of the
 * process (started on first use, not per run; unref'd so it never keeps the process alive). Runs
 * queue in the worker one after another. The worker evaluates the solver's own source (it is
 * self-contained), so the same code runs from TypeScript sources under test and from dist.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const solveAssignment = ${solveAssignment.toString()};
const solveByComponents = ${solveByComponents.toString()};
parentPort.on('message', ({ id, input }) => {
  const result = solveByComponents(input, (done, total) => parentPort.postMessage({ id, type: 'progress', done, total }));
  parentPort.postMessage({ id, type: 'done', colOfRow: result.colOfRow, total: result.total, matched: result.matched });
});
`;

type Message = { id: number } & ({ type: 'progress'; done: number; total: number } | ({ type: 'done' } & AssignmentResult));
interface Pending {
  resolve: (r: AssignmentResult) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(w: Worker, e: Error): void {
  if (worker !== w) return; // an ended worker has nothing pending
  worker = undefined;
  for (const p of pending.values()) p.reject(e);
  pending.clear();
}

function warmWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  w.unref();
  w.on('message', (msg: Message) => {
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') p.onProgress?.(msg.done, msg.total);
    else {
      pending.delete(msg.id);
      p.resolve({ colOfRow: msg.colOfRow, total: msg.total, matched: msg.matched });
    }
  });
  w.on('error', (e: unknown) => failAll(w, e instanceof Error ? e : new Error(String(e))));
  w.on('exit', (code) => failAll(w, new Error(`matching solver worker exited with code ${code}`)));
  worker = w;
  return w;
}

export function solveInWorker(input: AssignmentInput, onProgress?: (done: number, total: number) => void): Promise<AssignmentResult> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, onProgress });
    warmWorker().postMessage({ id, input });
  });
}

/**
 * Small deterministic instances shaped like real cohorts, for `warmSolverWorker`: dense (200 × 120,
 * capacities 1–3, some forbidden pairs), scarce (more rows than places: solved from the places'
 * side) and block-structured (four "institutions", pairs across them forbidden: several
 * components). Gains are K + a score in thousandths, as `buildMatrix` makes them.
 */
export function warmUpInstances(): AssignmentInput[] {
  let seed = 0x5eed;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const instance = (rows: number, cols: number, capacity: (j: number) => number, forbidden: (i: number, j: number) => boolean): AssignmentInput => {
    const K = (rows + 1) * 1000 + 1;
    const weight = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) weight[i * cols + j] = forbidden(i, j) ? -Infinity : K + Math.floor(rand() * 100_000);
    return { rows, cols, capacity: Array.from({ length: cols }, (_, j) => capacity(j)), weight };
  };
  return [
    instance(200, 120, () => 1 + Math.floor(rand() * 3), () => rand() < 0.1),
    instance(240, 80, () => 1, () => rand() < 0.15),
    instance(200, 100, () => 1 + Math.floor(rand() * 2), (i, j) => i % 4 !== j % 4 || rand() < 0.05),
    instance(200, 120, () => 1 + Math.floor(rand() * 3), () => rand() < 0.02),
  ];
}

let warming: { worker: Worker; done: Promise<void> } | undefined;

/**
 * Starts the solver's worker (if it is not running) and runs a few small synthetic instances
 * (`warmUpInstances`) through it, the path real runs take (`solveByComponents` with progress), so
 * the JIT has compiled the solver before the first real run: that run is then as fast as later
 * ones. Resolves when they are solved; never rejects — a failure goes to `onError` (if given) and
 * the next real run starts a worker again. Calls while the same worker is warming or warmed share
 * one warm-up. The worker stays unref'd: warming never keeps the process alive. A real run posted
 * meanwhile waits behind the warm-up (runs queue in the worker; the instances take a few ms).
 */
export function warmSolverWorker(onError?: (error: Error) => void): Promise<void> {
  if (warming && worker === warming.worker) return warming.done;
  let w: Worker;
  try {
    w = warmWorker();
  } catch (e) {
    onError?.(e instanceof Error ? e : new Error(String(e)));
    return Promise.resolve();
  }
  const done = (async () => {
    try {
      // with a progress callback, as the service's runs
      for (const input of warmUpInstances()) await solveInWorker(input, () => undefined);
    } catch (e) {
      if (warming?.worker === w) warming = undefined;
      onError?.(e instanceof Error ? e : new Error(String(e)));
    }
  })();
  warming = { worker: w, done };
  return done;
}

/** Ends the warm worker (shutdown, tests); the next run starts a new one. */
export async function closeSolverWorker(): Promise<void> {
  const w = worker;
  if (!w) return;
  failAll(w, new Error('matching solver worker closed'));
  await w.terminate();
}
