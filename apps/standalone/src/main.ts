import './node-check.js';
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { loadConfigOrExit, localSecret } from '@m4pris/platform-config';
import { Bus, InProcessTransport } from '@m4pris/platform-messaging';
import { startEmbeddedPostgres } from '@m4pris/platform-persistence';
import { createLogger, HealthRegistry, startTracing } from '@m4pris/platform-observability';
import { findWebRoot, gatewayLimits, prepareService, startGateway, startOpsServer, tracingFromConfig, type HostedService } from '@m4pris/platform-runtime';
import { identityAuthEndpoints, identitySessions, identityTokens, moduleEntry } from '@m4pris/modules-registry';
import { bootstrapPlatformAdmin } from '@m4pris/identity-service/admin-bootstrap';
import { moduleService } from './modules.js';
import { standaloneConfig } from './config.js';

const startedAt = performance.now();
const cfg = loadConfigOrExit(standaloneConfig);
const logger = createLogger('standalone', cfg.runtime.LOG_LEVEL);
const say = (line: string) => process.stdout.write(line + '\n');
const tracing = await startTracing(tracingFromConfig(cfg.tracing, 'm4pris-standalone'));

// The identity module stores its token-signing key encrypted at rest under SIGNING_KEY_ENCRYPTION_KEY;
// on a first `npm start` with none set, one is created beside the data (mode 0600) and reused.
if (!process.env.SIGNING_KEY_ENCRYPTION_KEY && cfg.modules.MODULES.includes('identity')) {
  process.env.SIGNING_KEY_ENCRYPTION_KEY = localSecret(join(resolve(cfg.standalone.DATA_DIR), 'signing-key-encryption.key'), 32);
}

// Every enabled module's own settings, validated before anything starts.
const entries = cfg.modules.MODULES.map((name) => moduleEntry(name));
const definitions = await Promise.all(entries.map((e) => moduleService(e.name)));
const moduleSettings = loadConfigOrExit(Object.fromEntries(definitions.map((d) => [d.name, d.settings])));
// The GraphQL adapters load while PostgreSQL starts and the modules migrate (the gateway needs them last).
const graphqlModules = Promise.all(entries.map(async (e) => ({ name: e.name, graphql: await e.graphql() })));
/** Start-up phases, printed once ready (seconds), so an operator sees where the time went. */
const phases: string[] = [];
let mark = startedAt;
const phase = (label: string) => {
  const now = performance.now();
  phases.push(`${label} ${((now - mark) / 1000).toFixed(1)} s`);
  mark = now;
};
phase('module code');

say(`M4Pris standalone — modules: ${cfg.modules.MODULES.join(', ')}`);
let databaseUrl = cfg.standalone.STANDALONE_DATABASE_URL;
let stopPostgres: (() => Promise<void>) | undefined;
if (!databaseUrl) {
  const dataDir = resolve(cfg.standalone.DATA_DIR);
  say(`  starting embedded PostgreSQL (data in ${join(dataDir, 'pg')}) …`);
  const pg = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    port: cfg.standalone.EMBEDDED_PG_PORT,
    password: localSecret(join(dataDir, 'pg-password'), 24, 'base64url'),
    onLog: (l) => logger.debug({ postgres: l.trim() }),
  });
  databaseUrl = pg.url;
  stopPostgres = pg.stop;
  phase('embedded PostgreSQL');
}

const transport = new InProcessTransport();
await transport.connect();
const bus = new Bus(transport, cfg.runtime.REQUEST_TIMEOUT_MS);
const health = new HealthRegistry();
// The modules start side by side: each has its own schema, migrations, Nest module and subjects.
// Their outbox relays start once every module has registered its consumers (the in-process bus
// keeps no event for a consumer that is not there yet).
say(`  starting modules ${definitions.map((d) => d.name).join(', ')} (migrations, handlers) …`);
const prepared = await Promise.allSettled(definitions.map((def) => prepareService(def, moduleSettings[def.name], { transport, bus, databaseUrl, migrate: true, logger, health })));
const failed = prepared.find((r) => r.status === 'rejected');
const hosted: HostedService[] = prepared.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
if (failed) {
  for (const h of hosted) await h.close();
  await stopPostgres?.();
  throw failed.reason;
}
for (const r of prepared) if (r.status === 'fulfilled') r.value.start();
phase('modules');
for (const h of hosted) {
  const t = h.timings;
  const migrations = t.applied.length ? `${t.applied.length} migration(s) ${t.migrations} ms` : `migrations up to date ${t.migrations} ms`;
  say(`    ${h.name}: ORM ${t.orm} ms, ${migrations}, Nest ${t.nest} ms, handlers ${t.handlers} ms`);
}
if (cfg.modules.MODULES.includes('identity')) {
  await bootstrapPlatformAdmin(bus, cfg.admin.PLATFORM_ADMIN_EMAIL, cfg.admin.PLATFORM_ADMIN_PASSWORD, say);
  phase('platform admin');
}
const app = await startGateway({
  bus,
  mode: 'standalone',
  modules: await graphqlModules,
  host: cfg.http.HOST,
  port: cfg.http.PORT,
  ...gatewayLimits(cfg.http),
  tokens: identityTokens(bus),
  // The built web app beside this app (apps/web/dist), served at `/`.
  webRoot: findWebRoot([fileURLToPath(new URL('../../web/dist', import.meta.url))]),
  authEndpoints: identityAuthEndpoints(bus),
  sessions: identitySessions(bus),
  health,
  logger,
});
// /metrics (and /health) on the ops port, loopback by default: never on the public port.
const ops = await startOpsServer({ host: cfg.ops.OPS_HOST, port: cfg.ops.OPS_PORT, health, logger });
phase('gateway');
say(`  started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (after ${(startedAt / 1000).toFixed(1)} s of Node start and imports): ${phases.join(' · ')}`);
say(`  ready: the app at http://localhost:${cfg.http.PORT}/, GraphQL at http://localhost:${cfg.http.PORT}/graphql, health at http://localhost:${cfg.http.PORT}/health`);
say(`  ops: http://${cfg.ops.OPS_HOST}:${ops.port}/metrics and /health`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    say('  stopping …');
    void (async () => {
      await app.close();
      await ops.close();
      for (const h of hosted.reverse()) await h.close();
      await transport.close();
      await stopPostgres?.();
      await tracing?.shutdown();
      process.exit(0);
    })();
  });
}
