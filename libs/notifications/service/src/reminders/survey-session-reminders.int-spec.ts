import { randomUUID } from 'node:crypto';
import { SurveyCompleted, SurveyOpened } from '@m4pris/evaluation-contracts';
import { StaffContactChanged } from '@m4pris/identity-contracts';
import { newTraceId, personalDataPart } from '@m4pris/platform-core';
import { as, startServiceHarness, startSmtpSink, type ServiceHarness, type SmtpSink } from '@m4pris/testing';
import { BookingCancelled, SessionBooked } from '@m4pris/training-contracts';
import { MailDispatcher } from '../mail/mail-dispatcher.js';
import { notificationsService } from '../notifications.module.js';
import { Clock } from './clock.js';
import { SweepRemindersUseCase } from './sweep-reminders.use-case.js';

/**
 * Survey reminders (before the due date, the last day) and the training session reminder the day
 * before (issue 20), with the clock moved by the test: real PostgreSQL, real SMTP server.
 */
const T1 = randomUUID();
const PUBLIC_URL = 'https://m4pris.test';

class TestClock extends Clock {
  at = new Date('2027-01-05T09:00:00Z');
  override now(): Date {
    return this.at;
  }
}

describe('survey and session reminders (real PostgreSQL, real SMTP server, moved clock)', () => {
  let h: ServiceHarness;
  let smtp: SmtpSink;
  const clock = new TestClock();
  let n = 0;

  async function person(locale: string, tenantId = T1) {
    n++;
    const staffId = randomUUID();
    const email = `p${n}@example.org`;
    await h.publish(StaffContactChanged, { staffId, tenantId, firstName: `First${n}`, lastName: `Last${n}`, email, locale });
    return { staffId, email };
  }
  const kindOf = (messageId: string) => (messageId.match(/:(survey_open|survey_reminder|survey_last_day|session_booked|waitlist_seat_freed|session_reminder)(?=[:@>])/) ?? [])[1];
  /** Runs the sweep at `at` (a day: 09:00 UTC) and sends what it decided; resolves with what reached the SMTP server. */
  async function sweepAt(at: string) {
    clock.at = new Date(at.length === 10 ? `${at}T09:00:00Z` : at);
    smtp.received.length = 0;
    await h.moduleRef.get(SweepRemindersUseCase).execute();
    const sent = await h.moduleRef.get(MailDispatcher).drain();
    if (sent > 0) await smtp.waitFor(sent);
    return smtp.received.map((m) => ({ to: m.to && !Array.isArray(m.to) ? (m.to.value[0].address ?? '') : '', subject: m.subject ?? '', text: m.text ?? '', kind: kindOf(m.messageId ?? '') }));
  }
  /** Delivers the same envelope (same event id) twice, as a redelivering bus would. */
  async function deliverTwice(subject: string, tenantId: string, payload: object) {
    const envelope = { id: randomUUID(), subject, occurredAt: clock.at.toISOString(), tenantId, traceId: newTraceId(), payload };
    await h.transport.publish(envelope);
    await h.transport.publish({ ...envelope, traceId: newTraceId() });
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    h = await startServiceHarness(notificationsService, {
      settings: { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_POLL_MS: 60_000, SURVEY_REMINDER_DAYS: 3 },
      configure: (b) => b.overrideProvider(Clock).useValue(clock),
    });
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('a survey: reminded SURVEY_REMINDER_DAYS before the due date and on the last day, once each, in the reader\'s language; an answered survey gets neither', async () => {
    const anna = await person('en');
    const bo = await person('da');
    const carl = await person('pt');
    clock.at = new Date('2027-01-05T09:00:00Z');
    const invitations = new Map<string, string>();
    for (const p of [anna, bo, carl]) {
      invitations.set(p.staffId, randomUUID());
      await h.publish(SurveyOpened, { tenantId: T1, staffId: p.staffId, wave: 'baseline', dueOn: '2027-01-20', invitationId: invitations.get(p.staffId) });
    }
    await sweepAt('2027-01-05'); // the open messages go out
    // Carl answers: evaluation tells this module ids only, and his invitation is no longer kept here.
    await h.publish(SurveyCompleted, { tenantId: T1, invitationId: invitations.get(carl.staffId)!, staffId: carl.staffId });
    expect(await h.sql(`select 1 from notifications.survey_reminder where staff_id = ?`, [carl.staffId])).toEqual([]);

    expect(await sweepAt('2027-01-16')).toEqual([]);
    const before = await sweepAt('2027-01-17');
    expect(before.map((m) => [m.to, m.kind]).sort()).toEqual([[anna.email, 'survey_reminder'], [bo.email, 'survey_reminder']].sort());
    const toAnna = before.find((m) => m.to === anna.email)!;
    expect(toAnna.subject).toBe('M4Pris: you have a new message');
    expect(toAnna.text).toContain('open until 2027-01-20');
    expect(toAnna.text).toContain(`${PUBLIC_URL}/surveys`);
    const toBo = before.find((m) => m.to === bo.email)!;
    expect(toBo.subject).toBe('M4Pris: du har en ny besked');
    expect(toBo.text).toContain('Dit spørgeskema om mentorprogrammet er åbent indtil 2027-01-20');
    // No id of the invitation in any mail.
    for (const m of before) for (const id of invitations.values()) expect(m.text).not.toContain(id);
    // Once: a later sweep the same day, and the following days before the last, send nothing.
    expect(await sweepAt('2027-01-17T15:00:00Z')).toEqual([]);
    expect(await sweepAt('2027-01-19')).toEqual([]);

    const lastDay = await sweepAt('2027-01-20');
    expect(lastDay.map((m) => [m.to, m.kind]).sort()).toEqual([[anna.email, 'survey_last_day'], [bo.email, 'survey_last_day']].sort());
    expect(lastDay.find((m) => m.to === anna.email)!.text).toContain('Today is the last day to answer your survey');
    expect(lastDay.find((m) => m.to === bo.email)!.text).toContain('I dag er sidste dag');
    expect(await sweepAt('2027-01-20T16:00:00Z')).toEqual([]);
    expect(await sweepAt('2027-01-21')).toEqual([]);
    // Past the due date the invitation is dropped.
    await sweepAt('2027-01-25');
    expect(await h.sql(`select 1 from notifications.survey_reminder where tenant_id = ?`, [T1])).toEqual([]);
  });

  it('a survey answered after the first reminder: no last-day message', async () => {
    const dora = await person('ro');
    const invitationId = randomUUID();
    clock.at = new Date('2027-02-01T09:00:00Z');
    await h.publish(SurveyOpened, { tenantId: T1, staffId: dora.staffId, wave: 'midpoint', dueOn: '2027-02-15', invitationId });
    await sweepAt('2027-02-01');
    const reminded = await sweepAt('2027-02-12');
    expect(reminded.map((m) => [m.to, m.kind])).toEqual([[dora.email, 'survey_reminder']]);
    expect(reminded[0].subject).toBe('M4Pris: aveți un mesaj nou');
    await h.publish(SurveyCompleted, { tenantId: T1, invitationId, staffId: dora.staffId });
    expect(await sweepAt('2027-02-15')).toEqual([]);
  });

  it('a replayed survey.opened (same event id) is reminded once; two sweeps at once remind once', async () => {
    const eli = await person('el');
    const invitationId = randomUUID();
    clock.at = new Date('2027-03-01T09:00:00Z');
    await deliverTwice(SurveyOpened.subject, T1, { tenantId: T1, staffId: eli.staffId, wave: 'closure', dueOn: '2027-03-10', invitationId });
    await sweepAt('2027-03-01');
    expect(await h.sql(`select 1 from notifications.notification where staff_id = ?`, [eli.staffId])).toHaveLength(1);
    clock.at = new Date('2027-03-07T09:00:00Z');
    smtp.received.length = 0;
    const sweep = h.moduleRef.get(SweepRemindersUseCase);
    await Promise.all([sweep.execute(), sweep.execute()]);
    const sent = await h.moduleRef.get(MailDispatcher).drain();
    expect(sent).toBe(1);
    await smtp.waitFor(1);
    expect(smtp.received.map((m) => kindOf(m.messageId ?? ''))).toEqual(['survey_reminder']);
    expect(smtp.received[0].subject).toBe('M4Pris: έχετε νέο μήνυμα');
    expect(smtp.received[0].text).toContain('2027-03-10');
    expect(await sweepAt('2027-03-08')).toEqual([]);
  });

  it('a session: the day before in the tenant\'s time zone, once; a cancelled seat hears nothing; a replayed booking sends nothing twice', async () => {
    // A tenant in Auckland (UTC+13 in March), sending at any hour.
    const T2 = randomUUID();
    await h.sql(`insert into notifications.tenant_settings (tenant_id, window_start, window_end, time_zone, sender_name, subject_prefix, updated_at) values (?, '00:00', '24:00', 'Pacific/Auckland', null, null, now())`, [T2]);
    const fay = await person('en', T2);
    const gus = await person('da', T2);
    const sessionId = randomUUID();
    // 2027-03-10 22:00 in Auckland.
    const session = { tenantId: T2, sessionId, fromWaitlist: false, title: 'Listening skills', startsAt: '2027-03-10T09:00:00.000Z', endsAt: '2027-03-10T11:00:00.000Z', place: 'Room 2', onlineUrl: null };
    const fayBooking = randomUUID();
    const gusBooking = randomUUID();
    clock.at = new Date('2027-03-01T09:00:00Z');
    await deliverTwice(SessionBooked.subject, T2, { ...session, bookingId: fayBooking, staffId: fay.staffId });
    await h.publish(SessionBooked, { ...session, bookingId: gusBooking, staffId: gus.staffId });
    await sweepAt('2027-03-01');
    await h.publish(BookingCancelled, { tenantId: T2, sessionId, bookingId: gusBooking, staffId: gus.staffId });

    // 2027-03-08 23:00 in Auckland: two days before, nothing yet.
    expect(await sweepAt('2027-03-08T10:00:00Z')).toEqual([]);
    // 2027-03-09 01:00 in Auckland (still 2027-03-08 in UTC): the day before there.
    const reminded = await sweepAt('2027-03-08T12:00:00Z');
    expect(reminded.map((m) => [m.to, m.kind])).toEqual([[fay.email, 'session_reminder']]);
    expect(reminded[0].subject).toBe('M4Pris: a calendar reminder');
    expect(reminded[0].text).toContain('"Listening skills" on 2027-03-10 09:00 UTC');
    expect(reminded[0].text).toContain(`${PUBLIC_URL}/training`);
    expect(await sweepAt('2027-03-08T20:00:00Z')).toEqual([]);
    // The booking event delivered again after the reminder (a redelivery, or booked again at the same start): no second reminder.
    await h.publish(SessionBooked, { ...session, bookingId: fayBooking, staffId: fay.staffId });
    await h.moduleRef.get(MailDispatcher).drain();
    expect((await sweepAt('2027-03-09T02:00:00Z')).filter((m) => m.kind === 'session_reminder')).toEqual([]);
    // Once it has started, the seat is dropped.
    await sweepAt('2027-03-10T12:00:00Z');
    expect(await h.sql(`select 1 from notifications.session_seat where tenant_id = ?`, [T2])).toEqual([]);
  });

  it('a seat cancelled and booked again is reminded; a muted training category sends no e-mail (the inbox has it)', async () => {
    const hal = await person('pt');
    const ivy = await person('en');
    await h.sql(`insert into notifications.preference (tenant_id, staff_id, muted_categories, digest, updated_at) values (?, ?, '["training"]', false, now())`, [T1, ivy.staffId]);
    const sessionId = randomUUID();
    const session = { tenantId: T1, sessionId, fromWaitlist: false, title: 'Boundaries', startsAt: '2027-04-20T13:00:00.000Z', endsAt: '2027-04-20T15:00:00.000Z', place: null, onlineUrl: 'https://meet.example.org/x' };
    const halBooking = randomUUID();
    clock.at = new Date('2027-04-01T09:00:00Z');
    await h.publish(SessionBooked, { ...session, bookingId: halBooking, staffId: hal.staffId });
    await h.publish(SessionBooked, { ...session, bookingId: randomUUID(), staffId: ivy.staffId });
    await h.publish(BookingCancelled, { tenantId: T1, sessionId, bookingId: halBooking, staffId: hal.staffId });
    await h.publish(SessionBooked, { ...session, bookingId: halBooking, staffId: hal.staffId, fromWaitlist: false });
    await sweepAt('2027-04-01');
    const reminded = await sweepAt('2027-04-19');
    expect(reminded.map((m) => [m.to, m.kind])).toEqual([[hal.email, 'session_reminder']]);
    expect(reminded[0].subject).toBe('M4Pris: um lembrete de calendário');
    const inbox = await h.sql<{ kind: string }>(`select kind from notifications.notification where staff_id = ? order by created_at`, [ivy.staffId]);
    expect(inbox.map((r) => r.kind)).toEqual(['session_booked', 'session_reminder']);
    // The seat kept for the reminder is part of the person's own export.
    const part = await h.bus.request(personalDataPart('notifications'), { staffId: hal.staffId }, as.staff(T1, hal.staffId));
    expect(part.sessionReminders).toEqual([{ session: 'Boundaries', startsAt: '2027-04-20T13:00:00.000Z', cancelled: false, reminded: true }]);
    expect(part.surveyReminders).toEqual([]);
  });
});
