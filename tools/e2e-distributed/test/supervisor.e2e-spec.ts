import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { startTestNats, type TestNats } from '@m4pris/testing';

/**
 * `npm run start:distributed` is a supervisor: the script is started as an operator would (its CLI,
 * fixed ops ports OPS_PORT_BASE + registry index, no build when dist/ is current), identity is
 * SIGKILLed, and it comes back under a new pid on the same ops port while the gateway and programmes
 * keep running with their pids. Uses a private nats-server and the machine's PostgreSQL (a fresh
 * database); needs `npm run build` first.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const PG_SERVER = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const id = randomBytes(4).toString('hex');
const dbName = `sup_${id}`;
const gatewayPort = 21000 + Math.floor(Math.random() * 8000);
const opsBase = gatewayPort + 10;

let nats: TestNats;
let sup: ChildProcess;
let out = '';
let supExit: Promise<number | null>;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until<T>(what: string, f: () => Promise<T | undefined> | T | undefined, timeoutMs = 240_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`${what} not seen within ${timeoutMs} ms; output:\n${out.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
const health = async (url: string) => {
  try {
    const r = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return { status: r.status, body: (await r.json()) as { modules?: Record<string, { status: string }> } };
  } catch {
    return undefined;
  }
};

beforeAll(async () => {
  nats = await startTestNats({ requireOwned: true });
  const u = new URL(PG_SERVER);
  u.pathname = `/${dbName}`;
  sup = spawn(process.execPath, [join(root, 'tools', 'scripts', 'start-distributed.mjs')], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: u.toString(), NATS_URL: nats.url, PORT: String(gatewayPort), OPS_PORT_BASE: String(opsBase), MODULES: 'identity,programmes', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  sup.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  sup.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  supExit = new Promise((res) => sup.once('exit', (code) => res(code)));
});

afterAll(async () => {
  if (sup.exitCode === null) {
    sup.kill('SIGTERM');
    await supExit;
  }
  const c = new pg.Client({ connectionString: PG_SERVER });
  await c.connect();
  await c.query(`drop database if exists "${dbName}" with (force)`);
  await c.end();
  await nats?.stop();
});

it('restarts a killed service on its fixed ops port while the gateway and the other services keep running', async () => {
  await until('ready', () => (/ready in [\d.]+ s/.test(out) ? true : undefined), 400_000);
  expect(out).toContain('dist/ is current: no build');
  const pidOf = (name: string) => Number(new RegExp(`  ${name}: pid (\\d+)`).exec(out)![1]);
  // Fixed ops ports: base + index in the registry (identity 0, programmes 1).
  expect(out).toContain(`  identity: pid ${pidOf('identity')}, http://127.0.0.1:${opsBase}/health`);
  expect(out).toContain(`  programmes: pid ${pidOf('programmes')}, http://127.0.0.1:${opsBase + 1}/health`);
  const [identity, programmes, gateway] = [pidOf('identity'), pidOf('programmes'), pidOf('gateway')];

  process.kill(identity, 'SIGKILL');
  await until('the supervisor noticing', () => (out.includes('identity exited (SIGKILL)') ? true : undefined));
  // While identity is down the gateway keeps answering (health says identity is not up).
  const during = await until('the gateway answering without identity', async () => {
    const h = await health(`http://127.0.0.1:${gatewayPort}/health`);
    return h && h.body.modules?.['identity']?.status !== 'up' ? h : undefined;
  });
  expect(during.body.modules?.['programmes']?.status).toBe('up');

  await until('identity back on its ops port', async () => ((await health(`http://127.0.0.1:${opsBase}/health`))?.status === 200 ? true : undefined));
  await until('the gateway seeing identity up again', async () => ((await health(`http://127.0.0.1:${gatewayPort}/health`))?.body.modules?.['identity']?.status === 'up' ? true : undefined));
  // The supervisor says so once the restarted service is ready; its line can reach us after the health checks do.
  const back = Number(await until('the supervisor saying identity is back', () => /identity is back \(pid (\d+)\)/.exec(out)?.[1]));
  expect(back).not.toBe(identity);
  expect(alive(back)).toBe(true);
  expect(alive(identity)).toBe(false);
  // The others never stopped: same processes.
  expect(alive(gateway)).toBe(true);
  expect(alive(programmes)).toBe(true);
  expect(out).not.toMatch(/gateway exited|programmes exited/);
  expect(sup.exitCode).toBeNull();

  sup.kill('SIGTERM');
  const code = await supExit;
  expect({ code, stopped: out.includes('stopping …') }).toEqual({ code: 0, stopped: true });
  expect(alive(back) || alive(gateway) || alive(programmes)).toBe(false);
}, 600_000);
