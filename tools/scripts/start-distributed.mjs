// Starts the distributed platform locally against the machine's NATS and PostgreSQL:
// identity migrate step, then the identity service and the gateway as child processes.
//
//   npm run start:distributed        (builds, then runs this in the foreground)
//
// Env: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/m4pris, created if missing),
// NATS_URL (default nats://127.0.0.1:4222), PORT (gateway, default 4000); every other variable
// (LOG_LEVEL, PLATFORM_ADMIN_*, NATS_EVENT_STREAM, …) is passed through to the children.
//
// Also used programmatically by tools/bench (`startDistributed`, `dropDatabase`, `deleteStream`).
import { spawn } from 'node:child_process';
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

/**
 * Starts identity (after its migrate step) and the gateway. Resolves once the gateway's /health
 * says identity is up.
 *
 * @param {object} [o]
 * @param {string} [o.databaseUrl] identity's PostgreSQL database (created when missing)
 * @param {string} [o.natsUrl]
 * @param {number} [o.port] gateway HTTP port
 * @param {string} [o.host] gateway listen address
 * @param {Record<string, string>} [o.env] extra env for both children (e.g. NATS_EVENT_STREAM, LOG_LEVEL, PLATFORM_ADMIN_*)
 * @param {(name: string, line: string) => void} [o.onLine] receives each output line of the children
 * @param {number} [o.readyTimeoutMs]
 * @returns {Promise<{ url: string, graphqlUrl: string, children: import('node:child_process').ChildProcess[], exited: Promise<{ name: string, code: number | null, signal: string | null }>, stop: (signal?: NodeJS.Signals) => Promise<void> }>}
 */
export async function startDistributed(o = {}) {
  const databaseUrl = o.databaseUrl ?? DEFAULT_DATABASE_URL;
  const natsUrl = o.natsUrl ?? DEFAULT_NATS_URL;
  const port = o.port ?? 4000;
  const onLine = o.onLine ?? defaultOnLine;
  const env = { ...process.env, ...o.env, DATABASE_URL: databaseUrl, NATS_URL: natsUrl, MODULES: 'identity' };
  const identityMain = join(root, 'apps/identity/dist/main.js');
  const gatewayMain = join(root, 'apps/gateway/dist/main.js');

  await ensureDatabase(databaseUrl);

  const migrate = startChild('identity:migrate', [identityMain, 'migrate'], env, onLine);
  const m = await migrate.exited;
  if (m.code !== 0) throw new Error(`identity migrate failed (exit ${m.code ?? m.signal})`);

  const children = [];
  const stop = async (signal = 'SIGTERM') => {
    // gateway first (stops taking requests), then the service
    for (const c of [...children].reverse()) await stopChild(c, signal);
  };
  try {
    const identity = startChild('identity', [identityMain], env, onLine);
    children.push(identity);
    const gatewayEnv = { ...env, PORT: String(port), ...(o.host ? { HOST: o.host } : {}) };
    const gateway = startChild('gateway', [gatewayMain], gatewayEnv, onLine);
    children.push(gateway);

    let died;
    const names = ['identity', 'gateway'];
    const exited = Promise.race(children.map((c, i) => c.exited.then((r) => ({ name: names[i], ...r }))));
    void exited.then((r) => (died = r));

    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, ['identity'], {
      timeoutMs: o.readyTimeoutMs ?? 60_000,
      abort: () => died && `${died.name} exited before the platform was ready (exit ${died.code ?? died.signal})`,
    });
    return { url, graphqlUrl: `${url}/graphql`, children, exited, stop };
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
