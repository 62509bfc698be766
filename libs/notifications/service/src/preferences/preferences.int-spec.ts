import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { PasswordResetRequested, StaffContactChanged } from '@m4pris/identity-contracts';
import { ApplicationReceived, ApplicationWaitlisted, ConcernRouted, FitCheckOpened } from '@m4pris/programmes-contracts';
import { SessionBooked } from '@m4pris/training-contracts';
import {
  GetMyNotificationPreferences,
  GetNotificationSettings,
  ListMyNotifications,
  ListOutgoingMail,
  MESSAGE_KINDS,
  UpdateMyNotificationPreferences,
  UpdateNotificationSettings,
} from '@m4pris/notifications-contracts';
import { as, failure, startServiceHarness, startSmtpSink, type ServiceHarness, type SmtpSink } from '@m4pris/testing';
import { DIGEST_QUEUE, JOBS_SCHEMA, MAIL_QUEUE, MailDispatcher } from '../mail/mail-dispatcher.js';
import { notificationsService } from '../notifications.module.js';
import { Clock } from '../reminders/clock.js';

/**
 * Preferences, the tenant's sending window and the daily digest, at a real SMTP server. Time is the
 * injected clock's: a message decided at night is queued for the window's opening (the job's
 * `start_after`); the test then moves the job scheduler's time for that job to now — no sleeping.
 */
const T1 = randomUUID();
const T2 = randomUUID(); // a tenant with its own window, sender name and subject prefix
const PUBLIC_URL = 'https://m4pris.test';

class TestClock extends Clock {
  at = new Date('2030-01-10T10:00:00Z');
  override now(): Date {
    return this.at;
  }
}

const addresses = (mails: ParsedMail[]) => mails.flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []));

describe('preferences, sending window and digest (real PostgreSQL, real SMTP server, moved clock)', () => {
  let h: ServiceHarness;
  let smtp: SmtpSink;
  const clock = new TestClock();
  const drain = () => h.moduleRef.get(MailDispatcher).drain();
  let n = 0;

  /** A new staff member of `tenantId`, known to the module. */
  async function person(locale: string, tenantId = T1) {
    n++;
    const staffId = randomUUID();
    const email = `p${n}@example.org`;
    await h.publish(StaffContactChanged, { staffId, tenantId, firstName: `First${n}`, lastName: `Last${n}`, email, locale });
    return { staffId, email, tenantId, ctx: as.staff(tenantId, staffId) };
  }
  const mailRow = (staffId: string, kind: string) =>
    h.sql<{ id: string; send_after: Date; status: string; subject: string }>(`select id, send_after, status, subject from notifications.outgoing_mail where staff_id = ? and kind = ?`, [staffId, kind]);
  /** The job scheduler reaches the job's due time: its start_after becomes now. */
  const timeReaches = (jobId: string) => h.sql(`update ${JOBS_SCHEMA}.job set start_after = now() where id = ?`, [jobId]);
  const published = async (p: { staffId: string; tenantId: string }, kind: 'received' | 'waitlisted' | 'fitcheck') => {
    if (kind === 'fitcheck') await h.publish(FitCheckOpened, { tenantId: p.tenantId, programmeId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: p.staffId, menteeStaffId: randomUUID() } as never);
    else await h.publish(kind === 'received' ? ApplicationReceived : ApplicationWaitlisted, { tenantId: p.tenantId, programmeId: randomUUID(), cohortId: randomUUID(), applicationId: randomUUID(), staffId: p.staffId });
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    h = await startServiceHarness(notificationsService, {
      settings: { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_POLL_MS: 60_000, MAIL_FROM: 'M4Pris <no-reply@m4pris.test>' },
      configure: (b) => b.overrideProvider(Clock).useValue(clock),
    });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    clock.at = new Date('2030-01-10T10:00:00Z');
  });

  it('a person reads and sets their preferences; account messages cannot be turned off (a typed error naming the field, in their language)', async () => {
    const p = await person('en');
    const before = await h.bus.request(GetMyNotificationPreferences, {}, p.ctx);
    expect(before).toEqual({
      categories: [
        { category: 'account', enabled: true, switchable: false },
        { category: 'programme', enabled: true, switchable: true },
        { category: 'training', enabled: true, switchable: true },
      ],
      digest: false,
      window: { start: '08:00', end: '20:00', timeZone: 'UTC' },
    });
    const after = await h.bus.request(UpdateMyNotificationPreferences, { mutedCategories: ['training'], digest: true }, p.ctx);
    expect(after.categories.find((c) => c.category === 'training')!.enabled).toBe(false);
    expect(after.digest).toBe(true);
    expect(await h.bus.request(GetMyNotificationPreferences, {}, p.ctx)).toEqual(after);

    const refused = await failure(h.bus.request(UpdateMyNotificationPreferences, { mutedCategories: ['account', 'programme'] }, { ...p.ctx, locale: 'da' }));
    expect(refused.category).toBe('BAD_USER_INPUT');
    expect(refused.fields!.map((f) => f.field)).toEqual(['mutedCategories']);
    expect(refused.fields![0].messageKey).toBe('errors.notifications.CATEGORY_ALWAYS_ON');
    const unknown = await failure(h.bus.request(UpdateMyNotificationPreferences, { mutedCategories: ['gossip'], digest: 'yes' } as never, p.ctx));
    expect(unknown.fields!.map((f) => f.field).sort()).toEqual(['digest', 'mutedCategories']);
    // Unchanged by the refused calls.
    expect(await h.bus.request(GetMyNotificationPreferences, {}, p.ctx)).toEqual(after);
    // An account without a staff record receives nothing, so has no preferences.
    expect((await failure(h.bus.request(GetMyNotificationPreferences, {}, as.tenantAdmin(T1)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(GetMyNotificationPreferences, {}, as.anonymous()))).category).toBe('UNAUTHENTICATED');
  });

  it('a switched-off category sends no e-mail (the inbox still has it); account and security mail still goes', async () => {
    const p = await person('da');
    await h.bus.request(UpdateMyNotificationPreferences, { mutedCategories: ['training', 'programme'] }, p.ctx);
    await h.publish(SessionBooked, { tenantId: T1, sessionId: randomUUID(), bookingId: randomUUID(), staffId: p.staffId, fromWaitlist: false, title: 'Active listening', startsAt: '2030-02-01T09:00:00Z', endsAt: '2030-02-01T12:00:00Z', place: 'Room 1', onlineUrl: null });
    await published(p, 'received');
    await h.publish(PasswordResetRequested, { accountId: randomUUID(), tenantId: T1, staffId: p.staffId, email: p.email, token: 'tok_x', expiresAt: '2030-01-10T10:30:00Z', locale: 'da' });
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(addresses([mail])).toEqual([p.email]);
    expect(mail.messageId).toContain(':password_reset');
    expect(await mailRow(p.staffId, 'session_booked')).toEqual([]);
    expect(await mailRow(p.staffId, 'application_received')).toEqual([]);
    const inbox = (await h.bus.request(ListMyNotifications, {}, p.ctx)).items.map((i) => i.kind).sort();
    expect(inbox).toEqual(['application_received', 'session_booked']);
  });

  it('a message decided at night waits for the window\'s opening (the inbox has it at once); an account message at night goes at once', async () => {
    const p = await person('pt');
    clock.at = new Date('2030-01-10T22:30:00Z');
    await published(p, 'received');
    expect((await h.bus.request(ListMyNotifications, {}, p.ctx)).items.map((i) => i.kind)).toEqual(['application_received']);
    const [row] = await mailRow(p.staffId, 'application_received');
    expect(new Date(row.send_after).toISOString()).toBe('2030-01-11T08:00:00.000Z');
    const [job] = await h.sql<{ start_after: Date }>(`select start_after from ${JOBS_SCHEMA}.job where name = ? and id = ?`, [MAIL_QUEUE, row.id]);
    expect(new Date(job.start_after).toISOString()).toBe('2030-01-11T08:00:00.000Z');
    // The reset link lives 30 minutes: it cannot wait for the morning.
    await h.publish(PasswordResetRequested, { accountId: randomUUID(), tenantId: T1, staffId: p.staffId, email: p.email, token: 'tok_y', expiresAt: '2030-01-10T23:00:00Z', locale: 'pt' });
    expect(await drain()).toBe(1);
    expect((await smtp.waitFor(1))[0].messageId).toContain(':password_reset');
    expect((await mailRow(p.staffId, 'application_received'))[0].status).toBe('queued');

    smtp.received.length = 0;
    await timeReaches(row.id);
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('M4Pris: tem uma nova mensagem');
    expect((await mailRow(p.staffId, 'application_received'))[0].status).toBe('sent');
  });

  it('the daily digest: the day\'s messages become one mail in the person\'s language at the window\'s opening, once', async () => {
    const p = await person('el');
    await h.bus.request(UpdateMyNotificationPreferences, { digest: true }, p.ctx);
    clock.at = new Date('2030-01-10T09:00:00Z');
    await published(p, 'received');
    clock.at = new Date('2030-01-10T13:00:00Z');
    await published(p, 'waitlisted');
    clock.at = new Date('2030-01-10T21:00:00Z');
    await published(p, 'fitcheck');
    // Three in the inbox at once; no single mail.
    expect((await h.bus.request(ListMyNotifications, {}, p.ctx)).total).toBe(3);
    expect(await drain()).toBe(0);
    expect(await h.sql(`select 1 from notifications.outgoing_mail where staff_id = ?`, [p.staffId])).toEqual([]);
    // One digest job for the person, due at the next opening.
    const jobs = await h.sql<{ id: string; start_after: Date }>(`select id, start_after from ${JOBS_SCHEMA}.job where name = ? and data->>'staffId' = ?`, [DIGEST_QUEUE, p.staffId]);
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0].start_after).toISOString()).toBe('2030-01-11T08:00:00.000Z');

    await timeReaches(jobs[0].id);
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(addresses([mail])).toEqual([p.email]);
    expect(mail.subject).toBe('M4Pris: τα μηνύματα της ημέρας');
    expect(mail.headers.get('content-language')).toBe('el');
    const texts = (await h.bus.request(ListMyNotifications, {}, p.ctx)).items.map((i) => i.body);
    for (const body of texts) expect(mail.text).toContain(body);
    expect(mail.text).toContain(`${PUBLIC_URL}/cohorts`);
    expect(mail.text).toContain(`${PUBLIC_URL}/duo`);
    // Run again (a replica, a retried job): nothing more.
    await h.sql(`update ${JOBS_SCHEMA}.job set state = 'created', start_after = now() where id = ?`, [jobs[0].id]);
    expect(await drain()).toBe(0);
    expect(await h.sql(`select 1 from notifications.outgoing_mail where staff_id = ? and kind = 'digest'`, [p.staffId])).toHaveLength(1);
    expect(await h.sql(`select 1 from notifications.digest_item where staff_id = ?`, [p.staffId])).toEqual([]);
  });

  it('the tenant admin sets the window, time zone, sender name and subject prefix; bad input names every bad field', async () => {
    const admin = as.tenantAdmin(T2);
    expect(await h.bus.request(GetNotificationSettings, {}, admin)).toEqual({ window: { start: '08:00', end: '20:00', timeZone: 'UTC' }, senderName: null, subjectPrefix: null });
    const bad = await failure(h.bus.request(UpdateNotificationSettings, { windowStart: '25:00', timeZone: 'Mars/Olympus', senderName: 'Evil <x@y>' }, admin));
    expect(bad.code).toBe('common.INVALID_INPUT');
    expect(bad.fields!.map((f) => f.field).sort()).toEqual(['senderName', 'timeZone', 'windowStart']);
    const empty = await failure(h.bus.request(UpdateNotificationSettings, { windowStart: '18:00', windowEnd: '09:00' }, admin));
    expect(empty.fields!.map((f) => [f.field, f.messageKey])).toEqual([
      ['windowStart', 'errors.notifications.EMPTY_WINDOW'],
      ['windowEnd', 'errors.notifications.EMPTY_WINDOW'],
    ]);
    const set = await h.bus.request(UpdateNotificationSettings, { windowStart: '07:00', windowEnd: '18:30', timeZone: 'Europe/Lisbon', senderName: 'DGRSP Mentoria', subjectPrefix: '[DGRSP]' }, admin);
    expect(set).toEqual({ window: { start: '07:00', end: '18:30', timeZone: 'Europe/Lisbon' }, senderName: 'DGRSP Mentoria', subjectPrefix: '[DGRSP]' });
    for (const ctx of [as.staff(T2, randomUUID()), as.platformAdmin()]) expect((await failure(h.bus.request(UpdateNotificationSettings, { windowStart: '06:00' }, ctx))).category).toBe('FORBIDDEN');

    // A person of the tenant sees the window (read-only) and hears with the sender name and prefix.
    const p = await person('pt', T2);
    expect((await h.bus.request(GetMyNotificationPreferences, {}, p.ctx)).window).toEqual({ start: '07:00', end: '18:30', timeZone: 'Europe/Lisbon' });
    clock.at = new Date('2030-01-10T18:45:00Z'); // 18:45 in Lisbon: closed
    await published(p, 'received');
    const [row] = await mailRow(p.staffId, 'application_received');
    expect(new Date(row.send_after).toISOString()).toBe('2030-01-11T07:00:00.000Z');
    await timeReaches(row.id);
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail.subject).toBe('[DGRSP] M4Pris: tem uma nova mensagem');
    expect(mail.from!.value[0]).toEqual({ name: 'DGRSP Mentoria', address: 'no-reply@m4pris.test' });
  });

  it("the platform admin's outgoing-mail list never shows a message's kind (a support message is just a discreet subject)", async () => {
    const support = await person('en');
    await h.publish(ConcernRouted, { tenantId: T1, concernId: randomUUID(), supportStaffId: support.staffId });
    expect(await drain()).toBe(1);
    const list = await h.bus.request(ListOutgoingMail, { limit: 200 }, as.platformAdmin());
    const row = list.items.find((m) => m.recipient === support.email)!;
    expect(row).toMatchObject({ subject: 'M4Pris: you have a new message', status: 'sent' });
    for (const item of list.items) expect(Object.keys(item)).not.toContain('kind');
    const json = JSON.stringify(list);
    for (const kind of MESSAGE_KINDS.filter((k) => k.includes('_'))) expect(json).not.toContain(kind);
  });
});
