import 'reflect-metadata';
import { Global, Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { graphql, type ExecutionResult } from 'graphql';
import { Loaders, type GqlContext } from '@m4pris/platform-graphql';
import { Bus, InProcessTransport, type Reply } from '@m4pris/platform-messaging';
import { writeSuiteReport } from '@m4pris/testing';
import { MatchingGraphqlModule } from './index.js';

/*
 * The people of a match run (proposal mentor and mentee, unmatched people) are resolved through
 * programmes with one bus request per query level, whatever the number of rows: the bus requests
 * the gateway sends for ONE query are counted for runs of 2, 20 and 200 proposals. The services
 * behind the bus are stand-ins here (what is counted is the gateway's side); programmes' rule and
 * its SQL statements are counted against a real database in libs/programmes/service
 * (people.int-spec.ts).
 */

type Body = Record<string, unknown>;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const COHORT = uuid(1);

function run(size: number) {
  const proposals = Array.from({ length: size }, (_, i) => ({
    id: uuid(10_000 + i),
    runId: uuid(2),
    cohortId: COHORT,
    mentorStaffId: uuid(20_000 + i),
    menteeStaffId: uuid(30_000 + i),
    score: 80,
    breakdown: [],
    flags: [],
    rulesChecked: [],
    reason: 'Shifts overlap.',
    status: 'proposed',
    pinned: false,
  }));
  const unmatched = Array.from({ length: size }, (_, i) => ({ staffId: uuid(40_000 + i), role: 'mentee', reasons: [], explanation: 'No mentor left.' }));
  return {
    id: uuid(2), cohortId: COHORT, programmeId: uuid(3), status: 'done', progress: 1, policyVersion: 1, weightsVersion: 0,
    weights: { shiftOverlap: 1, sameUnit: 1, functions: 1, languages: 1, experienceGap: 1, preferences: 1 },
    inputDigest: 'x', mentees: size, mentors: size, totalScore: 0, meanScore: 0, createdAt: 'x', finishedAt: null, proposals, unmatched,
  };
}

describe('matching GraphQL: people of a run, batched', () => {
  let app: INestApplication;
  let transport: InProcessTransport;
  let execute: (source: string, variables: Record<string, unknown>, roles: GqlContext['ctx']['roles']) => Promise<ExecutionResult>;
  const requests: { subject: string; body: Body }[] = [];
  let size = 0;
  let refuse = false;

  beforeAll(async () => {
    transport = new InProcessTransport();
    await transport.connect();
    const bus = new Bus(transport, 5000);

    @Global()
    @Module({ providers: [{ provide: Bus, useValue: bus }], exports: [Bus] })
    class TestBusModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [TestBusModule, MatchingGraphqlModule, GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, include: [MatchingGraphqlModule] })],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const schema = app.get(GraphQLSchemaHost).schema;
    execute = (source, variableValues, roles) => {
      const contextValue: GqlContext = { ctx: { roles, tenantId: uuid(9), locale: 'en', traceId: 't' }, loaders: new Loaders() };
      return graphql({ schema, source, variableValues, contextValue });
    };
    const serve = (subject: string, module: string, reply: (b: Body) => Reply) =>
      transport.serve(subject, module, async (raw): Promise<Reply> => {
        const body = JSON.parse(raw) as Body;
        requests.push({ subject, body });
        return reply(body);
      });
    await serve('matching.v1.run.get', 'matching', () => ({ ok: true, data: run(size) }));
    await serve('programmes.v1.people.ofCohort', 'programmes', (b) =>
      refuse
        ? { ok: false, error: { code: 'common.FORBIDDEN', category: 'FORBIDDEN', message: 'Forbidden.', messageKey: 'common.FORBIDDEN' } }
        : { ok: true, data: (b['staffIds'] as string[]).map((id) => ({ id, displayName: `Name ${id.slice(-5)}`, institution: null, unit: null, shiftPattern: null, workEmail: null })) },
    );
    await serve('matching.v1.proposal.reason', 'matching', (b) => ({ ok: true, data: { proposalId: b['proposalId'], partnerStaffId: uuid(20_000), reason: 'Shifts overlap.', highlights: [] } }));
    await serve('programmes.v1.people.duoPartners', 'programmes', (b) => ({
      ok: true,
      data: (b['staffIds'] as string[]).filter((id) => id === uuid(20_000)).map((id) => ({ id, displayName: 'Mentor Partner', institution: { id: uuid(5), name: 'Vestre' }, unit: null, shiftPattern: null, workEmail: 'm@p.test' })),
    }));
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
  });

  const QUERY = `query($id: ID!) { matchRun(id: $id) { id proposals { id mentor { displayName } mentee { displayName } } unmatched { staffId person { displayName } } } }`;
  const coordinator = [{ role: 'coordinator' as const, tenantId: uuid(9) }];

  it('sends the same number of bus requests for runs of 2, 20 and 200 proposals', async () => {
    const rows: (number | string)[][] = [];
    const counts: number[] = [];
    for (const n of [2, 20, 200]) {
      size = n;
      requests.length = 0;
      const r = await execute(QUERY, { id: uuid(2) }, coordinator);
      expect(r.errors).toBeUndefined();
      const data = (r.data as { matchRun: { proposals: { mentor: { displayName: string }; mentee: { displayName: string } }[]; unmatched: { person: { displayName: string } }[] } }).matchRun;
      // Every row got its person: the count is about a list that really holds `n` rows.
      expect(data.proposals).toHaveLength(n);
      expect(data.proposals.every((p) => p.mentor.displayName.startsWith('Name ') && p.mentee.displayName.startsWith('Name '))).toBe(true);
      expect(data.unmatched.every((u) => u.person.displayName.startsWith('Name '))).toBe(true);
      const people = requests.filter((x) => x.subject === 'programmes.v1.people.ofCohort');
      counts.push(requests.length);
      rows.push([n, requests.length, people.length, people.reduce((a, x) => a + (x.body['staffIds'] as string[]).length, 0)]);
    }
    // matchRun, then one request for every person of the next level (proposals' mentor and mentee
    // and unmatched people together).
    expect(counts).toEqual([2, 2, 2]);
    writeSuiteReport({
      suite: '62-bus-requests-per-list',
      title: 'Bus requests per query for a list of people (match run)',
      tried: { sizes: '2, 20, 200' },
      held: [`matchRun with its proposals' mentor and mentee and its unmatched people costs ${counts[0]} bus requests for 2, 20 and 200 rows.`],
      tables: [{ caption: 'Bus requests the gateway sends for one query', headers: ['rows', 'bus requests', 'programmes.v1.people.ofCohort', 'staff ids asked'], rows }],
      notes: ['libs/matching/graphql/src/people.resolver.spec.ts; the services behind the bus are stand-ins that count what they receive.'],
    });
  });

  it('gives null persons, not one error per row, when programmes refuses the caller', async () => {
    size = 20;
    refuse = true;
    try {
      const r = await execute(QUERY, { id: uuid(2) }, [{ role: 'tenant_admin', tenantId: uuid(9) }]);
      expect(r.errors).toBeUndefined();
      const data = (r.data as { matchRun: { proposals: { mentor: unknown; mentee: unknown }[] } }).matchRun;
      expect(data.proposals.every((p) => p.mentor === null && p.mentee === null)).toBe(true);
    } finally {
      refuse = false;
    }
  });

  it("resolves a match reason's partner through programmes, in one request", async () => {
    requests.length = 0;
    const r = await execute(`query($id: ID!) { matchReason(proposalId: $id) { reason partner { id displayName workEmail institution { name } } } }`, { id: uuid(10_000) }, []);
    expect(r.errors).toBeUndefined();
    expect((r.data as { matchReason: unknown }).matchReason).toEqual({ reason: 'Shifts overlap.', partner: { id: uuid(20_000), displayName: 'Mentor Partner', workEmail: 'm@p.test', institution: { name: 'Vestre' } } });
    expect(requests.map((x) => x.subject)).toEqual(['matching.v1.proposal.reason', 'programmes.v1.people.duoPartners']);
    expect(requests[1]!.body['staffIds']).toEqual([uuid(20_000)]);
  });
});
