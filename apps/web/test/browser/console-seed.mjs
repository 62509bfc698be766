// Seeds, through the GraphQL API only, what the coordinator's console needs on top of `seedDuo`
// (a tenant, a coordinator, a programme and one duo): more staff who can apply (two new hires and
// two experienced officers), and a support contact named in the programme's policy, so that the
// cohort the coordinator creates in the browser routes its duos' concerns to them.
import { mailedInvitationToken } from '@m4pris/testing';
import { gql, seedDuo } from './seed.mjs';

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function eventually(check, tries = 120) {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

const login = async (url, email, password) => (await gql(url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password } })).login.accessToken;

export async function seedConsole(p) {
  const duo = await seedDuo(p);
  const { password } = duo;
  const tenantAdmin = await login(p.url, 'tenant-admin@web.test', password);
  const coordinatorStaff = (await gql(p.url, `query($id: ID!) { staffMember(id: $id) { institutionId } }`, { id: duo.staff.coordinator }, tenantAdmin)).staffMember;
  const { institutionId } = coordinatorStaff;
  const people = {
    menteeA: { firstName: 'Astrid', lastName: 'Andersen', hired: 30 },
    menteeB: { firstName: 'Bo', lastName: 'Bech', hired: 60 },
    mentorA: { firstName: 'Karin', lastName: 'Kjaer', hired: 4200 },
    mentorB: { firstName: 'Lars', lastName: 'Lund', hired: 3900 },
    support: { firstName: 'Sofie', lastName: 'Support', hired: 5000 },
  };
  const staff = {};
  const tokens = {};
  const emails = {};
  for (const [key, s] of Object.entries(people)) {
    emails[key] = `${key.toLowerCase()}@web.test`;
    staff[key] = (
      await gql(p.url, `mutation($i: CreateStaffInput!) { createStaff(input: $i) { id } }`, {
        i: { firstName: s.firstName, lastName: s.lastName, email: emails[key], position: 'Prison officer', supervisesOthers: false, hiredOn: day(-s.hired), joinedInstitutionOn: day(-s.hired), institutionId, languages: ['da', 'en'] },
      }, tenantAdmin)
    ).createStaff.id;
    // The invitation link arrives by mail only (the platform's mail directory); the API returns no token.
    const since = new Date();
    await gql(p.url, `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: staff[key] }, tenantAdmin);
    const link = await mailedInvitationToken(p.mailDir, emails[key], since);
    await gql(p.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, { i: { token: link, password } });
    tokens[key] = await login(p.url, emails[key], password);
  }
  const programmeId = (await gql(p.url, `query { programmes { items { id } } }`, {}, tenantAdmin)).programmes.items[0].id;
  await gql(
    p.url,
    `mutation($id: ID!, $p: ProgrammePolicyInput!) { updateProgrammePolicy(programmeId: $id, policy: $p) { policyVersion } }`,
    { id: programmeId, p: { mentorTrainingRequired: false, supportContact: { name: 'Sofie Support', howToReach: 'Call the staff support line.', supportStaffId: staff.support } } },
    tenantAdmin,
  );
  return { ...duo, tenantAdmin, programmeId, console: { staff, tokens, emails, people } };
}

/**
 * The four new people apply to the cohort (as the participant's app would). Both mentees name Lars
 * Lund (mentorB) as someone they should not be matched with, so a run proposes Karin Kjaer to both
 * and leaves Lars unmatched, for a reason the API explains (a declared conflict, 2 mentees).
 */
export async function applyToCohort(p, seed, cohortId) {
  const submit = `mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }`;
  const base = { cohortId, functions: ['JOB_FAMILIARISATION'], languages: ['da'], consent: true };
  const notLars = { conflictStaffIds: [seed.console.staff.mentorB] };
  for (const [key, role, motivation, extra] of [
    ['menteeA', 'MENTEE', 'I started a month ago and want to learn the routines', notLars],
    ['menteeB', 'MENTEE', 'New on the night shift and would like a colleague to ask', notLars],
    ['mentorA', 'MENTOR', 'I remember how hard my first months were', {}],
    ['mentorB', 'MENTOR', 'I like passing on what I know', {}],
  ]) {
    await eventually(() => gql(p.url, submit, { i: { ...base, role, motivation, ...extra } }, seed.console.tokens[key]));
  }
}
