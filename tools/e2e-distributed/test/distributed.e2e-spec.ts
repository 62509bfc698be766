import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { MODULES } from '@m4pris/modules-registry';
import { mailedInvitationToken } from '@m4pris/testing';
import { Api, GqlError, JOURNEYS, type JourneyState } from '../src/index.js';

/**
 * The distributed proof: the gateway and every service module of the registry, each its own process
 * started from its production bundle `dist/bundle/main.js` (the gateway from `dist/main.js`), over the machine's NATS and PostgreSQL (a fresh database
 * and a fresh JetStream stream per run). A journey runs through the public GraphQL API; one service
 * is SIGKILLed while writes are in flight; while it is down its requests answer MODULE_UNAVAILABLE;
 * after its restart every acknowledged write is there, with its domain event published once, and
 * the journey completes.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const PG_SERVER = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The module whose process is killed (identity today: every journey needs it). */
const KILLED = process.env.E2E_KILL_MODULE ?? 'identity';

interface Service {
  name: string;
  opsUrl: string;
  child: ChildProcess;
  start(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}
interface Distributed {
  startDistributed(o: {
    modules: string[];
    databaseUrl: string;
    natsUrl: string;
    port: number;
    host: string;
    env: Record<string, string>;
    onLine: (name: string, line: string) => void;
    readyTimeoutMs: number;
  }): Promise<{ url: string; graphqlUrl: string; services: Map<string, Service>; stop(signal?: NodeJS.Signals): Promise<void> }>;
  waitForHealth(baseUrl: string, modules: string[], o?: { timeoutMs?: number }): Promise<unknown>;
  dropDatabase(databaseUrl: string): Promise<void>;
  deleteStream(natsUrl: string, stream: string): Promise<void>;
  freePort(): Promise<number>;
}

async function unavailable(): Promise<string | undefined> {
  try {
    const nc = await connect({ servers: NATS_URL.split(','), reconnect: false, timeout: 2000 });
    await nc.close();
  } catch (e) {
    return `no NATS at ${NATS_URL} (${(e as Error).message})`;
  }
  const c = new pg.Client({ connectionString: PG_SERVER, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
  } catch (e) {
    return `no PostgreSQL at ${new URL(PG_SERVER).host} (${(e as Error).message})`;
  } finally {
    await c.end().catch(() => undefined);
  }
  return undefined;
}

const reason = await unavailable();
const modules = Object.keys(MODULES);

if (reason && process.env.CI === 'true') {
  describe('distributed platform (separate processes over NATS and PostgreSQL)', () => {
    it('needs the machine NATS and PostgreSQL (CI=true: missing is a failure)', () => {
      throw new Error(`CI=true: ${reason}`);
    });
  });
} else if (reason) {
  process.stderr.write(`\n[m4pris] NOT RUN: distributed proof — ${reason}\n`);
  describe('distributed platform (separate processes over NATS and PostgreSQL)', () => {
    it.todo(`not run: ${reason}`);
  });
} else {
  describe('distributed platform (separate processes over NATS and PostgreSQL)', () => {
    const runId = randomBytes(4).toString('hex');
    const stream = `M4P_DIST_${runId.toUpperCase()}`;
    const dbUrl = new URL(PG_SERVER);
    dbUrl.pathname = `/m4p_dist_${runId}`;
    const databaseUrl = dbUrl.toString();
    const admin = { email: 'admin@distributed.test', password: 'distributed proof password' };
    const output: string[] = [];
    // Without SMTP_URL the notifications service writes each e-mail under DATA_DIR/mail: invitation links are read there, as a person reads a mailbox.
    const dataDir = mkdtempSync(join(tmpdir(), 'm4p-dist-'));
    const mailDir = join(dataDir, 'mail');
    const state: JourneyState = { runId, admin, modules, invitationToken: (email: string, since: Date) => mailedInvitationToken(mailDir, email, since) };
    let dist: Distributed;
    let platform: Awaited<ReturnType<Distributed['startDistributed']>>;
    let api: Api;

    beforeAll(async () => {
      for (const app of ['gateway', ...modules]) {
        const main = join(root, 'apps', app, 'dist', 'main.js');
        if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm test builds the apps; or npm run build)`);
      }
      dist = (await import(new URL('../../scripts/start-distributed.mjs', import.meta.url).href)) as Distributed;
      platform = await dist.startDistributed({
        modules,
        databaseUrl,
        natsUrl: NATS_URL,
        port: await dist.freePort(),
        host: '127.0.0.1',
        env: {
          NATS_EVENT_STREAM: stream,
          PLATFORM_ADMIN_EMAIL: admin.email,
          PLATFORM_ADMIN_PASSWORD: admin.password,
          LOG_LEVEL: 'warn',
          NODE_ENV: 'test',
          DATA_DIR: dataDir,
          MAIL_POLL_MS: '200',
          // Requests in flight when the service dies time out after this (a dead service's new requests
          // are refused at once: NATS has no responder). The platform's default: 2 s was too short for the
          // first password after identity's restart (argon2 and the password dictionaries, loaded on first
          // use) on a machine with other work — acceptInvitation answered MODULE_UNAVAILABLE twice.
          REQUEST_TIMEOUT_MS: '5000',
        },
        onLine: (name, line) => {
          output.push(`[${name}] ${line}`);
          if (output.length > 400) output.shift();
        },
        readyTimeoutMs: 60_000,
      });
      api = new Api(platform.graphqlUrl);
    });

    afterAll(async () => {
      await platform?.stop();
      await dist?.deleteStream(NATS_URL, stream).catch(() => undefined);
      await dist?.dropDatabase(databaseUrl).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** Runs a test body; on a failure, the processes' last lines are printed (they say why). */
    const withOutput = (fn: () => Promise<void>) => async () => {
      try {
        await fn();
      } catch (e) {
        if (output.length) process.stderr.write(`--- last lines of the platform processes:\n${output.slice(-60).join('\n')}\n`);
        throw e;
      }
    };

    it('runs each service as its own process with /health and /metrics on its ops port', withOutput(async () => {
      expect([...platform.services.keys()].sort()).toEqual([...modules].sort());
      const pids = new Set([...platform.services.values()].map((s) => s.child.pid));
      expect(pids.size).toBe(modules.length);
      for (const s of platform.services.values()) {
        const health = (await (await fetch(`${s.opsUrl}/health`)).json()) as { status: string; components: Record<string, { status: string }> };
        expect(health.status).toBe('ok');
        expect(health.components.nats.status).toBe('up');
        expect(health.components[`db:${s.name}`].status).toBe('up');
        expect((await fetch(`${s.opsUrl}/health/live`)).status).toBe(200);
        const metrics = await (await fetch(`${s.opsUrl}/metrics`)).text();
        expect(metrics).toContain(`m4p_nats_connected{connection="m4pris-${s.name}"} 1`);
        expect(metrics).toMatch(new RegExp(`m4p_db_pool_connections\\{service="${s.name}",state="idle"\\} \\d+`));
        expect(metrics).toContain('m4p_bus_request_duration_seconds');
      }
      const gw = (await (await fetch(`${new URL(platform.graphqlUrl).origin}/health`)).json()) as { status: string; modules: Record<string, { status: string }> };
      expect(gw.status).toBe('ok');
      for (const m of modules) expect(gw.modules[m].status).toBe('up');
      expect((await fetch(`${new URL(platform.graphqlUrl).origin}/health/ready`)).status).toBe(200);
    }));

    it('runs every module journey through the gateway', withOutput(async () => {
      const missing = modules.filter((m) => !JOURNEYS[m]);
      if (missing.length) process.stderr.write(`[m4pris] distributed proof: no journey yet for ${missing.join(', ')} (only its process health is proven)\n`);
      expect(JOURNEYS[KILLED]).toBeDefined();
      for (const m of modules) await JOURNEYS[m]?.before(api, state);
    }));

    it(`answers MODULE_UNAVAILABLE while ${KILLED} is killed, loses nothing acknowledged, and finishes the journey after its restart`, withOutput(async () => {
      const journey = JOURNEYS[KILLED];
      const service = platform.services.get(KILLED)!;
      const acked: string[] = [];
      const refused: (string | undefined)[] = [];
      let killed: Promise<void> | undefined;
      // Writes one after another; the process is SIGKILLed after the 4th acknowledgement, while the
      // next writes are already on their way.
      for (let n = 0; refused.length < 3 && n < 100; n++) {
        try {
          acked.push(await journey.write(api, state, n));
        } catch (e) {
          if (!(e instanceof GqlError)) throw e;
          refused.push(e.code);
        }
        if (acked.length === 4 && !killed) killed = service.kill('SIGKILL');
      }
      await killed;
      expect(acked.length).toBeGreaterThanOrEqual(4);
      expect(refused).toEqual(['MODULE_UNAVAILABLE', 'MODULE_UNAVAILABLE', 'MODULE_UNAVAILABLE']);

      // During the gap: the module's requests are refused at once with a typed code; the gateway
      // says which module is down.
      await expect(journey.probe(api, state)).rejects.toMatchObject({ code: 'MODULE_UNAVAILABLE' });
      const gw = (await (await fetch(`${new URL(platform.graphqlUrl).origin}/health`)).json()) as { status: string; modules: Record<string, { status: string }> };
      expect(gw.status).toBe('degraded');
      expect(gw.modules[KILLED].status).toBe('down');

      // Restart: the same process command, same database, same stream.
      await service.start();
      await dist.waitForHealth(new URL(platform.graphqlUrl).origin, modules, { timeoutMs: 30_000 });

      // Nothing acknowledged is lost: every write is there…
      for (const id of acked) expect(await journey.exists(api, state, id)).toBe(true);
      // …and its domain event reached JetStream exactly once (published by the outbox, even if the
      // process died between the commit and the publication).
      if (journey.writeEvent) {
        const counts = await eventCounts(stream, journey.writeEvent.subject, journey.writeEvent.idOf, acked);
        expect(acked.map((id) => counts.get(id) ?? 0)).toEqual(acked.map(() => 1));
      }

      // The journey completes.
      for (const m of modules) await JOURNEYS[m]?.after(api, state);
    }));

    // Issue 13 (sessions outlive logout), in this mode: the gateway asks identity over NATS on every
    // request, so a session ended by logout is refused by the next request. Last: a logout ends the
    // account's other access tokens too (the journeys' platform-admin tokens).
    it('ends a session at once: after logout the old access token is refused on the next request (identity answers over NATS)', withOutput(async () => {
      const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
      const ME = `query { me { accountId } }`;
      const session = (await api.call(LOGIN, { input: admin })).login as { accessToken: string; refreshToken: string };
      expect((await api.raw(ME, {}, session.accessToken)).errors).toBeUndefined();
      await api.call(`mutation($input: LogoutInput!) { logout(input: $input) }`, { input: { refreshToken: session.refreshToken } });
      const after = await api.raw(ME, {}, session.accessToken);
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // A new sign-in works as before.
      const again = (await api.call(LOGIN, { input: admin })).login as { accessToken: string };
      expect((await api.raw(ME, {}, again.accessToken)).errors).toBeUndefined();
    }));
  });
}

/** How many events of `subject` the stream holds per id, waiting (up to 20 s) until every id has one. */
async function eventCounts(stream: string, subject: string, idOf: (payload: any) => string, ids: string[]): Promise<Map<string, number>> {
  const nc = await connect({ servers: NATS_URL.split(','), reconnect: false, timeout: 2000 });
  try {
    const jsm = await jetstreamManager(nc);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const counts = new Map<string, number>();
      const info = await jsm.streams.info(stream);
      for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
        const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
        if (!m || m.subject !== `events.${subject}`) continue;
        const id = idOf((m.json() as { payload: unknown }).payload);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      if (ids.every((id) => counts.has(id)) || Date.now() > deadline) return counts;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await nc.close();
  }
}
