import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What one assurance suite tried and what held, for `npm run assurance` (tools/assurance), which
 * sets ASSURANCE_OUT, runs the suites and writes docs/assurance.md from these files. Outside that
 * run (plain `npm test`) nothing is written.
 */
export interface SuiteReport {
  /** File name and sort key, e.g. `10-authorisation`. */
  suite: string;
  title: string;
  /** Counts of what was tried: operations, roles, inputs, faults, requests. */
  tried: Record<string, number | string>;
  /** What held, one sentence each (only what the suite asserted). */
  held: string[];
  tables?: { caption: string; headers: string[]; rows: (string | number)[][] }[];
  notes?: string[];
}

export function writeSuiteReport(r: SuiteReport): void {
  const dir = process.env.ASSURANCE_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${r.suite}.json`), JSON.stringify({ ...r, writtenAt: new Date().toISOString() }, null, 2));
}
