// Idle memory of each service process in distributed mode. Starts every service of the registry
// (apps/<module>, as `npm run start:distributed` does: their migrate steps, then each service with
// the same V8 flags) and the gateway against this machine's PostgreSQL (a throwaway database) and
// NATS (a throwaway stream), waits until they are idle, then reads per process:
//   RSS, and its anonymous (heap, native allocations) and file-backed (code: the node binary, shared
//   libraries; shared between processes) parts from /proc/<pid>/smaps_rollup, and the V8 heap
//   (used/total) and external memory from the process's own /metrics (prom-client defaults).
// The peer, in the same run: a bare Node process holding what every service must hold — one
// PostgreSQL pool connection, one NATS connection and an HTTP listener — and nothing else, started
// with the same flags (this file with `--serve-peer`). Prints the load average; the last stdout line
// is one JSON object.
// The services run in their production form, their bundles (apps/<module>/dist/bundle/main.js);
// --unbundled runs dist/main.js (one file per module, as before the bundles) for a comparison.
//   npm run bench:footprint -- [--idle 20] [--samples 3] [--modules identity,programmes] [--no-gateway] [--unbundled]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cleanup, distributedModule, freePort, onInterrupt, progress, root, scrapeMetrics, Tail } from './common.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// the peer: the floor of a service process

async function servePeer(): Promise<void> {
  const { default: pg } = await import('pg');
  const { connect } = await import('@nats-io/transport-node');
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  await pool.query('select 1');
  const nc = await connect({ servers: (process.env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',') });
  const server = createServer((_req, res) => {
    const m = process.memoryUsage();
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`m4p_nodejs_heap_size_used_bytes ${m.heapUsed}\nm4p_nodejs_heap_size_total_bytes ${m.heapTotal}\nm4p_nodejs_external_memory_bytes ${m.external}\n`);
  });
  await new Promise<void>((r) => server.listen(Number(process.env.OPS_PORT), '127.0.0.1', r));
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => void Promise.allSettled([pool.end(), nc.close()]).finally(() => process.exit(0)));
}

// ---------------------------------------------------------------------------------------------
// measuring a process

interface Sample {
  name: string;
  pid: number;
  rssMiB: number;
  anonMiB: number;
  fileMiB: number;
  pssMiB: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
}

function smaps(pid: number): { rss: number; anon: number; file: number; pss: number } {
  const kb: Record<string, number> = {};
  for (const line of readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').split('\n')) {
    const m = /^(\w+):\s+(\d+) kB/.exec(line);
    if (m) kb[m[1]] = Number(m[2]);
  }
  return { rss: kb.Rss * 1024, anon: kb.Anonymous * 1024, file: (kb.Rss - kb.Anonymous) * 1024, pss: kb.Pss * 1024 };
}

async function metricsOf(opsUrl: string): Promise<Record<string, number>> {
  return Object.fromEntries((await scrapeMetrics(opsUrl, 5000)).map((m) => [m.name, m.value]));
}

async function sample(name: string, pid: number, opsUrl: string): Promise<Sample> {
  const mem = smaps(pid);
  const m = await metricsOf(opsUrl);
  return {
    name,
    pid,
    rssMiB: mem.rss / MiB,
    anonMiB: mem.anon / MiB,
    fileMiB: mem.file / MiB,
    pssMiB: mem.pss / MiB,
    heapUsedMiB: (m.m4p_nodejs_heap_size_used_bytes ?? NaN) / MiB,
    heapTotalMiB: (m.m4p_nodejs_heap_size_total_bytes ?? NaN) / MiB,
    externalMiB: (m.m4p_nodejs_external_memory_bytes ?? NaN) / MiB,
  };
}

/** Median by RSS of one process's samples (the sample, not a mix of fields from several). */
function median(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.rssMiB - b.rssMiB);
  return sorted[Math.floor(sorted.length / 2)];
}

// ---------------------------------------------------------------------------------------------
// the run

interface PlatformLike {
  services: Map<string, { name: string; opsUrl: string; child: ChildProcess }>;
  gateway: ChildProcess;
  gatewayOpsUrl: string;
}

async function main(): Promise<void> {
  const idleS = Number(arg('idle', '20'));
  const samples = Number(arg('samples', '3'));
  const withGateway = !process.argv.includes('--no-gateway');
  const unbundled = process.argv.includes('--unbundled');
  const dist = (await distributedModule()) as Awaited<ReturnType<typeof distributedModule>> & {
    registryServiceModules(): Promise<string[]>;
    SERVICE_NODE_FLAGS: string[];
  };
  const modules = arg('modules', '') ? arg('modules', '').split(',') : await dist.registryServiceModules();
  const cleanup = new Cleanup();
  const tail = new Tail();
  const interrupted = onInterrupt(() => cleanup.run());

  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/m4pris_footprint_${suffix}`;
  const databaseUrl = base.toString();
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const stream = `M4PRIS_FOOTPRINT_${suffix.toUpperCase()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'm4p-footprint-'));
  cleanup.add('throwaway database', () => dist.dropDatabase(databaseUrl));
  cleanup.add('throwaway stream', () => dist.deleteStream(natsUrl, stream));
  cleanup.add('data dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  cleanup.add('platform processes', () => dist.stopAllChildren());

  const rows: Sample[] = [];
  try {
    progress(`starting ${modules.join(', ')} and the gateway over NATS (throwaway database and stream) …`);
    const t0 = Date.now();
    const platform = (await dist.startDistributed({
      modules,
      databaseUrl,
      natsUrl,
      port: await freePort(),
      host: '127.0.0.1',
      env: { NATS_EVENT_STREAM: stream, LOG_LEVEL: 'warn', DATA_DIR: dataDir },
      onLine: tail.push,
      readyTimeoutMs: 180_000,
      unbundled,
    })) as unknown as PlatformLike;
    progress(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The peer, beside the platform (same database server, same NATS), same V8 flags as a service.
    const peerOps = await freePort();
    const peer = spawn(process.execPath, [...dist.SERVICE_NODE_FLAGS, new URL(import.meta.url).pathname, '--serve-peer'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NATS_URL: natsUrl, OPS_PORT: String(peerOps) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanup.add('peer', async () => {
      if (peer.exitCode === null) peer.kill('SIGTERM');
    });
    await new Promise<void>((res, rej) => {
      peer.stdout!.once('data', () => res());
      peer.once('exit', (c) => rej(new Error(`peer exited (${c})`)));
    });

    const targets: { name: string; pid: number; opsUrl: string }[] = [
      { name: 'peer (pg + nats + http)', pid: peer.pid!, opsUrl: `http://127.0.0.1:${peerOps}` },
      ...[...platform.services.values()].map((s) => ({ name: s.name, pid: s.child.pid!, opsUrl: s.opsUrl })),
      ...(withGateway ? [{ name: 'gateway', pid: platform.gateway.pid!, opsUrl: platform.gatewayOpsUrl }] : []),
    ];
    progress(`idle for ${idleS} s, then ${samples} samples 2 s apart …`);
    await new Promise((r) => setTimeout(r, idleS * 1000));
    const taken = new Map<string, Sample[]>();
    for (let i = 0; i < samples; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 2000));
      for (const t of targets) taken.set(t.name, [...(taken.get(t.name) ?? []), await sample(t.name, t.pid, t.opsUrl)]);
    }
    for (const t of targets) rows.push(median(taken.get(t.name)!));
  } catch (e) {
    tail.dump();
    throw e;
  } finally {
    await cleanup.run();
  }
  if (interrupted()) return;

  const load = loadavg();
  const services = rows.filter((r) => modules.includes(r.name));
  const total = services.reduce((n, r) => n + r.rssMiB, 0);
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  const head = ['process', 'RSS MiB', 'anon MiB', 'file MiB', 'PSS MiB', 'heap used', 'heap total', 'external'];
  const cells = rows.map((r) => [r.name, f(r.rssMiB), f(r.anonMiB), f(r.fileMiB), f(r.pssMiB), f(r.heapUsedMiB), f(r.heapTotalMiB), f(r.externalMiB)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  process.stdout.write(
    [
      '',
      `idle memory per process, distributed mode (services ${unbundled ? 'unbundled: dist/main.js' : 'bundled: dist/bundle/main.js'}), after ${idleS} s idle (median of ${samples} samples), Node ${process.version}, load average ${load.map((x) => x.toFixed(2)).join(' ')}`,
      line(head),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...cells.map(line),
      '',
      `services: ${services.length}, total RSS ${f(total)} MiB, largest ${f(Math.max(...services.map((r) => r.rssMiB)))} MiB (${services.sort((a, b) => b.rssMiB - a.rssMiB)[0]?.name}); the peer is the floor (pg + NATS + HTTP, nothing else)`,
      'anon = heap and native allocations of the process; file = mapped code (node binary, shared libraries), shared between processes (PSS divides it)',
      '',
    ].join('\n') + '\n',
  );
  const r1 = (n: number) => Math.round(n * 10) / 10;
  process.stdout.write(
    JSON.stringify({
      benchmark: 'footprint',
      node: process.version,
      services: unbundled ? 'unbundled' : 'bundled',
      idleS,
      loadAvg1: r1(load[0]),
      totalServicesRssMiB: r1(total),
      processes: rows.map((r) => ({
        name: r.name,
        rssMiB: r1(r.rssMiB),
        anonMiB: r1(r.anonMiB),
        fileMiB: r1(r.fileMiB),
        pssMiB: r1(r.pssMiB),
        heapUsedMiB: r1(r.heapUsedMiB),
        heapTotalMiB: r1(r.heapTotalMiB),
        externalMiB: r1(r.externalMiB),
      })),
    }) + '\n',
  );
}

if (process.argv.includes('--serve-peer')) await servePeer();
else
  await main().catch((e: unknown) => {
    process.stderr.write(`footprint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
