import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { newTraceId, personalDataPart, personalDataRead, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { AccountDisabled, InvitationIssued, PasswordResetRequested, RoleGranted, StaffContactChanged, StaffErased } from '@m4pris/identity-contracts';
import { ApplicationAccepted, RelationshipStarted } from '@m4pris/programmes-contracts';
import { CountUnread, ListMyNotifications, ListOutgoingMail, MarkNotificationsRead } from '@m4pris/notifications-contracts';
import { as, failure, startServiceHarness, startSmtpSink, type ServiceHarness, type SmtpSink } from '@m4pris/testing';
import { JOBS_SCHEMA, MailDispatcher } from './mail/mail-dispatcher.js';
import { Mailer } from './mail/mailer.js';
import { notificationsService } from './notifications.module.js';
import { NotificationsSettings } from './notifications.settings.js';

const T1 = randomUUID();
const T2 = randomUUID();
const ANNA = randomUUID(); // mentor, English
const BO = randomUUID(); // mentee, Danish
const OTHER = randomUUID(); // another tenant
const PUBLIC_URL = 'https://m4pris.test';

function contact(staffId: string, tenantId: string, firstName: string, lastName: string, locale: string | null) {
  return { staffId, tenantId, firstName, lastName, email: `${firstName.toLowerCase()}@example.org`, locale };
}

function relationship(id = randomUUID()) {
  return { tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), relationshipId: id, mentorStaffId: ANNA, menteeStaffId: BO, on: '2026-12-01', plannedEndOn: '2027-06-01' };
}

describe('notifications (real PostgreSQL, real SMTP server)', () => {
  let h: ServiceHarness;
  let smtp: SmtpSink;
  let settings: NotificationsSettings;

  const dispatcher = () => h.moduleRef.get(MailDispatcher);
  const mailRows = () => h.sql<{ recipient: string; status: string; attempts: number; text_body: string | null; kind: string }>(`select recipient, status, attempts, text_body, kind from notifications.outgoing_mail order by created_at, id`);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    h = await startServiceHarness(notificationsService, { settings: { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_POLL_MS: 60_000, MAIL_DEFAULT_WINDOW: 'always' } });
    settings = h.moduleRef.get(NotificationsSettings);
    await h.publish(StaffContactChanged, contact(ANNA, T1, 'Anna', 'Andersen', 'en'));
    await h.publish(StaffContactChanged, contact(BO, T1, 'Bo', 'Bække', 'da'));
    await h.publish(StaffContactChanged, contact(OTHER, T2, 'Olga', 'Other', 'el'));
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('a match: both people hear it in their own language, with the partner named in the body and never in the subject', async () => {
    const rel = relationship();
    await h.publish(RelationshipStarted, rel);
    expect(await dispatcher().drain()).toBe(2);
    const mails = await smtp.waitFor(2);
    const toAnna = mails.find((m) => m.to && JSON.stringify(m.to).includes('anna@example.org'))!;
    const toBo = mails.find((m) => m.to && JSON.stringify(m.to).includes('bo@example.org'))!;
    expect(toAnna.subject).toBe('M4Pris: you have a new message');
    expect(toBo.subject).toBe('M4Pris: du har en ny besked');
    expect(toBo.headers.get('content-language')).toBe('da');
    expect(toAnna.text).toContain('Bo Bække');
    expect(toBo.text).toContain('Anna Andersen');
    for (const m of mails) {
      expect(m.subject).not.toMatch(/Anna|Bo|Andersen|Bække/);
      expect(m.html).toContain(`href="${PUBLIC_URL}/duo"`);
      expect(m.messageId).toMatch(/@m4pris>$/);
    }
    // Sent mail keeps no body.
    expect((await mailRows()).filter((r) => r.text_body !== null)).toEqual([]);
  });

  it('an event delivered twice is told once (per-consumer dedupe and the idempotency key)', async () => {
    const envelope = { id: randomUUID(), subject: ApplicationAccepted.subject, occurredAt: new Date().toISOString(), tenantId: T1, traceId: newTraceId(), payload: {
      tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), applicationId: randomUUID(), staffId: ANNA, role: 'mentor', functions: [], languages: ['en'], prefersSameUnit: false, preferredStaffIds: [], conflictStaffIds: [],
    } };
    await h.transport.publish(envelope);
    await h.transport.publish(envelope);
    expect(await dispatcher().drain()).toBe(1);
    expect(await smtp.waitFor(1)).toHaveLength(1);
    expect(smtp.received[0].subject).toBe('M4Pris: you have a new message');
  });

  it('the inbox: own messages only, unread count, marking read; nobody else can mark them', async () => {
    const anna = as.staff(T1, ANNA);
    const page = await h.bus.request(ListMyNotifications, {}, anna);
    expect(page.items.map((n) => n.kind)).toEqual(['application_accepted', 'matched']);
    expect(page.items[1].body).toContain('Bo Bække');
    expect(page.items[1].link).toBe('/duo');
    expect((await h.bus.request(CountUnread, {}, anna)).count).toBe(2);
    const ids = page.items.map((n) => n.id);
    // Bo (same tenant) and Olga (other tenant) try Anna's ids: as if they did not exist, and nothing changes.
    expect((await failure(h.bus.request(MarkNotificationsRead, { ids }, as.staff(T1, BO)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(MarkNotificationsRead, { ids }, as.staff(T2, OTHER)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(MarkNotificationsRead, { ids: [ids[0], randomUUID()] }, anna))).field).toBe('ids');
    expect((await h.bus.request(CountUnread, {}, anna)).count).toBe(2);
    expect((await h.bus.request(ListMyNotifications, {}, as.staff(T2, OTHER))).total).toBe(0);
    expect((await h.bus.request(MarkNotificationsRead, { ids: [ids[0]] }, anna)).marked).toBe(1);
    expect((await h.bus.request(CountUnread, {}, anna)).count).toBe(1);
    // An account without a staff record has an empty inbox; nobody anonymous has one.
    expect((await h.bus.request(CountUnread, {}, as.tenantAdmin(T1))).count).toBe(0);
    expect((await h.bus.request(ListMyNotifications, {}, as.tenantAdmin(T1))).total).toBe(0);
    expect((await failure(h.bus.request(CountUnread, {}, as.anonymous()))).category).toBe('UNAUTHENTICATED');
  });

  it('an invitation: e-mailed to the invitee with a working link; the admin list shows subject, recipient, status — never the link', async () => {
    const token = 'tok_' + randomUUID().replace(/-/g, '');
    await h.publish(InvitationIssued, { accountId: randomUUID(), tenantId: T1, staffId: BO, email: 'bo@example.org', token, expiresAt: '2026-12-09T10:00:00.000Z', locale: null });
    await dispatcher().drain();
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('M4Pris: din invitation');
    expect(mail.text).toContain(`${PUBLIC_URL}/invitation#token=${token}`);
    expect(mail.text).toContain('2026-12-09');
    // Not in Bo's inbox: the link is a credential.
    expect((await h.bus.request(ListMyNotifications, {}, as.staff(T1, BO))).items.map((n) => n.kind)).not.toContain('invitation');
    const list = await h.bus.request(ListOutgoingMail, {}, as.platformAdmin());
    const row = list.items.find((m) => m.recipient === 'bo@example.org' && m.subject === 'M4Pris: din invitation')!;
    expect(row).toMatchObject({ recipient: 'bo@example.org', subject: 'M4Pris: din invitation', status: 'sent' });
    expect(JSON.stringify(list)).not.toContain(token);
    // Never the kind either (it can say what a mail is about): preferences.int-spec.ts checks it with a support message.
    expect(Object.keys(row).sort()).toEqual(['attempts', 'createdAt', 'id', 'recipient', 'sentAt', 'status', 'subject']);
    expect((await failure(h.bus.request(ListOutgoingMail, {}, as.tenantAdmin(T1)))).category).toBe('FORBIDDEN');
  });

  it("the platform admin's mail list is audit-logged in each recipient's tenant; a person's export of their part too", async () => {
    const reads = () => h.sql<{ payload: PersonalDataReadEvent; tenant_id: string | null }>(`select payload, tenant_id from notifications.outbox_event where subject = ? order by occurred_at, id`, [personalDataRead('notifications').subject]);
    let n = (await reads()).length;
    const admin = as.platformAdmin();
    const list = await h.bus.request(ListOutgoingMail, {}, admin);
    const t1 = (await h.sql<{ staff_id: string }>(`select distinct staff_id from notifications.outgoing_mail where tenant_id = ? and staff_id is not null`, [T1])).map((r) => r.staff_id).sort();
    expect(list.items.length).toBeGreaterThan(0);
    expect(t1.length).toBeGreaterThan(0);
    const logged = (await reads()).slice(n).filter((r) => r.tenant_id === T1);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.payload).toMatchObject({ action: 'mail.list', actorId: admin.userId, subjectCount: t1.length, pseudonymous: false });
    expect([...logged[0]!.payload.subjectIds].sort()).toEqual(t1);
    n = (await reads()).length;
    const bo = as.staff(T1, BO);
    await h.bus.request(personalDataPart('notifications'), { staffId: BO }, bo);
    expect((await reads()).slice(n).map((r) => [r.payload, r.tenant_id])).toEqual([[{ action: 'personalData.export', actorId: bo.userId, subjectIds: [BO], subjectCount: 1, pseudonymous: false }, T1]]);
  });

  it('a refused mail is retried by the job queue with backoff and delivered once', async () => {
    smtp.refuse(1);
    await h.publish(RelationshipStarted, relationship());
    expect(await dispatcher().drain()).toBe(1);
    const [refused] = await h.sql<{ id: string; status: string; attempts: number; last_error: string }>(
      `select id, status, attempts, last_error from notifications.outgoing_mail where status <> 'sent'`,
    );
    expect(refused).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.stringContaining('Try again later') });
    // pg-boss holds the retry back: MAIL_RETRY_SECONDS (30) with exponential backoff and jitter.
    const [job] = await h.sql<{ state: string; wait: number }>(`select state, extract(epoch from start_after - now())::int as wait from ${JOBS_SCHEMA}.job where id = ?`, [refused.id]);
    expect(job.state).toBe('retry');
    expect(job.wait).toBeGreaterThan(20);
    expect(await dispatcher().drain()).toBe(0);
    // Time passes: the retry is due.
    await h.sql(`update ${JOBS_SCHEMA}.job set start_after = now() where id = ?`, [refused.id]);
    expect(await dispatcher().drain()).toBe(1);
    expect(await h.sql(`select status, attempts from notifications.outgoing_mail where id = ?`, [refused.id])).toEqual([{ status: 'sent', attempts: 2 }]);
    expect(smtp.received).toHaveLength(2);
  });

  it('a mail refused on every attempt is marked failed, its bodies cleared, its job failed for good', async () => {
    const mails = new MailDispatcher(h.orm, new Mailer(settings), Object.assign(new NotificationsSettings(), settings, { MAIL_MAX_ATTEMPTS: 2 }));
    // The queue's policy (two attempts) is set when a dispatcher starts; a job takes the policy in force when it is queued.
    await mails.ready();
    await h.publish(AccountDisabled, { accountId: randomUUID(), tenantId: T1, staffId: ANNA, email: 'anna@example.org', locale: 'en' });
    const [row] = await h.sql<{ id: string }>(`select id from notifications.outgoing_mail where status = 'queued'`);
    smtp.refuse(2);
    expect(await mails.drain()).toBe(0);
    await h.sql(`update ${JOBS_SCHEMA}.job set start_after = now() where id = ?`, [row.id]);
    expect(await mails.drain()).toBe(0);
    expect(await h.sql(`select status, attempts, text_body from notifications.outgoing_mail where id = ?`, [row.id])).toEqual([{ status: 'failed', attempts: 2, text_body: null }]);
    expect(await h.sql(`select state from ${JOBS_SCHEMA}.job where id = ?`, [row.id])).toEqual([{ state: 'failed' }]);
    await mails.onModuleDestroy();
  });

  it('two dispatchers draining the same queue at once: every message delivered exactly once', async () => {
    for (let i = 0; i < 20; i++) await h.publish(RelationshipStarted, relationship());
    const second = new MailDispatcher(h.orm, new Mailer(settings), settings);
    const [a, b] = await Promise.all([dispatcher().drain(), second.drain()]);
    expect(a + b).toBe(40);
    await smtp.waitFor(40);
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(40);
    expect(smtp.received).toHaveLength(40);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received).toHaveLength(40);
    await second.onModuleDestroy();
  });

  it("a password reset: e-mailed in the account's language with the link in the fragment, discreet subject, never in the inbox", async () => {
    const token = 'rst_' + randomUUID().replace(/-/g, '');
    await h.publish(PasswordResetRequested, { accountId: randomUUID(), tenantId: T1, staffId: BO, email: 'bo@example.org', token, expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(), locale: 'da' });
    await dispatcher().drain();
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('M4Pris: din log-ind');
    expect(mail.headers.get('content-language')).toBe('da');
    expect(mail.text).toContain(`${PUBLIC_URL}/reset-password#token=${token}`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/reset-password#token=${token}"`);
    expect(mail.text).toContain('30 minutter');
    expect((await h.bus.request(ListMyNotifications, {}, as.staff(T1, BO))).items.map((n) => n.kind)).not.toContain('password_reset');
    expect(JSON.stringify(await h.bus.request(ListOutgoingMail, {}, as.platformAdmin()))).not.toContain(token);
  });

  it('a role granted: the grantee hears which role in their language; the data-protection contact gets a notice without names', async () => {
    await h.publish(RoleGranted, {
      grantId: randomUUID(), tenantId: T1, accountId: randomUUID(), role: 'coordinator', scopeType: 'tenant', scopeId: null, grantedBy: randomUUID(),
      dataProtectionContactEmail: 'dpo@example.org', email: 'anna@example.org', locale: 'en', staffId: ANNA, tenantLocale: 'pt',
    });
    await dispatcher().drain();
    const mails = await smtp.waitFor(2);
    const toAnna = mails.find((m) => JSON.stringify(m.to).includes('anna@example.org'))!;
    const toDpo = mails.find((m) => JSON.stringify(m.to).includes('dpo@example.org'))!;
    expect(toAnna.subject).toBe('M4Pris: your access has changed');
    expect(toAnna.text).toContain('the role of coordinator');
    expect(toAnna.text).toContain('Hello Anna');
    expect(toDpo.subject).toBe('M4Pris: uma alteração de acesso');
    expect(toDpo.text).toContain('coordenador');
    for (const part of [toDpo.subject, toDpo.text, toDpo.html]) expect(part).not.toMatch(/Anna|Andersen|anna@example\.org/);
  });

  it('an account disabled: the person is told at the address identity gives', async () => {
    await h.publish(AccountDisabled, { accountId: randomUUID(), tenantId: T1, staffId: ANNA, email: 'anna@example.org', locale: 'en' });
    await dispatcher().drain();
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('M4Pris: your account');
    expect(mail.text).toContain('has been disabled');
  });

  it('erasure: the person is told first, from the address this module still holds; then the person, their inbox and their address go', async () => {
    await h.publish(StaffErased, { staffId: BO, tenantId: T1, accountId: null });
    // The notice was queued before the address went, and is the one row that kept it until it left.
    expect(await dispatcher().drain()).toBe(1);
    const [notice] = await smtp.waitFor(1);
    expect(JSON.stringify(notice.to)).toContain('bo@example.org');
    expect(notice.subject).toBe('M4Pris: din konto');
    expect(notice.text).toContain('slettet');
    expect(await h.sql(`select recipient, status from notifications.outgoing_mail where kind = 'account_erased'`)).toEqual([{ recipient: 'erased', status: 'sent' }]);
    expect(await h.sql(`select 1 from notifications.person where staff_id = ?`, [BO])).toEqual([]);
    expect(await h.sql(`select 1 from notifications.notification where staff_id = ?`, [BO])).toEqual([]);
    expect(await h.sql(`select 1 from notifications.outgoing_mail where recipient = 'bo@example.org'`)).toEqual([]);
    // A later event about them tells them nothing (no address).
    await h.publish(ApplicationAccepted, { tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), applicationId: randomUUID(), staffId: BO, role: 'mentee', functions: [], languages: [], prefersSameUnit: false, preferredStaffIds: [], conflictStaffIds: [] });
    expect(await dispatcher().drain()).toBe(0);
  });
});

describe('notifications without SMTP_URL', () => {
  it('writes each mail as an .eml file under DATA_DIR/mail/', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'm4p-mail-'));
    const h = await startServiceHarness(notificationsService, { settings: { DATA_DIR: dataDir, PUBLIC_URL } });
    try {
      await h.publish(InvitationIssued, { accountId: randomUUID(), tenantId: null, staffId: null, email: 'new@example.org', token: 'abc123', expiresAt: '2026-12-09T10:00:00.000Z', locale: 'pt' });
      expect(await h.moduleRef.get(MailDispatcher).drain()).toBe(1);
      const files = readdirSync(join(dataDir, 'mail'));
      expect(files).toHaveLength(1);
      const mail = await simpleParser(readFileSync(join(dataDir, 'mail', files[0])));
      expect(mail.subject).toBe('M4Pris: o seu convite');
      expect(mail.text).toContain(`${PUBLIC_URL}/invitation#token=abc123`);
      expect(h.moduleRef.get(Mailer).describe()).toContain(join(dataDir, 'mail'));
    } finally {
      await h.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
