#!/usr/bin/env node
// Prints every JavaScript/CSS file of the build with its gzipped size, and the JavaScript the
// sign-in route loads (the entry and its static imports; lazy areas excluded). Fails above budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' kB';

const rows = Object.values(manifest)
  .flatMap((c) => [c.file, ...(c.css ?? [])])
  .filter((f, i, all) => all.indexOf(f) === i && /\.(js|css)$/.test(f))
  .map((f) => ({ f, size: gz(f) }))
  .sort((a, b) => b.size - a.size);
console.log('\nBundle sizes (gzipped):');
for (const r of rows) console.log(`${kb(r.size)}  ${r.f}`);

// The sign-in route: index.html's entry and everything it imports statically.
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const seen = new Set();
const walk = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const i of manifest[key].imports ?? []) walk(i);
};
walk(entryKey);
const signIn = [...seen].reduce((sum, k) => sum + gz(manifest[k].file), 0);
console.log(`\nSign-in route JavaScript: ${kb(signIn).trim()} gzipped (budget ${BUDGET_KB} kB); lazy chunks: ${rows.filter((r) => r.f.endsWith('.js')).length - seen.size}`);
if (signIn > BUDGET_KB * 1024) {
  console.error(`Over budget: the sign-in route loads ${kb(signIn).trim()} of JavaScript.`);
  process.exit(1);
}
