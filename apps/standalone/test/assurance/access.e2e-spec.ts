import pg from 'pg';
import { mailedInvitationToken, mailTo, writeSuiteReport } from '@m4pris/testing';
import { eventually, firstAdmin, ok } from '../fixtures.js';
import { randomUUID } from 'node:crypto';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';
import { acceptedPair, freshStaff, Q, worldPolicy } from './progmatch.js';
import { seedProgrammes } from './seeds/programmes.js';
import { PLAN_WAVES } from './seeds/evaluation.js';
import { seedIdentity, type TenantWorld, type World } from './world.js';

/*
 * Access rules of DOMAIN.md (separation of duties, confidentiality, leaving ends access), each
 * finding of issue 13 (part b) performed as the attack was written, against the real platform
 * (gateway over HTTP, every module, PostgreSQL, in-process bus).
 */

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ASSIGN = `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id role } }`;
const INVITE = `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const ME = `query { me { accountId } }`;
const PASSWORD = 'a long enough password 1';
const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason as string | undefined;

async function query<T extends object>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('assurance: access rules (separation of duties, confidentiality, leavers)', () => {
  let p: TestPlatform;
  let admin: string;
  let t: TenantWorld;
  let w: World;
  const held: string[] = [];
  const rows: string[][] = [];
  const call = (q: string, v: Record<string, unknown>, token?: string) => gql(p.url, q, v, token);
  let courseId: Promise<string> | undefined;
  const mentorCourse = () =>
    (courseId ??= ok(call(`mutation($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { id } }`, { input: { key: 'MENTOR_CORE' } }, t.tokens.coordinator)).then((r) => r.adoptDefaultCourse.id as string));
  const accountIdOf = async (token: string) => (await ok(call(ME, {}, token))).me.accountId as string;

  beforeAll(async () => {
    p = await startPlatform('in-process');
    admin = (await ok(call(LOGIN, { input: p.admin }))).login.accessToken as string;
    // One tenant of the assurance world: staff (the mentee has a line manager), a tenant admin, a
    // coordinator, a researcher; a programme whose running duo (mentor, mentee) has a concern raised by the mentee.
    t = await seedIdentity(p, admin, 'acs');
    w = { p, platformAdminToken: admin, a: t, b: t };
    await seedProgrammes(w, t);
  }, 180_000);

  afterAll(async () => {
    writeSuiteReport({
      suite: '55-access',
      title: 'Access rules: separation of duties, support contact, coordinator scopes, leavers, erasure',
      tried: { attacks: rows.length },
      held,
      tables: [{ caption: 'Findings of the second attack run (issue 13, part b), performed against the real platform', headers: ['finding', 'attack', 'outcome'], rows }],
      notes: [],
    });
    await p?.close();
  });

  it('nobody grants a role to themselves; the platform admin creates a tenant and its first admin, nothing else inside it; every grant is audit-logged and published', async () => {
    // The tenant admin makes itself RESEARCHER and COORDINATOR.
    const self = await accountIdOf(t.tokens.tenantAdmin!);
    for (const role of ['RESEARCHER', 'COORDINATOR', 'TENANT_ADMIN']) {
      const r = await call(ASSIGN, { input: { accountId: self, role } }, t.tokens.tenantAdmin);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(reasonOf(r)).toBe('identity.SELF_GRANT');
    }
    // The platform admin (already holding a tenant admin) invites an account into the tenant, and gives roles to one.
    const invited = await call(INVITE, { input: { tenantId: t.tenantId, email: 'squat@acs.test' } }, admin);
    expect(codeOf(invited)).toBe('FORBIDDEN');
    expect(reasonOf(invited)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    const target = await accountIdOf(t.tokens.staff!);
    for (const role of ['RESEARCHER', 'COORDINATOR', 'TENANT_ADMIN']) {
      const r = await call(ASSIGN, { input: { accountId: target, role, tenantId: t.tenantId } }, admin);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(reasonOf(r)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    }
    const staffInvite = await call(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: t.staffIds.staff }, admin);
    expect(codeOf(staffInvite)).toBe('FORBIDDEN');
    // The platform admin cannot make itself anything either.
    const paSelf = await call(ASSIGN, { input: { accountId: await accountIdOf(admin), role: 'PLATFORM_ADMIN' } }, admin);
    expect(reasonOf(paSelf)).toBe('identity.SELF_GRANT');

    // A new tenant: the platform admin creates it with its data-protection contact and its first admin (and only that).
    const tenant = (await ok(call(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id dataProtectionContactEmail } }`, {
      input: { code: 'acs-new', name: 'New tenant', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'], dataProtectionContactEmail: 'DPO@acs-new.test' },
    }, admin))).createTenant;
    expect(tenant.dataProtectionContactEmail).toBe('dpo@acs-new.test');
    const firstSince = new Date();
    const first = (await ok(call(INVITE, { input: { tenantId: tenant.id, email: 'admin@acs-new.test' } }, admin))).inviteAccount;
    const second = await call(INVITE, { input: { tenantId: tenant.id, email: 'second@acs-new.test' } }, admin);
    expect(reasonOf(second)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    const researcherFirst = await call(ASSIGN, { input: { accountId: first.accountId, role: 'RESEARCHER', tenantId: tenant.id } }, admin);
    expect(reasonOf(researcherFirst)).toBe('identity.PLATFORM_ADMIN_CONFINED');
    const grant = (await ok(call(ASSIGN, { input: { accountId: first.accountId, role: 'TENANT_ADMIN', tenantId: tenant.id } }, admin))).assignRole;
    const newAdmin = (await ok(call(ACCEPT, { input: { token: await mailedInvitationToken(p.mailbox, 'admin@acs-new.test', firstSince), password: PASSWORD } }))).acceptInvitation.accessToken as string;
    // The new tenant admin grants a researcher to someone else: allowed, audit-logged and published with the contact.
    const researcher = (await ok(call(INVITE, { input: { email: 'researcher@acs-new.test' } }, newAdmin))).inviteAccount;
    const granted = (await ok(call(ASSIGN, { input: { accountId: researcher.accountId, role: 'RESEARCHER' } }, newAdmin))).assignRole;
    const audit = (await ok(call(`query($f: AuditFilter) { auditLog(filter: $f) { items { action entityId actorId } } }`, { f: { entityType: 'RoleAssignment' } }, newAdmin))).auditLog.items as { action: string; entityId: string; actorId: string }[];
    expect(audit.filter((a) => a.action === 'role.assign').map((a) => a.entityId).sort()).toEqual([grant.id, granted.id].sort());
    const events = await query<{ payload: { grantId: string; accountId: string; role: string; dataProtectionContactEmail: string | null; grantedBy: string } }>(
      p.databaseUrl,
      `select payload from identity.outbox_event where subject = 'identity.v1.role.granted' and tenant_id = $1`,
      [tenant.id],
    );
    expect(events.map((e) => e.payload.grantId).sort()).toEqual([grant.id, granted.id].sort());
    const ev = events.find((e) => e.payload.grantId === granted.id)!.payload;
    expect(ev).toMatchObject({ accountId: researcher.accountId, role: 'researcher', dataProtectionContactEmail: 'dpo@acs-new.test', grantedBy: await accountIdOf(newAdmin) });
    // The contact can be changed by the tenant admin.
    const upd = (await ok(call(`mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { dataProtectionContactEmail } }`, { input: { id: tenant.id, dataProtectionContactEmail: 'privacy@acs-new.test' } }, newAdmin))).updateTenant;
    expect(upd.dataProtectionContactEmail).toBe('privacy@acs-new.test');

    rows.push(['admins grant themselves access', 'tenant admin assignRole(own account, RESEARCHER / COORDINATOR / TENANT_ADMIN)', 'FORBIDDEN identity.SELF_GRANT, nothing granted']);
    rows.push(['admins grant themselves access', 'platform admin inviteAccount / inviteStaff / assignRole inside a tenant that has its admin', 'FORBIDDEN identity.PLATFORM_ADMIN_CONFINED']);
    rows.push(['admins grant themselves access', 'platform admin creates a tenant, its first admin, then tries a second account and a RESEARCHER grant', 'first admin only; the rest PLATFORM_ADMIN_CONFINED']);
    rows.push(['every grant announced', 'tenant admin grants RESEARCHER to another account', 'audit entry role.assign + identity.v1.role.granted event carrying the data-protection contact']);
    held.push('Nobody grants a role to themselves (identity.SELF_GRANT); the platform admin gives inside a tenant only its first administrator (identity.PLATFORM_ADMIN_CONFINED otherwise); every grant is audit-logged and published as identity.v1.role.granted with the tenant\'s data-protection contact.');
  });

  it('invitation tokens reach only the invitee\'s mailbox: whoever invites (or resends) cannot accept in the invitee\'s place', async () => {
    // The attack of issue 13: the platform admin invited an account into a tenant and accepted it with the token that came back.
    const tenantId = (await ok(call(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
      input: { code: 'acs-mail', name: 'Mail tenant', country: 'DK', defaultLocale: 'da', enabledModules: ['identity'] },
    }, admin))).createTenant.id as string;
    const email = 'first@acs-mail.test';
    const since = new Date();
    const invited = await call(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId email expiresAt } }`, { input: { tenantId, email } }, admin);
    expect(invited.errors).toBeUndefined();
    expect(Object.keys(invited.data!.inviteAccount).sort()).toEqual(['accountId', 'email', 'expiresAt']);
    const accountId = invited.data!.inviteAccount.accountId as string;
    // Asking for the token is not even a valid query any more.
    const asked = await call(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId token } }`, { input: { tenantId, email } }, admin);
    expect(asked.data).toBeUndefined();
    expect(asked.errors?.[0]?.message).toMatch(/token/);
    // The inviter has nothing to accept with; the link is in the invitee's mailbox.
    const firstLink = await mailedInvitationToken(p.mailbox, email, since);
    // Resending (same authority as inviting) re-issues: the result has no token, the earlier link stops working.
    const resendSince = new Date();
    const resent = await call(`mutation($id: ID!) { resendInvitation(accountId: $id) { accountId email expiresAt } }`, { id: accountId }, admin);
    expect(resent.errors).toBeUndefined();
    expect(JSON.stringify(resent.data)).not.toContain(firstLink);
    const secondLink = await mailedInvitationToken(p.mailbox, email, resendSince);
    expect(secondLink).not.toBe(firstLink);
    expect(reasonOf(await call(ACCEPT, { input: { token: firstLink, password: PASSWORD } }))).toBe('identity.INVITATION_INVALID');
    // Not in the outgoing-mail list either (subject, recipient, status only).
    const list = await ok(call(`query { outgoingMail { items { recipient subject status } } }`, {}, admin));
    expect(JSON.stringify(list)).not.toContain(secondLink);
    expect((await mailTo(p.mailbox, { to: email, link: '/invitation' })).length).toBe(2);
    // Only the mailbox owner activates the account.
    await ok(call(ACCEPT, { input: { token: secondLink, password: PASSWORD } }));
    rows.push(['admins grant themselves access', 'platform admin inviteAccount(first admin) then acceptInvitation with the returned token', 'no token in any result (the field is gone: GraphQL validation error); the link is only in the invitee\'s mail; resendInvitation re-issues and the old link fails INVITATION_INVALID']);
  });

  it('the support contact is never a coordinator, a tenant admin or in a mentee\'s line-management chain', async () => {
    const UPDATE = `mutation($programmeId: ID!, $policy: ProgrammePolicyInput!) { updateProgrammePolicy(programmeId: $programmeId, policy: $policy) { id } }`;
    const policyWith = (supportStaffId: string) => ({ ...worldPolicy(t), supportContact: { name: 'Support', howToReach: 'Ask.', supportStaffId } });
    // A staff member who is also a tenant admin (granted by the tenant admin, as it should be).
    const spareAccount = (await ok(call(`query($id: ID!) { staffMember(id: $id) { accountId } }`, { id: t.staffIds.spare1 }, t.tokens.tenantAdmin))).staffMember.accountId as string;
    await ok(call(ASSIGN, { input: { accountId: spareAccount, role: 'TENANT_ADMIN' } }, t.tokens.tenantAdmin));
    for (const [who, staffId] of [['the coordinator', t.staffIds.coordinator], ['a tenant admin', t.staffIds.spare1], ["the mentee's line manager", t.staffIds.lineManager]] as const) {
      const r = await call(UPDATE, { programmeId: t.ids.programmeId, policy: policyWith(staffId!) }, t.tokens.tenantAdmin);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(reasonOf(r)).toBe('programmes.SUPPORT_CONTACT_CONFLICT');
      expect(r.errors![0]!.extensions!.field).toBe('policy.supportContact.supportStaffId');
      rows.push(['the support contact can be anyone', `updateProgrammePolicy with ${who} as support contact`, 'BAD_USER_INPUT programmes.SUPPORT_CONTACT_CONFLICT, policy unchanged']);
    }
    // Someone outside management and the programme's running is accepted.
    await ok(call(UPDATE, { programmeId: t.ids.programmeId, policy: policyWith(t.staffIds.staff!) }, t.tokens.tenantAdmin));
    held.push('updateProgrammePolicy refuses as support contact a coordinator, a tenant admin and anyone in the line-management chain of a mentee of the programme (programmes.SUPPORT_CONTACT_CONFLICT).');
  });

  it('the mentor never learns that a concern was raised; the coordinator keeps the count; the raiser sees their own concerns', async () => {
    const REL = `query($id: ID!) { relationship(id: $id) { openConcerns } }`;
    // The seeded mentee raised a concern on the duo.
    const coordinator = (await ok(call(REL, { id: t.ids.relationshipId }, t.tokens.coordinator))).relationship.openConcerns as number;
    expect(coordinator).toBeGreaterThanOrEqual(1);
    for (const member of ['mentor', 'mentee']) {
      const seen = (await ok(call(REL, { id: t.ids.relationshipId }, t.tokens[member]))).relationship.openConcerns;
      expect(seen).toBeNull();
      const mine = (await ok(call(`query { myRelationships { openConcerns } }`, {}, t.tokens[member]))).myRelationships as { openConcerns: number | null }[];
      expect(mine.every((r) => r.openConcerns === null)).toBe(true);
    }
    rows.push(['the mentor learns that a concern was raised', 'the mentor reads relationship { openConcerns } (and myRelationships) after the mentee raised one', `null for both members; the coordinator sees ${coordinator}`]);
    held.push('relationship { openConcerns } is the coordinator\'s count only: null for the duo\'s members, so a mentor never learns that the mentee raised a concern.');
  });

  it('a coordinator scoped to one institution runs no match, lists no enrolments and no staff outside it', async () => {
    // spare3 (second institution) becomes a coordinator scoped to that institution.
    const accountId = (await ok(call(`query($id: ID!) { staffMember(id: $id) { accountId } }`, { id: t.staffIds.spare3 }, t.tokens.tenantAdmin))).staffMember.accountId as string;
    await ok(call(ASSIGN, { input: { accountId, role: 'COORDINATOR', scopeType: 'INSTITUTION', scopeId: t.institutions.second } }, t.tokens.tenantAdmin));
    const scoped = (await ok(call(LOGIN, { input: { email: `spare3@${t.code}.test`, password: PASSWORD } }))).login.accessToken as string;
    // A learner of the main institution enrols in a course.
    const course = await mentorCourse();
    await ok(call(`mutation($input: EnrolInput!) { enrol(input: $input) { id } }`, { input: { courseId: course } }, t.tokens.mentor));

    // Matching: the tenant-wide cohort is the tenant-wide coordinator's, not the scoped one's.
    const cohorts = async (token: string) => ((await ok(call(`query { matchingCohorts { id } }`, {}, token))).matchingCohorts as { id: string }[]).map((c) => c.id);
    await eventually(async () => expect(await cohorts(t.tokens.coordinator!)).toContain(t.ids.cohortId));
    expect(await cohorts(scoped)).not.toContain(t.ids.cohortId);
    const run = await call(Q.runMatch, { input: { cohortId: t.ids.cohortId } }, scoped);
    expect(codeOf(run)).toBe('NOT_FOUND');
    // Training: the whole tenant's enrolments for the tenant-wide coordinator, none of main's for the scoped one.
    const enrolled = async (token: string) => ((await ok(call(`query { enrolments { items { staffId } } }`, {}, token))).enrolments.items as { staffId: string }[]).map((e) => e.staffId);
    expect(await enrolled(t.tokens.coordinator!)).toContain(t.staffIds.mentor);
    expect(await enrolled(scoped)).not.toContain(t.staffIds.mentor);
    // Identity: the staff directory of the second institution only.
    const listed = ((await ok(call(`query { staff(page: { limit: 100 }) { items { id institutionId } } }`, {}, scoped))).staff.items as { id: string; institutionId: string }[]);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((s) => s.institutionId === t.institutions.second)).toBe(true);
    expect(codeOf(await call(`query($id: ID!) { staffMember(id: $id) { id } }`, { id: t.staffIds.mentee }, scoped))).toBe('NOT_FOUND');
    rows.push(['coordinator scopes stop at programmes', 'an institution-scoped coordinator runs runMatch on a tenant-wide cohort', 'NOT_FOUND; the cohort is not in its matchingCohorts']);
    rows.push(['coordinator scopes stop at programmes', 'the same coordinator lists enrolments and staff', `enrolments: none outside its institution; staff: ${listed.length} of its institution only; staffMember of another institution NOT_FOUND`]);
    held.push('Coordinator scopes hold in matching (cohorts confined to the scope: matchingCohorts, runMatch, runs, proposals, pair rules), training (enrolments of learners of the institutions in scope) and identity (staff and staffMember of the institutions in scope).');
  });

  const REL_STATE = `query($id: ID!) { relationship(id: $id) { state endReason } }`;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const signIn = (email: string) => call(LOGIN, { input: { email, password: PASSWORD } });

  it('erasing a person in an active duo ends it ("left the service") and tells the partner', async () => {
    const mentor = await freshStaff(w, t, 'mentor');
    const mentee = await freshStaff(w, t, 'mentee');
    t.tokens.eraseMentor = mentor.token;
    t.tokens.eraseMentee = mentee.token;
    const pair = await acceptedPair(w, t, 'Erasure', 'eraseMentor', 'eraseMentee');
    const rel = (await ok(call(Q.createRelationship, { input: { mentorApplicationId: pair.mentorApplicationId, menteeApplicationId: pair.menteeApplicationId } }, t.tokens.coordinator))).createRelationship.id as string;
    await ok(call(`mutation($id: ID!) { eraseStaff(staffId: $id) }`, { id: mentee.staffId }, t.tokens.tenantAdmin));
    const after = await eventually(async () => {
      const r = (await ok(call(REL_STATE, { id: rel }, t.tokens.coordinator))).relationship;
      expect(r.state).toBe('ENDED_EARLY');
      return r;
    });
    expect(after.endReason).toBe('MENTEE_LEFT_SERVICE');
    // The ending is published (the notifications module tells the mentor from it).
    const events = await query<{ n: string }>(p.databaseUrl, `select count(*) as n from programmes.outbox_event where subject = 'programmes.v1.relationship.endedEarly' and payload->>'relationshipId' = $1`, [rel]);
    expect(Number(events[0]!.n)).toBe(1);
    rows.push(['erasure leaves the duo active', 'eraseStaff of the mentee of an active duo', 'the duo ENDED_EARLY (MENTEE_LEFT_SERVICE); programmes.v1.relationship.endedEarly published for the partner']);
    held.push('Erasing a person ends their active and paused duos ("left the service") and publishes programmes.v1.relationship.endedEarly, so the partner is told and the dashboard no longer counts the duo.');
  });

  it('leavers lose access on the leaving date and their duos end; admins disable and re-enable accounts', async () => {
    // The world's mentor leaves: the date is recorded after the fact (yesterday).
    expect(codeOf(await signIn(`mentor@${t.code}.test`))).toBeUndefined();
    await ok(call(`mutation($input: RecordStaffLeavingInput!) { recordStaffLeaving(input: $input) { id } }`, { input: { id: t.staffIds.mentor, leftOn: day(-1) } }, t.tokens.tenantAdmin));
    const refused = await signIn(`mentor@${t.code}.test`);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(reasonOf(refused)).toBe('identity.ACCOUNT_DISABLED');
    const ended = await eventually(async () => {
      const r = (await ok(call(REL_STATE, { id: t.ids.relationshipId }, t.tokens.coordinator))).relationship;
      expect(r.state).toBe('ENDED_EARLY');
      return r;
    });
    expect(ended.endReason).toBe('MENTOR_LEFT_SERVICE');
    // A leaver's account cannot be re-enabled.
    const mentorAccount = (await ok(call(`query($id: ID!) { staffMember(id: $id) { accountId accountStatus } }`, { id: t.staffIds.mentor }, t.tokens.tenantAdmin))).staffMember;
    expect(mentorAccount.accountStatus).toBe('DISABLED');
    expect(reasonOf(await call(`mutation($id: ID!) { enableAccount(accountId: $id) }`, { id: mentorAccount.accountId }, t.tokens.tenantAdmin))).toBe('identity.STAFF_HAS_LEFT');
    // A leaving date in the future changes nothing yet (the sweep takes it on the day).
    await ok(call(`mutation($input: RecordStaffLeavingInput!) { recordStaffLeaving(input: $input) { id } }`, { input: { id: t.staffIds.spare2, leftOn: day(30) } }, t.tokens.tenantAdmin));
    expect(codeOf(await signIn(`spare2@${t.code}.test`))).toBeUndefined();

    // Disable and re-enable: the tenant admin, on someone else's account.
    const staffAccount = await accountIdOf(t.tokens.staff!);
    await ok(call(`mutation($id: ID!) { disableAccount(accountId: $id) }`, { id: staffAccount }, t.tokens.tenantAdmin));
    expect(reasonOf(await signIn(`staff@${t.code}.test`))).toBe('identity.ACCOUNT_DISABLED');
    await ok(call(`mutation($id: ID!) { enableAccount(accountId: $id) }`, { id: staffAccount }, t.tokens.tenantAdmin));
    expect(codeOf(await signIn(`staff@${t.code}.test`))).toBeUndefined();
    expect(codeOf(await call(`mutation($id: ID!) { disableAccount(accountId: $id) }`, { id: await accountIdOf(t.tokens.tenantAdmin!) }, t.tokens.tenantAdmin))).toBe('FORBIDDEN');
    expect(codeOf(await call(`mutation($id: ID!) { disableAccount(accountId: $id) }`, { id: staffAccount }, t.tokens.coordinator))).toBe('FORBIDDEN');
    rows.push(['leavers keep access', 'recordStaffLeaving(mentor, yesterday), then the mentor signs in', 'ACCOUNT_DISABLED; the duo ENDED_EARLY (MENTOR_LEFT_SERVICE); enableAccount refused (STAFF_HAS_LEFT)']);
    rows.push(['admins disable and re-enable', 'disableAccount / enableAccount by the tenant admin (own account, coordinator: FORBIDDEN)', 'sign-in refused while disabled, works again after']);
    held.push('A leaving date today or in the past disables the account at once and ends the leaver\'s duos ("left the service", identity.v1.staff.left); a future date is taken by the sweep (at start and hourly) on the day; tenant admins disable and re-enable accounts (never their own, never a leaver\'s).');
  });

  /** A second tenant (pt) with its first admin. */
  let pt: { id: string; admin: string } | undefined;
  const ptTenant = async () => {
    if (pt) return pt;
    const id = (await ok(call(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: 'acs-pt', name: 'Tenant pt', country: 'PT', defaultLocale: 'pt', enabledModules: p.modules } }, admin))).createTenant.id as string;
    pt = { id, admin: await firstAdmin(p.url, admin, id, 'admin@acs-pt.test', PASSWORD) };
    return pt;
  };
  const ptStaff = async (email: string) => {
    const { id, admin: ptAdmin } = await ptTenant();
    const institutionId = (await ok(call(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { name: `pt ${email}`, kind: 'ADULT', region: 'Norte' } }, ptAdmin))).createInstitution.id;
    return (await ok(call(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
      input: { tenantId: id, firstName: 'Ana', lastName: 'Pt', email, position: 'Guarda', supervisesOthers: false, hiredOn: day(-100), joinedInstitutionOn: day(-100), institutionId, languages: ['pt'] },
    }, ptAdmin))).createStaff.id as string;
  };

  it("e-mail squatting: one tenant neither blocks nor detects another's accounts", async () => {
    const { admin: ptAdmin } = await ptTenant();
    // pt's staff member has an active account.
    const victim = await ptStaff('ana@acs-pt.test');
    const anaSince = new Date();
    await ok(call(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: victim }, ptAdmin));
    await ok(call(ACCEPT, { input: { token: await mailedInvitationToken(p.mailbox, 'ana@acs-pt.test', anaSince), password: PASSWORD } }));
    // dk invites that address and a fresh one: the same answer (no EMAIL_TAKEN telling dk the address has an account elsewhere).
    const taken = await call(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { email: 'ana@acs-pt.test' } }, t.tokens.tenantAdmin);
    const fresh = await call(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { email: 'nobody@acs-pt.test' } }, t.tokens.tenantAdmin);
    expect(taken.errors).toBeUndefined();
    expect(fresh.errors).toBeUndefined();
    // dk invites a pt staff member's address first; pt can still give its own staff member an account.
    const squattedSince = new Date();
    await ok(call(INVITE, { input: { email: 'rui@acs-pt.test' } }, t.tokens.tenantAdmin));
    // dk's invitation reaches Rui's mailbox (dk never holds its token); read before pt's arrives.
    const squatted = { token: await mailedInvitationToken(p.mailbox, 'rui@acs-pt.test', squattedSince) };
    const rui = await ptStaff('rui@acs-pt.test');
    const ruiSince = new Date();
    const ruiInvite = await call(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: rui }, ptAdmin);
    expect(ruiInvite.errors).toBeUndefined();
    await ok(call(ACCEPT, { input: { token: await mailedInvitationToken(p.mailbox, 'rui@acs-pt.test', ruiSince), password: PASSWORD } }));
    expect(codeOf(await signIn('rui@acs-pt.test'))).toBeUndefined();
    // The address is claimed by the one who accepted: dk's invitation can no longer take it.
    expect(reasonOf(await call(ACCEPT, { input: { token: squatted.token, password: PASSWORD } }))).toBe('identity.EMAIL_TAKEN');
    rows.push(['e-mail squatting across tenants', "dk inviteAccount of a pt staff member's address (with an account) and of a fresh address", 'both succeed alike: nothing tells dk the address has an account elsewhere']);
    rows.push(['e-mail squatting across tenants', "dk invites a pt address first, then pt invites its own staff member", "pt's invitation is issued and accepted; dk's pending invitation then fails (EMAIL_TAKEN) — the address belongs to whoever accepts"]);
    held.push("An address is claimed only by accepting an invitation: another tenant's pending invitation blocks nothing, and inviting an address that has an account in another tenant answers exactly like a fresh address.");
  });

  it('evaluation: unknown and foreign programme ids look the same; saveSurveyPlan only for the tenant\'s programmes; enrol checks cohortId', async () => {
    const { admin: ptAdmin } = await ptTenant();
    const foreign = (await ok(call(Q.createProgramme, { input: { name: 'pt programme', description: 'pt', policy: {} } }, ptAdmin))).createProgramme.id as string;
    const unknown = randomUUID();
    const PLAN = `query($id: ID!) { surveyPlan(programmeId: $id) { id } }`;
    const SAVE = `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { id } }`;
    const answers = [await call(PLAN, { id: foreign }, t.tokens.researcher), await call(PLAN, { id: unknown }, t.tokens.researcher)];
    expect(answers.map((a) => [codeOf(a), reasonOf(a)])).toEqual([['NOT_FOUND', 'evaluation.PROGRAMME_NOT_FOUND'], ['NOT_FOUND', 'evaluation.PROGRAMME_NOT_FOUND']]);
    expect(reasonOf(await call(SAVE, { input: { programmeId: unknown, waves: PLAN_WAVES } }, t.tokens.researcher))).toBe('evaluation.PROGRAMME_NOT_FOUND');
    expect(reasonOf(await call(SAVE, { input: { programmeId: foreign, waves: PLAN_WAVES } }, t.tokens.researcher))).toBe('evaluation.PROGRAMME_NOT_FOUND');
    // The tenant's own programme, before any duo of it reached evaluation, is accepted.
    const own = (await ok(call(Q.createProgramme, { input: { name: 'Second programme', description: 'x', policy: worldPolicy(t) } }, t.tokens.tenantAdmin))).createProgramme.id as string;
    await ok(call(SAVE, { input: { programmeId: own, waves: PLAN_WAVES } }, t.tokens.researcher));
    // enrol(cohortId): an unknown id is refused, the tenant's cohort accepted.
    const course = await mentorCourse();
    const learner = (await ok(signIn(`spare1@${t.code}.test`))).login.accessToken as string;
    const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { id } }`;
    const bad = await call(ENROL, { input: { courseId: course, cohortId: unknown } }, learner);
    expect(codeOf(bad)).toBe('NOT_FOUND');
    expect(bad.errors![0]!.extensions!.field).toBe('cohortId');
    await ok(call(ENROL, { input: { courseId: course, cohortId: t.ids.cohortId } }, learner));
    rows.push(['evaluation tells foreign from unknown', "surveyPlan / saveSurveyPlan with another tenant's programme id and with a random id", 'PROGRAMME_NOT_FOUND for both; a random id can no longer be planned (taken over)']);
    rows.push(['enrol stores any cohort id', 'enrol with a random cohortId', 'NOT_FOUND on cohortId; the own cohort is accepted']);
    held.push("Evaluation answers another tenant's programme id and an unknown one alike (PROGRAMME_NOT_FOUND) and plans only programmes of the caller's tenant; enrol accepts only a cohort of the course's tenant.");
  });
});
