import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What one assurance suite tried and what held, for `npm run assurance` (tools/scripts/assurance.mjs),
 * which sets ASSURANCE_OUT, runs the suites and writes docs/assurance.md from these files. Outside
 * that run (plain `npm test`) nothing is written. The one writer every suite uses (e2e, service
 * integration tests, the fault suite); only tools/bench, which is not test code, writes the same
 * shape itself.
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

/** Reads a suite's report written earlier in this run (for suites that several test files add to). */
export function readSuiteReport(suite: string): SuiteReport | undefined {
  const dir = process.env.ASSURANCE_OUT;
  const file = dir ? join(dir, `${suite}.json`) : undefined;
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SuiteReport) : undefined;
}

export function writeSuiteReport(r: SuiteReport): void {
  const dir = process.env.ASSURANCE_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${r.suite}.json`), JSON.stringify({ ...r, writtenAt: new Date().toISOString() }, null, 2));
}
