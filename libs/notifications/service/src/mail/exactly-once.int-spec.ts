import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StaffContactChanged } from '@m4pris/identity-contracts';
import { RelationshipStarted } from '@m4pris/programmes-contracts';
import { startServiceHarness, startSmtpSink, type ServiceHarness, type SmtpSink } from '@m4pris/testing';
import { notificationsService } from '../notifications.module.js';

/*
 * Each message is delivered exactly once across restarts and replicas, counted at a real SMTP
 * server. The dispatchers are real child processes (test/dispatcher-process.mjs: the service's
 * Nest module on this test's database, from the built package), SIGKILLed at a hook point.
 */
const CHILD = join(dirname(fileURLToPath(import.meta.url)), '../../test/dispatcher-process.mjs');
const T1 = randomUUID();
/** Child processes start slowly on a loaded machine; nothing here measures time. */
const SLOW = 300_000;

interface Dispatcher {
  proc: ChildProcess;
  lines: string[];
  /** Resolves with the first line starting with `prefix` (fails after `ms`). */
  line(prefix: string, ms?: number): Promise<string>;
  sent(): string[];
  kill(): Promise<void>;
  stop(): Promise<void>;
}

function startDispatcher(env: Record<string, string>): Dispatcher {
  const proc = spawn(process.execPath, [CHILD], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let errors = '';
  let partial = '';
  proc.stdout!.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  proc.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    lines,
    line: async (prefix, ms = 180_000) => {
      const until = Date.now() + ms;
      for (;;) {
        const hit = lines.find((l) => l.startsWith(prefix));
        if (hit) return hit;
        if (proc.exitCode !== null || Date.now() > until) throw new Error(`no "${prefix}" from the dispatcher process; stdout: ${lines.join(' | ')}; stderr: ${errors}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    sent: () => lines.filter((l) => l.startsWith('SENT ')).map((l) => l.slice(5)),
    kill: async () => {
      proc.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}

describe('exactly once across restarts and replicas (child processes, real PostgreSQL, real SMTP server)', () => {
  let h: ServiceHarness;
  let smtp: SmtpSink;
  const running: Dispatcher[] = [];
  const start = (env: Record<string, string> = {}) => {
    const d = startDispatcher({ DATABASE_URL: h.db.url, SMTP_URL: smtp.url, ...env });
    running.push(d);
    return d;
  };

  /** Decides `duos` matches (two mails each) in this process: rendered and queued, nothing sent. */
  async function decide(duos: number): Promise<string[]> {
    const before = new Set((await h.sql<{ idempotency_key: string }>(`select idempotency_key from notifications.outgoing_mail`)).map((r) => r.idempotency_key));
    for (let i = 0; i < duos; i++) {
      const mentor = randomUUID();
      const mentee = randomUUID();
      await h.publish(StaffContactChanged, { staffId: mentor, tenantId: T1, firstName: 'Mentor', lastName: `M${i}`, email: `mentor${i}@example.org`, locale: 'en' });
      await h.publish(StaffContactChanged, { staffId: mentee, tenantId: T1, firstName: 'Mentee', lastName: `E${i}`, email: `mentee${i}@example.org`, locale: 'pt' });
      await h.publish(RelationshipStarted, {
        tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: mentor, menteeStaffId: mentee, on: '2026-12-01', plannedEndOn: '2027-06-01',
      });
    }
    const keys = (await h.sql<{ idempotency_key: string }>(`select idempotency_key from notifications.outgoing_mail`)).map((r) => r.idempotency_key).filter((k) => !before.has(k));
    expect(keys).toHaveLength(duos * 2);
    return keys;
  }

  /** How often each Message-ID arrived at the SMTP server. */
  const arrivals = () => {
    const count = new Map<string, number>();
    for (const m of smtp.received) count.set(m.messageId!, (count.get(m.messageId!) ?? 0) + 1);
    return count;
  };
  const messageId = (key: string) => `<${key}@m4pris>`;
  /** Long enough for a lease (2 s), the monitor (2 s) and a retry (1–2 s) to have happened once more. */
  const settle = () => new Promise((r) => setTimeout(r, 7_000));

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // The same job settings as the dispatcher processes: a job's lease is set when it is queued.
    h = await startServiceHarness(notificationsService, { settings: { SMTP_URL: smtp.url, MAIL_POLL_MS: 60_000, MAIL_LEASE_SECONDS: 2, MAIL_RETRY_SECONDS: 1, MAIL_DEFAULT_WINDOW: 'always' } });
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((d) => d.stop()));
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('killed between render and send, then restarted: every mail arrives once, the interrupted one on its second attempt', async () => {
    const keys = await decide(5);
    const first = start({ KILL_AT: 'before-send' });
    const hook = await first.line('HOOK before-send ');
    const interrupted = hook.split(' ')[2];
    await first.kill();
    expect(smtp.received).toHaveLength(0);
    expect(await h.sql(`select status from notifications.outgoing_mail where idempotency_key = ?`, [interrupted])).toEqual([{ status: 'queued' }]);

    const second = start();
    await smtp.waitFor(keys.length, 180_000);
    await settle();
    const count = arrivals();
    for (const key of keys) expect([key, count.get(messageId(key))]).toEqual([key, 1]);
    expect(smtp.received).toHaveLength(keys.length);
    expect(second.sent().sort()).toEqual([...keys].sort());
    const rows = await h.sql<{ idempotency_key: string; status: string; attempts: number; text_body: string | null }>(
      `select idempotency_key, status, attempts, text_body from notifications.outgoing_mail where idempotency_key in (?)`,
      [keys],
    );
    expect(rows.every((r) => r.status === 'sent' && r.text_body === null)).toBe(true);
    expect(rows.find((r) => r.idempotency_key === interrupted)!.attempts).toBe(2);
  }, SLOW);

  it('two replicas dispatching the same queue: every mail arrives exactly once', async () => {
    const keys = await decide(20);
    const a = start();
    const b = start();
    await Promise.all([a.line('READY'), b.line('READY')]);
    await smtp.waitFor(keys.length, 180_000);
    await settle();
    const count = arrivals();
    for (const key of keys) expect([key, count.get(messageId(key))]).toEqual([key, 1]);
    expect(smtp.received).toHaveLength(keys.length);
    // Each mail was handed over by exactly one of the two processes.
    expect([...a.sent(), ...b.sent()].sort()).toEqual([...keys].sort());
    process.stdout.write(`two replicas: ${a.sent().length} + ${b.sent().length} mails\n`);
  }, SLOW);

  it('the one window left: killed after the SMTP server accepted a mail and before it was marked sent — the retry carries the same Message-ID', async () => {
    const keys = await decide(1);
    const first = start({ KILL_AT: 'after-send' });
    const hook = await first.line('HOOK after-send ');
    const interrupted = hook.split(' ')[2];
    await first.kill();
    start();
    await smtp.waitFor(keys.length + 1, 180_000);
    await settle();
    const count = arrivals();
    expect(count.get(messageId(interrupted))).toBe(2);
    for (const key of keys.filter((k) => k !== interrupted)) expect(count.get(messageId(key))).toBe(1);
    expect(smtp.received).toHaveLength(keys.length + 1);
  }, SLOW);
});
