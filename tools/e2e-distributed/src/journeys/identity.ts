import { ShiftPatternDefined, STAFF_CSV_COLUMNS } from '@m4pris/identity-contracts';
import type { Api } from '../api.js';
import type { JourneyState, ModuleJourney } from './journey.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ME = `query { me { email tenantId roles { role tenantId } } }`;

const STAFF = [
  ['Mette', 'Jensen', 'Prison officer', 'true'],
  ['Lars', 'Nielsen', 'Prison officer', 'false'],
  ['Sofie', 'Hansen', 'Workshop officer', 'false'],
  ['Jonas', 'Larsen', 'Prison officer', 'false'],
  ['Ida', 'Pedersen', 'Senior officer', 'true'],
] as const;

function staffCsv(institution: string, domain: string): string {
  const rows = STAFF.map(([first, last, position, supervises]) => {
    const v: Record<(typeof STAFF_CSV_COLUMNS)[number], string> = {
      first_name: first,
      last_name: last,
      email: `${first}.${last}@${domain}`.toLowerCase(),
      position,
      supervises_others: supervises,
      hired_on: '2024-03-01',
      joined_institution_on: '2025-09-01',
      previous_institution_kind: '',
      institution,
      unit: '',
      shift_pattern: '',
      shift_offset_days: '0',
      languages: 'da;en',
      line_manager_email: '',
    };
    return STAFF_CSV_COLUMNS.map((c) => v[c]).join(',');
  });
  return [STAFF_CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

async function staffEmails(api: Api, token: string, tenantId?: string): Promise<string[]> {
  const q = `query($filter: StaffFilter) { staff(filter: $filter, page: { limit: 100 }) { total items { email } } }`;
  const d = await api.call<{ staff: { items: { email: string }[] } }>(q, { filter: tenantId ? { tenantId } : {} }, token);
  return d.staff.items.map((s) => s.email).sort();
}

/** Identity: bootstrap admin, tenant, institutions, staff import, then a tenant admin signs in. */
export const identityJourney: ModuleJourney = {
  module: 'identity',

  async before(api: Api, s: JourneyState) {
    // The platform admin was created by the identity process on its first start.
    s.adminToken = (await api.call(LOGIN, { input: s.admin })).login.accessToken;
    const tenant = await api.call(
      `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
      { input: { code: `dk-${s.runId}`, name: 'Kriminalforsorgen (distributed proof)', country: 'DK', defaultLocale: 'da', enabledModules: s.modules } },
      s.adminToken,
    );
    s.tenantId = tenant.createTenant.id;
    s.institutionIds = [];
    for (const [name, kind] of [['Statsfængslet Østjylland', 'ADULT'], ['Ungdomsinstitution Nord', 'YOUTH']]) {
      const r = await api.call(
        `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`,
        { input: { tenantId: s.tenantId, name, kind, region: 'Midtjylland' } },
        s.adminToken,
      );
      s.institutionIds.push(r.createInstitution.id);
    }
    s.staffDomain = `${s.runId}.kriminalforsorgen.test`;
    const imported = await api.call(
      `mutation($input: ImportStaffInput!) { importStaff(input: $input) { valid rows created errors { line field message } } }`,
      { input: { tenantId: s.tenantId, csv: staffCsv('Statsfængslet Østjylland', s.staffDomain), dryRun: false } },
      s.adminToken,
    );
    if (!imported.importStaff.valid || imported.importStaff.created !== STAFF.length) {
      throw new Error(`staff import not accepted: ${JSON.stringify(imported.importStaff)}`);
    }
    s.staffEmails = await staffEmails(api, s.adminToken, s.tenantId);
    if (s.staffEmails.length !== STAFF.length) throw new Error(`expected ${STAFF.length} staff, got ${s.staffEmails.length}`);
  },

  async write(api, s, n) {
    const r = await api.call(
      `mutation($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id } }`,
      { input: { tenantId: s.tenantId, name: `Rota ${n}`, cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '07:00', hours: 8 })) } },
      s.adminToken,
    );
    return r.createShiftPattern.id as string;
  },

  async exists(api, s, id) {
    const r = await api.call<{ shiftPatterns: { id: string }[] }>(`query($tenantId: ID) { shiftPatterns(tenantId: $tenantId) { id } }`, { tenantId: s.tenantId }, s.adminToken);
    return r.shiftPatterns.some((p) => p.id === id);
  },

  writeEvent: { subject: ShiftPatternDefined.subject, idOf: (p: { shiftPatternId: string }) => p.shiftPatternId },

  probe: (api, s) => api.call(LOGIN, { input: s.admin }),

  async after(api, s) {
    // What was acknowledged before the outage is still there.
    s.adminToken = (await api.call(LOGIN, { input: s.admin })).login.accessToken;
    const emails = await staffEmails(api, s.adminToken, s.tenantId);
    if (JSON.stringify(emails) !== JSON.stringify(s.staffEmails)) throw new Error(`staff changed across the restart: ${emails.join(', ')}`);
    // A tenant admin is invited, given the role, accepts, and signs in.
    const email = `admin@${s.staffDomain}`;
    const since = new Date();
    const inv = await api.call(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { tenantId: s.tenantId, email } }, s.adminToken);
    await api.call(
      `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`,
      { input: { accountId: inv.inviteAccount.accountId, role: 'TENANT_ADMIN', tenantId: s.tenantId } },
      s.adminToken,
    );
    await api.call(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      // The link is in the invitee's mail (the API returns no token): state.invitationToken reads the mailbox.
      input: { token: await (s.invitationToken as (email: string, since: Date) => Promise<string>)(email, since), password: 'a long enough password' },
    });
    s.tenantAdminToken = (await api.call(LOGIN, { input: { email, password: 'a long enough password' } })).login.accessToken;
    const me = await api.call(ME, {}, s.tenantAdminToken);
    if (me.me.tenantId !== s.tenantId) throw new Error(`tenant admin sees tenant ${me.me.tenantId}`);
    const own = await staffEmails(api, s.tenantAdminToken);
    if (JSON.stringify(own) !== JSON.stringify(s.staffEmails)) throw new Error('the tenant admin does not see the imported staff');
  },
};
