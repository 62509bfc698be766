import { getNamedType, isObjectType, isNonNullType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';
import { buildWorld, CASES, liveOperations, readMatrix, REFUSALS } from './harness.js';
import { today } from './progmatch.js';
import { writeSuiteReport } from '@m4pris/testing';
import type { TenantWorld, World } from './world.js';

/**
 * Programmes confidentiality through the public API (DOMAIN.md, "Who uses it" and
 * "Confidentiality"), on the assurance world (seeds/programmes.ts, seeds/matching.ts).
 *
 * Each rule is checked as every role it concerns by a sweep: the role calls every query of the
 * live schema (programmes and matching; all modules for the line manager) that has a case, with a
 * document selecting every field (two levels deep) and the variables pointing at the mentee's and
 * the duo's own objects. The check is on content strings found anywhere in the answers (not only
 * on codes), with a positive control showing the same sweep finds them for whoever may see them.
 */

type Who = 'platformAdmin' | 'tenantAdmin' | 'coordinator' | 'researcher' | 'lineManager' | 'supportContact' | 'otherStaff' | 'otherMentor' | 'mentor' | 'mentee';

const LABEL: Record<Who, string> = {
  platformAdmin: 'platform admin',
  tenantAdmin: 'tenant admin',
  coordinator: 'coordinator',
  researcher: 'researcher',
  lineManager: "mentee's line manager",
  supportContact: 'support contact (staff)',
  otherStaff: 'other staff (spare3)',
  otherMentor: "mentee's mentor in another duo (spare1)",
  mentor: 'mentor',
  mentee: 'mentee',
};

function tokenFor(w: World, t: TenantWorld, who: Who): string {
  switch (who) {
    case 'platformAdmin':
      return w.platformAdminToken;
    case 'supportContact':
      return t.tokens.staff;
    case 'otherStaff':
      return t.tokens.spare3;
    case 'otherMentor':
      return t.tokens.spare1;
    default:
      return t.tokens[who];
  }
}

/** A selection of every field without required arguments, objects two levels deep. */
function selection(type: GraphQLObjectType, depth: number): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(f.type);
    if (isObjectType(named)) {
      if (depth > 0) parts.push(`${f.name} { ${selection(named, depth - 1)} }`);
    } else parts.push(f.name);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

interface Answer {
  field: string;
  code?: string;
  text: string;
}

describe('programmes confidentiality', () => {
  let p: TestPlatform;
  let w: World;
  let t: TenantWorld;
  let schema: GraphQLSchema;
  const matrix = readMatrix();
  /** rule → who → checks made */
  const checked = new Map<string, Map<Who, number>>();
  let calls = 0;

  const count = (rule: string, who: Who, n = 1) => {
    const m = checked.get(rule) ?? new Map<Who, number>();
    m.set(who, (m.get(who) ?? 0) + n);
    checked.set(rule, m);
  };

  beforeAll(async () => {
    p = await startPlatform('in-process', { settings: { identity: { ACCESS_TOKEN_TTL_SECONDS: 3 * 3600 } } });
    w = await buildWorld(p);
    t = w.a;
    ({ schema } = await liveOperations(p));
  }, 600_000);

  afterAll(async () => {
    await p?.close();
    const rules = [...checked.keys()];
    const whos = Object.keys(LABEL) as Who[];
    writeSuiteReport({
      suite: '40-confidentiality-programmes',
      title: 'Programmes confidentiality',
      tried: { rules: rules.length, 'roles checked': whos.filter((x) => rules.some((r) => checked.get(r)!.has(x))).length, 'GraphQL calls': calls },
      held: rules.map((r) => `${r}: held for ${[...checked.get(r)!.keys()].map((x) => LABEL[x]).join(', ')}`),
      tables: [
        {
          caption: 'Checks per rule and role (sweeps of every query, content strings searched in the answers)',
          headers: ['rule', ...whos.map((x) => LABEL[x])],
          rows: rules.map((r) => [r, ...whos.map((x) => checked.get(r)!.get(x) ?? '—')]),
        },
      ],
      notes: [
        'The staff role is the programme\'s support contact in the assurance world: it receives concern content by design and is an outsider for every other duo content.',
        'eligibleStaff (tenant admin, coordinator) names who could take part, computed from identity data; it says nothing of who applied.',
      ],
    });
  });

  const call = async (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<Record<string, any>>> => {
    calls++;
    return gql<Record<string, any>>(p.url, query, variables, tokenFor(w, t, who));
  };

  /** Every query of the given modules that has a case, as `who`, on the mentee's and the duo's objects. */
  async function sweep(who: Who, modules: string[]): Promise<Answer[]> {
    const out: Answer[] = [];
    const queryType = schema.getQueryType()!;
    for (const row of matrix.rows.values()) {
      if (row.kind !== 'query' || !modules.includes(row.module)) continue;
      const c = CASES[row.operation];
      const field = queryType.getFields()[row.operation];
      if (!c || !field) continue;
      const vars = c.variables ? await c.variables({ w, t, role: 'mentee' }) : {};
      const named = getNamedType(field.type);
      const doc = c.document.replace(new RegExp(`(${row.operation}(\\([^)]*\\))?)\\s*\\{[\\s\\S]*\\}\\s*\\}\\s*$`), `$1 { ${isObjectType(named) ? selection(named, 2) : ''} } }`);
      let r = await call(who, doc, vars);
      // A document the gateway's limits or the selection builder get wrong: the case's own document.
      if (['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(codeOf(r) ?? '')) r = await call(who, c.document, vars);
      out.push({ field: row.operation, code: codeOf(r), text: JSON.stringify(r) });
    }
    return out;
  }

  const found = (answers: Answer[], needles: string[]) => answers.flatMap((a) => needles.filter((n) => a.text.includes(n)).map((n) => `${a.field}: "${n}"`));

  const content = () => [t.ids.agreementText, t.ids.goalTitle, t.ids.goalDescription, t.ids.meetingNotes, t.ids.reflectionText];
  const CONTENT_QUERIES = ['agreement', 'goals', 'meetings', 'reflections'];

  it('duo content (agreement, goals, meeting notes, reflections) is private to the duo', async () => {
    const rule = 'duo content private to the duo';
    // Positive control: the duo reads all of it through the same sweep.
    for (const who of ['mentor', 'mentee'] as const) {
      const answers = await sweep(who, ['programmes']);
      expect(content().filter((s) => !answers.some((a) => a.text.includes(s)))).toEqual([]);
      count(rule, who);
    }
    const failures: string[] = [];
    for (const who of ['coordinator', 'tenantAdmin', 'lineManager', 'researcher', 'platformAdmin', 'supportContact', 'otherStaff', 'otherMentor'] as const) {
      const answers = await sweep(who, ['programmes', 'matching']);
      for (const leak of found(answers, content())) failures.push(`${who}: ${leak}`);
      for (const q of CONTENT_QUERIES) {
        const a = answers.find((x) => x.field === q);
        if (!a) failures.push(`${q}: not swept`);
        else if (!a.code || !REFUSALS.has(a.code)) failures.push(`${who}: ${q} answered ${a.code ?? 'with data'}`);
      }
      count(rule, who, answers.length);
    }
    expect(failures).toEqual([]);
  });

  it('coordinators see process metadata (met / not met, last contact, open-concern count), never content', async () => {
    const rule = 'coordinator: process metadata only';
    const r = await call('coordinator', `query($id: ID!) { relationship(id: $id) { ${selection(schema.getType('Relationship') as GraphQLObjectType, 2)} } }`, { id: t.ids.relationshipId });
    const rel = r.data!.relationship as Record<string, unknown>;
    // The fields they get: metadata only (a content field added to Relationship fails here).
    expect(Object.keys(rel).sort()).toEqual(
      [
        'agreementAcknowledged', 'cohortId', 'endReason', 'endedOn', 'firstMeetingOn', 'fitCheckDone', 'flags', 'id', 'institutionId', 'lastCheckInOn', 'lastMeetingOn',
        'meetingCount', 'menteeStaffId', 'mentorStaffId', 'myRole', 'openConcerns', 'plannedEndOn', 'programmeId', 'proposalId', 'rematchRequested', 'startedOn', 'state',
        'mentor', 'mentee', 'cohort', 'programme',
        // Process metadata (issue 22): what this caller may do next, and when the fit check is due.
        'allowedTransitions', 'fitCheckDueOn',
      ].sort(),
    );
    // The people of the duo by name, and nothing more of them.
    // (`staff` is identity's own answer: coordinators read the staff records of their tenant.)
    const person = (x: unknown) => { const { staff: _staff, ...rest } = x as Record<string, unknown>; return rest; };
    expect(person(rel.mentor)).toEqual({ id: t.staffIds.mentor, displayName: `mentor ${t.code}`, institution: null, unit: null, shiftPattern: null, workEmail: null });
    expect(person(rel.mentee)).toEqual({ id: t.staffIds.mentee, displayName: `mentee ${t.code}`, institution: null, unit: null, shiftPattern: null, workEmail: null });
    expect(rel).toMatchObject({ state: 'ACTIVE', agreementAcknowledged: true, lastMeetingOn: today(), lastCheckInOn: today(), myRole: null });
    expect(rel.meetingCount).toBeGreaterThanOrEqual(1);
    expect(rel.openConcerns).toBeGreaterThanOrEqual(1);
    const attention = await call('coordinator', `query($id: ID!) { duosNeedingAttention(cohortId: $id) { relationshipId reasons daysSinceContact } }`, { id: t.ids.cohortId });
    expect(attention.data!.duosNeedingAttention).toEqual(expect.arrayContaining([expect.objectContaining({ relationshipId: t.ids.relationshipId, reasons: expect.arrayContaining(['OPEN_CONCERN']) })]));
    const checkIns = await call('coordinator', `query($id: ID!) { checkIns(relationshipId: $id) { id outcome } }`, { id: t.ids.relationshipId });
    expect(checkIns.data!.checkIns).toEqual(expect.arrayContaining([{ id: t.ids.checkInId, outcome: 'ON_TRACK' }]));
    count(rule, 'coordinator', 3);
    // Nothing of the content, nor of the concern, anywhere in anything they can ask.
    const answers = await sweep('coordinator', ['programmes', 'matching']);
    expect(found(answers, [...content(), t.ids.concernText])).toEqual([]);
    for (const q of CONTENT_QUERIES) expect(answers.find((a) => a.field === q)?.code).toBe('FORBIDDEN');
    count(rule, 'coordinator', answers.length);
  });

  it('the two people of a duo see each other in full: name, institution, unit, shift pattern, work e-mail', async () => {
    const rule = 'duo members see each other; the coordinator sees names only';
    const person = 'id displayName institution { name } unit { name } shiftPattern { name } workEmail';
    const doc = `query($id: ID!) { relationship(id: $id) { mentor { ${person} } mentee { ${person} } cohort { id name } programme { id name } } myRelationships { id mentor { ${person} } mentee { ${person} } } }`;
    for (const who of ['mentor', 'mentee'] as const) {
      const r = await call(who, doc, { id: t.ids.relationshipId });
      expect(r.errors).toBeUndefined();
      const rel = r.data!.relationship;
      for (const side of ['mentor', 'mentee'] as const) {
        expect(rel[side]).toEqual({
          id: t.staffIds[side],
          displayName: `${side} ${t.code}`,
          institution: { name: `${t.code} main` },
          unit: null,
          shiftPattern: null,
          workEmail: `${side}@${t.code}.test`,
        });
      }
      expect(rel.cohort).toEqual({ id: t.ids.cohortId, name: expect.any(String) });
      expect(rel.cohort.name.length).toBeGreaterThan(0);
      expect(rel.programme).toEqual({ id: t.ids.programmeId, name: expect.any(String) });
      const mine = (r.data!.myRelationships as Record<string, any>[]).find((x) => x.id === t.ids.relationshipId)!;
      expect(mine.mentor.displayName).toBe(`mentor ${t.code}`);
      expect(mine.mentee.workEmail).toBe(`mentee@${t.code}.test`);
      count(rule, who, 2);
    }
  });

  it('researchers never get a name; the tenant admin and the line manager get none from programmes or matching', async () => {
    const rule = 'no names for researchers, tenant admin (programmes), line manager';
    const names = [`mentor ${t.code}`, `mentee ${t.code}`, `mentor@${t.code}.test`, `mentee@${t.code}.test`];
    // Positive control: the same sweep finds the names for the coordinator.
    expect(found(await sweep('coordinator', ['programmes', 'matching']), names.slice(0, 2)).length).toBeGreaterThanOrEqual(2);
    const researcher = await sweep('researcher', ['identity', 'programmes', 'matching', 'training', 'evaluation']);
    // verifyCertificate is public by design: a certificate names its holder to whoever holds its code.
    expect(found(researcher.filter((a) => a.field !== 'verifyCertificate'), names)).toEqual([]);
    count(rule, 'researcher', researcher.length);
    for (const who of ['tenantAdmin', 'lineManager', 'otherStaff', 'platformAdmin'] as const) {
      const answers = await sweep(who, ['programmes', 'matching']);
      const inData = answers.map((a) => ({ ...a, text: JSON.stringify((JSON.parse(a.text) as GqlResult).data ?? null) }));
      // eligibleStaff names who could take part (identity data), not who did.
      expect(found(inData.filter((a) => a.field !== 'eligibleStaff'), names)).toEqual([]);
      count(rule, who, answers.length);
    }
  });

  it('a concern goes to the support contact and the person who raised it only; the coordinator learns the fact', async () => {
    const rule = 'concern content: raiser and support contact only';
    const mine = await call('mentee', `query { myConcerns { id details } }`);
    expect(mine.data!.myConcerns).toEqual(expect.arrayContaining([{ id: t.ids.concernId, details: t.ids.concernText }]));
    const routed = await call('supportContact', `query { supportConcerns { id details } }`);
    expect(routed.data!.supportConcerns).toEqual(expect.arrayContaining([{ id: t.ids.concernId, details: t.ids.concernText }]));
    count(rule, 'mentee');
    count(rule, 'supportContact');
    const failures: string[] = [];
    for (const who of ['mentor', 'coordinator', 'tenantAdmin', 'lineManager', 'researcher', 'platformAdmin', 'otherStaff', 'otherMentor'] as const) {
      const answers = await sweep(who, ['programmes', 'matching']);
      for (const leak of found(answers, [t.ids.concernText])) failures.push(`${who}: ${leak}`);
      // Nor can they act on it (a refused mutation: the concern stays open).
      const close = await call(who, `mutation($id: ID!) { closeConcern(id: $id) { id details status } }`, { id: t.ids.concernId });
      if (!REFUSALS.has(codeOf(close) ?? '')) failures.push(`${who}: closeConcern answered ${codeOf(close) ?? JSON.stringify(close.data)}`);
      if (JSON.stringify(close).includes(t.ids.concernText)) failures.push(`${who}: closeConcern returned the text`);
      count(rule, who, answers.length + 1);
    }
    expect(failures).toEqual([]);
    const meta = await call('coordinator', `query($id: ID!) { relationship(id: $id) { openConcerns } }`, { id: t.ids.relationshipId });
    expect(meta.data!.relationship.openConcerns).toBeGreaterThanOrEqual(1);
  });

  it("participation is hidden from managers: the mentee's line manager cannot learn that the mentee applied or is in a duo", async () => {
    const rule = 'participation hidden from the line manager';
    const participation = () => [
      t.staffIds.mentee,
      t.ids.menteeApplicationId,
      t.ids.relationshipId,
      t.ids.endedRelationshipId,
      t.ids.menteeProposalId,
      ...t.ids.matchedRelationshipIds.split(','),
      `Mentee motivation ${t.code}`,
    ];
    // Positive control: the coordinator's sweep does find the mentee's participation.
    const coordinator = await sweep('coordinator', ['programmes', 'matching']);
    expect(found(coordinator, [t.staffIds.mentee, t.ids.menteeApplicationId, t.ids.relationshipId, `Mentee motivation ${t.code}`]).length).toBeGreaterThanOrEqual(4);
    // The line manager, through every query of every module that has a case: only ids they sent may come back, in errors.
    const answers = await sweep('lineManager', ['identity', 'programmes', 'matching', 'training', 'evaluation']);
    const inData = answers.map((a) => ({ ...a, text: JSON.stringify((JSON.parse(a.text) as GqlResult).data ?? null) }));
    const programmeAnswers = inData.filter((a) => matrix.rows.get(a.field)?.module === 'programmes' || matrix.rows.get(a.field)?.module === 'matching');
    const otherAnswers = inData.filter((a) => !programmeAnswers.includes(a));
    // In programmes and matching even the mentee's staff id must not appear; elsewhere (identity knows
    // the line manager's own team) nothing that says the mentee applied or has a duo.
    expect(found(programmeAnswers, participation())).toEqual([]);
    expect(found(otherAnswers, participation().slice(1))).toEqual([]);
    count(rule, 'lineManager', answers.length);
  });

  it('the tenant admin gets aggregates (the dashboard), not the list of duos', async () => {
    const rule = 'tenant admin: aggregates only';
    const dash = await call('tenantAdmin', `query($id: ID!) { cohortDashboard(cohortId: $id) { ${selection(schema.getType('CohortDashboard') as GraphQLObjectType, 2)} } }`, { id: t.ids.cohortId });
    expect(dash.data!.cohortDashboard).toMatchObject({ cohortId: t.ids.cohortId, activeDuos: 1, openConcerns: expect.any(Number), meetings: expect.any(Number) });
    expect(dash.data!.cohortDashboard.meetings).toBeGreaterThanOrEqual(1);
    const duoList = ['relationships', 'relationship', 'duosNeedingAttention', 'applications', 'application', 'checkIns', 'matchRuns', 'matchRun'];
    const answers = await sweep('tenantAdmin', ['programmes', 'matching']);
    const failures: string[] = [];
    for (const q of duoList) {
      const a = answers.find((x) => x.field === q);
      if (!a) failures.push(`${q}: not swept`);
      else if (!a.code || !REFUSALS.has(a.code)) failures.push(`${q} answered ${a.code ?? 'with data'}`);
    }
    // Who is paired with whom, or who applied, appears nowhere in their answers (eligibleStaff names
    // who could take part, from identity data: staff ids are checked everywhere else).
    const duoIds = [t.ids.relationshipId, t.ids.endedRelationshipId, ...t.ids.matchedRelationshipIds.split(','), t.ids.menteeApplicationId, t.ids.mentorApplicationId, t.ids.menteeProposalId, t.ids.mentorProposalId];
    const staffIds = [t.staffIds.mentor, t.staffIds.mentee];
    const inData = answers.map((a) => ({ ...a, text: JSON.stringify((JSON.parse(a.text) as GqlResult).data ?? null) }));
    failures.push(...found(inData, [...duoIds, ...content(), t.ids.concernText]));
    failures.push(...found(inData.filter((a) => a.field !== 'eligibleStaff'), staffIds));
    expect(failures).toEqual([]);
    count(rule, 'tenantAdmin', answers.length + 1);
  });
});
