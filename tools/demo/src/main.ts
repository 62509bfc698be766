/**
 * Pilot demo: builds four tenants (DK, PT, RO, GR) with institutions, units, shift patterns, a few
 * hundred staff and the accounts of a pilot on a RUNNING platform, through its public GraphQL API
 * only. Idempotent: looks everything up first and creates only what is missing.
 *
 *   npm run demo -- [--url http://localhost:4000/graphql] [--email admin@…] [--password …] [--json]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, createRandom, DEFAULT_SEED, isoDate, DEFAULT_STAFF_PER_TENANT, staffCsv, type StaffSpec, type TenantSpec } from './dataset.js';
import { GraphQLClient, GraphQLRequestError, inParallel, requestsSent } from './graphql-client.js';
import { availableParallelism, loadavg } from 'node:os';
import { Mailbox } from './mailbox.js';
import { Phases } from './phases.js';
import { evaluationReport, type EvaluationReportRow } from './steps/evaluation.js';
import { STEPS } from './steps/index.js';
import type { TenantRun } from './steps/step.js';

/** Requests in flight at most, over the whole run (a 2-core machine serves the platform too). */
const IN_FLIGHT = 8;

const USAGE = `Usage: npm run demo -- [options]

Builds the pilot (4 tenants, institutions, units, shift patterns, staff, accounts) on a running
platform through its GraphQL API. Safe to run again: creates only what is missing.

Options:
  --url <url>               GraphQL endpoint (default http://localhost:4000/graphql, env DEMO_URL)
  --email <email>           platform admin email (env PLATFORM_ADMIN_EMAIL, default admin@m4pris.local)
  --password <password>     platform admin password (env PLATFORM_ADMIN_PASSWORD)
  --account-password <pw>   the shared password of the demo accounts it creates (env DEMO_PASSWORD or
                            DEMO_ACCOUNT_PASSWORD, default pilot-demo-password-1)
  --code-suffix <s>         appended to every tenant code (e.g. -2), to build the demo beside tenants
                            that already use its codes; it never writes into a tenant it did not create
  --seed <n>                dataset seed (default ${DEFAULT_SEED}); the same seed creates the same people
  --staff-per-tenant <n>    staff per tenant (default ${DEFAULT_STAFF_PER_TENANT})
  --in-flight <n>           requests in flight at most over the whole run (default ${IN_FLIGHT}, 1–32)
  --mail-dir <dir>          where the platform writes each e-mail as an .eml file (default DATA_DIR/mail,
                            i.e. .data/mail): the demo reads invitation links there, as a person would
  --json                    progress to stderr; last stdout line is a JSON summary
  -h, --help                this text
`;

// ---------------------------------------------------------------------------------------------
// Operations

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const TENANTS = `query Tenants($search: String, $page: PageInput) { tenants(search: $search, page: $page) { total items { id code name } } }`;
const CREATE_TENANT = `mutation CreateTenant($input: CreateTenantInput!) { createTenant(input: $input) { id code } }`;
const INSTITUTIONS = `query Institutions($filter: InstitutionFilter, $page: PageInput) {
  institutions(filter: $filter, page: $page) { total items { id name kind } } }`;
const CREATE_INSTITUTION = `mutation CreateInstitution($input: CreateInstitutionInput!) { createInstitution(input: $input) { id name } }`;
const UNITS = `query Units($institutionId: ID!) { units(institutionId: $institutionId) { id name } }`;
const CREATE_UNIT = `mutation CreateUnit($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`;
const SHIFT_PATTERNS = `query ShiftPatterns($tenantId: ID) { shiftPatterns(tenantId: $tenantId) { id name } }`;
const CREATE_SHIFT_PATTERN = `mutation CreateShiftPattern($input: CreateShiftPatternInput!) { createShiftPattern(input: $input) { id name } }`;
const STAFF = `query Staff($filter: StaffFilter, $page: PageInput) {
  staff(filter: $filter, page: $page) { total items { id email accountStatus accountId institutionId } } }`;
const IMPORT_STAFF = `mutation ImportStaff($input: ImportStaffInput!) {
  importStaff(input: $input) { valid rows created errors { line field message } } }`;
const INVITE_STAFF = `mutation InviteStaff($staffId: ID!) { inviteStaff(staffId: $staffId) { accountId email } }`;
const INVITE_ACCOUNT = `mutation InviteAccount($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId email } }`;
const ASSIGN_ROLE = `mutation AssignRole($input: AssignRoleInput!) { assignRole(input: $input) { id role } }`;
const ACCEPT_INVITATION = `mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const ROLE_ASSIGNMENTS = `query RoleAssignments($filter: RoleAssignmentFilter) { roleAssignments(filter: $filter) { accountId email role scopeType } }`;

const PAGE = 200;

const DEMO_PROGRAMMES = `query { programmes(page: { limit: 200 }) { items { id policy { supportContact { supportStaffId } } } } }`;
const DEMO_COHORTS = `query { cohorts(page: { limit: 200 }) { items { id } } }`;
const ACTIVE_DUOS = `query($cohortId: ID!) { relationships(cohortId: $cohortId, state: ACTIVE, page: { limit: 1 }) { items { mentorStaffId menteeStaffId } } }`;

const OUTGOING_MAIL = `query($page: PageInput) { outgoingMail(page: $page) { total items { status } } }`;
const MY_INBOX = `query { myNotifications(page: { limit: 1 }) { total } }`;

/**
 * The notifications module's part of the summary: `notificationsSent`, the e-mails the instance
 * handed to SMTP (or wrote to the pickup directory), from the platform admin's outgoing-mail list,
 * once nothing is left queued (up to `waitMs`); `inboxMessages`, the in-app messages of the demo's
 * sign-in accounts, each read as that person.
 */
async function notificationTotals(
  admin: GraphQLClient,
  accounts: DemoAccount[],
  signIn: (email: string) => Promise<GraphQLClient>,
  waitMs = 20_000,
): Promise<{ notificationsSent: number; notificationsHeld: number; inboxMessages: number }> {
  const statuses = async () => {
    const all: string[] = [];
    for (;;) {
      const { outgoingMail } = await admin.request<{ outgoingMail: { total: number; items: { status: string }[] } }>(OUTGOING_MAIL, { page: { offset: all.length, limit: PAGE } });
      all.push(...outgoingMail.items.map((m) => m.status));
      if (outgoingMail.items.length === 0 || all.length >= outgoingMail.total) return all;
    }
  };
  // Waits while mail is still going out: until nothing is queued or being sent, or until the
  // number sent has not moved for 2 s with nothing being sent (what is left is held for the
  // recipient's sending window: it stays queued for hours; waiting the whole 20 s for it cost every
  // pilot-size run 20 s), at most `waitMs`.
  const until = Date.now() + waitMs;
  const sent = (xs: string[]) => xs.filter((s) => s === 'SENT').length;
  let seen = await statuses();
  let still = Date.now();
  while (seen.some((s) => s === 'QUEUED' || s === 'SENDING') && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    const next = await statuses();
    if (sent(next) !== sent(seen) || next.includes('SENDING')) still = Date.now();
    seen = next;
    if (Date.now() - still >= 2_000) break;
  }
  let inboxMessages = 0;
  for (const email of new Set(accounts.map((a) => a.email))) {
    const client = await signIn(email);
    inboxMessages += (await client.request<{ myNotifications: { total: number } }>(MY_INBOX)).myNotifications.total;
  }
  return { notificationsSent: sent(seen), notificationsHeld: seen.filter((s) => s === 'QUEUED').length, inboxMessages };
}

/** One sign-in per role per country (the `accounts` of the summary). */
export interface DemoAccount {
  tenant: string;
  role: 'TENANT_ADMIN' | 'COORDINATOR' | 'MENTOR' | 'MENTEE' | 'RESEARCHER' | 'SUPPORT_CONTACT';
  email: string;
}

/**
 * Who to sign in as in one country: its tenant admin, tenant-wide coordinator and researcher, the
 * mentor and the mentee of an active duo, and the programme's support contact (whose account is
 * activated here if it is not yet). All share the demo password.
 */
async function demoAccounts(t: TenantRun): Promise<DemoAccount[]> {
  const tenant = t.spec.key;
  const out: DemoAccount[] = [
    { tenant, role: 'TENANT_ADMIN', email: t.spec.tenantAdminEmail },
    { tenant, role: 'COORDINATOR', email: t.spec.coordinatorEmails[0] },
    { tenant, role: 'RESEARCHER', email: t.spec.researcherEmail },
  ];
  if (!t.modules.has('programmes')) return out;
  const emailOf = new Map([...t.staffIds].map(([email, id]) => [id, email]));
  const coord = await t.asCoordinator();
  const { cohorts } = await coord.request<{ cohorts: { items: { id: string }[] } }>(DEMO_COHORTS);
  for (const c of cohorts.items) {
    const duo = (await coord.request<{ relationships: { items: { mentorStaffId: string; menteeStaffId: string }[] } }>(ACTIVE_DUOS, { cohortId: c.id })).relationships.items[0];
    const mentor = duo && emailOf.get(duo.mentorStaffId);
    const mentee = duo && emailOf.get(duo.menteeStaffId);
    if (mentor && mentee) {
      out.push({ tenant, role: 'MENTOR', email: mentor }, { tenant, role: 'MENTEE', email: mentee });
      break;
    }
  }
  const admin = await t.asTenantAdmin();
  const { programmes } = await admin.request<{ programmes: { items: { policy: { supportContact: { supportStaffId: string | null } | null } }[] } }>(DEMO_PROGRAMMES);
  const supportId = programmes.items.map((p) => p.policy.supportContact?.supportStaffId).find((id) => id);
  const support = supportId ? emailOf.get(supportId) : undefined;
  if (support) {
    await t.asStaff(support); // activates the account if it is not yet
    out.push({ tenant, role: 'SUPPORT_CONTACT', email: support });
  }
  return out;
}

interface Named {
  id: string;
  name: string;
}
interface StaffRow {
  id: string;
  email: string;
  accountStatus: string;
  accountId: string | null;
  institutionId: string;
}
type GqlRole = 'TENANT_ADMIN' | 'COORDINATOR' | 'RESEARCHER';
interface Invitation {
  accountId: string;
  /** Sets the demo password and activates the account. */
  activate(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Output

class Log {
  readonly started = Date.now();
  constructor(private readonly json: boolean) {}
  line(msg: string): void {
    (this.json ? process.stderr : process.stdout).write(`${msg}\n`);
  }
  /** A progress line, stamped with the seconds since the start. */
  progress(msg: string): void {
    this.line(`${`[${((Date.now() - this.started) / 1000).toFixed(1)}s]`.padEnd(9)}${msg}`);
  }
}

/**
 * A limit on requests in flight shared by the whole run (the four tenants run side by side): at
 * most `size` calls of `run` at once, the others wait in order.
 */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly size: number) {}
  async run<R>(fn: () => Promise<R>): Promise<R> {
    // A finished call hands its slot straight to the next waiting one.
    if (this.active >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Steps

class Demo {
  constructor(
    private readonly api: GraphQLClient,
    private readonly log: Log,
    private readonly accountPassword: string,
    private readonly mailbox: Mailbox,
  ) {}

  async tenant(t: TenantSpec): Promise<string> {
    const found = await this.api.request<{ tenants: { items: { id: string; code: string; name: string }[] } }>(TENANTS, { search: t.code, page: { limit: PAGE } });
    const existing = found.tenants.items.find((x) => x.code === t.code);
    if (existing) {
      await this.requireMadeByDemo(t, existing);
      this.log.progress(`[${t.key}] tenant ${t.code} exists (made by the demo)`);
      return existing.id;
    }
    const { createTenant } = await this.api.request<{ createTenant: { id: string } }>(CREATE_TENANT, {
      input: { code: t.code, name: t.name, country: t.country, defaultLocale: t.defaultLocale, enabledModules: t.enabledModules },
    });
    this.log.progress(`[${t.key}] tenant ${t.code} created`);
    return createTenant.id;
  }

  /**
   * The demo never writes into a tenant it did not create. A tenant is the demo's when it has the
   * demo's name and no tenant admin other than the demo's own (`tenant-admin@<domain>.pilot.example`;
   * none yet when an earlier run stopped right after creating it).
   */
  private async requireMadeByDemo(t: TenantSpec, existing: { id: string; code: string; name: string }): Promise<void> {
    const admins = [...(await this.holders(existing.id, 'TENANT_ADMIN'))];
    const ours = existing.name === t.name && admins.every((a) => a === t.tenantAdminEmail.toLowerCase());
    if (!ours)
      throw new DemoError(
        `a tenant with the code "${t.code}" already exists and was not created by the demo (name "${existing.name}", tenant admins: ${admins.join(', ') || 'none'}); ` +
          'the demo never writes into it. Run it with --code-suffix <s> (e.g. --code-suffix -demo) to build the demo under other codes.',
      );
  }

  async institutions(t: TenantSpec, tenantId: string): Promise<Map<string, string>> {
    const existing = await this.listInstitutions(tenantId);
    const byName = new Map(existing.map((i) => [i.name.toLowerCase(), i.id]));
    let created = 0;
    for (const inst of t.institutions) {
      if (byName.has(inst.name.toLowerCase())) continue;
      const { createInstitution } = await this.api.request<{ createInstitution: Named }>(CREATE_INSTITUTION, {
        input: { tenantId, name: inst.name, kind: inst.kind.toUpperCase(), region: inst.region },
      });
      byName.set(inst.name.toLowerCase(), createInstitution.id);
      created++;
    }
    this.log.progress(`[${t.key}] institutions ${t.institutions.length}/${t.institutions.length} (created ${created})`);
    return byName;
  }

  async units(t: TenantSpec, institutionIds: Map<string, string>): Promise<void> {
    let total = 0;
    let created = 0;
    for (const inst of t.institutions) {
      const institutionId = institutionIds.get(inst.name.toLowerCase())!;
      const { units } = await this.api.request<{ units: Named[] }>(UNITS, { institutionId });
      const names = new Set(units.map((u) => u.name.toLowerCase()));
      for (const name of inst.units) {
        total++;
        if (names.has(name.toLowerCase())) continue;
        await this.api.request(CREATE_UNIT, { input: { institutionId, name } });
        created++;
      }
    }
    this.log.progress(`[${t.key}] units ${total}/${total} (created ${created})`);
  }

  async shiftPatterns(t: TenantSpec, tenantId: string): Promise<void> {
    const { shiftPatterns } = await this.api.request<{ shiftPatterns: Named[] }>(SHIFT_PATTERNS, { tenantId });
    const names = new Set(shiftPatterns.map((p) => p.name.toLowerCase()));
    let created = 0;
    for (const p of t.shiftPatterns) {
      if (names.has(p.name.toLowerCase())) continue;
      await this.api.request(CREATE_SHIFT_PATTERN, { input: { tenantId, name: p.name, cycleDays: p.cycleDays, shifts: p.shifts } });
      created++;
    }
    this.log.progress(`[${t.key}] shift patterns ${t.shiftPatterns.length}/${t.shiftPatterns.length} (created ${created})`);
  }

  /**
   * Imports the tenant's staff. `only` limits the import to those people (and the line managers
   * they need): the coordinators are imported first, so their invitation mail is not queued behind
   * the events of a few hundred imported people.
   */
  async staff(t: TenantSpec, tenantId: string, only?: readonly string[]): Promise<void> {
    const existing = new Set((await this.listStaff(tenantId)).map((s) => s.email.toLowerCase()));
    let wanted = t.staff;
    if (only) {
      const byEmail = new Map(t.staff.map((s) => [s.email.toLowerCase(), s]));
      const chosen = new Set<string>();
      for (const first of only) {
        // the person, their line manager, theirs, … (the import needs each one's manager)
        let e: string | undefined = first.toLowerCase();
        while (e && !chosen.has(e)) {
          chosen.add(e);
          e = byEmail.get(e)?.lineManagerEmail?.toLowerCase();
        }
      }
      wanted = t.staff.filter((s) => chosen.has(s.email.toLowerCase()));
    }
    const missing = wanted.filter((s) => !existing.has(s.email.toLowerCase()));
    if (missing.length === 0) {
      this.log.progress(`[${t.key}] staff ${t.staff.length}/${t.staff.length} already present, nothing to import`);
      return;
    }
    // A missing person's line manager is either in this file or already registered.
    assertManagersKnown(t.key, missing, existing);
    const csv = staffCsv(missing);
    const { importStaff: r } = await this.api.request<{
      importStaff: { valid: boolean; rows: number; created: number; errors: { line: number; field: string; message: string }[] };
    }>(IMPORT_STAFF, { input: { tenantId, csv, dryRun: false } });
    if (!r.valid || r.errors.length > 0) {
      const shown = r.errors.slice(0, 20).map((e) => `  line ${e.line} ${e.field}: ${e.message}`);
      throw new DemoError(
        `[${t.key}] staff import rejected (${r.errors.length} error(s), nothing imported):\n${shown.join('\n')}` +
          (r.errors.length > 20 ? `\n  … and ${r.errors.length - 20} more` : ''),
      );
    }
    this.log.progress(`[${t.key}] staff import ${r.rows} rows … created ${r.created} (${existing.size} were already present)`);
  }

  /** Tenant admin (non-staff), two coordinators (staff; one tenant-wide, one for their institution), one researcher. */
  async accounts(t: TenantSpec, tenantId: string, institutionIds: Map<string, string>): Promise<void> {
    await this.nonStaffAccount(t, tenantId, t.tenantAdminEmail, 'TENANT_ADMIN', 'tenant admin');
    this.tenantAdmins.set(tenantId, t.tenantAdminEmail);
    for (const [i, email] of t.coordinatorEmails.entries()) {
      const spec = t.staff.find((s) => s.email === email)!;
      const scope: Record<string, string> = i === 0 ? {} : { scopeType: 'INSTITUTION', scopeId: institutionIds.get(spec.institution.toLowerCase())! };
      await this.staffAccount(t, tenantId, email, 'COORDINATOR', scope);
    }
    await this.nonStaffAccount(t, tenantId, t.researcherEmail, 'RESEARCHER', 'researcher');
  }

  /** Tenant id → its admin's e-mail: every account and grant inside a tenant but the first admin is the tenant admin's. */
  private readonly tenantAdmins = new Map<string, string>();

  /** The client that gives accounts and roles inside the tenant: its admin (the platform admin only for the first admin). */
  private async grantor(tenantId: string, role?: GqlRole): Promise<GraphQLClient> {
    const email = this.tenantAdmins.get(tenantId);
    return role === 'TENANT_ADMIN' || !email ? this.api : this.signIn(email);
  }

  private async holders(tenantId: string, role: GqlRole): Promise<Set<string>> {
    const { roleAssignments } = await this.api.request<{ roleAssignments: { email: string }[] }>(ROLE_ASSIGNMENTS, { filter: { tenantId, role } });
    return new Set(roleAssignments.map((r) => r.email.toLowerCase()));
  }

  private async nonStaffAccount(t: TenantSpec, tenantId: string, email: string, role: GqlRole, label: string): Promise<void> {
    if ((await this.holders(tenantId, role)).has(email.toLowerCase())) {
      this.log.progress(`[${t.key}] ${label} ${email} exists`);
      return;
    }
    // Invite (re-issues the token if an earlier run stopped half-way), grant the role, then activate.
    const grantor = await this.grantor(tenantId, role);
    const invitation = await this.invite(grantor, { tenantId, email });
    await grantor.request(ASSIGN_ROLE, { input: { accountId: invitation.accountId, role, tenantId } });
    await invitation.activate();
    this.log.progress(`[${t.key}] ${label} ${email} invited, ${role} assigned, activated`);
  }

  private async staffAccount(t: TenantSpec, tenantId: string, email: string, role: GqlRole, scope: Record<string, string>): Promise<void> {
    if ((await this.holders(tenantId, role)).has(email.toLowerCase())) {
      this.log.progress(`[${t.key}] coordinator ${email} exists`);
      return;
    }
    const { staff } = await this.api.request<{ staff: { items: StaffRow[] } }>(STAFF, { filter: { tenantId, search: email, includeLeft: true }, page: { limit: 10 } });
    const person = staff.items.find((s) => s.email.toLowerCase() === email.toLowerCase());
    if (!person) throw new DemoError(`[${t.key}] coordinator ${email} is not a staff member of the tenant`);
    let accountId = person.accountId;
    let invitation: Invitation | null = null;
    if (!accountId || person.accountStatus.toUpperCase() !== 'ACTIVE') {
      invitation = await this.invite(await this.grantor(tenantId), { staffId: person.id });
      accountId = invitation.accountId;
    }
    await (await this.grantor(tenantId)).request(ASSIGN_ROLE, { input: { accountId, role, tenantId, ...scope } });
    if (invitation) await invitation.activate();
    const where = scope.scopeType ? 'institution' : 'tenant';
    this.log.progress(`[${t.key}] coordinator ${email} ${invitation ? 'invited, ' : ''}${role} (${where}) assigned${invitation ? ', activated' : ''}`);
  }

  /**
   * The demo's one place for invitations: invites a staff member (`staffId`) or a non-staff person
   * (`tenantId` + `email`) and returns how to activate the account with the demo password. The API
   * never returns the invitation token: `activate` reads the link from the invitee's mail in the
   * platform's pickup directory (`DATA_DIR/mail`, `--mail-dir`), as the person would.
   */
  private async invite(inviter: GraphQLClient, who: { staffId: string } | { tenantId: string; email: string }): Promise<Invitation> {
    const since = new Date();
    const { accountId, email } =
      'staffId' in who
        ? (await inviter.request<{ inviteStaff: { accountId: string; email: string } }>(INVITE_STAFF, { staffId: who.staffId })).inviteStaff
        : (await inviter.request<{ inviteAccount: { accountId: string; email: string } }>(INVITE_ACCOUNT, { input: who })).inviteAccount;
    return {
      accountId,
      activate: async () => {
        let token: string;
        try {
          token = await this.mailbox.invitationToken(email, since);
        } catch (e) {
          throw new DemoError((e as Error).message);
        }
        const { acceptInvitation } = await this.api.request<{ acceptInvitation: { accessToken: string } }>(ACCEPT_INVITATION, { input: { token, password: this.accountPassword } }, { anonymous: true });
        // Accepting signs the person in: their first session uses this token (no second password check).
        this.firstTokens.set(email.toLowerCase(), acceptInvitation.accessToken);
      },
    };
  }

  // --- sessions for module steps --------------------------------------------------------------

  private readonly sessions = new Map<string, Promise<GraphQLClient>>();
  /** Access tokens from accepted invitations, by lower-case e-mail, until the person's first session takes one. */
  private readonly firstTokens = new Map<string, string>();

  /** A client signed in as `email` (an active account with the demo password). */
  signIn(email: string): Promise<GraphQLClient> {
    const key = email.toLowerCase();
    let session = this.sessions.get(key);
    if (!session) {
      session = (async () => {
        // Signs in again by itself when the 15-minute access token has expired.
        const login = async () =>
          (await new GraphQLClient(this.api.url).request<{ login: { accessToken: string } }>(LOGIN, { input: { email, password: this.accountPassword } }, { anonymous: true })).login.accessToken;
        const client = new GraphQLClient(this.api.url, { signIn: login });
        const first = this.firstTokens.get(key);
        this.firstTokens.delete(key);
        if (first) client.setToken(first);
        else await client.signIn();
        return client;
      })();
      session.catch(() => this.sessions.delete(key));
      this.sessions.set(key, session);
    }
    return session;
  }

  /** Activations in progress, by lower-case e-mail: steps running side by side share one. */
  private readonly activations = new Map<string, Promise<void>>();

  /**
   * Makes sure a staff member has an active account (invite + accept), then signs in. Two steps
   * asking for the same person at once share one invitation: a second invitation sent while the
   * first was being accepted found the account no longer invited and no new mail came (a pilot-size
   * run waited 240 s for it).
   */
  async asStaff(tenantId: string, email: string): Promise<GraphQLClient> {
    const key = email.toLowerCase();
    if (!this.sessions.has(key)) {
      let activation = this.activations.get(key);
      if (!activation) {
        const ahead = this.invitedAhead.get(key);
        this.invitedAhead.delete(key);
        activation = (async () => {
          // Invited ahead (`inviteAhead`): the mail is most likely there already.
          const invitation = ahead ? await ahead : null;
          if (invitation) return invitation.activate();
          const { staff } = await this.api.request<{ staff: { items: StaffRow[] } }>(STAFF, { filter: { tenantId, search: email, includeLeft: true }, page: { limit: 10 } });
          const person = staff.items.find((s) => s.email.toLowerCase() === key);
          if (!person) throw new DemoError(`${email} is not a staff member of the tenant`);
          if (person.accountStatus.toUpperCase() !== 'ACTIVE') await (await this.invite(await this.grantor(tenantId), { staffId: person.id })).activate();
        })();
        this.activations.set(key, activation);
        activation.catch(() => this.activations.delete(key));
      }
      await activation;
    }
    return this.signIn(email);
  }

  /** Invitations sent ahead by `inviteAhead`, by lower-case e-mail (null: already active, or the invitation failed). */
  private readonly invitedAhead = new Map<string, Promise<Invitation | null>>();

  /**
   * Sends the invitations of the people a step is about to need, before it needs them: one read of
   * the tenant's staff instead of a search per person, and the invitations go out together, so the
   * platform writes the mails while the first people are being activated instead of each request
   * slot waiting for its own mail. `asStaff` then activates with the invitation sent here. Someone
   * already signed in, being activated or invited ahead is left out (never two invitations at once).
   */
  async inviteAhead(tenantId: string, emails: readonly string[], parallel: TenantRun['parallel']): Promise<void> {
    const wanted = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => !this.sessions.has(e) && !this.activations.has(e) && !this.invitedAhead.has(e));
    if (wanted.length === 0) return;
    const settle = new Map<string, (i: Invitation | null) => void>();
    for (const e of wanted) this.invitedAhead.set(e, new Promise((resolve) => settle.set(e, resolve)));
    try {
      const rows = new Map((await this.listStaff(tenantId)).map((s) => [s.email.toLowerCase(), s]));
      const grantor = await this.grantor(tenantId);
      await parallel(wanted, async (e) => {
        const person = rows.get(e);
        if (!person || person.accountStatus.toUpperCase() === 'ACTIVE') return settle.get(e)!(null);
        settle.get(e)!(await this.invite(grantor, { staffId: person.id }));
      });
    } finally {
      // Anyone not invited here (an error above) is invited by `asStaff` as before.
      for (const resolve of settle.values()) resolve(null);
    }
  }

  async tenantRun(t: TenantSpec, tenantId: string, institutionIds: Map<string, string>, modules: ReadonlySet<string>, random: () => number, today: string, limiter: Limiter): Promise<TenantRun> {
    const staffIds = new Map((await this.listStaff(tenantId)).map((s) => [s.email.toLowerCase(), s.id]));
    const run: TenantRun = {
      spec: t,
      tenantId,
      institutionIds,
      staffIds,
      admin: this.api,
      asTenantAdmin: () => this.signIn(t.tenantAdminEmail),
      asCoordinator: () => this.signIn(t.coordinatorEmails[0]),
      asResearcher: () => this.signIn(t.researcherEmail),
      asStaff: (email) => this.asStaff(tenantId, email),
      inviteAhead: (emails) => this.inviteAhead(tenantId, emails, run.parallel),
      parallel: (items, fn) => inParallel(items, limiter.size, (item, i) => limiter.run(() => fn(item, i))),
      random,
      today,
      modules,
      log: (m) => this.log.progress(`[${t.key}] ${m}`),
    };
    return run;
  }

  // --- lookups -------------------------------------------------------------------------------

  async listInstitutions(tenantId: string): Promise<Named[]> {
    return this.pages<Named>(async (offset) => {
      const { institutions } = await this.api.request<{ institutions: { total: number; items: Named[] } }>(INSTITUTIONS, {
        filter: { tenantId },
        page: { offset, limit: PAGE },
      });
      return institutions;
    });
  }

  async listStaff(tenantId: string): Promise<StaffRow[]> {
    return this.pages<StaffRow>(async (offset) => {
      const { staff } = await this.api.request<{ staff: { total: number; items: StaffRow[] } }>(STAFF, {
        filter: { tenantId, includeLeft: true },
        page: { offset, limit: PAGE },
      });
      return staff;
    });
  }

  private async pages<T>(fetchPage: (offset: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
    const all: T[] = [];
    for (;;) {
      const page = await fetchPage(all.length);
      all.push(...page.items);
      if (page.items.length === 0 || all.length >= page.total) return all;
    }
  }

  // --- totals, from the API ------------------------------------------------------------------

  async totals(t: TenantSpec): Promise<TenantTotals | null> {
    const found = await this.api.request<{ tenants: { items: { id: string; code: string }[] } }>(TENANTS, { search: t.code, page: { limit: PAGE } });
    const tenantId = found.tenants.items.find((x) => x.code === t.code)?.id;
    if (!tenantId) return null;
    const institutions = await this.listInstitutions(tenantId);
    let units = 0;
    for (const i of institutions) units += (await this.api.request<{ units: Named[] }>(UNITS, { institutionId: i.id })).units.length;
    const { shiftPatterns } = await this.api.request<{ shiftPatterns: Named[] }>(SHIFT_PATTERNS, { tenantId });
    const { staff } = await this.api.request<{ staff: { total: number } }>(STAFF, { filter: { tenantId }, page: { limit: 1 } });
    const count = async (role: GqlRole) => (await this.holders(tenantId, role)).size;
    return {
      key: t.key,
      code: t.code,
      institutions: institutions.length,
      units,
      shiftPatterns: shiftPatterns.length,
      staff: staff.total,
      tenantAdmins: await count('TENANT_ADMIN'),
      coordinators: await count('COORDINATOR'),
      researchers: await count('RESEARCHER'),
    };
  }
}

interface TenantTotals {
  key: string;
  code: string;
  institutions: number;
  units: number;
  shiftPatterns: number;
  staff: number;
  tenantAdmins: number;
  coordinators: number;
  researchers: number;
}

class DemoError extends Error {}

function assertManagersKnown(key: string, rows: StaffSpec[], existing: Set<string>): void {
  const inFile = new Set(rows.map((r) => r.email.toLowerCase()));
  const orphans = rows.filter((r) => r.lineManagerEmail && !inFile.has(r.lineManagerEmail.toLowerCase()) && !existing.has(r.lineManagerEmail.toLowerCase()));
  if (orphans.length > 0) throw new DemoError(`[${key}] line managers missing for ${orphans.map((o) => o.email).join(', ')}`);
}

const COLUMNS = ['institutions', 'units', 'shiftPatterns', 'staff', 'tenantAdmins', 'coordinators', 'researchers'] as const;

function table(rows: TenantTotals[], sum: Record<(typeof COLUMNS)[number], number>): string {
  const head = ['tenant', ...COLUMNS];
  const body = [...rows.map((r) => [r.code, ...COLUMNS.map((c) => String(r[c]))]), ['TOTAL', ...COLUMNS.map((c) => String(sum[c]))]];
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.slice(0, -1).map(fmt), widths.map((w) => '-'.repeat(w)).join('  '), fmt(body.at(-1)!)].join('\n');
}

function moduleTable(codes: string[], rows: Record<string, number>[], sum: Record<string, number>): string {
  const keys = Object.keys(sum);
  const head = ['tenant', ...keys];
  const body = [...codes.map((c, i) => [c, ...keys.map((k) => String(rows[i]?.[k] ?? 0))]), ['TOTAL', ...keys.map((k) => String(sum[k]))]];
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [fmt(head), rule, ...body.slice(0, -1).map(fmt), rule, fmt(body.at(-1)!)].join('\n');
}

/** Module names the gateway serves, from its /health document. */
async function servedModules(graphqlUrl: string): Promise<Set<string>> {
  const healthUrl = new URL('/health', graphqlUrl).toString();
  try {
    const res = await fetch(healthUrl);
    const body = (await res.json()) as { modules?: Record<string, unknown> };
    return new Set(Object.keys(body.modules ?? {}));
  } catch (e) {
    throw new DemoError(`Cannot read ${healthUrl}: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      'account-password': { type: 'string' },
      'code-suffix': { type: 'string' },
      seed: { type: 'string' },
      'staff-per-tenant': { type: 'string' },
      'in-flight': { type: 'string' },
      'mail-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const json = values.json;
  const log = new Log(json);
  const url = values.url ?? process.env.DEMO_URL ?? 'http://localhost:4000/graphql';
  const email = values.email ?? process.env.PLATFORM_ADMIN_EMAIL ?? 'admin@m4pris.local';
  const password = values.password ?? process.env.PLATFORM_ADMIN_PASSWORD;
  const accountPassword = values['account-password'] ?? process.env.DEMO_PASSWORD ?? process.env.DEMO_ACCOUNT_PASSWORD ?? 'pilot-demo-password-1';
  const codeSuffix = values['code-suffix'] ?? '';
  if (!/^[a-z0-9-]{0,12}$/.test(codeSuffix)) throw new DemoError('--code-suffix must be up to 12 lower-case letters, digits or hyphens.');
  const seed = values.seed !== undefined ? Number(values.seed) : DEFAULT_SEED;
  const perTenant = values['staff-per-tenant'] !== undefined ? Number(values['staff-per-tenant']) : DEFAULT_STAFF_PER_TENANT;
  const inFlight = values['in-flight'] !== undefined ? Number(values['in-flight']) : IN_FLIGHT;
  if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > 32) throw new DemoError('--in-flight must be an integer from 1 to 32.');
  if (!password) throw new DemoError('No admin password: set PLATFORM_ADMIN_PASSWORD or pass --password.');
  if (!Number.isInteger(seed)) throw new DemoError('--seed must be an integer.');
  if (!Number.isInteger(perTenant) || perTenant < 20 || perTenant > 2000) throw new DemoError('--staff-per-tenant must be an integer from 20 to 2000.');
  if (accountPassword.length < 12) throw new DemoError('--account-password must be at least 12 characters.');

  const dataset = buildDataset({ seed, staffPerTenant: perTenant }).map((t) => ({ ...t, code: `${t.code}${codeSuffix}` }));
  // The platform admin's access token lives 15 minutes: the client signs in again when it expires.
  const api = new GraphQLClient(url, {
    signIn: async () => (await new GraphQLClient(url).request<{ login: { accessToken: string } }>(LOGIN, { input: { email, password } }, { anonymous: true })).login.accessToken,
  });
  log.line(`Pilot demo against ${url} (seed ${seed}, ${dataset.reduce((n, t) => n + t.staff.length, 0)} staff in ${dataset.length} tenants, the four tenants side by side, at most ${inFlight} requests in flight)`);
  await api.signIn();
  log.progress(`signed in as ${email}`);

  const modules = await servedModules(url);
  const steps = STEPS.filter((s) => modules.has(s.module));
  log.line(`modules served: ${[...modules].join(', ')}`);
  const today = isoDate(new Date());
  const mailDir = resolve(values['mail-dir'] ?? join(process.env.DATA_DIR ?? '.data', 'mail'));
  log.line(`reading invitation mail from ${mailDir}`);
  const demo = new Demo(api, log, accountPassword, new Mailbox(mailDir));
  // The tenants are independent: they are built side by side (each one's steps in order, its
  // random numbers drawn in the same order on every run), sharing one limit on requests in flight.
  const limiter = new Limiter(inFlight);
  const phases = new Phases(log);
  // The accounts of every tenant first (the coordinators with their line managers), then everyone
  // else: the invitation mails of all four tenants are written before the platform works through
  // the bulk imports' events. (Without this barrier a tenant still inviting its researcher waited
  // ~18 s for the mail, queued behind the other tenants' 770 imported people.)
  const setUp = await phases.time('identity: tenants, institutions, units, shift patterns, accounts', () =>
    Promise.all(
      dataset.map(async (t) => {
        const tenantId = await demo.tenant(t);
        const institutionIds = await demo.institutions(t, tenantId);
        await demo.units(t, institutionIds);
        await demo.shiftPatterns(t, tenantId);
        await demo.staff(t, tenantId, t.coordinatorEmails);
        await demo.accounts(t, tenantId, institutionIds);
        return { tenantId, institutionIds };
      }),
    ),
  );
  const runs: TenantRun[] = await Promise.all(
    dataset.map(async (t, i) => {
      const { tenantId, institutionIds } = setUp[i];
      await phases.tenant('identity: staff import', () => demo.staff(t, tenantId));
      const run = await demo.tenantRun(t, tenantId, institutionIds, modules, createRandom(seed * 31 + i), today, limiter);
      for (const step of steps) await phases.tenant(step.label ?? step.module, () => step.run(run));
      return run;
    }),
  );
  const builtIn = (Date.now() - log.started) / 1000;
  const builtRequests = requestsSent.count;
  log.progress(`built in ${builtIn.toFixed(1)} s with ${builtRequests} GraphQL requests; reading the totals back`);

  // The four tenants' totals are read side by side (each one's reads in order).
  const readBack = await phases.time('read-back: totals', () =>
    Promise.all(
      dataset.map(async (t, i) => {
        const r = await demo.totals(t);
        if (!r) return null;
        const counts: Record<string, number> = {};
        for (const step of steps) Object.assign(counts, await step.totals(runs[i]));
        return { r, counts };
      }),
    ),
  );
  const rows: TenantTotals[] = [];
  const extra: Record<string, number>[] = [];
  for (const x of readBack) {
    if (!x) continue;
    rows.push(x.r);
    extra.push(x.counts);
  }
  const sum = Object.fromEntries(COLUMNS.map((c) => [c, rows.reduce((n, r) => n + r[c], 0)])) as Record<(typeof COLUMNS)[number], number>;
  const extraSum: Record<string, number> = {};
  for (const counts of extra) for (const [k, v] of Object.entries(counts)) extraSum[k] = (extraSum[k] ?? 0) + v;
  // Means are not summed: the overall mean match score is the mean over every approved pair.
  if ('meanMatchScore' in extraSum) {
    const pairs = extra.reduce((n, c) => n + (c.approvedPairs ?? 0), 0);
    const weighted = extra.reduce((n, c) => n + (c.meanMatchScore ?? 0) * (c.approvedPairs ?? 0), 0);
    extraSum.meanMatchScore = pairs > 0 ? Math.round((weighted / pairs) * 10) / 10 : 0;
  }
  log.line('');
  log.line(table(rows, sum));
  if (Object.keys(extraSum).length > 0) {
    log.line('');
    log.line(moduleTable(rows.map((r) => r.code), extra, extraSum));
  }
  // The evaluation module's paired pre/post report: each country's overall cells, as the API gives them.
  const report: EvaluationReportRow[] = modules.has('evaluation') ? (await Promise.all(runs.map((run) => evaluationReport(run)))).flat() : [];
  if (report.length > 0) {
    log.line('');
    log.line("Pre/post (baseline → closure), overall cell of each country, read as the tenant's researcher:");
    const n = (x: number | null, d = 2) => (x === null ? '—' : x.toFixed(d));
    for (const r of report)
      log.line(
        `  ${r.tenant.padEnd(4)} ${`${r.instrument}/${r.subscale}`.padEnd(28)} ${r.suppressed ? 'suppressed' : `pairs ${r.pairs}, mean change ${n(r.meanChange)}, p ${n(r.pValue, 4)}, d_z ${n(r.dz)}`}`,
      );
  }
  const accounts: DemoAccount[] = (await phases.time('read-back: sign-in accounts', () => Promise.all(runs.map((run) => demoAccounts(run))))).flat();
  log.line('');
  log.line('Sign in as (one account per role and country):');
  for (const a of accounts) log.line(`  ${a.tenant.padEnd(4)} ${a.role.padEnd(16)} ${a.email}`);
  const notifications = modules.has('notifications') ? await phases.time('read-back: notifications', () => notificationTotals(api, accounts, (e) => demo.signIn(e))) : null;
  if (notifications) {
    log.line('');
    log.line(
      `Notifications: ${notifications.notificationsSent} e-mails sent${notifications.notificationsHeld ? ` (${notifications.notificationsHeld} more queued for later: outside the recipient's sending window)` : ''}; ${notifications.inboxMessages} messages in the inboxes of the accounts above.`,
    );
  }
  log.line(`Every demo account signs in with the password: ${accountPassword}`);
  const elapsedSeconds = Math.round((Date.now() - log.started) / 100) / 10;
  const loadAverage = loadavg().map((x) => Math.round(x * 100) / 100);
  log.line('');
  log.line(phases.table());
  log.line(`Elapsed ${elapsedSeconds} s (built in ${builtIn.toFixed(1)} s; ${requestsSent.count} GraphQL requests, ${builtRequests} to build), load average ${loadAverage.join(' ')} on ${availableParallelism()} cores`);
  if (json)
    process.stdout.write(
      `${JSON.stringify({ tenants: rows.length, ...sum, ...extraSum, ...(notifications ?? {}), elapsedSeconds, builtSeconds: Math.round(builtIn * 10) / 10, phases: phases.summary(), requests: requestsSent.count, buildRequests: builtRequests, loadAverage, accounts, ...(modules.has('evaluation') ? { report } : {}) })}\n`,
    );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof GraphQLRequestError || e instanceof DemoError) process.stderr.write(`demo: ${e.message}\n`);
    else if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`demo: ${e.message}\n\n${USAGE}`);
    else process.stderr.write(`demo: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
