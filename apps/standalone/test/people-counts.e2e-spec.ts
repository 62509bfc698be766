import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { currentContext } from '@m4pris/platform-core';
import { DecideApplication, SubmitApplication } from '@m4pris/programmes-contracts';
import { as, describeWithNats, writeSuiteReport } from '@m4pris/testing';
import { eventually, ok, seedTenant, type SeededTenant } from './fixtures.js';
import { gql, startPlatform, type TestPlatform } from './platform.js';

/*
 * Issue 22, "batched": what ONE GraphQL query costs on a real platform (gateway, every service, real
 * NATS between them, real PostgreSQL) for lists of 2, 20 and 200 rows with names — the bus requests
 * any party sends and the SQL statements any service runs for that query, recognised by the trace
 * id the client sent (`traceparent`): the bus context carries it, and each handler runs in it. The
 * counts must not grow with the list.
 */

const SIZES = [2, 20, 200];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const chunks = <X,>(xs: X[], n = 20) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

const QUERIES = {
  relationships: { query: `query($cohortId: ID!) { relationships(cohortId: $cohortId, page: { limit: 200 }) { items { id mentor { displayName } mentee { displayName } cohort { name } programme { name } } } }`, rows: (d: any) => d.relationships.items.filter((x: any) => x.mentor.displayName && x.mentee.displayName).length },
  applications: { query: `query($cohortId: ID!) { applications(cohortId: $cohortId, page: { limit: 200 }) { items { id applicant { displayName } } } }`, rows: (d: any) => d.applications.items.filter((x: any) => x.applicant.displayName).length },
  proposals: { query: `query($runId: ID!) { matchRun(id: $runId) { proposals { id mentor { displayName } mentee { displayName } } } }`, rows: (d: any) => d.matchRun.proposals.filter((x: any) => x.mentor?.displayName && x.mentee?.displayName).length },
};

describeWithNats('people lists on a real platform over NATS: bus requests and SQL statements per query for 2, 20 and 200 rows', () => {
  let p: TestPlatform;
  let t: SeededTenant;
  let tracing: string | undefined;
  let requests: string[] = [];
  let statements: string[] = [];
  let relayStatements = 0;
  const cohorts = new Map<number, { cohortId: string; runId: string }>();
  let db: pg.Client;

  beforeAll(async () => {
    p = await startPlatform('nats', {
      busTimeoutMs: 20_000,
      observe: {
        onRequest: (subject, headers) => {
          if (tracing && (JSON.parse(headers['m4p-context'] ?? '{}') as { traceId?: string }).traceId === tracing) requests.push(subject);
        },
        onQuery: (sql) => {
          if (!tracing || currentContext()?.traceId !== tracing) return;
          // Each service kicks its outbox relay after every request it handled, inside that request's
          // context; the relay's pass publishes whatever events are pending (none of this read's), and
          // whether it runs now or is already running depends on timing. Its statements are the relay's.
          if (sql.includes('"outbox_event"')) relayStatements++;
          else statements.push(sql);
        },
      },
    });
    db = new pg.Client({ connectionString: p.databaseUrl });
    await db.connect();
    const admin = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken as string;
    t = await seedTenant(p, admin, 'counts', []);
    const call = (token: string, query: string, variables: Record<string, unknown> = {}) => ok(gql(p.url, query, variables, token));
    const programmeId = (await call(t.tokens.tenantAdmin!, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: 'Counted', policy: { mentorTrainingRequired: false, mentorCapacity: 1 } } })).createProgramme.id as string;
    const coordinator = as.coordinator(t.tenantId);
    let staffCount = 0;
    for (const size of SIZES) {
      const cohortId = (await call(t.tokens.coordinator!, `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { programmeId, name: `Cohort of ${size}`, startsOn: day(0) } })).createCohort.id as string;
      await call(t.tokens.coordinator!, `mutation($id: ID!) { transitionCohort(cohortId: $id, to: RECRUITING) { state } }`, { id: cohortId });
      // Real staff through identity: its events feed programmes' and matching's projections.
      const pairs = Array.from({ length: size }, (_, i) => ({ i, mentor: '', mentee: '' }));
      for (const chunk of chunks(pairs)) {
        await Promise.all(chunk.map(async (pair) => {
          for (const role of ['mentor', 'mentee'] as const) {
            const hired = day(role === 'mentor' ? -3650 : -40);
            const r = await call(t.tokens.tenantAdmin!, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
              input: { firstName: `${role === 'mentor' ? 'Mentor' : 'Mentee'}${size}x${pair.i}`, lastName: 'Counted', email: `${role}-${size}-${pair.i}@counts.test`, position: 'Prison officer', supervisesOthers: false, hiredOn: hired, joinedInstitutionOn: hired, institutionId: t.institutions.main, languages: ['da'] },
            });
            pair[role] = r.createStaff.id as string;
          }
        }));
      }
      staffCount += size;
      await eventually(async () => {
        const r = await call(t.tokens.coordinator!, `query($id: ID!) { eligibleStaff(cohortId: $id, role: MENTEE) { total } }`, { id: cohortId });
        if (r.eligibleStaff.total < staffCount) throw new Error('the staff projection has not arrived yet');
      }, 300, 200);
      // Applications by the staff themselves (on the bus, as the gateway would send them), accepted by the coordinator.
      const base = { cohortId, motivation: 'I want to take part.', languages: ['da'], consent: true };
      for (const chunk of chunks(pairs)) {
        await Promise.all(chunk.map(async (pair) => {
          const mentee = await p.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] } as never, as.staff(t.tenantId, pair.mentee));
          const mentor = await p.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] } as never, as.staff(t.tenantId, pair.mentor));
          for (const a of [mentee, mentor]) await p.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' } as never, coordinator);
        }));
      }
      await call(t.tokens.coordinator!, `mutation($id: ID!) { transitionCohort(cohortId: $id, to: MATCHING) { state } }`, { id: cohortId });
      await eventually(async () => {
        const r = await call(t.tokens.coordinator!, `query { matchingCohorts { id mentees mentors } }`);
        const c = (r.matchingCohorts as { id: string; mentees: number; mentors: number }[]).find((x) => x.id === cohortId);
        if (!c || c.mentees !== size || c.mentors !== size) throw new Error('matching has not seen the applications yet');
      }, 300, 200);
      const runId = (await call(t.tokens.coordinator!, `mutation($input: RunMatchInput!) { runMatch(input: $input) { id } }`, { input: { cohortId } })).runMatch.id as string;
      await eventually(async () => {
        const r = await call(t.tokens.coordinator!, `query($id: ID!) { matchRun(id: $id) { status } }`, { id: runId });
        if (r.matchRun.status !== 'DONE') throw new Error(`run ${r.matchRun.status}`);
      }, 600, 200);
      await call(t.tokens.coordinator!, `mutation($input: ApproveProposalsInput!) { approveProposals(input: $input) { id } }`, { input: { runId } });
      await eventually(async () => {
        const r = await call(t.tokens.coordinator!, `query($id: ID!) { relationships(cohortId: $id) { total } }`, { id: cohortId });
        if (r.relationships.total !== size) throw new Error('duos not formed yet');
      }, 300, 200);
      cohorts.set(size, { cohortId, runId });
    }
  }, 1_200_000);
  afterAll(async () => {
    await db?.end();
    await p?.close();
  });

  /**
   * One query with a fresh trace id; the bus requests and SQL statements that carried it. A list of
   * named people records a personal-data read, which identity's audit log takes from the bus after
   * the answer has left (three statements in the query's trace): the count waits for that entry, so
   * it holds them every time, not only when the answer was slower than the audit (a gzipped answer of
   * 200 rows usually is).
   */
  async function counted(query: string, variables: Record<string, unknown>): Promise<{ data: any; requests: string[]; statements: string[] }> {
    const traceId = randomBytes(16).toString('hex');
    requests = [];
    statements = [];
    relayStatements = 0;
    tracing = traceId;
    try {
      const data = await ok(gql(p.url, query, variables, t.tokens.coordinator, { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` }));
      await eventually(async () => {
        const r = await db.query('select 1 from identity.audit_entry where trace_id = $1', [traceId]);
        if (r.rowCount === 0) throw new Error('the read is not in the audit log yet');
      }, 100, 100);
      return { data, requests: [...requests], statements: [...statements] };
    } finally {
      tracing = undefined;
    }
  }

  it('the bus requests and SQL statements of one query do not grow with the list (2, 20, 200 rows)', async () => {
    const table: (string | number)[][] = [];
    const perQuery: Record<string, { requests: number[]; statements: number[]; subjects: string[] }> = {};
    for (const [name, q] of Object.entries(QUERIES)) {
      perQuery[name] = { requests: [], statements: [], subjects: [] };
      for (const size of SIZES) {
        const vars = { cohortId: cohorts.get(size)!.cohortId, runId: cohorts.get(size)!.runId };
        await counted(q.query, vars); // once first: nothing lazily loaded counts in one size only
        const r = await counted(q.query, vars);
        // The count is about a list that really holds `size` rows of named people (applications: both sides, at most a page of 200).
        expect(q.rows(r.data)).toBe(name === 'applications' ? Math.min(200, size * 2) : size);
        expect(r.requests.length).toBeGreaterThan(0);
        expect(r.statements.length).toBeGreaterThan(0);
        perQuery[name]!.requests.push(r.requests.length);
        perQuery[name]!.statements.push(r.statements.length);
        perQuery[name]!.subjects = [...new Set(r.requests)].sort();
        table.push([name, size, q.rows(r.data), r.requests.length, r.statements.length]);
        if (process.env.E2E_PRINT_SQL) process.stdout.write(`--- ${name} ${size} (+${relayStatements} of the outbox relay)\n${r.statements.map((x) => x.replace(/\s+/g, ' ').slice(0, 160)).join('\n')}\n`);
      }
    }
    process.stdout.write(`\nper query (NATS): list, rows asked, rows answered, bus requests, SQL statements\n${table.map((row) => row.join('\t')).join('\n')}\n`);
    for (const [name, c] of Object.entries(perQuery)) process.stdout.write(`${name}: ${c.subjects.join(', ')}\n`);
    for (const [name, c] of Object.entries(perQuery)) {
      expect({ name, requests: c.requests, statements: c.statements }).toEqual({ name, requests: SIZES.map(() => c.requests[0]), statements: SIZES.map(() => c.statements[0]) });
    }
    writeSuiteReport({
      suite: '64-bus-and-sql-per-people-list',
      title: 'Bus requests and SQL statements per GraphQL query of people (real platform over NATS)',
      tried: { sizes: SIZES.join(', '), queries: Object.keys(QUERIES).join(', ') },
      held: ['One query of relationships, applications or match-run proposals with names costs the same bus requests and SQL statements for 2, 20 and 200 rows.'],
      tables: [{ caption: 'Per query', headers: ['list', 'size', 'rows', 'bus requests', 'SQL statements'], rows: table }],
    });
  }, 300_000);
});
