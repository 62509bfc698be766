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

/** Ends the warm worker (shutdown, tests); the next run starts a new one. */
export async function closeSolverWorker(): Promise<void> {
  const w = worker;
  if (!w) return;
  failAll(w, new Error('matching solver worker closed'));
  await w.terminate();
}
