import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';

export interface TestNats {
  url: string;
  /** Only for servers this harness started: stop (SIGKILL) and start again on the same port and store. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  owned: boolean;
}

export function natsServerBinary(): string | undefined {
  for (const candidate of [process.env.NATS_SERVER_BIN, 'nats-server', '/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server']) {
    if (!candidate) continue;
    const r = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return undefined;
}

/**
 * Why NATS tests cannot run here, or undefined when they can. Under CI=true the caller must fail
 * rather than skip (see `requireNatsOrSkip`).
 */
export function natsUnavailableReason(): string | undefined {
  if (process.env.NATS_URL || natsServerBinary()) return undefined;
  return 'no NATS: set NATS_URL or put nats-server on PATH';
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitFor(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const nc = await connect({ servers: url, reconnect: false, timeout: 1000 });
      await nc.close();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * A NATS server with JetStream: a private one (started from the nats-server binary, so tests can
 * kill it) when the binary exists, otherwise the one at NATS_URL.
 */
export async function startTestNats(opts: { requireOwned?: boolean } = {}): Promise<TestNats> {
  const bin = natsServerBinary();
  if (!bin) {
    if (opts.requireOwned || !process.env.NATS_URL) throw new Error(natsUnavailableReason() ?? 'this test needs the nats-server binary to stop and restart NATS');
    const url = process.env.NATS_URL;
    await waitFor(url);
    return { url, owned: false, kill: async () => { throw new Error('not owned'); }, start: async () => undefined, stop: async () => undefined };
  }
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'm4p-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], { stdio: 'ignore' });
    await waitFor(url);
  };
  const kill = async () => {
    if (!child) return;
    const c = child;
    child = undefined;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };
  await start();
  return { url, owned: true, start, kill, stop: kill };
}
