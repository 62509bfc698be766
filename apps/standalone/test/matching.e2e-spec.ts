import { randomUUID } from 'node:crypto';
import { describeWithNats } from '@m4pris/testing';
import { ApplicationAccepted, CohortChanged, defaultPolicy } from '@m4pris/programmes-contracts';
import { codeOf, gql, startPlatform, type Mode, type TestPlatform } from './platform.js';
import { firstAdmin, inviteAndActivate } from './fixtures.js';

/*
 * Matching through the public API: identity and matching services, the programmes module's events
 * published on the real bus as programmes would (it is built in parallel).
 */
const RUN = `mutation($input: RunMatchInput!) { runMatch(input: $input) { id status mentees mentors policyVersion weightsVersion inputDigest
  proposals { id menteeStaffId mentorStaffId score status flags reason breakdown { criterion weight value points detail } }
  unmatched { staffId role reasons { rule count } explanation } } }`;

function journey(mode: Mode) {
  let p: TestPlatform;
  let admin: string;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const programmeId = randomUUID();
  const cohortId = randomUUID();

  const ok = async (query: string, vars: Record<string, unknown>, token?: string) => {
    const r = await gql(p.url, query, vars, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };

  /** Each tenant's first administrator (the platform admin grants nothing else inside a tenant). */
  const tenantAdmins: Record<string, string> = {};
  const adminOf = async (tenantId: string) => (tenantAdmins[tenantId] ??= await firstAdmin(p.url, admin, tenantId, `first-admin-${tenantId}@admins.test`));
  const account = async (tenantId: string, email: string, role: 'COORDINATOR' | null, staffId?: string) => {
    const ta = await adminOf(tenantId);
    // The link comes from the invitee's mailbox (the API returns no token).
    return (await inviteAndActivate(p.url, ta, { staffId, email, tenantId, ...(role ? { role } : {}) }, 'a long enough password')).accessToken;
  };

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'matching'] });
    admin = (await ok(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin })).login.accessToken;
    for (const key of ['a', 'b']) {
      const t = await ok(
        `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
        { input: { code: `match-${key}-${mode}`, name: `Tenant ${key}`, country: 'DK', defaultLocale: 'da', enabledModules: ['identity', 'matching'] } },
        admin,
      );
      ids[key] = t.createTenant.id;
    }
    ids.inst = (await ok(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId: ids.a, name: 'Vestre', kind: 'ADULT', region: 'Hovedstaden' } }, admin)).createInstitution.id;
    ids.unit = (await ok(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, { input: { institutionId: ids.inst, name: 'Wing A' } }, admin)).createUnit.id;
    ids.day = (await ok(`mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`, { input: { tenantId: ids.a, name: 'days', cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '07:00', hours: 8 })) } }, admin)).createShiftPattern.id;
    ids.night = (await ok(`mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`, { input: { tenantId: ids.a, name: 'nights', cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '22:00', hours: 8 })) } }, admin)).createShiftPattern.id;
    const staff = async (key: string, over: Record<string, unknown>) => {
      ids[key] = (
        await ok(
          `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
          { input: { tenantId: ids.a, firstName: key, lastName: 'Test', email: `${key}.${mode}@a.test`, position: 'Officer', supervisesOthers: false, hiredOn: '2010-01-01', joinedInstitutionOn: '2010-01-01', institutionId: ids.inst, languages: ['da'], ...over } },
          admin,
        )
      ).createStaff.id;
    };
    await staff('mentorDay', { unitId: ids.unit, shiftPatternId: ids.day });
    await staff('mentorNight', { shiftPatternId: ids.night });
    await staff('menteeDay', { unitId: ids.unit, shiftPatternId: ids.day, hiredOn: '2026-06-01', joinedInstitutionOn: '2026-06-01' });
    await staff('menteeNight', { shiftPatternId: ids.night, hiredOn: '2026-05-01', joinedInstitutionOn: '2026-05-01' });
    tokens.coordinator = await account(ids.a, `coord.${mode}@a.test`, 'COORDINATOR');
    tokens.otherCoordinator = await account(ids.b, `coord.${mode}@b.test`, 'COORDINATOR');
    tokens.menteeDay = await account(ids.a, '', null, ids.menteeDay);
    tokens.mentorNight = await account(ids.a, '', null, ids.mentorNight);

    // What the programmes module publishes when a cohort opens and applications are accepted.
    const policy = Object.assign(defaultPolicy(), { mentorTrainingRequired: false, minMentorExperienceMonths: 24, mentorCapacity: 1 });
    await p.publish(CohortChanged, { tenantId: ids.a, programmeId, cohortId, state: 'matching', policyVersion: 1, policy, institutionIds: [], startsOn: '2026-09-01', endsOn: '2027-03-01' });
    for (const [key, role] of [['mentorDay', 'mentor'], ['mentorNight', 'mentor'], ['menteeDay', 'mentee'], ['menteeNight', 'mentee']] as const) {
      await p.publish(ApplicationAccepted, {
        tenantId: ids.a,
        programmeId,
        cohortId,
        applicationId: randomUUID(),
        staffId: ids[key],
        role,
        functions: ['psychosocial'],
        languages: ['da'],
        prefersSameUnit: false,
        preferredStaffIds: [],
        conflictStaffIds: [],
      });
    }
  });
  afterAll(async () => {
    await p?.close();
  });

  it('lists the cohort fed by programmes events and proposes the shift-aware optimum with its breakdown', async () => {
    let cohorts: { id: string; mentees: number; mentors: number }[] = [];
    for (let i = 0; i < 200 && !(cohorts[0]?.mentees === 2 && cohorts[0]?.mentors === 2); i++) {
      cohorts = (await ok(`query { matchingCohorts { id mentees mentors menteesWaiting } }`, {}, tokens.coordinator)).matchingCohorts;
      if (cohorts[0]?.mentees !== 2) await new Promise((r) => setTimeout(r, 50));
    }
    expect(cohorts).toEqual([expect.objectContaining({ id: cohortId, mentees: 2, mentors: 2 })]);
    // Staff profiles arrive from identity's outbox; wait until the projection has them all.
    let run: Record<string, any> = {};
    for (let i = 0; i < 100; i++) {
      run = (await ok(RUN, { input: { cohortId } }, tokens.coordinator)).runMatch;
      if (run.proposals.length === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(run).toMatchObject({ status: 'DONE', mentees: 2, mentors: 2, policyVersion: 1, weightsVersion: 0 });
    const byMentee = Object.fromEntries(run.proposals.map((x: { menteeStaffId: string }) => [x.menteeStaffId, x]));
    expect(byMentee[ids.menteeDay].mentorStaffId).toBe(ids.mentorDay);
    expect(byMentee[ids.menteeNight].mentorStaffId).toBe(ids.mentorNight);
    expect(byMentee[ids.menteeDay].breakdown.find((c: { criterion: string }) => c.criterion === 'SHIFT_OVERLAP').value).toBe(1);
    ids.run = run.id;
    ids.dayProposal = byMentee[ids.menteeDay].id;
    ids.nightProposal = byMentee[ids.menteeNight].id;
  });

  it('keeps runs from another tenant (NOT_FOUND) and from mentors and mentees (FORBIDDEN)', async () => {
    expect(codeOf(await gql(p.url, `query($id: ID!) { matchRun(id: $id) { id } }`, { id: ids.run }, tokens.otherCoordinator))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, RUN, { input: { cohortId } }, tokens.otherCoordinator))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, `query($id: ID!) { matchRun(id: $id) { id } }`, { id: ids.run }, tokens.menteeDay))).toBe('FORBIDDEN');
    expect(codeOf(await gql(p.url, `query($id: ID!) { matchReason(proposalId: $id) { reason } }`, { id: ids.dayProposal }, tokens.menteeDay))).toBe('NOT_FOUND'); // not approved yet
    expect(codeOf(await gql(p.url, RUN, { input: { cohortId: 'not-an-id' } }, tokens.coordinator))).toBe('BAD_USER_INPUT');
  });

  it('approves one, rejects the other, and shows the plain reason to the duo only', async () => {
    const approved = await ok(`mutation($input: ApproveProposalsInput!) { approveProposals(input: $input) { proposals { id status } } }`, { input: { runId: ids.run, proposalIds: [ids.dayProposal] } }, tokens.coordinator);
    expect(approved.approveProposals.proposals.find((x: { id: string }) => x.id === ids.dayProposal).status).toBe('APPROVED');
    const rejected = await ok(`mutation($id: ID!) { rejectProposal(proposalId: $id) { status } }`, { id: ids.nightProposal }, tokens.coordinator);
    expect(rejected.rejectProposal.status).toBe('REJECTED');
    const reason = await ok(`query($id: ID!) { matchReason(proposalId: $id) { reason highlights } }`, { id: ids.dayProposal }, tokens.menteeDay);
    // Issue 17: written when read, in the reader's language: with no Accept-Language, the tenant's
    // default (Danish here); Accept-Language wins over it.
    expect(reason.matchReason.reason).toMatch(/^I er blevet sat sammen, fordi .*I ofte har vagt på samme tid/);
    expect(reason.matchReason.highlights).toContain('SHIFT_OVERLAP');
    const en = await gql(p.url, `query($id: ID!) { matchReason(proposalId: $id) { reason highlights } }`, { id: ids.dayProposal }, tokens.menteeDay, { 'accept-language': 'en' });
    expect(en.data!.matchReason.reason).toMatch(/^You were matched because you are often on shift at the same time/);
    const da = await gql(p.url, `query($id: ID!) { matchReason(proposalId: $id) { reason highlights } }`, { id: ids.dayProposal }, tokens.menteeDay, { 'accept-language': 'da' });
    expect(da.errors).toBeUndefined();
    expect(da.data!.matchReason.reason).toMatch(/^I er blevet sat sammen, fordi .*I ofte har vagt på samme tid/);
    expect(da.data!.matchReason.reason).not.toMatch(/matched|because|shift/);
    expect(da.data!.matchReason.highlights).toEqual(en.data!.matchReason.highlights);
    expect(codeOf(await gql(p.url, `query($id: ID!) { matchReason(proposalId: $id) { reason } }`, { id: ids.dayProposal }, tokens.mentorNight))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, `query($id: ID!) { matchReason(proposalId: $id) { reason } }`, { id: ids.dayProposal }, tokens.coordinator))).toBe('NOT_FOUND');

    // Re-run: the rejected pair is forbidden and the night mentee's only mentor is taken → explained.
    const rerun = (await ok(RUN, { input: { cohortId } }, tokens.coordinator)).runMatch;
    expect(rerun.mentees).toBe(1);
    expect(rerun.proposals).toEqual([]);
    const why = rerun.unmatched.find((u: { staffId: string }) => u.staffId === ids.menteeNight);
    expect(why.reasons).toEqual(expect.arrayContaining([{ rule: 'COORDINATOR_FORBIDDEN', count: 1 }]));
    expect(why.explanation).toMatch(/^Ingen mentor foreslået: .*udelukket af koordinatoren \(1 mentor\)/);
    const el = await gql(p.url, `query($id: ID!) { matchRun(id: $id) { unmatched { staffId explanation } } }`, { id: rerun.id }, tokens.coordinator, { 'accept-language': 'el' });
    expect(el.errors).toBeUndefined();
    const elWhy = el.data!.matchRun.unmatched.find((u: { staffId: string }) => u.staffId === ids.menteeNight);
    expect(elWhy.explanation).toMatch(/^Δεν προτάθηκε μέντορας: .*αποκλείστηκε από τον συντονιστή \(1 μέντορας\)/);
    const ro = await gql(p.url, `query($id: ID!) { matchRun(id: $id) { proposals { breakdown { criterion detail } } } }`, { id: ids.run }, tokens.coordinator, { 'accept-language': 'ro' });
    const details = ro.data!.matchRun.proposals.flatMap((x: { breakdown: { criterion: string; detail: string }[] }) => x.breakdown);
    expect(details.find((d: { criterion: string }) => d.criterion === 'SAME_UNIT').detail).toMatch(/^(aceeași secție|secții diferite)$/);
  });
}

describe('matching e2e (in-process bus)', () => journey('in-process'));
describeWithNats('matching e2e (NATS)', () => journey('nats'));
