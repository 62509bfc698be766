#!/usr/bin/env node
// npm run assurance [-- --skip-load] [-- --load-duration 60] [-- --out docs/assurance.md]
//
// Runs the assurance suites (the same test files `npm test` runs, here with ASSURANCE_OUT set so
// each writes what it tried and what held) and the load test, then writes docs/assurance.md from
// those reports and Jest's own pass/fail counts. Exits 1 when any suite failed; the report is
// written either way and says so.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    'skip-load': { type: 'boolean', default: false },
    'load-duration': { type: 'string', default: '60' },
    out: { type: 'string', default: 'docs/assurance.md' },
    only: { type: 'string' },
  },
});

const jest = ['--experimental-vm-modules', join(root, 'node_modules/jest/bin/jest.js')];

/**
 * The suites: where they live and the Jest paths that select them. Each is also part of `npm test`
 * (their package's Jest run); here they run with ASSURANCE_OUT so they report figures.
 */
const SUITES = [
  { name: 'authorisation, tenant isolation, confidentiality, bad input, GraphQL limits, accounts', cwd: 'apps/standalone', paths: ['test/assurance/', 'test/hardening'] },
  { name: 'row-level security, SQL statements per dashboard, late events after erasure, audit of personal-data reads (programmes)', cwd: 'libs/programmes/service', paths: ['row-level-security', 'dashboard-sql', 'migrations', 'erasure-late-events', 'personal-data-audit'] },
  { name: 'row-level security, two tenants and catalogue, late events after erasure (evaluation)', cwd: 'libs/evaluation/service', paths: ['row-level-security', 'migrations', 'erasure-late-events'] },
  { name: 'row-level security, two tenants and catalogue, late events after erasure, audit of personal-data reads (training)', cwd: 'libs/training/service', paths: ['row-level-security', 'migrations', 'erasure-late-events', 'personal-data-audit'] },
  { name: 'late events after erasure, audit of personal-data reads (matching)', cwd: 'libs/matching/service', paths: ['erasure-late-events', 'personal-data-audit'] },
  { name: 'late events after erasure (notifications)', cwd: 'libs/notifications/service', paths: ['erasure-late-events'] },
  { name: 'signing key encrypted at rest, audit log of every module\'s personal-data reads (identity)', cwd: 'libs/identity/service', paths: ['signing-keys', 'personal-data-read'] },
  { name: 'the per-request session gate (gateway)', cwd: 'libs/platform/auth', paths: ['request-context'] },
  { name: 'row-level security in the service runtime', cwd: 'libs/platform/messaging', paths: ['tenant-scope', 'nats-payload'] },
  { name: 'faults (separate processes, NATS, a service and PostgreSQL killed)', cwd: 'tools/e2e-distributed', paths: [] },
];

function run(cmd, argv, opts) {
  return new Promise((resolveRun) => {
    const started = Date.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
    child.on('exit', (code, signal) => resolveRun({ code: code ?? (signal ? 1 : 0), ms: Date.now() - started }));
  });
}

function nodeBin() {
  // The lockfile's Node (24), as the README's commands use.
  const local = join(root, 'node_modules/.bin/node');
  return existsSync(local) ? local : process.execPath;
}

const out = mkdtempSync(join(tmpdir(), 'm4p-assurance-'));
const env = { ...process.env, ASSURANCE_OUT: out, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' };
const results = [];

console.log(`assurance: reports go to ${out}`);
const build = await run('npm', ['run', 'build', '--', "--filter=./apps/*...", '--filter=@m4pris/bench...', '--output-logs=errors-only'], { cwd: root, env });
if (build.code !== 0) {
  console.error('assurance: the build failed');
  process.exit(1);
}

for (const s of SUITES) {
  if (args.only && !s.name.includes(args.only)) continue;
  const cwd = join(root, s.cwd);
  const json = join(out, `jest-${s.cwd.replace(/\W+/g, '-')}.json`);
  console.log(`\n=== ${s.name} (${s.cwd}${s.paths.length ? `: ${s.paths.join(', ')}` : ''})`);
  const r = await run(nodeBin(), [...jest, '--json', `--outputFile=${json}`, ...s.paths], { cwd, env });
  let summary = { suites: 0, tests: 0, passed: 0, failed: 0 };
  if (existsSync(json)) {
    const j = JSON.parse(readFileSync(json, 'utf8'));
    summary = { suites: j.numTotalTestSuites, tests: j.numTotalTests, passed: j.numPassedTests, failed: j.numFailedTests + j.numRuntimeErrorTestSuites };
  }
  results.push({ name: s.name, where: s.cwd, code: r.code, ms: r.ms, ...summary });
}

if (!args['skip-load'] && (!args.only || 'load'.includes(args.only))) {
  console.log('\n=== load (fixed rate through the gateway, both modes)');
  const r = await run(nodeBin(), [join(root, 'tools/bench/dist/load.js'), '--duration', args['load-duration']], { cwd: root, env });
  results.push({ name: 'load', where: 'tools/bench (npm run bench:load)', code: r.code, ms: r.ms, suites: 1, tests: 0, passed: 0, failed: r.code === 0 ? 0 : 1 });
}

// ---------------------------------------------------------------------------------------------
// The report

const reports = readdirSync(out)
  .filter((f) => f.endsWith('.json') && !f.startsWith('jest-'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')));

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const allGreen = results.every((r) => r.code === 0);
const cell = (v) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = [];
lines.push('# Assurance report');
lines.push('');
lines.push('Written by `npm run assurance` (tools/scripts/assurance.mjs): it runs the assurance suites — the');
lines.push('same test files `npm test` and CI run — with `ASSURANCE_OUT` set so each records what it tried and');
lines.push('what held, then the load test, and writes this file. Do not edit by hand; run it again.');
lines.push('');
lines.push(`- commit \`${commit}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
lines.push(`- machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node} (runner), PostgreSQL and NATS as the tests find them`);
lines.push(`- result: **${allGreen ? 'every suite passed' : 'SOME SUITES FAILED'}**`);
lines.push('');
lines.push('| suite | where | test files | tests | passed | failed | time |');
lines.push('|---|---|---|---|---|---|---|');
for (const r of results) lines.push(`| ${cell(r.name)} | \`${r.where}\` | ${r.suites} | ${r.tests} | ${r.passed} | ${r.failed} | ${Math.round(r.ms / 1000)} s |`);
for (const rep of reports) {
  lines.push('');
  lines.push(`## ${rep.title}`);
  lines.push('');
  const tried = Object.entries(rep.tried ?? {});
  if (tried.length) {
    lines.push('Tried:');
    lines.push('');
    for (const [k, v] of tried) lines.push(`- ${k}: **${v}**`);
    lines.push('');
  }
  if (rep.held?.length) {
    lines.push('Held:');
    lines.push('');
    for (const h of rep.held) lines.push(`- ${h}`);
    lines.push('');
  }
  for (const t of rep.tables ?? []) {
    lines.push(`${t.caption}:`);
    lines.push('');
    lines.push(`| ${t.headers.map(cell).join(' | ')} |`);
    lines.push(`|${t.headers.map(() => '---').join('|')}|`);
    for (const row of t.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
    lines.push('');
  }
  for (const n of rep.notes ?? []) lines.push(`> ${n}`);
  if (rep.notes?.length) lines.push('');
}
writeFileSync(join(root, args.out), lines.join('\n').replace(/\n+$/, '') + '\n');
rmSync(out, { recursive: true, force: true });
console.log(`\nassurance: wrote ${args.out} (${allGreen ? 'all passed' : 'failures'})`);
process.exit(allGreen ? 0 : 1);
