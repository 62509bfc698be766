// Seeds, through the GraphQL API only, what a mentee's first weeks need: a tenant, a mentor and a
// new hire with active accounts, a programme, a recruiting cohort, both applications accepted and
// a duo formed by the coordinator.
import { mailedInvitationToken } from '@m4pris/testing';

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length || !body.data) throw new Error(`GraphQL call failed: ${JSON.stringify(body.errors)}\n${query}`);
  return body.data;
}

async function eventually(check, tries = 100) {
  for (let i = 0; ; i++) {
    try {
      return await check();
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

export async function seedDuo(p) {
  const password = 'a long enough password 1';
  const admin = (await gql(p.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: p.admin })).login.accessToken;
  const tenantId = (
    await gql(p.url, `mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }`, {
      i: { code: 'web', name: 'Web journey service', country: 'DK', defaultLocale: 'en', enabledModules: ['identity', 'programmes', 'matching', 'training', 'evaluation'] },
    }, admin)
  ).createTenant.id;
  const institutionId = (await gql(p.url, `mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { id } }`, { i: { tenantId, name: 'Vestre', kind: 'ADULT', region: 'North' } }, admin)).createInstitution.id;
  // The tenant's first administrator is the platform admin's only grant inside the tenant; every
  // other account is the tenant admin's (issue 13).
  // The invitation link comes from the invitee's mail in the platform's mail directory (the API returns no token).
  const adminSince = new Date();
  const tenantAdminInv = (await gql(p.url, `mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { accountId } }`, { i: { tenantId, email: 'tenant-admin@web.test' } }, admin)).inviteAccount;
  await gql(p.url, `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { accountId: tenantAdminInv.accountId, role: 'TENANT_ADMIN', tenantId } }, admin);
  const adminLink = await mailedInvitationToken(p.mailDir, 'tenant-admin@web.test', adminSince);
  await gql(p.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, { i: { token: adminLink, password } });
  const tenantAdmin = (await gql(p.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: 'tenant-admin@web.test', password } })).login.accessToken;
  const people = {
    coordinator: { firstName: 'Carla', lastName: 'Coordinator', hired: 4000 },
    mentor: { firstName: 'Mette', lastName: 'Mentor', hired: 3650 },
    mentee: { firstName: 'Niels', lastName: 'Newhire', hired: 40 },
  };
  const staff = {};
  const tokens = {};
  const emails = {};
  for (const [key, s] of Object.entries(people)) {
    emails[key] = `${key}@web.test`;
    staff[key] = (
      await gql(p.url, `mutation($i: CreateStaffInput!) { createStaff(input: $i) { id } }`, {
        i: { tenantId, firstName: s.firstName, lastName: s.lastName, email: emails[key], position: 'Prison officer', supervisesOthers: false, hiredOn: day(-s.hired), joinedInstitutionOn: day(-s.hired), institutionId, languages: ['da', 'en'] },
      }, admin)
    ).createStaff.id;
    const since = new Date();
    const inv = (await gql(p.url, `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: staff[key] }, tenantAdmin)).inviteStaff;
    if (key === 'coordinator') await gql(p.url, `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { accountId: inv.accountId, role: 'COORDINATOR', tenantId } }, tenantAdmin);
    const link = await mailedInvitationToken(p.mailDir, emails[key], since);
    await gql(p.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, { i: { token: link, password } });
    tokens[key] = (await gql(p.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: emails[key], password } })).login.accessToken;
  }

  const programmeId = (await gql(p.url, `mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { name: 'Newcomers', policy: { mentorTrainingRequired: false } } }, tenantAdmin)).createProgramme.id;
  const cohortId = (await gql(p.url, `mutation($i: CreateCohortInput!) { createCohort(input: $i) { id } }`, { i: { programmeId, name: 'Autumn', startsOn: day(0) } }, tokens.coordinator)).createCohort.id;
  await gql(p.url, `mutation($id: ID!) { transitionCohort(cohortId: $id, to: RECRUITING) { state } }`, { id: cohortId }, tokens.coordinator);
  // The staff projection of programmes is fed by identity events: wait until both are eligible.
  const base = { cohortId, motivation: 'To learn the job well', functions: ['JOB_FAMILIARISATION'], languages: ['da'], consent: true };
  const submit = `mutation($i: SubmitApplicationInput!) { submitApplication(input: $i) { id } }`;
  const menteeApp = await eventually(() => gql(p.url, submit, { i: { ...base, role: 'MENTEE' } }, tokens.mentee));
  const mentorApp = await eventually(() => gql(p.url, submit, { i: { ...base, role: 'MENTOR' } }, tokens.mentor));
  for (const id of [menteeApp.submitApplication.id, mentorApp.submitApplication.id]) {
    await gql(p.url, `mutation($i: DecideApplicationInput!) { decideApplication(input: $i) { state } }`, { i: { applicationId: id, decision: 'ACCEPT' } }, tokens.coordinator);
  }
  await gql(p.url, `mutation($id: ID!) { transitionCohort(cohortId: $id, to: MATCHING) { state } }`, { id: cohortId }, tokens.coordinator);
  const duoId = (
    await gql(p.url, `mutation($i: CreateRelationshipInput!) { createRelationship(input: $i) { id } }`, { i: { mentorApplicationId: mentorApp.submitApplication.id, menteeApplicationId: menteeApp.submitApplication.id } }, tokens.coordinator)
  ).createRelationship.id;
  return { password, emails, staff, tokens, duoId, people };
}

/**
 * A WHO-5 baseline for the duo's mentee: the tenant admin grants the coordinator the researcher role
 * (a role on an existing account: no new invitation; nobody grants a role to themselves), who saves
 * a survey plan for the duo's programme; the evaluation module then invites both members of the duo.
 */
export async function seedSurvey(p, seed) {
  const login = async (email) => (await gql(p.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password: seed.password } })).login.accessToken;
  const tenantAdmin = await login('tenant-admin@web.test');
  const { me } = await gql(p.url, `{ me { accountId tenantId } }`, {}, seed.tokens.coordinator);
  await gql(p.url, `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { accountId: me.accountId, role: 'RESEARCHER', tenantId: me.tenantId } }, tenantAdmin);
  const researcher = await login(seed.emails.coordinator);
  const { myRelationships } = await gql(p.url, `{ myRelationships { id programmeId } }`, {}, seed.tokens.mentee);
  const programmeId = myRelationships.find((r) => r.id === seed.duoId).programmeId;
  const wave = { kind: 'BASELINE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 };
  await gql(p.url, `mutation($i: SaveSurveyPlanInput!) { saveSurveyPlan(input: $i) { programmeId } }`, { i: { programmeId, waves: [wave] } }, researcher);
  // The invitations follow from the plan (and the evaluation module's own facts about the duo).
  const invitationId = await eventually(async () => {
    const { mySurveyInvitations } = await gql(p.url, `{ mySurveyInvitations { id state } }`, {}, seed.tokens.mentee);
    if (!mySurveyInvitations.length) throw new Error('no survey invitation yet');
    return mySurveyInvitations[0].id;
  });
  return { invitationId };
}
