import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EventDef } from '@m4pris/platform-core';
import { RelationshipClosed, RelationshipEndedEarly, RelationshipStarted } from '@m4pris/programmes-contracts';
import { describeWithNats } from '@m4pris/testing';
import { codeOf, gql, startPlatform, type Mode, type TestPlatform } from './platform.js';
import { firstAdmin, inviteAndActivate } from './fixtures.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const MY_INVITATIONS = `query { mySurveyInvitations { id wave state instruments itemCount answered } }`;
const MY_INVITATIONS_P = `query { mySurveyInvitations { id programmeId wave state } }`;
const FLOW = `query($id: ID!) { surveyResponseFlow(programmeId: $id) { waves { wave invited notStarted started completed expired remindersDue } } }`;
const SAVE = `mutation($input: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $input) { state answered } }`;
const REPORT = `query($input: PrePostReportInput!) { prePostReport(input: $input) { breakdown cells { instrumentCode score group pairs suppressed preMean postMean meanChange pValue dz } } }`;
const EXPORT = `query($input: SurveyExportInput!) { surveyExport(input: $input) { header csv rows total nextOffset } }`;

/** Waits until `check` passes (events reach the service asynchronously over NATS). */
async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached');
}

function journey(mode: Mode) {
  let p: TestPlatform;
  let admin: string;
  let researcher: string;
  let coordinator: string;
  let otherResearcher: string;
  const tenants: Record<string, string> = {};
  const duos: { relationshipId: string; mentor: { id: string; token: string }; mentee: { id: string; token: string } }[] = [];
  const programmeId = randomUUID();
  const cohortId = randomUUID();

  const publish = <P extends object>(def: EventDef<P>, payload: P & { tenantId: string }) =>
    p.publish(def, payload);

  /** A day passes for the survey answers: every completion date moves one day back (keeps their order). */
  async function aDayPasses() {
    const c = new pg.Client({ connectionString: p.databaseUrl });
    await c.connect();
    try {
      await c.query(`update evaluation.survey_response set completed_on = to_char(completed_on::date - 1, 'YYYY-MM-DD') where completed_on is not null`);
    } finally {
      await c.end();
    }
  }
  let instA = '';
  let target: { relationshipId: string; mentor: { id: string; token: string }; mentee: { id: string; token: string } };

  /** Each tenant's first administrator (the platform admin grants nothing else inside a tenant). */
  const tenantAdmins: Record<string, string> = {};
  const adminOf = async (tenantId: string) => (tenantAdmins[tenantId] ??= await firstAdmin(p.url, admin, tenantId, `first-admin-${tenantId}@admins.test`));

  async function account(tenantId: string, email: string, role?: string): Promise<string> {
    const ta = await adminOf(tenantId);
    return (await inviteAndActivate(p.url, ta, { email, tenantId, ...(role ? { role } : {}) }, 'a long enough password')).accessToken;
  }

  async function staff(tenantId: string, institutionId: string, email: string, hiredOn: string): Promise<{ id: string; token: string }> {
    const s = await gql(
      p.url,
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
      { input: { tenantId, institutionId, email, firstName: 'Test', lastName: email.split('@')[0], hiredOn, joinedInstitutionOn: hiredOn, languages: ['da'], position: 'officer', supervisesOthers: false } },
      admin,
    );
    expect(s.errors).toBeUndefined();
    const id = s.data!.createStaff.id as string;
    return { id, token: (await inviteAndActivate(p.url, await adminOf(tenantId), { staffId: id, email }, 'a long enough password')).accessToken };
  }

  const who5 = (raw: number) => [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'WHO5', itemId: `who5_${i}`, value: Math.floor(raw / 5) + (i <= raw % 5 ? 1 : 0) }));

  async function answer(token: string, wave: string, raw: number) {
    const list = await eventually(
      () => gql(p.url, MY_INVITATIONS, {}, token),
      (r) => Boolean(r.data?.mySurveyInvitations.some((i: { wave: string }) => i.wave === wave)),
    );
    const inv = list.data!.mySurveyInvitations.find((i: { wave: string }) => i.wave === wave);
    const saved = await gql(p.url, SAVE, { input: { invitationId: inv.id, answers: who5(raw), submit: true } }, token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveSurveyAnswers.state).toBe('COMPLETED');
  }

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'evaluation'] });
    admin = (await gql(p.url, LOGIN, { input: p.admin })).data!.login.accessToken;
    for (const [key, country] of [
      ['dk', 'DK'],
      ['pt', 'PT'],
    ] as const) {
      const t = await gql(
        p.url,
        `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`,
        { input: { code: `${key}-eval-${mode}`, name: `Tenant ${country}`, country, defaultLocale: 'en', enabledModules: ['identity', 'evaluation'] } },
        admin,
      );
      tenants[key] = t.data!.createTenant.id;
    }
    const inst = await gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId: tenants.dk, name: 'Prison A', kind: 'ADULT', region: 'North' } }, admin);
    instA = inst.data!.createInstitution.id as string;
    researcher = await account(tenants.dk, `researcher.${mode}@dk.test`, 'RESEARCHER');
    coordinator = await account(tenants.dk, `coordinator.${mode}@dk.test`, 'COORDINATOR');
    otherResearcher = await account(tenants.pt, `researcher.${mode}@pt.test`, 'RESEARCHER');
    for (let i = 0; i < 5; i++) {
      duos.push({
        relationshipId: randomUUID(),
        mentor: await staff(tenants.dk, inst.data!.createInstitution.id, `mentor${i}.${mode}@dk.test`, '2012-01-01'),
        mentee: await staff(tenants.dk, inst.data!.createInstitution.id, `mentee${i}.${mode}@dk.test`, '2026-01-01'),
      });
    }
    target = {
      relationshipId: randomUUID(),
      mentor: await staff(tenants.dk, inst.data!.createInstitution.id, `mentor-t.${mode}@dk.test`, '2012-01-01'),
      mentee: await staff(tenants.dk, inst.data!.createInstitution.id, `mentee-t.${mode}@dk.test`, '2026-01-01'),
    };
  }, 120_000);
  afterAll(async () => {
    await p?.close();
  });

  it('a researcher designs the survey plan; relationship.started events issue baseline invitations', async () => {
    const plan = await gql(
      p.url,
      `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { version waves { kind menteeInstruments } } }`,
      {
        input: {
          programmeId,
          waves: [
            { kind: 'BASELINE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 },
            { kind: 'CLOSURE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 },
          ],
        },
      },
      researcher,
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.saveSurveyPlan.waves[0].menteeInstruments).toEqual(['WHO5']);
    expect(codeOf(await gql(p.url, `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { version } }`, { input: { programmeId, waves: [] } }, coordinator))).toBe('FORBIDDEN');
    const today = new Date().toISOString().slice(0, 10);
    for (const d of [...duos, target]) {
      await publish(RelationshipStarted, { tenantId: tenants.dk, programmeId, cohortId, relationshipId: d.relationshipId, mentorStaffId: d.mentor.id, menteeStaffId: d.mentee.id, on: today, plannedEndOn: '2030-01-01', proposalId: null });
    }
    const list = await eventually(
      () => gql(p.url, MY_INVITATIONS, {}, duos[0].mentee.token),
      (r) => r.data?.mySurveyInvitations.length === 1,
    );
    expect(list.data!.mySurveyInvitations[0]).toMatchObject({ wave: 'BASELINE', state: 'OPEN', instruments: ['WHO5'], itemCount: 5 });
    // What do I do next: the open survey, due on its due date, linked into the app; nobody else's.
    const invitation = (await gql(p.url, `query { mySurveyInvitations { id dueOn } }`, {}, duos[0].mentee.token)).data!.mySurveyInvitations[0];
    const tasks = await gql(p.url, `query { me { tasks { kind dueOn link subject { id } } } }`, {}, duos[0].mentee.token);
    expect(tasks.data!.me.tasks).toEqual(expect.arrayContaining([{ kind: 'SURVEY', dueOn: invitation.dueOn, link: `/surveys/${invitation.id}`, subject: null }]));
    expect((await gql(p.url, `query { me { tasks { kind } } }`, {}, researcher)).data!.me.tasks).toEqual([]);
  });

  it('validates every answer with a typed error naming the field', async () => {
    const list = await gql(p.url, MY_INVITATIONS, {}, duos[0].mentor.token);
    const bad = await gql(p.url, SAVE, { input: { invitationId: list.data!.mySurveyInvitations[0].id, answers: [{ instrumentCode: 'WHO5', itemId: 'who5_1', value: 9 }], submit: false } }, duos[0].mentor.token);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('answers[0].value');
    // someone else's invitation looks missing
    expect(codeOf(await gql(p.url, `query($id: ID!) { mySurveyInvitation(id: $id) { id } }`, { id: list.data!.mySurveyInvitations[0].id }, duos[1].mentee.token))).toBe('NOT_FOUND');
  });

  it('respondents answer baseline and closure; each sees only their own scores', async () => {
    for (const [i, d] of duos.entries()) {
      await answer(d.mentor.token, 'BASELINE', 14 + i);
      await answer(d.mentee.token, 'BASELINE', 9 + i);
    }
    for (const d of duos) {
      await publish(RelationshipClosed, { tenantId: tenants.dk, programmeId, cohortId, relationshipId: d.relationshipId, mentorStaffId: d.mentor.id, menteeStaffId: d.mentee.id, on: new Date().toISOString().slice(0, 10) });
    }
    for (const [i, d] of duos.entries()) {
      await answer(d.mentor.token, 'CLOSURE', 15 + i);
      await answer(d.mentee.token, 'CLOSURE', 13 + i + (i % 2));
    }
    const scores = await gql(p.url, `query { mySurveyScores { wave instrumentCode score value signpost } }`, {}, duos[0].mentee.token);
    expect(scores.data!.mySurveyScores).toEqual(
      expect.arrayContaining([
        { wave: 'BASELINE', instrumentCode: 'WHO5', score: 'raw', value: 9, signpost: true },
        { wave: 'CLOSURE', instrumentCode: 'WHO5', score: 'percent', value: 52, signpost: false },
      ]),
    );
  });

  it('coordinators get frozen, suppressed aggregates only; breakdowns are the researcher’s', async () => {
    // today's answers are not released to managers until the day has closed
    const sameDay = await gql(p.url, REPORT, { input: { programmeId } }, coordinator);
    expect(sameDay.data!.prePostReport.cells.find((c: { score: string }) => c.score === 'percent')).toMatchObject({ suppressed: true, pairs: null });
    await aDayPasses();
    const overall = await gql(p.url, REPORT, { input: { programmeId } }, coordinator);
    expect(overall.errors).toBeUndefined();
    const percent = overall.data!.prePostReport.cells.find((c: { score: string }) => c.score === 'percent');
    expect(percent).toMatchObject({ group: null, pairs: 10, suppressed: false });
    expect(percent.meanChange).toBeCloseTo(((1 + 1 + 1 + 1 + 1) * 4 + (4 + 5 + 4 + 5 + 4) * 4) / 10, 6);
    const managerByRole = await gql(p.url, REPORT, { input: { programmeId, breakdown: 'ROLE' } }, coordinator);
    expect(managerByRole.data!.prePostReport.breakdown).toBeNull();
    expect(managerByRole.data!.prePostReport.cells.every((c: { group: string | null }) => c.group === null)).toBe(true);
    const byRole = await gql(p.url, REPORT, { input: { programmeId, breakdown: 'ROLE' } }, researcher);
    const raw = byRole.data!.prePostReport.cells.filter((c: { score: string; group: string | null }) => c.score === 'raw' && c.group);
    expect(raw.map((c: { group: string; pairs: number }) => [c.group, c.pairs])).toEqual([
      ['mentee', 5],
      ['mentor', 5],
    ]);
    // no individual response for coordinators: no export, no respondent view of anyone's survey
    expect(codeOf(await gql(p.url, EXPORT, { input: { programmeId, wave: 'BASELINE', form: 'WIDE' } }, coordinator))).toBe('FORBIDDEN');
    expect(await gql(p.url, MY_INVITATIONS, {}, coordinator)).toMatchObject({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] });
    // a respondent sees no aggregates
    expect(codeOf(await gql(p.url, REPORT, { input: { programmeId } }, duos[0].mentee.token))).toBe('FORBIDDEN');
  });

  it('researchers export pseudonymised CSV (long and wide); another tenant gets NOT_FOUND', async () => {
    const wide = await gql(p.url, EXPORT, { input: { programmeId, wave: 'CLOSURE', form: 'WIDE', limit: 4 } }, researcher);
    expect(wide.errors).toBeUndefined();
    expect(wide.data!.surveyExport).toMatchObject({ rows: 4, total: 10, nextOffset: 4 });
    const long = await gql(p.url, EXPORT, { input: { programmeId, wave: 'BASELINE', form: 'LONG' } }, researcher);
    expect(long.data!.surveyExport.header.trim()).toBe('participant,role,country,institution,wave,completed_period,instrument,variable,kind,value');
    const csv = wide.data!.surveyExport.csv + long.data!.surveyExport.csv;
    for (const d of duos) {
      expect(csv).not.toContain(d.mentor.id);
      expect(csv).not.toContain(d.mentee.id);
    }
    expect(csv).not.toMatch(/@dk\.test|Test/);
    expect(csv).toMatch(/^P[A-Z2-9]{10},(mentor|mentee),DK,/m);
    const codebook = await gql(p.url, `query($id: ID!) { surveyCodebook(programmeId: $id) { variables csv } }`, { id: programmeId }, researcher);
    expect(codebook.data!.surveyCodebook.csv).toContain('who5_percent');
    expect(codeOf(await gql(p.url, REPORT, { input: { programmeId } }, otherResearcher))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, EXPORT, { input: { programmeId, wave: 'BASELINE', form: 'WIDE' } }, otherResearcher))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, EXPORT, { input: { programmeId, wave: 'BASELINE', form: 'WIDE' } }, admin))).toBe('FORBIDDEN');
  });

  it('replays the differencing attack (issue 14): read, end a duo, the mentee answers, read again — nothing to subtract', async () => {
    const cell = (r: { data?: { prePostReport: { cells: { score: string; group: string | null }[] } } | null }) => r.data!.prePostReport.cells.find((c) => c.score === 'raw' && c.group === null) as unknown as { pairs: number; preMean: number; postMean: number; suppressed: boolean };
    await answer(target.mentee.token, 'BASELINE', 10);
    await aDayPasses();
    const before = cell(await gql(p.url, REPORT, { input: { programmeId } }, coordinator));
    const liveBefore = cell(await gql(p.url, REPORT, { input: { programmeId } }, researcher));
    // the coordinator ends the target's duo (its closure wave opens) and waits for her answer
    await publish(RelationshipEndedEarly, { tenantId: tenants.dk, programmeId, cohortId, relationshipId: target.relationshipId, mentorStaffId: target.mentor.id, menteeStaffId: target.mentee.id, on: new Date().toISOString().slice(0, 10), reason: 'workload', rematchRequested: false, notAFit: false });
    await answer(target.mentee.token, 'CLOSURE', 5);
    await aDayPasses();
    const after = cell(await gql(p.url, REPORT, { input: { programmeId } }, coordinator));
    const liveAfter = cell(await gql(p.url, REPORT, { input: { programmeId } }, researcher));
    // without the protection (the live figures of the same data) the difference is her baseline 10 and closure 5
    expect(liveAfter.pairs).toBe(liveBefore.pairs + 1);
    expect(liveAfter.pairs * liveAfter.preMean - liveBefore.pairs * liveBefore.preMean).toBeCloseTo(10, 9);
    expect(liveAfter.pairs * liveAfter.postMean - liveBefore.pairs * liveBefore.postMean).toBeCloseTo(5, 9);
    // the coordinator's release has not moved
    expect(before.suppressed).toBe(false);
    expect(after).toEqual(before);
  });

  it('replays the response-flow attack (issue 14): remindersDue past every reminder date gives no hidden count back', async () => {
    // A second programme whose baseline opened 15 days ago (due in 6 days, reminders from yesterday):
    // 15 mentees invited; 6 never open it, 3 start it, 6 complete it. The hidden `started` (3) and
    // its complement would come back as remindersDue − notStarted and invited − remindersDue − expired.
    const flowProgramme = randomUUID();
    const flowCohort = randomUUID();
    const plan = await gql(
      p.url,
      `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { version } }`,
      { input: { programmeId: flowProgramme, waves: [{ kind: 'BASELINE', mentorInstruments: [], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 }] } },
      researcher,
    );
    expect(plan.errors).toBeUndefined();
    const opened = new Date(Date.now() - 15 * 86_400_000).toISOString().slice(0, 10);
    const people = [...duos.flatMap((d) => [d.mentor, d.mentee]), target.mentor, target.mentee];
    const respondents = people.slice(0, 9); // 3 start, 6 complete
    const silent = Array.from({ length: 6 }, () => ({ id: randomUUID(), token: '' })); // never open it
    for (const mentee of [...respondents, ...silent])
      await publish(RelationshipStarted, { tenantId: tenants.dk, programmeId: flowProgramme, cohortId: flowCohort, relationshipId: randomUUID(), mentorStaffId: randomUUID(), menteeStaffId: mentee.id, on: opened, plannedEndOn: '2027-12-31', proposalId: null });
    for (const [i, who] of respondents.entries()) {
      const list = await eventually(
        () => gql(p.url, MY_INVITATIONS_P, {}, who.token),
        (r) => Boolean(r.data?.mySurveyInvitations.some((inv: { programmeId: string }) => inv.programmeId === flowProgramme)),
      );
      const inv = list.data!.mySurveyInvitations.find((x: { programmeId: string }) => x.programmeId === flowProgramme);
      const answers = i < 3 ? who5(12).slice(0, 2) : who5(12);
      const saved = await gql(p.url, SAVE, { input: { invitationId: inv.id, answers, submit: i >= 3 } }, who.token);
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveSurveyAnswers.state).toBe(i < 3 ? 'STARTED' : 'COMPLETED');
    }
    // Scheduled today, the invitations are due in 21 days; the survey opened 15 days ago, so as on
    // its 15th day they are due in 6 and were due a reminder yesterday (time passes in the database,
    // as in aDayPasses).
    const c = new pg.Client({ connectionString: p.databaseUrl });
    await c.connect();
    try {
      const shifted = await c.query(`update evaluation.invitation set due_on = to_char(due_on::date - 15, 'YYYY-MM-DD'), remind_on = to_char(remind_on::date - 15, 'YYYY-MM-DD') where programme_id = $1`, [flowProgramme]);
      expect(shifted.rowCount).toBe(15);
    } finally {
      await c.end();
    }
    type WaveFlow = { wave: string; invited: number | null; notStarted: number | null; started: number | null; completed: number | null; expired: number | null; remindersDue: number | null };
    /** The attack: with remindersDue shown and every invitation past its reminder date, remindersDue = notStarted + started. */
    const recovered = (w: WaveFlow) => (w.remindersDue !== null && w.notStarted !== null && w.invited !== null && w.expired !== null ? { started: w.remindersDue - w.notStarted, completed: w.invited - w.remindersDue - w.expired } : null);
    for (const reader of [coordinator, await adminOf(tenants.dk)]) {
      const flow = await eventually(
        () => gql(p.url, FLOW, { id: flowProgramme }, reader),
        (r) => r.data?.surveyResponseFlow.waves[0]?.invited === 15,
      );
      expect(flow.errors).toBeUndefined();
      const baseline = flow.data!.surveyResponseFlow.waves[0] as WaveFlow;
      expect(baseline).toMatchObject({ wave: 'BASELINE', invited: 15, started: null, expired: 0 });
      // what a manager may see: not started 6 or completed 6 (one of the two hides with started)
      expect([baseline.notStarted, baseline.completed].filter((n) => n !== null)).toEqual([6]);
      // the hidden states hold at least k together, and remindersDue does not split them
      const hidden = (['notStarted', 'started', 'completed'] as const).filter((k) => baseline[k] === null);
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      expect(baseline.remindersDue).toBeNull();
      expect(recovered(baseline)).toBeNull();
    }
    // the same figures the attack reads, as the truth would give them: the attack is real
    expect(recovered({ wave: 'BASELINE', invited: 15, notStarted: 6, started: null, completed: null, expired: 0, remindersDue: 9 })).toEqual({ started: 3, completed: 6 });
  }, 180_000);

  it('replays the several-hidden-cells attack (issue 14): two hidden cells of 3 and 1 pairs are not recovered from the total', async () => {
    // A third programme: 6 mentees in prison A, 3 in prison B, 1 in prison C answer baseline and
    // closure. The researcher's breakdown by institution: B (3) and C (1) are under k = 5; hiding
    // only them would let the total minus A give their combined mean change over 4 people.
    const cellsProgramme = randomUUID();
    const cellsCohort = randomUUID();
    const plan = await gql(
      p.url,
      `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { version } }`,
      {
        input: {
          programmeId: cellsProgramme,
          waves: [
            { kind: 'BASELINE', mentorInstruments: [], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 },
            { kind: 'CLOSURE', mentorInstruments: [], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 },
          ],
        },
      },
      researcher,
    );
    expect(plan.errors).toBeUndefined();
    const institution = async (name: string) =>
      (await gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId: tenants.dk, name, kind: 'ADULT', region: 'South' } }, admin)).data!.createInstitution.id as string;
    const instB = await institution(`Prison B ${mode}`);
    const instC = await institution(`Prison C ${mode}`);
    const inA = [...duos.map((d) => d.mentee), target.mentee];
    type Person = { id: string; token: string };
    const inB: Person[] = [];
    for (let i = 0; i < 3; i++) inB.push(await staff(tenants.dk, instB, `cells-b${i}.${mode}@dk.test`, '2026-01-01'));
    const inC = [await staff(tenants.dk, instC, `cells-c0.${mode}@dk.test`, '2026-01-01')];
    // WHO5 raw scores (baseline → closure): A changes 2 3 1 3 1 2 (mean 2), B 5 6 2, C 9 (B ∪ C: 22 over 4, mean 5.5)
    const pairsA: [number, number][] = [[10, 12], [11, 14], [12, 13], [13, 16], [14, 15], [15, 17]];
    const pairsB: [number, number][] = [[8, 13], [9, 15], [10, 12]];
    const scores = new Map<Person, [number, number]>([...inA.map((m, i): [Person, [number, number]] => [m, pairsA[i]!]), ...inB.map((m, i): [Person, [number, number]] => [m, pairsB[i]!]), [inC[0]!, [7, 16]]]);
    const relationshipOf = new Map([...scores.keys()].map((m) => [m, randomUUID()]));
    const mentorOf = new Map([...scores.keys()].map((m) => [m, randomUUID()]));
    const answerIn = async (who: { token: string }, wave: string, raw: number) => {
      const list = await eventually(
        () => gql(p.url, `query { mySurveyInvitations { id programmeId wave state } }`, {}, who.token),
        (r) => Boolean(r.data?.mySurveyInvitations.some((inv: { programmeId: string; wave: string }) => inv.programmeId === cellsProgramme && inv.wave === wave)),
      );
      const inv = list.data!.mySurveyInvitations.find((x: { programmeId: string; wave: string }) => x.programmeId === cellsProgramme && x.wave === wave);
      const saved = await gql(p.url, SAVE, { input: { invitationId: inv.id, answers: who5(raw), submit: true } }, who.token);
      expect(saved.errors).toBeUndefined();
    };
    const today = new Date().toISOString().slice(0, 10);
    for (const m of scores.keys())
      await publish(RelationshipStarted, { tenantId: tenants.dk, programmeId: cellsProgramme, cohortId: cellsCohort, relationshipId: relationshipOf.get(m)!, mentorStaffId: mentorOf.get(m)!, menteeStaffId: m.id, on: today, plannedEndOn: '2030-01-01', proposalId: null });
    for (const [m, [pre]] of scores) await answerIn(m, 'BASELINE', pre);
    for (const m of scores.keys())
      await publish(RelationshipClosed, { tenantId: tenants.dk, programmeId: cellsProgramme, cohortId: cellsCohort, relationshipId: relationshipOf.get(m)!, mentorStaffId: mentorOf.get(m)!, menteeStaffId: m.id, on: today });
    for (const [m, [, post]] of scores) await answerIn(m, 'CLOSURE', post);

    type C = { score: string; group: string | null; pairs: number | null; suppressed: boolean; meanChange: number | null };
    const report = await eventually(
      () => gql(p.url, REPORT, { input: { programmeId: cellsProgramme, breakdown: 'INSTITUTION' } }, researcher),
      (r) => Boolean(r.data?.prePostReport.cells.some((c: C) => c.score === 'raw' && c.group === null && c.pairs === 10)),
    );
    expect(report.errors).toBeUndefined();
    const raw = (report.data!.prePostReport.cells as C[]).filter((c) => c.score === 'raw');
    const overall = raw.find((c) => c.group === null)!;
    expect(overall).toMatchObject({ pairs: 10, suppressed: false });
    expect(overall.meanChange).toBeCloseTo(3.4, 9);
    const groups = raw.filter((c) => c.group !== null);
    expect(groups.map((c) => c.group).sort()).toEqual([instA, instB, instC].sort());

    /** The attack: the total minus every shown group is the hidden groups' combined change, over that many people. */
    const attack = (cells: { pairs: number; meanChange: number; suppressed: boolean }[], total: { pairs: number; meanChange: number }) => {
      const shown = cells.filter((c) => !c.suppressed);
      const people = total.pairs - shown.reduce((n, c) => n + c.pairs, 0);
      return { people, meanChange: (total.pairs * total.meanChange - shown.reduce((n, c) => n + c.pairs * c.meanChange, 0)) / people };
    };
    // Protected: A is hidden with B and C (they held 4 < k together), so the hidden cells hold all 10
    // people — the attack gives back only the overall figure, never a figure about fewer than k.
    expect(groups.every((c) => c.suppressed && c.pairs === null && c.meanChange === null)).toBe(true);
    const recovered = attack(groups.map((c) => ({ pairs: c.pairs ?? 0, meanChange: c.meanChange ?? 0, suppressed: c.suppressed })), { pairs: overall.pairs!, meanChange: overall.meanChange! });
    expect(recovered.people).toBeGreaterThanOrEqual(5);
    expect(recovered.people).toBe(10);
    // Protection removed (complementary suppression only when exactly one cell is hidden: two are, so
    // A's cell of 6 would be shown): A's figure from the same answers, with the API's own total, gives
    // B and C's combined mean change over 4 people exactly.
    const change = (ms: Person[]) => ms.reduce((n, m) => n + scores.get(m)![1] - scores.get(m)![0], 0) / ms.length;
    const unprotected = [
      { pairs: 6, meanChange: change(inA), suppressed: false },
      { pairs: 3, meanChange: change(inB), suppressed: true },
      { pairs: 1, meanChange: change(inC), suppressed: true },
    ];
    const leaked = attack(unprotected, { pairs: overall.pairs!, meanChange: overall.meanChange! });
    expect(leaked.people).toBe(4);
    expect(leaked.meanChange).toBeCloseTo(change([...inB, ...inC]), 9);
    expect(leaked.meanChange).toBeCloseTo(5.5, 9);
  }, 180_000);
}

describe('evaluation over GraphQL (in-process bus)', () => journey('in-process'));
describeWithNats('evaluation over GraphQL (NATS)', () => journey('nats'));
