import { Worker } from 'node:worker_threads';
import { solveAssignment, type AssignmentInput, type AssignmentResult } from './assignment.js';

/**
 * Runs the solver off the main event loop. The worker evaluates the solver's own source (it is
 * self-contained), so the same code runs from TypeScript sources under test and from dist.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const solveAssignment = ${solveAssignment.toString()};
const result = solveAssignment(workerData, (done, total) => parentPort.postMessage({ type: 'progress', done, total }));
parentPort.postMessage({ type: 'done', colOfRow: result.colOfRow, total: result.total, matched: result.matched });
`;

export function solveInWorker(input: AssignmentInput, onProgress?: (done: number, total: number) => void): Promise<AssignmentResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: input });
    let settled = false;
    worker.on('message', (msg: { type: 'progress'; done: number; total: number } | ({ type: 'done' } & AssignmentResult)) => {
      if (msg.type === 'progress') onProgress?.(msg.done, msg.total);
      else {
        settled = true;
        resolve({ colOfRow: msg.colOfRow, total: msg.total, matched: msg.matched });
        void worker.terminate();
      }
    });
    worker.on('error', (e: unknown) => {
      settled = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`matching solver worker exited with code ${code}`));
    });
  });
}
