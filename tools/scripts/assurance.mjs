#!/usr/bin/env node
// npm run assurance [-- --skip-load] [-- --load-duration 60] [-- --out docs/assurance.md]
//
// Runs the assurance suites (the same test files `npm test` runs, here with ASSURANCE_OUT set so
// each writes what it tried and what held) and the load test, then writes docs/assurance.md from
// those reports and Jest's own pass/fail counts. Exits 1 when any suite failed; the report is
// written either way and says so.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
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

/**
 * Issue 13 (security round 2): each finding of the attack run, and the tests that perform its
 * attack as written there (each fails when the fix is removed). The report lists every finding with
 * its tests and Jest's own outcome for each; what the attack found is in the suites' own sections.
 * A test is named by its package (cwd), its file (a path suffix) and its title (a prefix of it).
 */
const S = 'apps/standalone';
const ISSUE_13 = [
  ['High', 'Metrics as a memory bomb (client-chosen operation names as labels; /metrics on the public port)', [
    [S, 'test/assurance/security-round-2.e2e-spec.ts', 'ten anonymous requests with 1 MB operation names'],
    [S, 'test/assurance/security-round-2.e2e-spec.ts', 'the public GraphQL port serves no /metrics'],
  ]],
  ['Medium', 'Admins grant themselves access; the platform admin acts inside a tenant', [
    [S, 'test/assurance/access.e2e-spec.ts', 'nobody grants a role to themselves'],
    [S, 'test/assurance/access.e2e-spec.ts', 'invitation tokens reach only the invitee'],
  ]],
  ['Medium', 'The support contact can be anyone', [[S, 'test/assurance/access.e2e-spec.ts', 'the support contact is never a coordinator']]],
  ['Medium', 'Coordinator scopes stop at programmes', [
    [S, 'test/assurance/access.e2e-spec.ts', 'a coordinator scoped to one institution'],
    [S, 'test/assurance/authorisation.e2e-spec.ts', 'matching: every cell as its role'],
    [S, 'test/assurance/authorisation.e2e-spec.ts', 'training: every cell as its role'],
    [S, 'test/assurance/authorisation.e2e-spec.ts', 'identity: every cell as its role'],
  ]],
  ['Medium', 'The mentor learns that a concern was raised', [[S, 'test/assurance/access.e2e-spec.ts', 'the mentor never learns that a concern was raised']]],
  ['Medium', 'E-mail squatting across tenants', [[S, 'test/assurance/access.e2e-spec.ts', 'e-mail squatting']]],
  ['Medium', 'Leavers keep access', [[S, 'test/assurance/access.e2e-spec.ts', 'leavers lose access on the leaving date']]],
  ['Medium', 'The sign-in limit is a lockout switch', [
    [S, 'test/assurance/accounts.e2e-spec.ts', 'a flood from one address against one account'],
    [S, 'test/assurance/accounts.e2e-spec.ts', 'an address is limited by its own failures only'],
    [S, 'test/assurance/accounts.e2e-spec.ts', 'parallel requests do not bypass the throttle'],
  ]],
  ['Low', 'Sessions outlive logout, role revocation, password change, disabling and erasure', [
    [S, 'test/assurance/security-round-2.e2e-spec.ts', 'sessions end at once'],
    ['libs/platform/auth', 'src/request-context.spec.ts', 'after logout, a password change or a role revocation'],
    ['libs/platform/auth', 'src/request-context.spec.ts', 'a disabled or erased account'],
    ['tools/e2e-distributed', 'test/distributed.e2e-spec.ts', 'ends a session at once'],
  ]],
  ['Low', 'changePassword allows unlimited guesses of the current password', [[S, 'test/assurance/accounts.e2e-spec.ts', 'changePassword: guesses of the current password']]],
  ['Low', 'The password rule is length only', [[S, 'test/assurance/security-round-2.e2e-spec.ts', 'password strength']]],
  ['Low', 'Evaluation tells foreign from unknown programme ids; saveSurveyPlan takes any id; enrol stores any cohortId', [[S, 'test/assurance/access.e2e-spec.ts', 'evaluation: unknown and foreign programme ids look the same']]],
  ['Low', 'npm start with introspection, suggestions and X-Powered-By; updateGoal without a token answers NOT_FOUND', [
    [S, 'test/assurance/security-round-2.e2e-spec.ts', 'npm start defaults to the production posture'],
    [S, 'test/assurance/security-round-2.e2e-spec.ts', 'anonymous mutations are UNAUTHENTICATED before any lookup'],
  ]],
  ['Low', 'The ES256 private key in plain text in the identity database', [
    [S, 'test/assurance/security-round-2.e2e-spec.ts', 'a copy of the identity database cannot mint tokens'],
    ['libs/identity/service', 'src/account/signing-keys.int-spec.ts', 'stores the private key only as a JWE'],
    ['libs/identity/service', 'src/account/signing-keys.int-spec.ts', 'rotates the key-encryption key'],
  ]],
  ['Erasure', 'Erasing a person in an active duo leaves the duo ACTIVE', [[S, 'test/assurance/access.e2e-spec.ts', 'erasing a person in an active duo']]],
  ['Erasure', 'exportPersonalData holds identity data only; reads of personal data are not audit-logged', [
    [S, 'test/assurance/personal-data.e2e-spec.ts', "the mentee's own export holds each module's part"],
    [S, 'test/assurance/personal-data.e2e-spec.ts', "the partner's export does not contain the concern"],
    [S, 'test/assurance/personal-data.e2e-spec.ts', "a direct bus call for another person's part"],
    [S, 'test/assurance/personal-data.e2e-spec.ts', "a coordinator's read of applications and learners' enrolments"],
    ['libs/programmes/service', 'src/personal-data/personal-data-audit.int-spec.ts', 'a coordinator listing applications'],
    ['libs/training/service', 'src/personal-data/personal-data-audit.int-spec.ts', 'a coordinator listing enrolments'],
    ['libs/matching/service', 'src/personal-data/personal-data-audit.int-spec.ts', 'a coordinator reading a run'],
    ['libs/identity/service', 'src/audit/personal-data-read.int-spec.ts', "a module's read becomes one audit entry"],
  ]],
  ['Erasure', 'Late events after erasure re-create a row', ['programmes', 'matching', 'training', 'evaluation', 'notifications'].map((m) => [
    `libs/${m}/service`, 'erasure-late-events.int-spec.ts', 'a late event (older, or stamped after the erasure)',
  ])],
];

/** Jest's outcome per test, from the suites' --json files: `${cwd}|${file path}|${title}` → status. */
const outcomes = [];
function recordOutcomes(cwd, jsonFile) {
  const j = JSON.parse(readFileSync(jsonFile, 'utf8'));
  for (const f of j.testResults ?? []) for (const a of f.assertionResults ?? []) outcomes.push({ cwd, file: f.name, title: a.title, status: a.status });
}
function outcomeOf([cwd, file, title]) {
  const hits = outcomes.filter((o) => o.cwd === cwd && o.file.endsWith(file) && o.title.startsWith(title));
  if (hits.length === 0) return 'not run';
  return hits.every((h) => h.status === 'passed') ? 'passed' : hits.map((h) => h.status).find((s) => s !== 'passed');
}

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
    recordOutcomes(s.cwd, json);
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
if (args['skip-load']) lines.push('- load test: **not run** in this report (`--skip-load`); its last figures are not carried over');
if (args.only) lines.push(`- only the suites matching \`${args.only}\` ran (\`--only\`); the others are not in this report`);
lines.push(`- load average when the report was written: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min)`);
lines.push('');
lines.push('| suite | where | test files | tests | passed | failed | time |');
lines.push('|---|---|---|---|---|---|---|');
for (const r of results) lines.push(`| ${cell(r.name)} | \`${r.where}\` | ${r.suites} | ${r.tests} | ${r.passed} | ${r.failed} | ${Math.round(r.ms / 1000)} s |`);
lines.push('');
lines.push('## Issue 13: every finding of the second attack run');
lines.push('');
lines.push('Each finding of issue 13 and the tests that perform its attack as written there (each fails when');
lines.push("the fix is removed), with Jest's outcome in this run. What each attack found is in the suites' own");
lines.push('sections below (access rules, account protections, security round 2, personal data, faults).');
lines.push('');
lines.push('| severity | finding | test | outcome |');
lines.push('|---|---|---|---|');
let findingsHeld = 0;
for (const [severity, finding, tests] of ISSUE_13) {
  const each = tests.map((t) => ({ t, o: outcomeOf(t) }));
  if (each.every((e) => e.o === 'passed')) findingsHeld++;
  for (const { t: [cwd, file, title], o } of each) lines.push(`| ${severity} | ${cell(finding)} | \`${cwd}/${file}\`: ${cell(title)}… | ${o === 'passed' ? 'held' : `**${o}**`} |`);
}
lines.push('');
lines.push(`${findingsHeld} of ${ISSUE_13.length} findings held in every test of theirs${findingsHeld < ISSUE_13.length ? ' (a finding whose tests did not all pass, or were not run, is marked above)' : ''}.`);
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
