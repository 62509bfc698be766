#!/usr/bin/env node
// Declares each workspace package's internal (@m4pris/*) dependencies in its package.json, so that
// Turbo's `^build` ordering and Nx's project graph agree with what the code actually imports.
//
//   node tools/scripts/sync-workspace-deps.mjs          write missing/stale entries ("*")
//   node tools/scripts/sync-workspace-deps.mjs --check  exit 1 (and print the differences) if out of date
//
// Imports are collected from src/**/*.ts (static `import … from`, `export … from`, `import()` and
// `import '…'`). Test files (*.spec.ts, *.int-spec.ts, *.e2e-spec.ts) and test/** are NOT
// declared: Jest resolves workspace packages to their sources (jest.preset.js), every workspace
// package is linked at the root node_modules anyway, and declaring e.g. @m4pris/testing in a
// platform lib would create a package cycle that Turbo refuses. A package never depends on itself.
// @m4pris entries of `dependencies` that are no longer imported are removed; third-party
// dependencies and devDependencies are left untouched. Cycles between packages are reported.
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const check = process.argv.includes('--check');
const SCOPE = '@m4pris/';
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](@m4pris\/[a-z0-9-]+)(?:\/[^'"]*)?['"]/g;
const TEST_FILE = /\.(spec|int-spec|e2e-spec)\.ts$/;

function workspaceDirs() {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dirs = [];
  for (const pattern of rootPkg.workspaces) {
    const parts = pattern.split('/');
    let current = [root];
    for (const part of parts) {
      const next = [];
      for (const dir of current) {
        if (part === '*') {
          if (!existsSync(dir)) continue;
          for (const e of readdirSync(dir, { withFileTypes: true })) {
            if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) next.push(join(dir, e.name));
          }
        } else if (existsSync(join(dir, part))) next.push(join(dir, part));
      }
      current = next;
    }
    dirs.push(...current.filter((d) => existsSync(join(d, 'package.json'))));
  }
  return [...new Set(dirs)].sort();
}

function tsFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'dist' && e.name !== 'files') out.push(...tsFiles(p));
    } else if (e.name.endsWith('.ts') && statSync(p).isFile()) out.push(p);
  }
  return out;
}

function importsOf(files) {
  const found = new Set();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(IMPORT_RE)) found.add(m[1]);
  }
  return found;
}

const packages = workspaceDirs().map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
const known = new Set(packages.map((p) => p.pkg.name));
let outOfDate = 0;
/** @type {Map<string, string[]>} */
const graph = new Map();

for (const { dir, pkg } of packages) {
  const all = [...tsFiles(join(dir, 'src')), ...tsFiles(join(dir, 'test'))];
  const prodFiles = all.filter((f) => !TEST_FILE.test(f) && !relative(dir, f).startsWith('test/'));
  const prod = [...importsOf(prodFiles)].filter((n) => n !== pkg.name);
  for (const name of prod) {
    if (!known.has(name)) console.warn(`warning: ${pkg.name} imports ${name}, which is not a workspace package`);
  }

  const changes = [];
  const next = structuredClone(pkg);
  graph.set(pkg.name, prod.filter((n) => known.has(n)));
  for (const [field, wanted] of [['dependencies', prod.filter((n) => known.has(n)).sort()]]) {
    const current = { ...(pkg[field] ?? {}) };
    const internal = Object.keys(current).filter((n) => n.startsWith(SCOPE));
    for (const n of internal) {
      if (!wanted.includes(n)) {
        changes.push(`- ${field}.${n}`);
        delete current[n];
      }
    }
    for (const n of wanted) {
      if (current[n] !== '*') {
        changes.push(`+ ${field}.${n}: "*"${n in current ? ` (was ${JSON.stringify(current[n])})` : ''}`);
        current[n] = '*';
      }
    }
    const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => a.localeCompare(b)));
    if (Object.keys(sorted).length > 0) next[field] = sorted;
    else delete next[field];
  }
  if (changes.length === 0) continue;
  outOfDate++;
  console.log(`${pkg.name} (${relative(root, dir)}/package.json):\n  ${changes.join('\n  ')}`);
  if (!check) {
    // keep the key order: put dependency fields after "scripts" when they are new
    const ordered = {};
    for (const [k, v] of Object.entries(pkg)) {
      if (k === 'dependencies' || k === 'devDependencies') continue;
      ordered[k] = v;
      if (k === 'scripts') {
        if (next.dependencies) ordered.dependencies = next.dependencies;
        if (next.devDependencies) ordered.devDependencies = next.devDependencies;
      }
    }
    if (next.dependencies) ordered.dependencies = next.dependencies;
    if (next.devDependencies) ordered.devDependencies = next.devDependencies;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(ordered, null, 2) + '\n');
  }
}

// cycles (Turbo refuses a cyclic package graph)
const cycles = [];
const state = new Map();
const visit = (n, path) => {
  if (state.get(n) === 'done') return;
  if (state.get(n) === 'active') {
    cycles.push([...path.slice(path.indexOf(n)), n].join(' -> '));
    return;
  }
  state.set(n, 'active');
  for (const d of graph.get(n) ?? []) visit(d, [...path, n]);
  state.set(n, 'done');
};
for (const n of graph.keys()) visit(n, []);
for (const c of cycles) console.error(`error: dependency cycle ${c}`);
if (cycles.length > 0) process.exitCode = 1;

if (outOfDate === 0) console.log(`workspace dependencies are up to date (${packages.length} packages)`);
else if (check) {
  console.error(`\n${outOfDate} package(s) out of date: run \`npm run deps:sync\` (node tools/scripts/sync-workspace-deps.mjs), then \`npm install\`.`);
  process.exit(1);
} else console.log(`\nupdated ${outOfDate} package(s); run \`npm install\` to refresh the workspace links.`);
