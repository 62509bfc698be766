// Notifications benchmark: a cohort of N duos (default 200) closing at once. Each closure is a
// `programmes.v1.relationship.closed` event delivered to the notifications service (real PostgreSQL,
// the in-process bus), which renders the closure reflection for both people in their language,
// writes their inbox rows and queues the mail with its pg-boss job; the service's own pg-boss
// workers (MAIL_DISPATCH) hand every mail to a real SMTP server (smtp-server, in this process).
// Reported: messages rendered and queued per second, messages handed to SMTP per second, and the
// time from the first closure until the SMTP server holds the last mail.
// Peer, in the same run: nodemailer alone sending the same number of pre-rendered mails to the same
// SMTP server over one connection pool (no database, no queue) — the floor of the SMTP leg.
// Prints the load average with every row (the cores are shared); the last line is one JSON object.
//   npm run bench:notifications -- [--duos 200] [--json]
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { StaffContactChanged } from '@m4pris/identity-contracts';
import { RelationshipClosed } from '@m4pris/programmes-contracts';
// The benchmark drives the service itself (a tool, never shipped).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { MailDispatcher, notificationsService, renderMessage } from '@m4pris/notifications-service';
import { startServiceHarness, startSmtpSink, stopEmbeddedPostgres } from '@m4pris/testing';
import { progress } from './common.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const DUOS = Number(arg('duos', '200'));
const JSON_OUT = process.argv.includes('--json');
const LOCALES = ['en', 'da', 'pt', 'ro', 'el'] as const;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000 * 10) / 10;

async function platform(): Promise<{ mails: number; renderMs: number; deliveredMs: number; loadBefore: string; loadAfter: string }> {
  const smtp = await startSmtpSink();
  const h = await startServiceHarness(notificationsService, { settings: { SMTP_URL: smtp.url, MAIL_POLL_MS: 500, MAIL_DISPATCH: 'true', MAIL_DEFAULT_WINDOW: 'always' } });
  try {
    const tenantId = randomUUID();
    const duos: { mentor: string; mentee: string }[] = [];
    progress(`seeding ${DUOS * 2} people`);
    for (let i = 0; i < DUOS; i++) {
      const d = { mentor: randomUUID(), mentee: randomUUID() };
      duos.push(d);
      for (const [staffId, k] of [[d.mentor, 0], [d.mentee, 1]] as const) {
        await h.publish(StaffContactChanged, { staffId, tenantId, firstName: `P${i}${k}`, lastName: 'Bench', email: `p${i}-${k}@example.org`, locale: LOCALES[(i + k) % LOCALES.length] });
      }
    }
    const dispatcher = h.moduleRef.get(MailDispatcher);
    await dispatcher.start();
    const mails = DUOS * 2;
    const loadBefore = load();
    progress(`closing ${DUOS} duos at once (load ${loadBefore})`);
    const t0 = performance.now();
    await Promise.all(
      duos.map((d) =>
        h.publish(RelationshipClosed, { tenantId, programmeId: randomUUID(), cohortId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: d.mentor, menteeStaffId: d.mentee, on: '2027-06-01' }),
      ),
    );
    const renderMs = performance.now() - t0;
    dispatcher.kick();
    await smtp.waitFor(mails, 600_000);
    const deliveredMs = performance.now() - t0;
    const ids = new Set(smtp.received.map((m) => m.messageId));
    if (ids.size !== mails || smtp.received.length !== mails) throw new Error(`expected ${mails} distinct mails, got ${smtp.received.length} (${ids.size} distinct)`);
    return { mails, renderMs, deliveredMs, loadBefore, loadAfter: load() };
  } finally {
    await h.close();
    await smtp.close();
  }
}

async function peer(mails: number): Promise<{ sendMs: number; load: string }> {
  const smtp = await startSmtpSink();
  const transport = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 1 } as never);
  try {
    const rendered = Array.from({ length: mails }, (_, i) => renderMessage('closure_reflection', LOCALES[i % LOCALES.length], { name: `P${i}` }, 'https://m4pris.test/duo'));
    const t0 = performance.now();
    for (let i = 0; i < mails; i++) {
      const r = rendered[i];
      await transport.sendMail({ from: 'M4Pris <no-reply@m4pris.local>', to: `p${i}@example.org`, subject: r.subject, text: r.text, html: r.html, messageId: `<peer-${i}@m4pris>` });
    }
    await smtp.waitFor(mails, 600_000);
    return { sendMs: performance.now() - t0, load: load() };
  } finally {
    transport.close();
    await smtp.close();
  }
}

const p = await platform();
const q = await peer(p.mails);
await stopEmbeddedPostgres();
const rows = [
  ['platform: rendered + queued', `${p.mails} mails`, `${rate(p.mails, p.renderMs)}/s`, `${Math.round(p.renderMs)} ms`, `load ${p.loadBefore}`],
  ['platform: handed to SMTP', `${p.mails} mails`, `${rate(p.mails, p.deliveredMs)}/s`, `last delivered after ${Math.round(p.deliveredMs)} ms`, `load ${p.loadAfter}`],
  ['peer: nodemailer → same SMTP server', `${p.mails} mails`, `${rate(p.mails, q.sendMs)}/s`, `${Math.round(q.sendMs)} ms`, `load ${q.load}`],
];
if (!JSON_OUT) for (const r of rows) process.stdout.write(r.join('  |  ') + '\n');
process.stdout.write(
  JSON.stringify({
    bench: 'notifications',
    duos: DUOS,
    mails: p.mails,
    renderedPerSecond: rate(p.mails, p.renderMs),
    handedToSmtpPerSecond: rate(p.mails, p.deliveredMs),
    lastDeliveredMs: Math.round(p.deliveredMs),
    peer: { name: 'nodemailer alone, same SMTP server', sentPerSecond: rate(p.mails, q.sendMs), ms: Math.round(q.sendMs) },
    loadavg: { before: p.loadBefore, afterPlatform: p.loadAfter, afterPeer: q.load },
    cpus: (await import('node:os')).cpus().length,
  }) + '\n',
);
process.exit(0);
