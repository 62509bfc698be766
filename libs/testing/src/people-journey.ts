import assert from 'node:assert/strict';
import { mailedInvitationToken, type MailSource } from './mailbox.js';

/*
 * One programme played end to end as every role, by a client written from `schema.graphql` only:
 * plain fetch, GraphQL documents, no import of the platform's code. Shared by the standalone e2e
 * suite (in-process bus and NATS) and the distributed proof (separate processes over NATS).
 *
 * It counts the HTTP calls it makes, per step, and asserts that no screen costs one call per row:
 * every read step is one call whatever the number of rows, and the same list read for 2 and for 20
 * rows costs the same number of calls.
 */

export interface PeopleJourneyTarget {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Where the platform's invitation mails arrive (read as their owners read mail). */
  mailbox: MailSource;
  platformAdmin: { email: string; password: string };
  /** The modules the tenant enables (createTenant's enabledModules). */
  modules: string[];
  /** A code unique to this run (tenant code, e-mail domain). */
  code: string;
}

export interface JourneyStep {
  role: string;
  step: string;
  kind: 'read' | 'write' | 'refusal';
  /** HTTP calls the step made. */
  calls: number;
  /** Rows the step's list held (read steps). */
  rows?: number;
}

export interface PeopleJourneyReport {
  steps: JourneyStep[];
  /** Calls that only waited for events to reach another module (polls), not part of any screen. */
  pollCalls: number;
  totalCalls: number;
}

interface GqlError {
  message: string;
  extensions?: { code?: string };
}
interface Gql {
  data?: Record<string, any> | null;
  errors?: GqlError[];
}

const PASSWORD = 'a long enough journey password';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A GraphQL client that counts its HTTP calls. */
class CountingClient {
  calls = 0;
  polls = 0;
  readonly steps: JourneyStep[] = [];
  private polling = false;

  constructor(private readonly url: string) {}

  async raw(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Gql> {
    if (this.polling) this.polls++;
    else this.calls++;
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // Parsed here (not res.json()) so that the objects belong to the caller's realm (Jest's VM context), as deepEqual expects.
    return JSON.parse(await res.text()) as Gql;
  }

  async data(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Record<string, any>> {
    const r = await this.raw(query, variables, token);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL call failed: ${JSON.stringify(r.errors)}\n${query}`);
    return r.data;
  }

  /** The `extensions.code` of a refused call (fails when the call succeeded). */
  async refused(query: string, variables: Record<string, unknown>, token: string): Promise<{ code: string; body: string }> {
    const r = await this.raw(query, variables, token);
    assert.ok(r.errors?.length, `expected a refusal: ${query} answered ${JSON.stringify(r.data)}`);
    const code = r.errors?.[0]?.extensions?.code;
    assert.ok(code, `a refusal carries extensions.code: ${JSON.stringify(r.errors)}`);
    return { code, body: JSON.stringify(r) };
  }

  /** Runs one step of a screen and records its calls. */
  async step<T>(role: string, step: string, kind: JourneyStep['kind'], run: () => Promise<T>, rowsOf?: (t: T) => number): Promise<T> {
    const before = this.calls;
    const result = await run();
    const s: JourneyStep = { role, step, kind, calls: this.calls - before };
    if (rowsOf) s.rows = rowsOf(result);
    this.steps.push(s);
    // A screen is one call, however many rows it shows: never one call per row.
    if (kind === 'read') assert.equal(s.calls, 1, `${role}: ${step} made ${s.calls} calls`);
    return result;
  }

  /** Polls until `check` passes (events reach other modules asynchronously); the calls are counted apart. */
  async until<T>(check: () => Promise<T>, tries = 150, pauseMs = 200): Promise<T> {
    this.polling = true;
    let last: unknown;
    try {
      for (let i = 0; i < tries; i++) {
        try {
          return await check();
        } catch (e) {
          last = e;
          await new Promise((r) => setTimeout(r, pauseMs));
        }
      }
      throw last;
    } finally {
      this.polling = false;
    }
  }
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`;
const PERSON_FULL = `id displayName workEmail institution { name } unit { name } shiftPattern { name }`;

interface StaffSeed {
  key: string;
  first: string;
  last: string;
  hiredDaysAgo: number;
  supervisesOthers?: boolean;
  lineManager?: string;
  account?: boolean;
}

/** The journey; throws (node:assert) on the first thing a frontend could not do. */
export async function playPeopleJourney(t: PeopleJourneyTarget): Promise<PeopleJourneyReport> {
  const c = new CountingClient(t.url);
  const code = t.code.toLowerCase();
  const domain = `${code}.journey.test`;
  const emailOf = (key: string) => `${key}@${domain}`;

  // ---- Platform admin: the tenant and its first administrator.
  const platformToken = (await c.step('platform admin', 'signs in', 'write', () => c.data(LOGIN, { input: t.platformAdmin }))).login.accessToken as string;
  const tenantId = (
    await c.step('platform admin', 'creates the tenant', 'write', () =>
      c.data(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
        input: { code, name: `Journey ${code}`, country: 'DK', defaultLocale: 'en', enabledModules: t.modules },
      }, platformToken),
    )
  ).createTenant.id as string;
  const adminSince = new Date();
  const adminInvite = await c.step('platform admin', 'invites the tenant admin', 'write', async () => {
    const inv = await c.data(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { tenantId, email: emailOf('admin') } }, platformToken);
    await c.data(ASSIGN, { input: { accountId: inv.inviteAccount.accountId, role: 'TENANT_ADMIN', tenantId } }, platformToken);
    return inv;
  });
  assert.ok(adminInvite.inviteAccount.accountId);
  const adminToken = (
    await c.step('tenant admin', 'accepts the invitation', 'write', async () =>
      c.data(ACCEPT, { input: { token: await mailedInvitationToken(t.mailbox, emailOf('admin'), adminSince), password: PASSWORD } }),
    )
  ).acceptInvitation.accessToken as string;

  // ---- Tenant admin: institution, unit, shift pattern, staff.
  const institutionId = (
    await c.step('tenant admin', 'creates the institution', 'write', () =>
      c.data(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { name: 'Vestre Prison', kind: 'ADULT', region: 'North' } }, adminToken),
    )
  ).createInstitution.id as string;
  const unitId = (
    await c.step('tenant admin', 'creates a unit', 'write', () => c.data(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, { input: { institutionId, name: 'B wing' } }, adminToken))
  ).createUnit.id as string;
  const shiftPatternId = (
    await c.step('tenant admin', 'creates a shift pattern', 'write', () =>
      c.data(`mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`, {
        input: { name: 'Four on four off', cycleDays: 8, shifts: [0, 1, 2, 3].map((d) => ({ day: d, start: '07:00', hours: 12 })) },
      }, adminToken),
    )
  ).createShiftPattern.id as string;

  const people: StaffSeed[] = [
    { key: 'coordinator', first: 'Carla', last: 'Coordinator', hiredDaysAgo: 5000, account: true },
    { key: 'lead', first: 'Lars', last: 'Linemanager', hiredDaysAgo: 6000, supervisesOthers: true, account: true },
    { key: 'mentor1', first: 'Mads', last: 'Mentorsen', hiredDaysAgo: 3650, account: true },
    { key: 'mentor2', first: 'Maria', last: 'Mentorova', hiredDaysAgo: 3000, account: true },
    { key: 'mentee1', first: 'Nina', last: 'Newcomer', hiredDaysAgo: 40, lineManager: 'lead', account: true },
    { key: 'mentee2', first: 'Ole', last: 'Olsen', hiredDaysAgo: 50, lineManager: 'lead', account: true },
    // Newcomers who do not apply: the eligible list reaches 20 rows.
    ...Array.from({ length: 20 }, (_, i) => ({ key: `newcomer${i}`, first: `Newcomer${i}`, last: 'Eligible', hiredDaysAgo: 30 + i })),
  ];
  const staffIds: Record<string, string> = {};
  const nameOf = (key: string) => {
    const p = people.find((x) => x.key === key)!;
    return `${p.first} ${p.last}`;
  };
  await c.step('tenant admin', `creates ${people.length} staff members`, 'write', async () => {
    for (const s of people) {
      const r = await c.data(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
        input: {
          firstName: s.first, lastName: s.last, email: emailOf(s.key), position: 'Prison officer', supervisesOthers: s.supervisesOthers ?? false,
          hiredOn: day(-s.hiredDaysAgo), joinedInstitutionOn: day(-s.hiredDaysAgo), institutionId, unitId, shiftPatternId, shiftOffsetDays: 0,
          languages: ['da', 'en'], lineManagerId: s.lineManager ? staffIds[s.lineManager] : null,
        },
      }, adminToken);
      staffIds[s.key] = r.createStaff.id;
    }
  });
  // The staff directory with names, units and line managers: the same one call for 2 and for 20 ids.
  const STAFF_BY_IDS = `query($ids: [ID!]!) { staff(filter: { ids: $ids }, page: { limit: 50 }) { items { id displayName unit { name } shiftPattern { name } lineManager { displayName } } } }`;
  const newcomerIds = Object.entries(staffIds).filter(([k]) => k.startsWith('newcomer') || k.startsWith('mentee')).map(([, id]) => id);
  const two = await c.step('tenant admin', 'staff directory, 2 ids', 'read', () => c.data(STAFF_BY_IDS, { ids: [staffIds.mentee1, staffIds.mentee2] }, adminToken), (d) => d.staff.items.length);
  assert.equal(two.staff.items.length, 2);
  const mentee1Row = two.staff.items.find((x: { id: string }) => x.id === staffIds.mentee1);
  assert.deepEqual(mentee1Row, { id: staffIds.mentee1, displayName: nameOf('mentee1'), unit: { name: 'B wing' }, shiftPattern: { name: 'Four on four off' }, lineManager: { displayName: nameOf('lead') } });
  const twenty = await c.step('tenant admin', 'staff directory, 20 ids', 'read', () => c.data(STAFF_BY_IDS, { ids: newcomerIds.slice(0, 20) }, adminToken), (d) => d.staff.items.length);
  assert.equal(twenty.staff.items.length, 20);
  assert.ok(twenty.staff.items.every((x: { lineManager: unknown; unit: { name: string } }) => x.unit.name === 'B wing'));

  // Accounts: every invitation first, then each person reads theirs from the mailbox.
  const accountSince = new Date();
  const accounts: Record<string, string> = {};
  await c.step('tenant admin', 'invites the participants, the coordinator and the line manager', 'write', async () => {
    for (const s of people.filter((p) => p.account)) {
      const r = await c.data(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: staffIds[s.key] }, adminToken);
      accounts[s.key] = r.inviteStaff.accountId;
    }
    await c.data(ASSIGN, { input: { accountId: accounts.coordinator, role: 'COORDINATOR', tenantId } }, adminToken);
    const researcher = await c.data(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { email: emailOf('researcher') } }, adminToken);
    await c.data(ASSIGN, { input: { accountId: researcher.inviteAccount.accountId, role: 'RESEARCHER', tenantId } }, adminToken);
  });
  const tokens: Record<string, string> = {};
  for (const key of [...people.filter((p) => p.account).map((p) => p.key), 'researcher']) {
    tokens[key] = (
      await c.step(key, 'accepts the invitation', 'write', async () =>
        c.data(ACCEPT, { input: { token: await mailedInvitationToken(t.mailbox, emailOf(key), accountSince), password: PASSWORD } }),
      )
    ).acceptInvitation.accessToken as string;
  }

  // ---- Tenant admin: the programme; coordinator: the cohort.
  const programmeId = (
    await c.step('tenant admin', 'creates the programme', 'write', () =>
      c.data(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
        input: { name: 'Newcomers', policy: { mentorTrainingRequired: false, mentorCapacity: 1, supportContact: { name: 'Occupational health', howToReach: 'ext. 2200' } } },
      }, adminToken),
    )
  ).createProgramme.id as string;
  const coordinator = tokens.coordinator;
  const cohortId = (
    await c.step('coordinator', 'creates the cohort and opens recruitment', 'write', async () => {
      const r = await c.data(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { programmeId, name: 'Autumn', startsOn: day(0) } }, coordinator);
      await c.data(`mutation($id: ID!) { transitionCohort(cohortId: $id, to: RECRUITING) { state } }`, { id: r.createCohort.id }, coordinator);
      return r;
    })
  ).createCohort.id as string;

  // ---- Coordinator: eligible staff by name; the same list read 2 and 20 rows at a time.
  const ELIGIBLE = `query($id: ID!, $limit: Int!) { eligibleStaff(cohortId: $id, role: MENTEE, page: { limit: $limit }) { total items { staffId person { id displayName } } } }`;
  await c.until(async () => {
    const r = await c.data(ELIGIBLE, { id: cohortId, limit: 50 }, coordinator);
    assert.ok(r.eligibleStaff.total >= 22, 'the staff projection has not arrived yet');
  });
  const eligible2 = await c.step('coordinator', 'eligible staff, 2 rows', 'read', () => c.data(ELIGIBLE, { id: cohortId, limit: 2 }, coordinator), (d) => d.eligibleStaff.items.length);
  const eligible20 = await c.step('coordinator', 'eligible staff, 20 rows', 'read', () => c.data(ELIGIBLE, { id: cohortId, limit: 20 }, coordinator), (d) => d.eligibleStaff.items.length);
  assert.equal(eligible2.eligibleStaff.items.length, 2);
  assert.equal(eligible20.eligibleStaff.items.length, 20);
  for (const row of [...eligible2.eligibleStaff.items, ...eligible20.eligibleStaff.items] as { staffId: string; person: { id: string; displayName: string } }[]) {
    assert.equal(row.person.id, row.staffId);
    assert.ok(row.person.displayName.length > 0, 'every eligible row has a name');
  }

  // ---- Mentors and mentees apply (with consent).
  const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id state applicant { displayName } } }`;
  const base = { cohortId, motivation: 'I want to take part', languages: ['da'], consent: true };
  const applications: Record<string, string> = {};
  for (const key of ['mentee1', 'mentee2', 'mentor1', 'mentor2']) {
    const mentor = key.startsWith('mentor');
    const r = await c.step(key, 'applies', 'write', () =>
      c.data(SUBMIT, { input: { ...base, role: mentor ? 'MENTOR' : 'MENTEE', functions: mentor ? ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'] : ['JOB_FAMILIARISATION'] } }, tokens[key]),
    );
    assert.equal(r.submitApplication.applicant.displayName, nameOf(key));
    applications[key] = r.submitApplication.id;
  }

  // ---- Coordinator: applications with the applicants' names, decisions, the match run.
  const apps = await c.step('coordinator', 'applications with applicant names', 'read', () =>
    c.data(`query($id: ID!) { applications(cohortId: $id) { items { id role state applicant { displayName workEmail } } } }`, { id: cohortId }, coordinator),
  (d) => d.applications.items.length);
  assert.deepEqual(
    (apps.applications.items as { applicant: { displayName: string; workEmail: string | null } }[]).map((a) => a.applicant.displayName).sort(),
    ['mentee1', 'mentee2', 'mentor1', 'mentor2'].map(nameOf).sort(),
  );
  // The coordinator sees names, not the applicants' contact details.
  assert.ok(apps.applications.items.every((a: { applicant: { workEmail: string | null } }) => a.applicant.workEmail === null));
  await c.step('coordinator', 'accepts the four applications and starts matching', 'write', async () => {
    for (const id of Object.values(applications)) await c.data(`mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { state } }`, { input: { applicationId: id, decision: 'ACCEPT' } }, coordinator);
    await c.data(`mutation($id: ID!) { transitionCohort(cohortId: $id, to: MATCHING) { state } }`, { id: cohortId }, coordinator);
  });
  await c.until(async () => {
    const r = await c.data(`query { matchingCohorts { id mentees mentors } }`, {}, coordinator);
    const mine = (r.matchingCohorts as { id: string; mentees: number; mentors: number }[]).find((x) => x.id === cohortId);
    assert.ok(mine && mine.mentees === 2 && mine.mentors === 2, 'matching has not seen the accepted applications yet');
  });
  const runId = (await c.step('coordinator', 'runs the match', 'write', () => c.data(`mutation($input: RunMatchInput!) { runMatch(input: $input) { id } }`, { input: { cohortId } }, coordinator))).runMatch.id as string;
  const RUN = `query($id: ID!) { matchRun(id: $id) { status proposals { id mentor { displayName } mentee { displayName } } unmatched { person { displayName } } } }`;
  await c.until(async () => assert.equal((await c.data(RUN, { id: runId }, coordinator)).matchRun.status, 'DONE'));
  const run = await c.step('coordinator', 'match run with proposal names', 'read', () => c.data(RUN, { id: runId }, coordinator), (d) => d.matchRun.proposals.length);
  const proposals = run.matchRun.proposals as { id: string; mentor: { displayName: string }; mentee: { displayName: string } }[];
  assert.equal(proposals.length, 2);
  assert.deepEqual(proposals.map((p) => p.mentee.displayName).sort(), [nameOf('mentee1'), nameOf('mentee2')].sort());
  assert.deepEqual(proposals.map((p) => p.mentor.displayName).sort(), [nameOf('mentor1'), nameOf('mentor2')].sort());
  await c.step('coordinator', 'approves the proposals', 'write', () => c.data(`mutation($input: ApproveProposalsInput!) { approveProposals(input: $input) { id } }`, { input: { runId } }, coordinator));
  const RELATIONSHIPS = `query($id: ID!) { relationships(cohortId: $id) { total items { id mentor { displayName workEmail institution { name } } mentee { displayName workEmail } cohort { id name } programme { id name } } } }`;
  await c.until(async () => assert.equal((await c.data(RELATIONSHIPS, { id: cohortId }, coordinator)).relationships.total, 2));
  const duos = await c.step('coordinator', 'relationships with mentor and mentee names', 'read', () => c.data(RELATIONSHIPS, { id: cohortId }, coordinator), (d) => d.relationships.items.length);
  type Duo = { id: string; mentor: { displayName: string; workEmail: string | null; institution: unknown }; mentee: { displayName: string; workEmail: string | null }; cohort: { id: string; name: string }; programme: { id: string; name: string } };
  const duoList = duos.relationships.items as Duo[];
  const pairOf = (d: Duo) => `${d.mentor.displayName} → ${d.mentee.displayName}`;
  assert.deepEqual(duoList.map((d) => d.mentee.displayName).sort(), [nameOf('mentee1'), nameOf('mentee2')].sort());
  for (const d of duoList) {
    assert.deepEqual({ cohort: d.cohort, programme: d.programme }, { cohort: { id: cohortId, name: 'Autumn' }, programme: { id: programmeId, name: 'Newcomers' } });
    // The duo's coordinator sees display names only.
    assert.deepEqual([d.mentor.workEmail, d.mentee.workEmail, d.mentor.institution], [null, null, null], pairOf(d));
  }
  const ninaDuo = duoList.find((d) => d.mentee.displayName === nameOf('mentee1'))!;
  const ninaMentorKey = ['mentor1', 'mentor2'].find((k) => nameOf(k) === ninaDuo.mentor.displayName)!;

  // ---- Mentee and mentor: who the partner is, and where to find them, in one call.
  const MINE = `query { myRelationships { id myRole mentor { ${PERSON_FULL} } mentee { ${PERSON_FULL} } cohort { name } programme { name } } }`;
  const menteeView = await c.step('mentee', 'my duo: the mentor by name, institution, unit, shift pattern, work e-mail', 'read', () => c.data(MINE, {}, tokens.mentee1), (d) => d.myRelationships.length);
  assert.equal(menteeView.myRelationships.length, 1);
  const place = { institution: { name: 'Vestre Prison' }, unit: { name: 'B wing' }, shiftPattern: { name: 'Four on four off' } };
  assert.deepEqual(menteeView.myRelationships[0], {
    id: ninaDuo.id, myRole: 'MENTEE',
    mentor: { id: staffIds[ninaMentorKey], displayName: nameOf(ninaMentorKey), workEmail: emailOf(ninaMentorKey), ...place },
    mentee: { id: staffIds.mentee1, displayName: nameOf('mentee1'), workEmail: emailOf('mentee1'), ...place },
    cohort: { name: 'Autumn' }, programme: { name: 'Newcomers' },
  });
  const mentorView = await c.step('mentor', 'my duo: the mentee in full', 'read', () => c.data(MINE, {}, tokens[ninaMentorKey]), (d) => d.myRelationships.length);
  assert.equal(mentorView.myRelationships.length, 1);
  assert.deepEqual(mentorView.myRelationships[0].mentee, { id: staffIds.mentee1, displayName: nameOf('mentee1'), workEmail: emailOf('mentee1'), ...place });
  const ME = `query { me { staff { displayName institution { name } unit { name } shiftPattern { name } lineManager { displayName } } tasks { kind link subject { id name } } } }`;
  const meMentee = await c.step('mentee', 'me: own context and tasks', 'read', () => c.data(ME, {}, tokens.mentee1), (d) => d.me.tasks.length);
  assert.deepEqual(meMentee.me.staff, { displayName: nameOf('mentee1'), institution: { name: 'Vestre Prison' }, unit: { name: 'B wing' }, shiftPattern: { name: 'Four on four off' }, lineManager: { displayName: nameOf('lead') } });
  const agreement = (meMentee.me.tasks as { kind: string; link: string; subject: { id: string; name: string } }[]).find((x) => x.kind === 'AGREEMENT_TO_ACKNOWLEDGE');
  assert.deepEqual(agreement?.subject, { id: ninaDuo.id, name: nameOf(ninaMentorKey) }, 'the task names the partner');
  const meMentor = await c.step('mentor', 'me: own context and tasks', 'read', () => c.data(ME, {}, tokens[ninaMentorKey]), (d) => d.me.tasks.length);
  assert.equal(meMentor.me.staff.lineManager, null);
  assert.ok((meMentor.me.tasks as { subject: { name: string } | null }[]).some((x) => x.subject?.name === nameOf('mentee1')));

  // ---- Coordinator: the attention list and check-ins, with names.
  const attention = await c.step('coordinator', 'duos needing attention, with names', 'read', () =>
    c.data(`query($id: ID!, $asOf: String) { duosNeedingAttention(cohortId: $id, asOf: $asOf) { reasons relationship { id mentor { displayName } mentee { displayName } } } }`, { id: cohortId, asOf: day(60) }, coordinator),
  (d) => d.duosNeedingAttention.length);
  assert.deepEqual((attention.duosNeedingAttention as { relationship: Duo }[]).map((a) => pairOf(a.relationship)).sort(), duoList.map(pairOf).sort());
  await c.step('coordinator', 'records a check-in', 'write', () =>
    c.data(`mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`, { input: { relationshipId: ninaDuo.id, on: day(0), channel: 'PHONE', outcome: 'ON_TRACK' } }, coordinator),
  );
  const checkIns = await c.step('coordinator', 'check-ins with the duo by name', 'read', () =>
    c.data(`query($id: ID!) { checkIns(relationshipId: $id) { outcome relationship { mentor { displayName } mentee { displayName } } } }`, { id: ninaDuo.id }, coordinator),
  (d) => d.checkIns.length);
  assert.deepEqual(checkIns.checkIns, [{ outcome: 'ON_TRACK', relationship: { mentor: { displayName: nameOf(ninaMentorKey) }, mentee: { displayName: nameOf('mentee1') } } }]);

  // ---- Who must not learn names or participation. Every refusal carries a code, and no answer
  // (refused or not) holds a participant's name or the duo.
  const participantNames = ['mentee1', 'mentee2', 'mentor1', 'mentor2'].map(nameOf);
  const noNames = (body: string, who: string, what: string) => {
    for (const n of participantNames) assert.ok(!body.includes(n), `${who} learnt ${n} through ${what}: ${body}`);
    assert.ok(!body.includes(ninaDuo.id), `${who} learnt the duo through ${what}`);
  };
  const probes: { what: string; query: string; variables: Record<string, unknown> }[] = [
    { what: 'relationships', query: RELATIONSHIPS, variables: { id: cohortId } },
    { what: 'relationship', query: `query($id: ID!) { relationship(id: $id) { id mentor { displayName } mentee { displayName } } }`, variables: { id: ninaDuo.id } },
    { what: 'applications', query: `query($id: ID!) { applications(cohortId: $id) { items { applicant { displayName } } } }`, variables: { id: cohortId } },
    { what: 'match run', query: RUN, variables: { id: runId } },
    { what: 'attention list', query: `query($id: ID!) { duosNeedingAttention(cohortId: $id, asOf: "${day(60)}") { relationship { mentor { displayName } mentee { displayName } } } }`, variables: { id: cohortId } },
    { what: 'check-ins', query: `query($id: ID!) { checkIns(relationshipId: $id) { relationship { mentee { displayName } } } }`, variables: { id: ninaDuo.id } },
    { what: 'eligible staff', query: ELIGIBLE, variables: { id: cohortId, limit: 50 } },
  ];
  // Researcher: pseudonymised data only, never a name, anywhere.
  for (const probe of probes) {
    const r = await c.step('researcher', `${probe.what}: refused`, 'refusal', () => c.refused(probe.query, probe.variables, tokens.researcher));
    assert.ok(['FORBIDDEN', 'NOT_FOUND'].includes(r.code), `researcher, ${probe.what}: ${r.code}`);
    noNames(r.body, 'the researcher', probe.what);
  }
  const researcherStaff = await c.step('researcher', 'staff directory: refused', 'refusal', () => c.refused(STAFF_BY_IDS, { ids: [staffIds.mentee1, staffIds.mentor1] }, tokens.researcher));
  assert.ok(['FORBIDDEN', 'NOT_FOUND'].includes(researcherStaff.code));
  noNames(researcherStaff.body, 'the researcher', 'staff');
  const researcherMe = await c.step('researcher', 'me: no staff record, no tasks', 'read', () => c.data(`query { me { staff { displayName } tasks { kind } } }`, {}, tokens.researcher));
  assert.deepEqual(researcherMe, { me: { staff: null, tasks: [] } });
  // Not staff, so no duo of their own to list.
  const researcherMine = await c.step('researcher', 'myRelationships: refused', 'refusal', () => c.refused(`query { myRelationships { id mentor { displayName } } }`, {}, tokens.researcher));
  assert.equal(researcherMine.code, 'FORBIDDEN');

  // Line manager: never learns that the report takes part.
  for (const probe of probes) {
    const r = await c.step('line manager', `${probe.what}: refused`, 'refusal', () => c.refused(probe.query, probe.variables, tokens.lead));
    assert.ok(['FORBIDDEN', 'NOT_FOUND'].includes(r.code), `line manager, ${probe.what}: ${r.code}`);
    noNames(r.body, 'the line manager', probe.what);
  }
  const leadMe = await c.step('line manager', 'own duos and tasks: none about the report', 'read', () => c.data(`query { me { tasks { kind subject { id name } } } myRelationships { id } myApplications { id } }`, {}, tokens.lead));
  assert.deepEqual(leadMe, { me: { tasks: [] }, myRelationships: [], myApplications: [] });
  const leadReport = await c.raw(`query($id: ID!) { staffMember(id: $id) { displayName } }`, { id: staffIds.mentee1 }, tokens.lead);
  c.steps.push({ role: 'line manager', step: "the report's staff record", kind: 'refusal', calls: 1 });
  noNames(JSON.stringify(leadReport).replace(nameOf('mentee1'), 'the report'), 'the line manager', 'staffMember');
  assert.ok(!JSON.stringify(leadReport).match(/Newcomers|Autumn|mentor/i), 'the staff record says nothing of the programme');

  // Tenant admin: aggregates, never who takes part.
  const dashboard = await c.step('tenant admin', 'cohort dashboard (aggregates)', 'read', () =>
    c.data(`query($id: ID!) { cohortDashboard(cohortId: $id) { activeDuos } }`, { id: cohortId }, adminToken),
  );
  assert.equal(dashboard.cohortDashboard.activeDuos, 2);
  for (const probe of probes.filter((p) => p.what !== 'eligible staff')) {
    const r = await c.raw(probe.query, probe.variables, adminToken);
    c.steps.push({ role: 'tenant admin', step: `${probe.what}: no names`, kind: 'refusal', calls: 1 });
    const body = JSON.stringify(r);
    if (r.errors?.length) assert.ok(r.errors[0].extensions?.code, `tenant admin, ${probe.what}: a refusal with a code`);
    noNames(body, 'the tenant admin', probe.what);
  }
  const adminEligible = await c.step('tenant admin', 'eligible staff: counts, no names', 'read', () => c.data(ELIGIBLE, { id: cohortId, limit: 50 }, adminToken), (d) => d.eligibleStaff.items.length);
  assert.ok(adminEligible.eligibleStaff.total >= 22);
  assert.ok(adminEligible.eligibleStaff.items.every((x: { person: unknown }) => x.person === null));

  // ---- The same list read for 2 rows and for 20 rows costs the same calls.
  const callsOf = (step: string) => c.steps.find((s) => s.step === step)!.calls;
  assert.equal(callsOf('eligible staff, 2 rows'), callsOf('eligible staff, 20 rows'));
  assert.equal(callsOf('staff directory, 2 ids'), callsOf('staff directory, 20 ids'));

  return { steps: c.steps, pollCalls: c.polls, totalCalls: c.calls + c.polls };
}

/** The report as lines (role | step | calls | rows), for the suites to print. */
export function formatJourneyReport(r: PeopleJourneyReport): string {
  const lines = r.steps.map((s) => `${s.role.padEnd(16)} ${s.kind.padEnd(8)} ${String(s.calls).padStart(3)} call(s)${s.rows === undefined ? '' : `  ${s.rows} row(s)`}  ${s.step}`);
  const reads = r.steps.filter((s) => s.kind === 'read');
  lines.push(`${r.steps.length} steps, ${reads.length} screens read (${reads.reduce((n, s) => n + s.calls, 0)} calls, ${reads.reduce((n, s) => n + (s.rows ?? 0), 0)} rows), ${r.totalCalls - r.pollCalls} calls in all + ${r.pollCalls} polls waiting for events`);
  return lines.join('\n');
}
