import type { ParsedMail } from 'mailparser';
import { describeWithNats, startSmtpSink, type SmtpSink } from '@m4pris/testing';
import { eventually, ok, seedTenant, type SeededTenant } from './fixtures.js';
import { codeOf, gql, startPlatform, type Mode, type TestPlatform } from './platform.js';

const today = new Date().toISOString().slice(0, 10);
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

function lifecycle(mode: Mode) {
  let p: TestPlatform;
  let a: SeededTenant;
  let b: SeededTenant;
  let cohortId: string;
  let duo: string;
  let smtp: SmtpSink;
  const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(p.url, query, variables, token);
  const reasonOf = (r: { errors?: { extensions?: { reason?: string } }[] }) => r.errors?.[0]?.extensions?.reason;

  beforeAll(async () => {
    // A real SMTP server in the test process receives every mail of the journey (issue 20).
    smtp = await startSmtpSink();
    p = await startPlatform(mode, { modules: ['identity', 'programmes'], smtp });
    const admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    a = await seedTenant(p, admin, `a-${mode}`, [
      { key: 'lead', hiredDaysAgo: 6000, supervisesOthers: true },
      { key: 'newHire', hiredDaysAgo: 40, lineManagerKey: 'lead' },
      { key: 'mentor', hiredDaysAgo: 3650 },
      { key: 'outsider', hiredDaysAgo: 3650 },
    ]);
    b = await seedTenant(p, admin, `b-${mode}`, []);
  }, 180_000);
  afterAll(async () => {
    await p?.close();
    await smtp?.close();
  });

  it('a tenant admin configures a programme; bad policy values are typed errors naming the field', async () => {
    const create = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id policyVersion policy { durationMonths lineManagerRule mentorCapacity } } }`;
    const bad = await call(a.tokens.tenantAdmin, create, { input: { name: 'x', policy: { durationMonths: 24 } } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('policy.durationMonths');
    expect(codeOf(await call(a.tokens.coordinator, create, { input: { name: 'x' } }))).toBe('FORBIDDEN');
    // The outsider is the programme's support contact (not in anyone's line-management chain).
    const supportContact = { name: 'Occupational health', howToReach: 'ext. 2200', supportStaffId: a.staffIds.outsider };
    // The participation consent text applicants agree to (identity's), version 1, named by the policy.
    const text = await ok(
      call(a.tokens.tenantAdmin, `mutation($input: PublishConsentTextInput!) { publishConsentText(input: $input) { version } }`, {
        input: { purpose: 'programme.participation', locale: 'da', text: 'Jeg giver samtykke til at deltage i mentorprogrammet.' },
      }),
    );
    expect(text.publishConsentText.version).toBe(1);
    const r = await ok(call(a.tokens.tenantAdmin, create, { input: { name: 'Newcomers', policy: { mentorTrainingRequired: false, supportContact, consentTextVersion: 1 } } }));
    expect(r.createProgramme).toMatchObject({ policyVersion: 1, policy: { durationMonths: 6, lineManagerRule: 'FORBID', mentorCapacity: 2 } });
    const cohort = await ok(
      call(a.tokens.coordinator, `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id state } }`, { input: { programmeId: r.createProgramme.id, name: 'Autumn', startsOn: today } }),
    );
    cohortId = cohort.createCohort.id;
    expect(cohort.createCohort.state).toBe('DRAFT');
  });

  it('cohort states: an illegal transition is refused with a typed code', async () => {
    const transition = `mutation($id: ID!, $to: CohortState!) { transitionCohort(cohortId: $id, to: $to) { state } }`;
    const illegal = await call(a.tokens.coordinator, transition, { id: cohortId, to: 'CLOSED' });
    expect(codeOf(illegal)).toBe('BAD_USER_INPUT');
    expect(reasonOf(illegal)).toBe('programmes.COHORT_TRANSITION_INVALID');
    expect((await ok(call(a.tokens.coordinator, transition, { id: cohortId, to: 'RECRUITING' }))).transitionCohort.state).toBe('RECRUITING');
  });

  it('recruitment and selection: eligible staff from identity data, applications, decisions', async () => {
    // The staff projection is fed by identity events: wait until it has arrived.
    const eligible = await eventually(async () => {
      const r = await ok(call(a.tokens.coordinator, `query($id: ID!) { eligibleStaff(cohortId: $id, role: MENTEE) { items { staffId reasons } } }`, { id: cohortId }));
      const items = r.eligibleStaff.items as { staffId: string; reasons: string[] }[];
      if (!items.some((i) => i.staffId === a.staffIds.newHire)) throw new Error('projection not there yet');
      return items;
    });
    expect(eligible.find((i) => i.staffId === a.staffIds.newHire)!.reasons).toEqual(['NEW_TO_PROFESSION']);
    const submit = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id state } }`;
    const base = { cohortId, motivation: 'I want to learn the job', functions: ['JOB_FAMILIARISATION'], languages: ['da'], consent: true };
    const noConsent = await call(a.tokens.newHire, submit, { input: { ...base, role: 'MENTEE', consent: false } });
    expect(reasonOf(noConsent)).toBe('programmes.CONSENT_REQUIRED');
    const mentee = await ok(call(a.tokens.newHire, submit, { input: { ...base, role: 'MENTEE' } }));
    const mentor = await ok(call(a.tokens.mentor, submit, { input: { ...base, role: 'MENTOR', functions: ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'] } }));
    // Consent once (issue 22): applying with consent records the programme's consent version in identity,
    // in the applicant's own consents and in their personal-data export; nothing for the refused attempt.
    const consents = await eventually(async () => {
      const mine = (await ok(call(a.tokens.newHire, `query { myConsents { purpose version granted } }`))).myConsents as { purpose: string; version: number; granted: boolean }[];
      if (mine.length === 0) throw new Error('consent not recorded yet');
      return mine;
    });
    expect(consents).toEqual([{ purpose: 'programme.participation', version: 1, granted: true }]);
    const exported = JSON.parse((await ok(call(a.tokens.newHire, `query { exportPersonalData { data } }`))).exportPersonalData.data as string) as { consents: unknown[] };
    expect(exported.consents).toEqual([expect.objectContaining({ purpose: 'programme.participation', version: 1, granted: true })]);
    const decide = `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { state } }`;
    expect(reasonOf(await call(a.tokens.coordinator, decide, { input: { applicationId: mentee.submitApplication.id, decision: 'DECLINE' } }))).toBe('programmes.DECLINE_REASON_REQUIRED');
    // Staff cannot select; another tenant's coordinator cannot even see the application.
    expect(codeOf(await call(a.tokens.outsider, decide, { input: { applicationId: mentee.submitApplication.id, decision: 'ACCEPT' } }))).toBe('FORBIDDEN');
    expect(codeOf(await call(b.tokens.coordinator, decide, { input: { applicationId: mentee.submitApplication.id, decision: 'ACCEPT' } }))).toBe('NOT_FOUND');
    for (const id of [mentee.submitApplication.id, mentor.submitApplication.id]) {
      expect((await ok(call(a.tokens.coordinator, decide, { input: { applicationId: id, decision: 'ACCEPT' } }))).decideApplication.state).toBe('ACCEPTED');
    }
    await ok(call(a.tokens.coordinator, `mutation($id: ID!) { transitionCohort(cohortId: $id, to: MATCHING) { state } }`, { id: cohortId }));
    const rel = await ok(
      call(a.tokens.coordinator, `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id state plannedEndOn } }`, {
        input: { mentorApplicationId: mentor.submitApplication.id, menteeApplicationId: mentee.submitApplication.id },
      }),
    );
    duo = rel.createRelationship.id;
    expect(rel.createRelationship.state).toBe('ACTIVE');
  });

  it('the duo works together; its content stays in the duo', async () => {
    const mine = await ok(call(a.tokens.newHire, `query { myRelationships { id myRole allowedTransitions fitCheckDueOn } }`));
    expect(mine.myRelationships).toEqual([{ id: duo, myRole: 'MENTEE', allowedTransitions: ['PAUSED', 'ENDED_EARLY', 'CLOSED'], fitCheckDueOn: null }]);
    // What do I do next: the duo's agreement to acknowledge, named by the partner, linked into the app.
    const TASKS = `query { me { tasks { kind dueOn link subject { id name } } } }`;
    const before = (await ok(call(a.tokens.newHire, TASKS))).me.tasks as { kind: string; dueOn: string | null; link: string; subject: { id: string; name: string } }[];
    expect(before.map((t) => t.kind)).toEqual(['AGREEMENT_TO_ACKNOWLEDGE']);
    expect(before[0]).toMatchObject({ link: `/duo?relationship=${duo}#agreement`, subject: { id: duo } });
    expect(before[0]!.subject.name).not.toBe('');
    // Nobody outside the duo sees its tasks: not its coordinator, not a colleague.
    for (const token of [a.tokens.coordinator, a.tokens.outsider, a.tokens.tenantAdmin]) expect((await ok(call(token, TASKS))).me.tasks).toEqual([]);
    const log = `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id notes } }`;
    const tooShort = await call(a.tokens.newHire, log, { input: { relationshipId: duo, heldOn: today, durationMinutes: 2, duringShift: true, functions: ['PSYCHOSOCIAL'] } });
    expect(codeOf(tooShort)).toBe('BAD_USER_INPUT');
    expect(tooShort.errors![0].extensions!.field).toBe('durationMinutes');
    await ok(call(a.tokens.newHire, log, { input: { relationshipId: duo, heldOn: today, durationMinutes: 40, duringShift: true, functions: ['PSYCHOSOCIAL'], notes: 'a hard night on C wing' } }));
    await ok(call(a.tokens.mentor, `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`, { input: { relationshipId: duo, title: 'Run a count alone', function: 'JOB_FAMILIARISATION' } }));

    const meetings = `query($id: ID!) { meetings(relationshipId: $id) { notes } }`;
    expect((await ok(call(a.tokens.mentor, meetings, { id: duo }))).meetings).toEqual([{ notes: 'a hard night on C wing' }]);
    expect(codeOf(await call(a.tokens.coordinator, meetings, { id: duo }))).toBe('FORBIDDEN');
    expect(codeOf(await call(a.tokens.tenantAdmin, meetings, { id: duo }))).toBe('NOT_FOUND');
    expect(codeOf(await call(a.tokens.outsider, meetings, { id: duo }))).toBe('NOT_FOUND');
    expect(codeOf(await call(b.tokens.coordinator, meetings, { id: duo }))).toBe('NOT_FOUND');
    expect(codeOf(await call(a.tokens.coordinator, `query($id: ID!) { goals(relationshipId: $id) { title } }`, { id: duo }))).toBe('FORBIDDEN');

    const meta = await ok(call(a.tokens.coordinator, `query($id: ID!) { relationship(id: $id) { meetingCount lastMeetingOn openConcerns fitCheckDueOn } }`, { id: duo }));
    expect(meta.relationship).toMatchObject({ meetingCount: 1, lastMeetingOn: today, openConcerns: 0 });
    // After the first meeting the fit check is open, for each side, due by the policy.
    expect(meta.relationship.fitCheckDueOn).not.toBeNull();
    const after = (await ok(call(a.tokens.mentor, TASKS))).me.tasks as { kind: string; dueOn: string }[];
    expect(after.filter((t) => t.kind === 'FIT_CHECK').map((t) => t.dueOn)).toEqual([meta.relationship.fitCheckDueOn]);
    expect(codeOf(await call(b.tokens.coordinator, `query($id: ID!) { relationship(id: $id) { id } }`, { id: duo }))).toBe('NOT_FOUND');
  });

  it('a concern is routed to support; the coordinator sees only the fact, and the dashboard only counts', async () => {
    const raised = await ok(
      call(a.tokens.newHire, `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { details supportContact { name } } }`, {
        input: { relationshipId: duo, category: 'WELLBEING', details: 'I cannot sleep after the incident' },
      }),
    );
    expect(raised.raiseConcern.supportContact.name).toBe('Occupational health');
    const attention = await ok(call(a.tokens.coordinator, `query($id: ID!) { duosNeedingAttention(cohortId: $id) { relationshipId reasons } }`, { id: cohortId }));
    expect(attention.duosNeedingAttention).toEqual([{ relationshipId: duo, reasons: ['OPEN_CONCERN'] }]);
    const dashboard = await ok(
      call(a.tokens.tenantAdmin, `query($id: ID!) { cohortDashboard(cohortId: $id) { activeDuos meetings meetingsPerDuo openConcerns duosNeedingAttention functionBalance { function meetings } } }`, { id: cohortId }),
    );
    expect(dashboard.cohortDashboard).toMatchObject({ activeDuos: 1, meetings: 1, meetingsPerDuo: 1, openConcerns: 1, duosNeedingAttention: 1 });
    expect(JSON.stringify(dashboard)).not.toContain('incident');
    expect(codeOf(await call(a.tokens.outsider, `query($id: ID!) { cohortDashboard(cohortId: $id) { activeDuos } }`, { id: cohortId }))).toBe('FORBIDDEN');
  });

  it("a replayed logMeeting (the web app's offline queue) answers with the first meeting; the key reused for other content is a CONFLICT in the caller's language", async () => {
    const log = `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id durationMinutes } }`;
    const input = { relationshipId: duo, heldOn: today, durationMinutes: 25, duringShift: false, functions: ['JOB_FAMILIARISATION'], idempotencyKey: crypto.randomUUID() };
    const first = await ok(call(a.tokens.newHire, log, { input }));
    const replay = await ok(call(a.tokens.newHire, log, { input }));
    expect(replay.logMeeting).toEqual(first.logMeeting);
    const meetings = (await ok(call(a.tokens.mentor, `query($id: ID!) { meetings(relationshipId: $id) { durationMinutes } }`, { id: duo }))).meetings as { durationMinutes: number }[];
    expect(meetings.filter((m) => m.durationMinutes === 25)).toHaveLength(1);
    const other = await gql(p.url, log, { input: { ...input, durationMinutes: 50 } }, a.tokens.newHire, { 'accept-language': 'da' });
    expect(codeOf(other)).toBe('CONFLICT');
    expect(reasonOf(other)).toBe('common.IDEMPOTENCY_KEY_REUSED');
    expect(other.errors![0].extensions!.field).toBe('idempotencyKey');
    expect(other.errors![0].message).toContain('allerede brugt');
    const bad = await call(a.tokens.newHire, log, { input: { ...input, idempotencyKey: 'not-a-uuid' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('idempotencyKey');
  });

  it('the messages of the journey reach the person concerned only, discreetly, linking into the app; no mail carries duo content, a concern or a motivation', async () => {
    const emailOf = async (staffId: string) => {
      const r = await ok(call(a.tokens.tenantAdmin, `query($id: ID!) { staffMember(id: $id) { email } }`, { id: staffId }));
      return (r.staffMember.email as string).toLowerCase();
    };
    // The mentor edits the agreement: the mentee is asked to acknowledge it.
    await ok(call(a.tokens.mentor, `mutation($input: SaveAgreementInput!) { saveAgreement(input: $input) { goalsSummary } }`, { input: { relationshipId: duo, goalsSummary: 'Get through the first night shifts', cadenceDays: 14 } }));
    const [newHire, mentor, outsider, lead] = await Promise.all([a.staffIds.newHire, a.staffIds.mentor, a.staffIds.outsider, a.staffIds.lead].map(emailOf));
    const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((x) => x?.value.map((v) => v.address?.toLowerCase()) ?? []);
    const textOf = (m: ParsedMail) => `${m.subject}\n${m.text}\n${m.html}`;
    const mailsTo = (addr: string) => smtp.received.filter((m) => to(m).includes(addr));
    const has = (addr: string, path: string) => mailsTo(addr).some((m) => (m.text ?? '').includes(path));
    await eventually(async () => {
      // received (applicant, /cohorts), fit check open (both, /duo), agreement (the mentee, /duo), support contact.
      if (!has(outsider, '/console/concerns') || !has(newHire, '/cohorts') || !has(newHire, '/duo') || !has(mentor, '/duo')) throw new Error('mail not there yet');
      if (mailsTo(newHire).filter((m) => (m.text ?? '').includes('/duo')).length < 2) throw new Error('mail to the mentee not all there yet');
    }, 200, 100);
    // Nothing the duo wrote, no concern, no motivation, in any mail to anyone.
    for (const m of smtp.received) {
      for (const secret of ['I want to learn the job', 'a hard night on C wing', 'I cannot sleep after the incident', 'Get through the first night shifts']) expect(textOf(m)).not.toContain(secret);
      for (const word of ['wellbeing', 'stress', 'concern']) expect(m.subject!.toLowerCase()).not.toContain(word);
      expect(m.subject).toMatch(/^M4Pris: /);
    }
    // The support contact hears that a message needs attention, with a link to their inbox; nothing about whom.
    const support = mailsTo(outsider).find((m) => (m.text ?? '').includes('/console/concerns'))!;
    expect(textOf(support)).not.toMatch(new RegExp(`${duo}|${a.staffIds.newHire}|${a.staffIds.mentor}`));
    // The mentor (who saved the agreement) is not asked to acknowledge it; the line manager hears nothing of the programme.
    expect(mailsTo(mentor).filter((m) => /acknowledge|bekræft|confirme|confirmați|επιβεβαιώστε/.test(m.text ?? ''))).toEqual([]);
    expect(mailsTo(lead).filter((m) => /\/(duo|cohorts|console)/.test(m.text ?? ''))).toEqual([]);
  });

  it('ending early with a re-match request, as the mentee, with a reason code only', async () => {
    const ended = await ok(
      call(a.tokens.newHire, `mutation($input: EndRelationshipEarlyInput!) { endRelationshipEarly(input: $input) { state endReason rematchRequested } }`, {
        input: { relationshipId: duo, reason: 'WORKLOAD', rematch: true },
      }),
    );
    expect(ended.endRelationshipEarly).toEqual({ state: 'ENDED_EARLY', endReason: 'WORKLOAD', rematchRequested: true });
    const again = await call(a.tokens.newHire, `mutation($id: ID!) { pauseRelationship(id: $id) { state } }`, { id: duo });
    expect(reasonOf(again)).toBe('programmes.RELATIONSHIP_NOT_ACTIVE');
  });
}

describe('programmes through the gateway, in-process transport', () => lifecycle('in-process'));
describeWithNats('programmes through the gateway, over NATS', () => lifecycle('nats'));
