#!/usr/bin/env node
// Generates a migration for one service from the difference between its entities and its
// migrations (MikroORM's schema diff + snapshot), never by hand.
//
//   node tools/scripts/create-migration.mjs <service> [name]     (npm run migration:create -- identity add-foo)
//
// 1. builds the service package and every workspace package it depends on (swc, `npm run build`);
// 2. opens the service's ORM against DATABASE_URL, or a throwaway database on
//    postgres://postgres@127.0.0.1:5432 (dropped afterwards);
// 3. applies the existing migrations, then writes the new one (TypeScript, up() and down()) and the
//    schema snapshot into libs/<service>/service/src/migrations/ and registers it in index.ts.
//
// Needs the project's Node (node_modules/.bin/node, v24): MikroORM 7 does not run on Node 20.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [service, rawName] = process.argv.slice(2);
if (!service || !/^[a-z]+$/.test(service)) {
  console.error('usage: create-migration.mjs <service> [name]   e.g. create-migration.mjs identity add-staff-notes');
  process.exit(2);
}
const name = rawName ? rawName.replace(/[^a-zA-Z0-9-]/g, '-') : undefined;
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.versions.node} cannot run MikroORM 7; use node_modules/.bin/node (npm run migration:create).`);
  process.exit(2);
}
const serviceDir = join(root, 'libs', service, 'service');
const migrationsDir = join(serviceDir, 'src', 'migrations');
if (!existsSync(join(serviceDir, 'package.json'))) {
  console.error(`No service package at ${relative(root, serviceDir)}`);
  process.exit(2);
}

// --- 1. build the package and its workspace dependencies -------------------------------------
function workspaceDirs() {
  const dirs = new Map();
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const pattern of workspaces) {
    let level = [root];
    for (const part of pattern.split('/')) {
      level = level.flatMap((d) =>
        part === '*'
          ? existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(d, e.name)) : []
          : [join(d, part)],
      );
    }
    for (const d of level) {
      const f = join(d, 'package.json');
      if (existsSync(f)) dirs.set(JSON.parse(readFileSync(f, 'utf8')).name, d);
    }
  }
  return dirs;
}

const byName = workspaceDirs();
const pkgName = `@m4pris/${service}-service`;
const toBuild = new Set();
const visit = (n) => {
  const dir = byName.get(n);
  if (!dir || toBuild.has(n)) return;
  toBuild.add(n);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const d of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) visit(d);
};
visit(pkgName);
// Packages that have not declared their dependencies yet: the platform libs and the module's own.
for (const [n, dir] of byName) {
  const rel = relative(root, dir).split('/');
  if (rel[0] === 'libs' && (rel[1] === 'platform' || rel[1] === service)) visit(n);
}
for (const n of toBuild) {
  const dir = byName.get(n);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.build) continue;
  process.stderr.write(`building ${n}\n`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

// --- 2. a database -------------------------------------------------------------------------
const pg = (await import(pathToFileURL(join(root, 'node_modules', 'pg', 'lib', 'index.js')).href)).default;
let url = process.env.DATABASE_URL;
let dropDb;
if (!url) {
  const server = 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = `m4p_migration_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${db}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${db}`;
  url = u.toString();
  dropDb = async () => {
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`drop database if exists "${db}" with (force)`);
    await c.end();
  };
}

// --- 3. migrate, diff, write ----------------------------------------------------------------
const importPkg = (n) => import(pathToFileURL(join(byName.get(n), 'dist', 'index.js')).href);
const { openServiceOrm, migrateUp } = await importPkg('@m4pris/platform-persistence');
const svc = await importPkg(pkgName);
const definition = svc[`${service}Service`];
if (!definition) throw new Error(`${pkgName} does not export ${service}Service`);

let orm;
let exitCode = 0;
try {
  orm = await openServiceOrm({
    service: definition.name,
    clientUrl: url,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsPath: migrationsDir,
  });
  const applied = await migrateUp(orm);
  if (applied.length) process.stderr.write(`applied ${applied.length} existing migration(s)\n`);
  const result = await orm.migrator.create(migrationsDir, false, false, name);
  if (!result.fileName) {
    console.log('No changes: the entities match the migrations.');
  } else {
    const file = join(migrationsDir, result.fileName);
    // The schema is created by migrateUp() and also holds the migrations table, so a migration must
    // never drop it (MikroORM emits `drop schema` in the down() of the first one).
    const source = readFileSync(file, 'utf8');
    const cleaned = source.replace(new RegExp(`\\n\\s*this\\.addSql\\(\`drop schema if exists "${definition.name}";\`\\);`, 'g'), '');
    if (cleaned !== source) writeFileSync(file, cleaned);
    const base = result.fileName.replace(/\.ts$/, '');
    const cls = /export class (\w+)/.exec(readFileSync(file, 'utf8'))?.[1];
    // Register it in src/migrations/index.ts (applied in array order).
    const indexFile = join(migrationsDir, 'index.ts');
    let index = readFileSync(indexFile, 'utf8');
    const importLine = `import { ${cls} } from './${base}.js';\n`;
    const lastImport = [...index.matchAll(/^import .*;\n/gm)].pop();
    const at = lastImport ? lastImport.index + lastImport[0].length : 0;
    index = index.slice(0, at) + importLine + index.slice(at);
    index = index.replace(/(Migrations: \{ name: string; class: Constructor<Migration> \}\[\] = \[)([\s\S]*?)(\];)/, (_, open, body, close) => {
      const entries = body.trim() ? body.replace(/\s*$/, '') + '\n' : '\n';
      return `${open}${entries}  { name: '${base}', class: ${cls} },\n${close}`;
    });
    writeFileSync(indexFile, index);
    console.log(`Created ${relative(root, file)} (registered in ${relative(root, indexFile)})\n`);
    console.log(readFileSync(file, 'utf8'));
  }
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await orm?.close(true);
  await dropDb?.();
}
process.exit(exitCode);
