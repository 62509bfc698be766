// Helpers shared by the benchmarks that start the platform (gateway.ts, load.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createHistogram, type RecordableHistogram } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/**
 * The checkout whose built apps are measured: this one, or BENCH_ROOT (another worktree's build, e.g.
 * the main branch), so the old and the new build run back to back under the same bench and load.
 */
export const root = process.env.BENCH_ROOT ? resolve(process.env.BENCH_ROOT) : resolve(import.meta.dirname, '..', '..', '..');

/** Node flags that make a platform child write a V8 CPU profile into `dir` when it exits (`--cpu-prof DIR`). */
export const cpuProfArgs = (dir: string | undefined): string[] => (dir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(dir)}`, '--cpu-prof-interval=200'] : []);

/** Latency percentiles in µs (an HDR histogram, 3 significant digits). */
export interface MicroLatency {
  samples: number;
  meanUs: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  maxUs: number;
}

/**
 * Response times at microsecond resolution: Node's perf_hooks histogram (HdrHistogram underneath),
 * fed from autocannon's `response` event, whose response time is a float in ms (hrtime), rather than
 * autocannon's own histogram with its integer 1 ms buckets.
 */
export class MicroHistogram {
  private readonly h: RecordableHistogram = createHistogram();
  /** Records one response time given in (fractional) milliseconds. */
  recordMs(ms: number): void {
    this.h.record(Math.max(1, Math.round(ms * 1000)));
  }
  /** Records one response time given in nanoseconds. */
  recordNs(ns: bigint): void {
    this.h.record(ns > 1000n ? ns / 1000n : 1n);
  }
  summary(): MicroLatency {
    const r = (n: number) => Math.round(n * 10) / 10;
    return { samples: this.h.count, meanUs: r(this.h.mean), p50Us: this.h.percentile(50), p90Us: this.h.percentile(90), p99Us: this.h.percentile(99), maxUs: this.h.max };
  }
}

/** One sample of a platform process's /metrics. */
export interface MetricSample {
  /** the metric's name with its `m4p_` prefix, e.g. `m4p_nodejs_gc_duration_seconds_sum` */
  name: string;
  /** the labels as written, e.g. `kind="major"` ('' without) */
  labels: string;
  value: number;
}

/** Reads every sample of a platform process's /metrics (its ops port; prom-client's text format). */
export async function scrapeMetrics(opsUrl: string, timeoutMs = 10_000): Promise<MetricSample[]> {
  const text = await (await fetch(`${opsUrl}/metrics`, { signal: AbortSignal.timeout(timeoutMs) })).text();
  const out: MetricSample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (m) out.push({ name: m[1], labels: m[2] ?? '', value: Number(m[3]) });
  }
  return out;
}

/** The exports of tools/scripts/start-distributed.mjs used here (plain JS, loaded at run time). */
export interface StartDistributedModule {
  startDistributed(o: {
    modules?: string[];
    databaseUrl: string;
    natsUrl: string;
    port: number;
    host?: string;
    env?: Record<string, string>;
    onLine?: (name: string, line: string) => void;
    readyTimeoutMs?: number;
    /** Services from dist/main.js instead of their bundles (dist/bundle/main.js). */
    unbundled?: boolean;
    /** Extra Node flags for the services and the gateway (e.g. `cpuProfArgs(dir)`); an older start-distributed.mjs ignores them. */
    nodeArgs?: string[];
  }): Promise<{ url: string; graphqlUrl: string; stop(signal?: NodeJS.Signals): Promise<void>; /** the services' processes in `modules` order, then the gateway */ children?: ChildProcess[]; services?: Map<string, { name: string; opsUrl: string }>; /** the gateway's /health and /metrics */ gatewayOpsUrl?: string; modules?: string[] }>;
  stopAllChildren(signal?: NodeJS.Signals): Promise<void>;
  stopChild(child: ChildProcess, signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
  waitForHealth(baseUrl: string, modules: string[], o?: { timeoutMs?: number; abort?: () => string | undefined }): Promise<unknown>;
  dropDatabase(databaseUrl: string): Promise<void>;
  deleteStream(natsUrl: string, stream: string): Promise<void>;
}

export const progress = (line: string) => process.stderr.write(`» ${line}\n`);

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/** Keeps the last lines of the children's output, printed only when something fails. */
export class Tail {
  private lines: string[] = [];
  push = (name: string, line: string) => {
    this.lines.push(`[${name}] ${line}`);
    if (this.lines.length > 80) this.lines.shift();
  };
  dump(): void {
    if (this.lines.length) process.stderr.write(`--- last output of the child processes ---\n${this.lines.join('\n')}\n---\n`);
  }
}

/** Cleanup actions, run in reverse order once (normal end, failure or SIGINT/SIGTERM). */
export class Cleanup {
  private actions: { label: string; fn: () => Promise<unknown> }[] = [];
  private done = false;
  add(label: string, fn: () => Promise<unknown>): void {
    this.actions.push({ label, fn });
  }
  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const { label, fn } of this.actions.reverse()) {
      try {
        await fn();
      } catch (e) {
        process.stderr.write(`cleanup (${label}) failed: ${e instanceof Error ? e.message : String(e)}\n`);
      }
    }
  }
}

/**
 * On the first SIGINT/SIGTERM: says so, runs `stop` (stop the load, clean up), then exits 130.
 * `interrupted()` tells whether it happened.
 */
export function onInterrupt(stop: () => Promise<unknown>): () => boolean {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      progress(`${signal}: stopping and cleaning up …`);
      void stop().finally(() => process.exit(130));
    });
  }
  return () => interrupted;
}

/**
 * Runs each target in turn, each with its own Cleanup and stopped before the next starts (so it has
 * the machine to itself). On SIGINT/SIGTERM: stops the running load (`stopLoad`), cleans up and exits
 * 130. A failure dumps the child processes' last output. Undefined when interrupted.
 */
export async function runEach<T extends string, M>(targets: T[], run: (target: T, cleanup: Cleanup, tail: Tail) => Promise<M[]>, stopLoad: () => void): Promise<M[] | undefined> {
  let step: Cleanup | undefined;
  const tail = new Tail();
  const interrupted = onInterrupt(() => {
    stopLoad();
    return step?.run() ?? Promise.resolve();
  });
  const results: M[] = [];
  try {
    for (const target of targets) {
      step = new Cleanup();
      try {
        results.push(...(await run(target, step, tail)));
      } finally {
        progress(`${target}: stopping …`);
        await step.run();
      }
      if (interrupted()) return undefined;
    }
  } catch (e) {
    if (interrupted()) return undefined;
    tail.dump();
    throw e;
  }
  return results;
}

export function spawnNode(args: string[], env: NodeJS.ProcessEnv, name: string, tail: Tail): ChildProcess & { exited: Promise<number | null> } {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }) as ChildProcess & {
    exited: Promise<number | null>;
  };
  child.exited = new Promise((res) => child.once('exit', (code) => res(code)));
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach((l) => tail.push(name, l)));
  }
  return child;
}

/** CPU time (user + system, µs) a process has used so far, from /proc (Linux); undefined elsewhere or once it is gone. */
export function processCpuUs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    // /proc/<pid>/stat: fields after the command's closing parenthesis; utime and stime are the 12th and 13th, in clock ticks (100 Hz)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10_000;
  } catch {
    return undefined;
  }
}

/**
 * CPU µs per request of each named process over a measured window: `start()` before it, `perRequest(n)` after
 * n requests. What a sequential window costs each hop of the path (the gateway, each service, the
 * bench itself), where the wall time alone cannot tell waiting from working. /proc's 10 ms ticks: use
 * a window of thousands of requests.
 */
export function cpuPerRequest(pids: Record<string, number | undefined>): { start(): void; perRequest(requests: number): Record<string, number> } {
  let before: Record<string, number | undefined> = {};
  const now = (): Record<string, number | undefined> => {
    const self = process.cpuUsage();
    return { ...Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuUs(pid)])), bench: self.user + self.system };
  };
  return {
    start: () => void (before = now()),
    perRequest: (requests) => {
      const after = now();
      const out: Record<string, number> = {};
      for (const [name, us] of Object.entries(after)) {
        const b = before[name];
        if (us !== undefined && b !== undefined && requests > 0) out[name] = Math.round((us - b) / requests);
      }
      return out;
    },
  };
}

let loaded: StartDistributedModule | undefined;
export async function distributedModule(): Promise<StartDistributedModule> {
  // From `root`: with BENCH_ROOT, that checkout's script starts that checkout's built apps (its own root).
  loaded ??= (await import(pathToFileURL(join(root, 'tools', 'scripts', 'start-distributed.mjs')).href)) as StartDistributedModule;
  return loaded;
}


/**
 * The platform in distributed mode on throwaway resources: its own database and JetStream stream (named
 * `m4pris_<bench>_<suffix>`), a mail directory, the services and the gateway as processes — each
 * registered with `cleanup`. The platform admin is created from `admin`.
 */
export async function startThrowawayDistributed(
  bench: string,
  o: { modules: string[]; admin: { email: string; password: string }; cleanup: Cleanup; tail: Tail; readyTimeoutMs: number; nodeArgs?: string[] },
): Promise<{ dist: StartDistributedModule; platform: Awaited<ReturnType<StartDistributedModule['startDistributed']>>; databaseUrl: string; dataDir: string }> {
  const dist = await distributedModule();
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/m4pris_${bench}_${suffix}`;
  const databaseUrl = base.toString();
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const stream = `M4PRIS_${bench.toUpperCase()}_${suffix.toUpperCase()}`;
  o.cleanup.add('throwaway database', () => dist.dropDatabase(databaseUrl));
  o.cleanup.add('throwaway stream', () => dist.deleteStream(natsUrl, stream));
  o.cleanup.add('distributed processes', () => dist.stopAllChildren());
  const dataDir = mkdtempSync(join(tmpdir(), `m4p-${bench}-mail-`));
  o.cleanup.add('distributed mail dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  const platform = await dist.startDistributed({
    modules: o.modules,
    databaseUrl,
    natsUrl,
    port: await freePort(),
    host: '127.0.0.1',
    env: { NATS_EVENT_STREAM: stream, PLATFORM_ADMIN_EMAIL: o.admin.email, PLATFORM_ADMIN_PASSWORD: o.admin.password, LOG_LEVEL: 'warn', DATA_DIR: dataDir, MAIL_POLL_MS: '200' },
    onLine: o.tail.push,
    readyTimeoutMs: o.readyTimeoutMs,
    nodeArgs: o.nodeArgs,
  });
  return { dist, platform, databaseUrl, dataDir };
}
