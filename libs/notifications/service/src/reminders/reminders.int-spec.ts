import { randomUUID } from 'node:crypto';
import { RoleGranted, StaffContactChanged, StaffErased } from '@m4pris/identity-contracts';
import { MeetingLogged, RelationshipClosed, RelationshipEndedEarly, RelationshipPaused, RelationshipResumed, RelationshipStarted } from '@m4pris/programmes-contracts';
import { startServiceHarness, startSmtpSink, type ServiceHarness, type SmtpSink } from '@m4pris/testing';
import { MailDispatcher } from '../mail/mail-dispatcher.js';
import { notificationsService } from '../notifications.module.js';
import { Clock } from './clock.js';
import { SweepRemindersUseCase } from './sweep-reminders.use-case.js';

/** Timed messages of a duo, with the clock moved by the test (real PostgreSQL, real SMTP server). */
const T1 = randomUUID();
const PUBLIC_URL = 'https://m4pris.test';

class TestClock extends Clock {
  at = new Date('2026-12-01T09:00:00Z');
  override now(): Date {
    return this.at;
  }
}

describe('reminders at a due time (real PostgreSQL, real SMTP server, moved clock)', () => {
  let h: ServiceHarness;
  let smtp: SmtpSink;
  const clock = new TestClock();
  let n = 0;

  /** A duo of two new people (English mentor, Greek mentee), started on `on`. */
  async function duo(on: string, plannedEndOn: string) {
    n++;
    const mentor = randomUUID();
    const mentee = randomUUID();
    await h.publish(StaffContactChanged, { staffId: mentor, tenantId: T1, firstName: 'Mira', lastName: `Mentor${n}`, email: `mira${n}@example.org`, locale: 'en' });
    await h.publish(StaffContactChanged, { staffId: mentee, tenantId: T1, firstName: 'Eleni', lastName: `Mentee${n}`, email: `eleni${n}@example.org`, locale: 'el' });
    const rel = { tenantId: T1, programmeId: randomUUID(), cohortId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: mentor, menteeStaffId: mentee, on };
    await h.publish(RelationshipStarted, { ...rel, plannedEndOn });
    return { rel, mentor, mentee, to: [`mira${n}@example.org`, `eleni${n}@example.org`] };
  }
  /** Runs the sweep at `day` and sends what it decided; resolves with the mail that reached the SMTP server. */
  async function sweepAt(day: string) {
    clock.at = new Date(`${day}T09:00:00Z`);
    smtp.received.length = 0;
    await h.moduleRef.get(SweepRemindersUseCase).execute();
    const sent = await h.moduleRef.get(MailDispatcher).drain();
    if (sent > 0) await smtp.waitFor(sent);
    return smtp.received.map((m) => ({ to: m.to && !Array.isArray(m.to) ? (m.to.value[0].address ?? '') : '', subject: m.subject, text: m.text ?? '', kind: kindOf(m.messageId ?? '') }));
  }
  const kindOf = (messageId: string) => (messageId.match(/:(meeting_nudge|duo_ending_soon|duo_needs_attention):/) ?? [])[1];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    h = await startServiceHarness(notificationsService, {
      settings: { SMTP_URL: smtp.url, PUBLIC_URL, MAIL_POLL_MS: 60_000, MEETING_CADENCE_DAYS: 14, DUO_ENDING_NOTICE_DAYS: 14 },
      configure: (b) => b.overrideProvider(Clock).useValue(clock),
    });
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  it('a silent duo is reminded to meet after the cadence, both of them, in their languages, once per silence; a meeting starts a new count', async () => {
    const d = await duo('2026-12-01', '2028-06-01');
    await sweepAt('2026-12-01'); // the matched mails go out
    expect(await sweepAt('2026-12-14')).toEqual([]);
    const nudges = await sweepAt('2026-12-15');
    expect(nudges.map((m) => [m.to, m.kind]).sort()).toEqual([[d.to[0], 'meeting_nudge'], [d.to[1], 'meeting_nudge']].sort());
    const toMentee = nudges.find((m) => m.to === d.to[1])!;
    expect(toMentee.subject).toBe('M4Pris: έχετε νέο μήνυμα');
    expect(toMentee.text).toContain('Έχει περάσει καιρός από την τελευταία συνάντηση');
    // Nothing of the partner in a reminder: no name, in the subject or the body.
    expect(nudges.find((m) => m.to === d.to[0])!.text).not.toMatch(/Eleni|Mentee\d/);
    expect(toMentee.text).not.toMatch(/Mira|Mentor\d/);
    for (const m of nudges) expect(m.subject).not.toMatch(/Mira|Eleni|Mentor\d|Mentee\d/);
    expect(await sweepAt('2026-12-20')).toEqual([]);
    await h.publish(MeetingLogged, { tenantId: T1, programmeId: d.rel.programmeId, cohortId: d.rel.cohortId, relationshipId: d.rel.relationshipId, meetingId: randomUUID(), heldOn: '2026-12-21', durationMinutes: 45, duringShift: true, functions: ['psychosocial'] });
    expect(await sweepAt('2027-01-03')).toEqual([]);
    expect((await sweepAt('2027-01-04')).map((m) => m.kind)).toEqual(['meeting_nudge', 'meeting_nudge']);
  });

  it('a paused duo hears nothing; resumed, the cadence counts from the day it resumed', async () => {
    const d = await duo('2027-02-01', '2027-09-01');
    await sweepAt('2027-02-01');
    await h.publish(RelationshipPaused, { ...d.rel, on: '2027-02-05' });
    expect(await sweepAt('2027-03-01')).toEqual([]);
    await h.publish(RelationshipResumed, { ...d.rel, on: '2027-03-02' });
    expect(await sweepAt('2027-03-15')).toEqual([]);
    expect((await sweepAt('2027-03-16')).filter((m) => d.to.includes(m.to)).map((m) => m.kind)).toEqual(['meeting_nudge', 'meeting_nudge']);
  });

  it('a duo ending soon: both told once, with the planned date, DUO_ENDING_NOTICE_DAYS before; an ended duo hears nothing more', async () => {
    const d = await duo('2027-04-01', '2027-05-31');
    const e = await duo('2027-04-01', '2027-05-31');
    const f = await duo('2027-04-01', '2027-05-31');
    await sweepAt('2027-04-01');
    // Both log meetings, so only the end is due.
    for (const x of [d, e, f]) {
      await h.publish(MeetingLogged, { tenantId: T1, programmeId: x.rel.programmeId, cohortId: x.rel.cohortId, relationshipId: x.rel.relationshipId, meetingId: randomUUID(), heldOn: '2027-05-15', durationMinutes: 30, duringShift: false, functions: ['job_familiarisation'] });
    }
    await h.publish(RelationshipClosed, { ...e.rel, on: '2027-05-10' });
    await h.publish(RelationshipEndedEarly, { ...f.rel, on: '2027-05-10', reason: 'personal', rematchRequested: false, notAFit: false });
    expect((await sweepAt('2027-05-16')).filter((m) => m.kind === 'duo_ending_soon')).toEqual([]);
    const told = await sweepAt('2027-05-17');
    expect(told.map((m) => [m.to, m.kind]).sort()).toEqual([[d.to[0], 'duo_ending_soon'], [d.to[1], 'duo_ending_soon']].sort());
    expect(told.find((m) => m.to === d.to[0])!.text).toContain('2027-05-31');
    expect(await sweepAt('2027-05-20')).toEqual([]);
    await h.publish(RelationshipClosed, { ...d.rel, on: '2027-05-31' });
  });

  it('two sweeps at once (replicas) tell each duo once', async () => {
    const duos = [];
    for (let i = 0; i < 6; i++) duos.push(await duo('2027-06-01', '2028-01-01'));
    await sweepAt('2027-06-01');
    clock.at = new Date('2027-06-20T09:00:00Z');
    smtp.received.length = 0;
    const sweep = h.moduleRef.get(SweepRemindersUseCase);
    const [a, b] = await Promise.all([sweep.execute(), sweep.execute()]);
    expect(a + b).toBe(6);
    const sent = await h.moduleRef.get(MailDispatcher).drain();
    expect(sent).toBe(12);
    await smtp.waitFor(12);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(12);
  });

  it('erasure: the erased person\'s duos go from this module, so nobody is reminded about them', async () => {
    const d = await duo('2027-08-01', '2028-02-01');
    await sweepAt('2027-08-01');
    await h.publish(StaffErased, { staffId: d.mentee, tenantId: T1, accountId: null });
    expect(await h.sql(`select 1 from notifications.duo where relationship_id = ?`, [d.rel.relationshipId])).toEqual([]);
    // (The erased person's own erasure notice is not a reminder.)
    expect((await sweepAt('2027-09-01')).filter((m) => m.kind && d.to.includes(m.to))).toEqual([]);
  });
  it('a nudged duo still silent COORDINATOR_ALERT_DAYS later: its coordinators get a content-free alert, once, linking to the console\'s duos', async () => {
    const T3 = randomUUID();
    const programmeId = randomUUID();
    const [carla, otto, mentor, mentee] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await h.publish(StaffContactChanged, { staffId: carla, tenantId: T3, firstName: 'Carla', lastName: 'Coord', email: 'carla@example.org', locale: 'da' });
    await h.publish(StaffContactChanged, { staffId: otto, tenantId: T3, firstName: 'Otto', lastName: 'Other', email: 'otto@example.org', locale: 'en' });
    await h.publish(StaffContactChanged, { staffId: mentor, tenantId: T3, firstName: 'Hilde', lastName: 'Hansen', email: 'hilde@example.org', locale: 'da' });
    await h.publish(StaffContactChanged, { staffId: mentee, tenantId: T3, firstName: 'Ivo', lastName: 'Ibsen', email: 'ivo@example.org', locale: 'da' });
    const grant = { tenantId: T3, role: 'coordinator', grantedBy: null, dataProtectionContactEmail: null };
    // Carla coordinates the whole tenant; Otto another programme only.
    await h.publish(RoleGranted, { ...grant, grantId: randomUUID(), accountId: randomUUID(), staffId: carla, scopeType: 'tenant', scopeId: null });
    await h.publish(RoleGranted, { ...grant, grantId: randomUUID(), accountId: randomUUID(), staffId: otto, scopeType: 'programme', scopeId: randomUUID() });
    const relationshipId = randomUUID();
    await h.publish(RelationshipStarted, { tenantId: T3, programmeId, cohortId: randomUUID(), relationshipId, mentorStaffId: mentor, menteeStaffId: mentee, on: '2027-10-01', plannedEndOn: '2028-10-01' });
    await sweepAt('2027-10-01');
    expect((await sweepAt('2027-10-15')).map((m) => m.kind)).toEqual(['meeting_nudge', 'meeting_nudge']);
    expect(await sweepAt('2027-10-28')).toEqual([]);
    const alerts = await sweepAt('2027-10-29');
    expect(alerts.map((m) => [m.to, m.kind])).toEqual([['carla@example.org', 'duo_needs_attention']]);
    const [alert] = alerts;
    expect(alert.subject).toBe('M4Pris: du har en ny besked');
    expect(alert.text).toContain('En duo i dit program har ikke registreret et møde');
    expect(alert.text).toContain(`${PUBLIC_URL}/console/duos`);
    // Content-free: nobody named, no date, no id of the duo or its programme.
    for (const x of ['Hilde', 'Hansen', 'Ivo', 'Ibsen', '2027-10-01', relationshipId, programmeId]) expect(alert.text).not.toContain(x);
    expect(await sweepAt('2027-11-05')).toEqual([]);
    // A meeting and a new silence: a new nudge, then a new alert.
    await h.publish(MeetingLogged, { tenantId: T3, programmeId, cohortId: randomUUID(), relationshipId, meetingId: randomUUID(), heldOn: '2027-11-06', durationMinutes: 30, duringShift: true, functions: ['psychosocial'] });
    expect((await sweepAt('2027-11-20')).map((m) => m.kind)).toEqual(['meeting_nudge', 'meeting_nudge']);
    expect((await sweepAt('2027-12-04')).map((m) => m.to)).toEqual(['carla@example.org']);
  });
});
