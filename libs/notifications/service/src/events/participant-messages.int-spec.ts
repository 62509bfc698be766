import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import ICAL from 'ical.js';
import { SurveyOpened } from '@m4pris/evaluation-contracts';
import { StaffContactChanged } from '@m4pris/identity-contracts';
import { AgreementSaved, ApplicationDeclined, ApplicationReceived, ApplicationWaitlisted, ConcernRaised, ConcernRouted, FitCheckOpened, RelationshipEndedEarly } from '@m4pris/programmes-contracts';
import { BookingCancelled, SessionBooked, SessionCancelled, SessionRescheduled } from '@m4pris/training-contracts';
import { ListMyNotifications } from '@m4pris/notifications-contracts';
import { as, startServiceHarness, startSmtpSink, type ServiceHarness, type SmtpSink } from '@m4pris/testing';
import { MailDispatcher } from '../mail/mail-dispatcher.js';
import { notificationsService } from '../notifications.module.js';
import { FORBIDDEN_IN_SUBJECTS } from '../templates/catalogue.js';
import { WEB_PATHS } from '../templates/web-paths.js';

const T1 = randomUUID();
const ANNA = randomUUID(); // mentor, English
const BO = randomUUID(); // mentee, Danish
const SOFIA = randomUUID(); // the programme's support contact, Portuguese
const ELENI = randomUUID(); // a learner, Greek
const CARL = randomUUID(); // the coordinator, English
const PUBLIC_URL = 'https://m4pris.test';
const PEOPLE = [
  { staffId: ANNA, firstName: 'Anna', lastName: 'Andersen', locale: 'en' },
  { staffId: BO, firstName: 'Bo', lastName: 'Bække', locale: 'da' },
  { staffId: SOFIA, firstName: 'Sofia', lastName: 'Santos', locale: 'pt' },
  { staffId: ELENI, firstName: 'Eleni', lastName: 'Economou', locale: 'el' },
  { staffId: CARL, firstName: 'Carl', lastName: 'Coordinator', locale: 'en' },
];
const emailOf = (staffId: string) => `${PEOPLE.find((p) => p.staffId === staffId)!.firstName.toLowerCase()}@example.org`;
const everyForbidden = Object.values(FORBIDDEN_IN_SUBJECTS).flat();

const recipients = (mails: ParsedMail[]) => mails.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? [])).flat().sort();

/** Every mail: discreet subject (no forbidden word in any language, no name), the link into the web app, and its language. */
function expectDiscreet(m: ParsedMail, path: string, locale: string) {
  for (const word of everyForbidden) expect(m.subject!.toLowerCase()).not.toContain(word.toLowerCase());
  for (const p of PEOPLE) {
    expect(m.subject).not.toContain(p.firstName);
    expect(m.subject).not.toContain(p.lastName);
  }
  expect(m.headers.get('content-language')).toBe(locale);
  expect(m.text).toContain(`${PUBLIC_URL}${path}`);
  expect(m.html).toContain(`href="${PUBLIC_URL}${path}"`);
}

describe('messages triggered by programme, evaluation and training events (real PostgreSQL, real SMTP server)', () => {
  let h: ServiceHarness;
  let smtp: SmtpSink;
  const drain = () => h.moduleRef.get(MailDispatcher).drain();
  const inboxKinds = async (staffId: string) => (await h.bus.request(ListMyNotifications, { limit: 100 }, as.staff(T1, staffId))).items.map((n) => n.kind);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    h = await startServiceHarness(notificationsService, { settings: { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_POLL_MS: 60_000, MAIL_DEFAULT_WINDOW: 'always' } });
    for (const p of PEOPLE) await h.publish(StaffContactChanged, { ...p, tenantId: T1, email: emailOf(p.staffId) });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('an application received, waitlisted and declined: the applicant hears each in their language, with a link to their applications; never the reason', async () => {
    const app = { tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), applicationId: randomUUID(), staffId: BO };
    await h.publish(ApplicationReceived, app);
    await h.publish(ApplicationWaitlisted, app);
    await h.publish(ApplicationDeclined, app);
    expect(await drain()).toBe(3);
    const mails = await smtp.waitFor(3);
    expect(recipients(mails)).toEqual(['bo@example.org', 'bo@example.org', 'bo@example.org']);
    for (const m of mails) {
      expect(m.subject).toBe('M4Pris: du har en ny besked');
      expectDiscreet(m, WEB_PATHS.applications, 'da');
    }
    // One of each (mail may arrive in any order).
    const texts = mails.map((m) => m.text!);
    for (const words of ['er modtaget', 'venteliste', 'truffet en afgørelse']) expect(texts.filter((t) => t.includes(words))).toHaveLength(1);
    expect(await inboxKinds(BO)).toEqual(expect.arrayContaining(['application_received', 'application_waitlisted', 'application_declined']));
  });

  it('an agreement saved by one side: the other side is asked to acknowledge it; the one who saved it hears nothing', async () => {
    const rel = { tenantId: T1, programmeId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: ANNA, menteeStaffId: BO };
    await h.publish(AgreementSaved, { ...rel, savedByRole: 'mentor' });
    expect(await drain()).toBe(1);
    let [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['bo@example.org']);
    expectDiscreet(mail, WEB_PATHS.duo, 'da');
    expect(mail.text).toContain('aftale');
    smtp.received.length = 0;
    await h.publish(AgreementSaved, { ...rel, savedByRole: 'mentee' });
    expect(await drain()).toBe(1);
    [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['anna@example.org']);
    expect(mail.subject).toBe('M4Pris: you have a new message');
    expect(mail.text).toContain('acknowledge');
  });

  it('the fit check opens: both people of the duo hear it, each in their language', async () => {
    await h.publish(FitCheckOpened, { tenantId: T1, programmeId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: ANNA, menteeStaffId: BO });
    expect(await drain()).toBe(2);
    const mails = await smtp.waitFor(2);
    expect(recipients(mails)).toEqual(['anna@example.org', 'bo@example.org']);
    const toAnna = mails.find((m) => recipients([m])[0] === 'anna@example.org')!;
    expectDiscreet(toAnna, WEB_PATHS.duo, 'en');
    expect(toAnna.text).toContain('fit check');
  });

  it('a concern routed to the support contact: only they hear "a message needs your attention" — not the duo, not the coordinator, nothing about what or who', async () => {
    const relationshipId = randomUUID();
    const concernId = randomUUID();
    // The fact of the concern (for the dashboard) tells nobody; the routing tells the support contact only.
    await h.publish(ConcernRaised, { tenantId: T1, programmeId: randomUUID(), relationshipId, concernId });
    await h.publish(ConcernRouted, { tenantId: T1, concernId, supportStaffId: SOFIA });
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['sofia@example.org']);
    expect(mail.subject).toBe('M4Pris: tem uma nova mensagem');
    expectDiscreet(mail, WEB_PATHS.supportInbox, 'pt');
    expect(mail.text).toContain('precisa da sua atenção');
    const everything = `${mail.subject}\n${mail.text}\n${mail.html}`;
    for (const secret of [relationshipId, concernId, 'Anna', 'Andersen', 'Bo ', 'Bække', ...FORBIDDEN_IN_SUBJECTS.pt]) expect(everything).not.toContain(secret);
    expect(await inboxKinds(CARL)).toEqual([]);
    expect(await inboxKinds(ANNA)).not.toContain('support_attention');
  });

  it('a survey opened: only the invited participant hears it, with the due date and a link to their surveys', async () => {
    await h.publish(SurveyOpened, { tenantId: T1, staffId: ANNA, wave: 'baseline', dueOn: '2026-12-16' });
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['anna@example.org']);
    expectDiscreet(mail, WEB_PATHS.surveys, 'en');
    expect(mail.text).toContain('2026-12-16');
    // Nobody else (the partner, the coordinator) learns who is invited.
    expect(await inboxKinds(BO)).not.toContain('survey_open');
    expect(await inboxKinds(CARL)).not.toContain('survey_open');
  });

  it('a training session booked: the learner gets a calendar file that parses, with the session at the right time in UTC', async () => {
    const bookingId = randomUUID();
    const session = { tenantId: T1, sessionId: randomUUID(), bookingId, staffId: ELENI, fromWaitlist: false, title: 'Active listening', startsAt: '2027-01-14T09:00:00.000Z', endsAt: '2027-01-14T12:30:00.000Z', place: 'Training room 2', onlineUrl: null };
    await h.publish(SessionBooked, session);
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['eleni@example.org']);
    expect(mail.subject).toBe('M4Pris: μια καταχώριση ημερολογίου');
    expectDiscreet(mail, WEB_PATHS.training, 'el');
    expect(mail.text).toContain('«Active listening»');
    expect(mail.text).toContain('2027-01-14 09:00 UTC');
    const ics = mail.attachments.find((a) => a.filename === 'calendar.ics')!;
    expect(ics.contentType).toBe('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.uid).toBe(`${bookingId}@m4pris`);
    expect(event.summary).toBe('Active listening');
    expect(event.location).toBe('Training room 2');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-01-14T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-01-14T12:30:00.000Z');
    expect(event.startDate.zone.tzid).toBe('UTC');
    // The calendar file is not kept once the mail left, like the bodies.
    expect(await h.sql(`select 1 from notifications.outgoing_mail where calendar is not null and status = 'sent'`)).toEqual([]);
  });

  it('a seat freed on the waiting list: the learner is told the seat is theirs, with the calendar file', async () => {
    await h.publish(SessionBooked, { tenantId: T1, sessionId: randomUUID(), bookingId: randomUUID(), staffId: ANNA, fromWaitlist: true, title: 'Giving feedback', startsAt: '2027-02-01T13:00:00.000Z', endsAt: '2027-02-01T15:00:00.000Z', place: null, onlineUrl: 'https://meet.example.org/abc' });
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['anna@example.org']);
    expect(mail.text).toContain('A seat became free');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(mail.attachments[0].content.toString('utf8'))).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-02-01T13:00:00.000Z');
    expect(event.location).toBe('https://meet.example.org/abc');
    expect(await inboxKinds(ANNA)).toContain('waitlist_seat_freed');
  });

  it('a booked session moved: the learner hears the new start, and the calendar entry of the seat is sent again to move; one who only waits is not told', async () => {
    const bookingId = randomUUID();
    const sessionId = randomUUID();
    const base = { tenantId: T1, sessionId, bookingId, staffId: BO, title: 'Role play', place: 'Room 4', onlineUrl: null };
    await h.publish(SessionBooked, { ...base, fromWaitlist: false, startsAt: '2027-03-01T09:00:00.000Z', endsAt: '2027-03-01T11:00:00.000Z' });
    expect(await drain()).toBe(1);
    const first = new ICAL.Event(new ICAL.Component(ICAL.parse((await smtp.waitFor(1))[0].attachments[0].content.toString('utf8'))).getFirstSubcomponent('vevent')!);
    smtp.received.length = 0;
    await h.publish(SessionRescheduled, { ...base, waitlisted: false, startsAt: '2027-03-08T13:00:00.000Z', endsAt: '2027-03-08T15:00:00.000Z' });
    await h.publish(SessionRescheduled, { ...base, bookingId: randomUUID(), staffId: ANNA, waitlisted: true, startsAt: '2027-03-08T13:00:00.000Z', endsAt: '2027-03-08T15:00:00.000Z' });
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['bo@example.org']);
    expectDiscreet(mail, WEB_PATHS.training, 'da');
    expect(mail.text).toContain('er flyttet');
    expect(mail.text).toContain('2027-03-08 13:00 UTC');
    const calendar = new ICAL.Component(ICAL.parse(mail.attachments[0].content.toString('utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const moved = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2027-03-08T13:00:00.000Z');
    expect(await inboxKinds(BO)).toContain('session_moved');
    expect(await inboxKinds(ANNA)).not.toContain('session_moved');
    // The day-before reminder follows the new start.
    expect(await h.sql(`select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as starts from notifications.session_seat where booking_id = ?`, [bookingId])).toEqual([{ starts: '2027-03-08T13:00' }]);
  });

  it('a session cancelled: the learner is told (never the reason), with a calendar file that cancels the entry; the seat gets no reminder', async () => {
    const bookingId = randomUUID();
    const base = { tenantId: T1, sessionId: randomUUID(), bookingId, staffId: SOFIA, title: 'Giving feedback', startsAt: '2027-04-02T09:00:00.000Z', endsAt: '2027-04-02T12:00:00.000Z' };
    await h.publish(SessionBooked, { ...base, fromWaitlist: false, place: 'Room 1', onlineUrl: null });
    expect(await drain()).toBe(1);
    await smtp.waitFor(1);
    smtp.received.length = 0;
    await h.publish(BookingCancelled, { tenantId: T1, sessionId: base.sessionId, bookingId, staffId: SOFIA });
    await h.publish(SessionCancelled, base);
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['sofia@example.org']);
    expectDiscreet(mail, WEB_PATHS.training, 'pt');
    expect(mail.text).toContain('foi cancelada');
    expect(mail.text).toContain('2027-04-02 09:00 UTC');
    const calendar = new ICAL.Component(ICAL.parse(mail.attachments[0].content.toString('utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(`${bookingId}@m4pris`);
    expect(await inboxKinds(SOFIA)).toContain('session_cancelled');
    expect(await h.sql(`select cancelled from notifications.session_seat where booking_id = ?`, [bookingId])).toEqual([{ cancelled: true }]);
  });

  it('a duo ended because one side left the service: the partner hears "your duo has ended" and nothing more; other early endings tell nobody', async () => {
    const rel = { tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: ANNA, menteeStaffId: BO, on: '2026-12-02', rematchRequested: true, notAFit: false };
    await h.publish(RelationshipEndedEarly, { ...rel, reason: 'mentor_left_service' });
    expect(await drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(recipients([mail])).toEqual(['bo@example.org']);
    expectDiscreet(mail, WEB_PATHS.duo, 'da');
    expect(mail.text).toContain('forladt tjenesten');
    expect(mail.text).not.toContain('Anna');
    smtp.received.length = 0;
    await h.publish(RelationshipEndedEarly, { ...rel, relationshipId: randomUUID(), reason: 'mentee_left_service' });
    expect(await drain()).toBe(1);
    expect(recipients(await smtp.waitFor(1))).toEqual(['anna@example.org']);
    // Leaving for any other reason (or none) notifies nobody.
    for (const reason of ['personal', 'workload', 'not_a_fit', 'other'] as const) await h.publish(RelationshipEndedEarly, { ...rel, relationshipId: randomUUID(), reason });
    expect(await drain()).toBe(0);
  });

  it('an event about someone of another tenant (or unknown here) tells nobody', async () => {
    await h.publish(SurveyOpened, { tenantId: randomUUID(), staffId: ANNA, wave: 'baseline', dueOn: '2026-12-16' });
    await h.publish(ConcernRouted, { tenantId: randomUUID(), concernId: randomUUID(), supportStaffId: SOFIA });
    expect(await drain()).toBe(0);
  });
});
