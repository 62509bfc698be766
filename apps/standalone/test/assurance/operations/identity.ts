import { gql } from '../../platform.js';
import { mailedInvitationToken, mailedResetToken } from '@m4pris/testing';
import { ok } from '../../fixtures.js';
import type { CaseContext, OperationCases } from '../operations.js';
import type { TenantWorld, World } from '../world.js';

const PASSWORD = 'a long enough password 1';
let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The tenant id argument: required of the platform admin, optional (own tenant) for tenant users. */
const tenantArg = ({ t }: CaseContext) => t.tenantId;

async function call(w: World, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  return ok(gql(w.p.url, query, variables, token));
}

/** A fresh staff member of tenant `t`, made by its tenant admin (for operations that use one up). */
async function freshStaff(w: World, t: TenantWorld): Promise<string> {
  const key = unique();
  const r = await call(w, t.tokens.tenantAdmin!, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
    input: {
      firstName: `Fresh${key}`,
      lastName: t.code,
      email: `fresh-${key}@${t.code}.test`,
      position: 'Prison officer',
      supervisesOthers: false,
      hiredOn: day(-900),
      joinedInstitutionOn: day(-900),
      institutionId: t.institutions.main,
      languages: ['en'],
    },
  });
  const id = r.createStaff.id as string;
  t.secrets.add(id);
  return id;
}

/** A one-row staff CSV for tenant `t` (a fresh e-mail each time). */
function staffCsv(t: TenantWorld): string {
  const key = unique();
  return [
    'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,languages',
    `Imp${key},${t.code},imp-${key}@${t.code}.test,Prison officer,false,${day(-20)},${day(-20)},${t.code} main,en`,
  ].join('\n');
}

/** A staff import job of tenant `t` (a dry run, by its tenant admin). */
async function freshImportJob(w: World, t: TenantWorld): Promise<string> {
  const r = await call(w, t.tokens.tenantAdmin!, `mutation($input: ImportStaffInput!) { startStaffImport(input: $input) { id } }`, { input: { csv: staffCsv(t), dryRun: true } });
  const id = r.startStaffImport.id as string;
  t.secrets.add(id);
  return id;
}

/**
 * A fresh invited (not yet active) account of tenant `t`; `token()` reads its invitation link from
 * the invitee's mailbox (the API returns no token).
 */
/** A fresh unit of tenant `t`'s main institution (for operations that rename or remove one). */
async function freshUnit(w: World, t: TenantWorld): Promise<string> {
  const r = await call(w, t.tokens.tenantAdmin, `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, { input: { institutionId: t.institutions.main, name: `Unit ${unique()}` } });
  return r.createUnit.id;
}

/** A fresh shift pattern of tenant `t` nobody works (for operations that edit or remove one). */
async function freshShiftPattern(w: World, t: TenantWorld): Promise<string> {
  const r = await call(w, t.tokens.tenantAdmin, `mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`, {
    input: { name: `days ${unique()}`, cycleDays: 7, shifts: [{ day: 0, start: '07:00', hours: 8 }] },
  });
  return r.createShiftPattern.id;
}

async function freshInvitation(w: World, t: TenantWorld): Promise<{ accountId: string; email: string; token: () => Promise<string> }> {
  const email = `invited-${unique()}@${t.code}.test`;
  const since = new Date();
  const r = await call(w, t.tokens.tenantAdmin!, `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { email } });
  t.secrets.add(r.inviteAccount.accountId);
  return { accountId: r.inviteAccount.accountId as string, email, token: () => mailedInvitationToken(w.p.mailbox, email, since) };
}

/** A fresh active account of tenant `t` that asked for a password reset: the token of the reset mail. */
async function freshResetToken(w: World, t: TenantWorld): Promise<string> {
  const inv = await freshInvitation(w, t);
  await ok(gql(w.p.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token: await inv.token(), password: PASSWORD } }));
  const since = new Date();
  await ok(gql(w.p.url, `mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: inv.email }));
  return mailedResetToken(w.p.mailbox, inv.email, since);
}

/** A fresh refresh token of an active account of tenant `t` (a new sign-in of its plain staff member). */
async function freshRefreshToken(w: World, t: TenantWorld): Promise<string> {
  const r = await ok(gql(w.p.url, `mutation($input: LoginInput!) { login(input: $input) { refreshToken } }`, { input: { email: `staff@${t.code}.test`, password: PASSWORD } }));
  return r.login.refreshToken as string;
}

/** A fresh researcher role assignment in tenant `t`, on a fresh invited account. */
async function freshAssignment(w: World, t: TenantWorld): Promise<string> {
  const inv = await freshInvitation(w, t);
  const r = await call(w, t.tokens.tenantAdmin!, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: inv.accountId, role: 'RESEARCHER', tenantId: t.tenantId } });
  t.secrets.add(r.assignRole.id);
  return r.assignRole.id as string;
}

async function consentTextId(w: World, t: TenantWorld): Promise<string> {
  if (t.ids.consentTextId) return t.ids.consentTextId;
  const r = await call(w, t.tokens.tenantAdmin!, `mutation($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`, {
    input: { purpose: 'assurance', locale: 'en', text: `Assurance consent text ${t.code}` },
  });
  t.ids.consentTextId = r.publishConsentText.id;
  t.secrets.add(t.ids.consentTextId!);
  return t.ids.consentTextId!;
}

/** How the assurance suites call each of the identity module's GraphQL operations. */
export const identityOperations: OperationCases = {
  // --- queries
  auditLog: {
    document: `query($filter: AuditFilter) { auditLog(filter: $filter) { items { id action } } }`,
    variables: (c) => ({ filter: { tenantId: tenantArg(c) } }),
  },
  consentTexts: {
    document: `query($tenantId: ID) { consentTexts(tenantId: $tenantId) { id purpose } }`,
    variables: (c) => ({ tenantId: tenantArg(c) }),
  },
  exportPersonalData: {
    // Staff export their own data (no id); tenant and platform admins name the person.
    document: `query($staffId: ID) { exportPersonalData(staffId: $staffId) { exportedAt data } }`,
    variables: ({ t, role }) => (role === 'tenantAdmin' || role === 'platformAdmin' ? { staffId: t.staffIds.mentee } : {}),
  },
  institution: {
    document: `query($id: ID!) { institution(id: $id) { id name } }`,
    variables: ({ t }) => ({ id: t.institutions.main }),
  },
  institutions: {
    document: `query($filter: InstitutionFilter) { institutions(filter: $filter) { items { id name } } }`,
    variables: (c) => ({ filter: { tenantId: tenantArg(c) } }),
    leakCheck: 'refuse',
  },
  me: { document: `query { me { accountId } }` },
  myConsents: { document: `query { myConsents { id } }` },
  roleAssignments: {
    document: `query($filter: RoleAssignmentFilter) { roleAssignments(filter: $filter) { id role } }`,
    variables: (c) => ({ filter: { tenantId: tenantArg(c) } }),
  },
  shiftPatterns: {
    document: `query($tenantId: ID) { shiftPatterns(tenantId: $tenantId) { id name } }`,
    variables: (c) => ({ tenantId: tenantArg(c) }),
  },
  staff: {
    document: `query($filter: StaffFilter) { staff(filter: $filter) { items { id firstName } } }`,
    variables: (c) => ({ filter: { tenantId: tenantArg(c) } }),
  },
  staffMember: {
    // Staff read their own record; admins and coordinators read the mentee's.
    document: `query($id: ID!) { staffMember(id: $id) { id firstName } }`,
    variables: ({ t, role }) => ({ id: (role === 'mentor' || role === 'mentee' || role === 'staff' ? t.staffIds[role] : t.staffIds.mentee)! }),
  },
  staffImportJob: {
    document: `query($id: ID!) { staffImportJob(id: $id) { id state total done } }`,
    variables: async ({ w, t }) => ({ id: await freshImportJob(w, t) }),
  },
  tenant: {
    document: `query($id: ID!) { tenant(id: $id) { id name } }`,
    variables: ({ t }) => ({ id: t.tenantId }),
  },
  tenants: { document: `query { tenants { items { id } } }` },
  units: {
    document: `query($id: ID!) { units(institutionId: $id) { id name } }`,
    variables: ({ t }) => ({ id: t.institutions.main }),
  },

  // --- mutations
  acceptInvitation: {
    // The invitation token is the authority: whoever holds it may accept, signed in or not.
    document: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    variables: async ({ w, t }) => ({ input: { token: await (await freshInvitation(w, t)).token(), password: PASSWORD } }),
  },
  assignRole: {
    document: `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`,
    variables: async ({ w, t }) => ({ input: { accountId: (await freshInvitation(w, t)).accountId, role: 'RESEARCHER', tenantId: t.tenantId } }),
  },
  changePassword: {
    // To the same password, so the world's accounts keep working.
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    variables: ({ role, w }) => ({ input: { currentPassword: role === 'platformAdmin' ? w.p.admin.password : PASSWORD, newPassword: role === 'platformAdmin' ? w.p.admin.password : PASSWORD } }),
  },
  createInstitution: {
    document: `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`,
    variables: (c) => ({ input: { tenantId: tenantArg(c), name: `Inst ${unique()} ${c.t.code}`, kind: 'ADULT', region: 'South' } }),
  },
  createShiftPattern: {
    document: `mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`,
    variables: (c) => ({ input: { tenantId: tenantArg(c), name: `days ${unique()}`, cycleDays: 7, shifts: [0, 1, 2].map((d) => ({ day: d, start: '07:00', hours: 8 })) } }),
  },
  createStaff: {
    document: `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
    variables: (c) => {
      const key = unique();
      return {
        input: {
          tenantId: tenantArg(c),
          firstName: `New${key}`,
          lastName: c.t.code,
          email: `new-${key}@${c.t.code}.test`,
          position: 'Prison officer',
          supervisesOthers: false,
          hiredOn: day(-30),
          joinedInstitutionOn: day(-30),
          institutionId: c.t.institutions.main,
          languages: ['en'],
        },
      };
    },
  },
  createTenant: {
    document: `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
    variables: () => ({ input: { code: `x${unique()}`, name: `Extra ${unique()}`, country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] } }),
  },
  createUnit: {
    document: `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
    variables: ({ t }) => ({ input: { institutionId: t.institutions.main, name: `Unit ${unique()}` } }),
  },
  disableAccount: {
    // A fresh invited account of the tenant (not the caller's own).
    document: `mutation($id: ID!) { disableAccount(accountId: $id) }`,
    variables: async ({ w, t }) => ({ id: (await freshInvitation(w, t)).accountId }),
  },
  enableAccount: {
    document: `mutation($id: ID!) { enableAccount(accountId: $id) }`,
    variables: async ({ w, t }) => {
      const { accountId } = await freshInvitation(w, t);
      await call(w, t.tokens.tenantAdmin!, `mutation($id: ID!) { disableAccount(accountId: $id) }`, { id: accountId });
      return { id: accountId };
    },
  },
  eraseStaff: {
    document: `mutation($id: ID!) { eraseStaff(staffId: $id) }`,
    variables: async ({ w, t }) => ({ id: await freshStaff(w, t) }),
  },
  importStaff: {
    document: `mutation($input: ImportStaffInput!) { importStaff(input: $input) { created } }`,
    variables: (c) => {
      const key = unique();
      const csv = [
        'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,languages',
        `Imp${key},${c.t.code},imp-${key}@${c.t.code}.test,Prison officer,false,${day(-20)},${day(-20)},${c.t.code} main,en`,
      ].join('\n');
      return { input: { tenantId: tenantArg(c), csv, dryRun: false } };
    },
  },
  startStaffImport: {
    document: `mutation($input: ImportStaffInput!) { startStaffImport(input: $input) { id state total } }`,
    variables: (c) => ({ input: { tenantId: tenantArg(c), csv: staffCsv(c.t), dryRun: false } }),
  },
  inviteAccount: {
    document: `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`,
    variables: (c) => ({ input: { tenantId: tenantArg(c), email: `acc-${unique()}@${c.t.code}.test` } }),
  },
  resendInvitation: {
    document: `mutation($id: ID!) { resendInvitation(accountId: $id) { accountId } }`,
    variables: async ({ w, t }) => ({ id: (await freshInvitation(w, t)).accountId }),
  },
  requestPasswordReset: {
    // Anyone may ask; the answer is the same for every address.
    document: `mutation($email: String!) { requestPasswordReset(email: $email) }`,
    variables: ({ t }) => ({ email: `reset-${unique()}@${t.code}.test` }),
  },
  resetPassword: {
    // The token of the reset mail is the authority: whoever holds it may use it, signed in or not.
    document: `mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }`,
    variables: async ({ w, t }) => ({ token: await freshResetToken(w, t), pw: 'a quiet orchard after the rain' }),
  },
  inviteStaff: {
    document: `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`,
    variables: async ({ w, t }) => ({ id: await freshStaff(w, t) }),
  },
  login: {
    // Signing in needs no token: any caller, with the plain staff member's credentials.
    document: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    variables: ({ t }) => ({ input: { email: `staff@${t.code}.test`, password: PASSWORD } }),
  },
  logout: {
    // The refresh token is the authority.
    document: `mutation($input: LogoutInput!) { logout(input: $input) }`,
    variables: async ({ w, t }) => ({ input: { refreshToken: await freshRefreshToken(w, t) } }),
  },
  logoutEverywhere: {
    // The caller's own sessions, nothing else: no argument names anyone (its sessions end; the suite signs in again).
    document: `mutation { logoutEverywhere }`,
  },
  publishConsentText: {
    document: `mutation($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
    variables: (c) => ({ input: { tenantId: tenantArg(c), purpose: `purpose-${unique()}`, locale: 'en', text: `Consent ${c.t.code}` } }),
  },
  recordConsent: {
    document: `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
    variables: async ({ w, t }) => ({ input: { consentTextId: await consentTextId(w, t), granted: true } }),
  },
  recordStaffLeaving: {
    document: `mutation($input: RecordStaffLeavingInput!) { recordStaffLeaving(input: $input) { id } }`,
    variables: async ({ w, t }) => ({ input: { id: await freshStaff(w, t), leftOn: day(0) } }),
  },
  refreshToken: {
    document: `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`,
    variables: async ({ w, t }) => ({ input: { refreshToken: await freshRefreshToken(w, t) } }),
  },
  removeShiftPattern: {
    document: `mutation($id: ID!) { removeShiftPattern(id: $id) }`,
    variables: async ({ w, t }) => ({ id: await freshShiftPattern(w, t) }),
  },
  removeUnit: {
    document: `mutation($id: ID!) { removeUnit(id: $id) }`,
    variables: async ({ w, t }) => ({ id: await freshUnit(w, t) }),
  },
  revokeRole: {
    document: `mutation($id: ID!) { revokeRole(id: $id) }`,
    variables: async ({ w, t }) => ({ id: await freshAssignment(w, t) }),
  },
  updateMyPreferences: {
    // Every signed-in person sets their own language; English keeps the world's messages as they were.
    document: `mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { accountId locale } }`,
    variables: () => ({ input: { locale: 'en' } }),
  },
  updateInstitution: {
    document: `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
    variables: ({ t }) => ({ input: { id: t.institutions.second, region: `Region ${unique()}` } }),
  },
  updateShiftPattern: {
    document: `mutation($input: UpdateShiftPatternInput!) { updateShiftPattern(input: $input) { id } }`,
    variables: async ({ w, t }) => ({ input: { id: await freshShiftPattern(w, t), name: `nights ${unique()}`, cycleDays: 8, shifts: [{ day: 7, start: '19:00', hours: 12 }] } }),
  },
  updateStaff: {
    document: `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id } }`,
    variables: ({ t }) => ({ input: { id: t.staffIds.spare1, position: `Officer ${unique()}` } }),
  },
  updateUnit: {
    document: `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`,
    variables: async ({ w, t }) => ({ input: { id: await freshUnit(w, t), name: `Unit ${unique()}` } }),
  },
  updateTenant: {
    document: `mutation($input: UpdateTenantInput!) { updateTenant(input: $input) { id } }`,
    variables: ({ t }) => ({ input: { id: t.tenantId, name: `Tenant ${t.code}` } }),
  },
};

