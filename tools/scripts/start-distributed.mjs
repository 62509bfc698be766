// Starts the distributed platform locally against the machine's NATS and PostgreSQL: each service
// module's migrate step, then every service (apps/<module>, each with its own ops port) and the
// gateway as child processes. The modules are the registry's (libs/modules/registry) that have an
// app, or MODULES=a,b.
//
//   npm run start:distributed        (builds, then runs this in the foreground)
//
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/m4pris, created if missing),
// NATS_URL (default nats://127.0.0.1:4222), PORT (gateway, default 4000); every other variable
// (LOG_LEVEL, PLATFORM_ADMIN_*, NATS_EVENT_STREAM, …) is passed through to the children.
//
// Also used programmatically by tools/bench (`startDistributed`, `dropDatabase`, `deleteStream`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

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
  const client = new pg.Client({ connectionString: adminUrl });
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
  const client = new pg.Client({ connectionString: adminUrl });
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
  const { MODULES } = await import('@m4pris/modules-registry');
  return Object.keys(MODULES).filter((m) => existsSync(join(root, 'apps', m, 'package.json')));
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
 */
export async function startDistributed(o = {}) {
  const databaseUrl = o.databaseUrl ?? DEFAULT_DATABASE_URL;
  const natsUrl = o.natsUrl ?? DEFAULT_NATS_URL;
  const port = o.port ?? 4000;
  const onLine = o.onLine ?? defaultOnLine;
  const modules = o.modules ?? (await serviceModules());
  const readyTimeoutMs = o.readyTimeoutMs ?? 60_000;
  const env = { ...process.env, ...o.env, DATABASE_URL: databaseUrl, NATS_URL: natsUrl, MODULES: modules.join(',') };
  const mainOf = (app) => join(root, 'apps', app, 'dist', 'main.js');

  await ensureDatabase(databaseUrl);
  // Deploy step: each service's migrations, before any replica starts.
  for (const m of modules) {
    const r = await startChild(`${m}:migrate`, [mainOf(m), 'migrate'], env, onLine).exited;
    if (r.code !== 0) throw new Error(`${m} migrate failed (exit ${r.code ?? r.signal})`);
  }

  /** name → { child, opsUrl, start(), kill(signal), stop() } */
  const services = new Map();
  let gateway;
  let died;
  const stop = async (signal = 'SIGTERM') => {
    // gateway first (stops taking requests), then the services
    if (gateway) await stopChild(gateway, signal);
    for (const s of [...services.values()].reverse()) await stopChild(s.child, signal);
  };
  try {
    for (const m of modules) {
      const opsPort = await freePort();
      const svc = {
        name: m,
        opsUrl: `http://127.0.0.1:${opsPort}`,
        child: undefined,
        /** (Re)starts the process and waits until its /health is ready. */
        start: async () => {
          svc.child = startChild(m, [mainOf(m)], { ...env, OPS_PORT: String(opsPort), OPS_HOST: '127.0.0.1' }, onLine);
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

    // The gateway's /metrics is on its own ops port (never the public one): a free loopback port.
    const gatewayOpsPort = await freePort();
    const gatewayEnv = { ...env, PORT: String(port), OPS_PORT: String(gatewayOpsPort), OPS_HOST: '127.0.0.1', ...(o.host ? { HOST: o.host } : {}) };
    gateway = startChild('gateway', [mainOf('gateway')], gatewayEnv, onLine);
    const children = [...[...services.values()].map((s) => s.child), gateway];
    const names = [...services.keys(), 'gateway'];
    const exited = Promise.race(children.map((c, i) => c.exited.then((r) => ({ name: names[i], ...r }))));
    void exited.then((r) => (died = r));

    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, modules, {
      timeoutMs: readyTimeoutMs,
      abort: () => died && `${died.name} exited before the platform was ready (exit ${died.code ?? died.signal})`,
    });
    return { url, graphqlUrl: `${url}/graphql`, gatewayOpsUrl: `http://127.0.0.1:${gatewayOpsPort}`, modules, services, gateway, children, exited, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

// CLI: run in the foreground until SIGINT/SIGTERM (or a child dies).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.env.PORT ?? 4000);
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
    console.log(`starting distributed platform: PostgreSQL ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}, NATS ${natsUrl}, gateway port ${port}`);
    platform = await startDistributed({ databaseUrl, natsUrl, port });
    if (stopping) await platform.stop();
    for (const s of platform.services.values()) console.log(`  ${s.name}: ${s.opsUrl}/health, ${s.opsUrl}/metrics`);
    console.log(`  gateway: ${platform.gatewayOpsUrl}/metrics`);
    console.log(`ready: GraphQL at http://localhost:${port}/graphql, health at http://localhost:${port}/health (Ctrl-C to stop)`);
    const r = await platform.exited;
    if (!stopping) {
      console.error(`${r.name} exited (${r.code ?? r.signal}); stopping the rest`);
      await shutdown(1);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    await shutdown(1);
  }
}
