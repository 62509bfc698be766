import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { addDays } from '@m4pris/platform-core';
import { RelationshipClosed, RelationshipStarted } from '@m4pris/programmes-contracts';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from '../platform.js';
import { eventually, inviteAndActivate, ok, seedTenant, type StaffSeed } from '../fixtures.js';
import { writeSuiteReport } from '@m4pris/testing';

/**
 * DOMAIN.md "Confidentiality" for evaluation and training, through the API as each role meets it:
 *
 * 1. survey answers are pseudonymous: researchers get responses under participant codes, never a
 *    name, staff id or email (their answers and exports are searched for every one of the tenant);
 * 2. respondents see their own scores, and nobody else's;
 * 3. coordinators and tenant admins (management) get aggregates only: k ≥ 5 per cell, ≥ 10 for the
 *    sensitive figures (reliable-change shares), complementary suppression;
 * 4. training's pre/post questionnaires and satisfaction are kept without the learner and reported
 *    only as aggregates with the same minimum cell size (and completion rates likewise);
 * 5. participation is not visible to the mentee's line manager.
 *
 * One tenant: a coordinator, a tenant admin, a researcher, the line manager of mentee `e1`, six
 * mentors (`m1..m6`) and six mentees (`e1..e6`) in three institutions (8 / 2 / 2 participants).
 * Programme P1: six duos, baseline and closure completed by all twelve. Programme P2: one mentor
 * with three mentees and one with three (mentor pairs 2, mentee pairs 6).
 */

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const INVITATIONS = `query { mySurveyInvitations { id programmeId wave state } }`;
const SAVE = `mutation($input: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $input) { state } }`;
const SCORES = `query { mySurveyScores { invitationId wave instrumentCode score value } }`;
const REPORT = `query($input: PrePostReportInput!) { prePostReport(input: $input) { cells { instrumentCode score group pairs suppressed preMean postMean meanChange pValue dz reliablyImproved reliablyDeteriorated } } }`;
const EXPORT = `query($input: SurveyExportInput!) { surveyExport(input: $input) { header csv rows total nextOffset } }`;
const FLOW = `query($id: ID!) { surveyResponseFlow(programmeId: $id) { waves { wave invited notStarted started completed expired } attrition { instrumentCode score suppressed completers } } }`;
const OUTCOMES = `query($id: ID!) { programmeOutcomes(programmeId: $id) { duosFormed activeDuos closedDuos retention { months mentees comparison } } }`;
const CODEBOOK = `query($id: ID!) { surveyCodebook(programmeId: $id) { csv variables } }`;
const PROGRAMMES = `query { evaluationProgrammes { programmeId relationships hasPlan } }`;
const FEEDBACK = `query($id: ID!) { courseFeedbackReport(courseId: $id) { minCellSize pre { respondents meanScore suppressed } post { respondents meanScore suppressed } satisfaction { questionId respondents mean suppressed } } }`;
const TRAINING_REPORT = `query($g: TrainingReportGrouping!, $c: ID) { trainingReport(groupBy: $g, courseId: $c) { minCellSize rows { courseId groupId enrolled completed completionRate suppressed } } }`;

const who5 = (raw: number) => [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'WHO5', itemId: `who5_${i}`, value: Math.floor(raw / 5) + (i <= raw % 5 ? 1 : 0) }));
const WAVES = [
  { kind: 'BASELINE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 28, remindBeforeDueDays: 7 },
  { kind: 'CLOSURE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 28, remindBeforeDueDays: 7 },
];

type Role = 'researcher' | 'coordinator' | 'tenantAdmin' | 'respondent' | 'otherRespondent' | 'lineManager' | 'platformAdmin';
/** Rules × roles checked, for the suite report (filled as the checks run). */
const checked = new Map<string, Set<Role>>();
const mark = (rule: string, ...roles: Role[]) => roles.forEach((r) => (checked.get(rule) ?? checked.set(rule, new Set()).get(rule)!).add(r));
const RULES = {
  pseudonymous: '1. survey answers pseudonymous to researchers',
  ownScores: '2. respondents see their own scores only',
  aggregates: '3. management: aggregates, k ≥ 5 / ≥ 10, complementary suppression',
  training: '4. training pre/post, satisfaction, completion: aggregates only',
  lineManager: "5. participation not visible to the mentee's line manager",
};

describe('confidentiality of evaluation and training (DOMAIN.md) through the API', () => {
  let p: TestPlatform;
  let admin: string;
  let tenantId: string;
  const tokens: Record<string, string> = {};
  const staffIds: Record<string, string> = {};
  /** Every staff id, name and email of the tenant: none may reach a researcher. */
  const identifying: string[] = [];
  const P1 = randomUUID();
  const P2 = randomUUID();
  const code = `conf${Date.now().toString(36)}`;
  const today = new Date().toISOString().slice(0, 10);
  /** What each respondent answered (raw WHO-5) per programme and wave. */
  const answered = new Map<string, number>();
  let courseId = '';
  const e1 = { enrolmentId: '', invitations: [] as string[] };

  const call = (query: string, variables: Record<string, unknown>, token?: string) => gql(p.url, query, variables, token);

  async function answerWave(key: string, programmeId: string, wave: string, raw: number) {
    const id = await eventually(async () => {
      const r = await ok(call(INVITATIONS, {}, tokens[key]));
      const inv = (r.mySurveyInvitations as { id: string; programmeId: string; wave: string; state: string }[]).find((i) => i.programmeId === programmeId && i.wave === wave && i.state !== 'COMPLETED');
      if (!inv) throw new Error(`${key}: no open ${wave} of ${programmeId}`);
      return inv.id;
    });
    const r = await ok(call(SAVE, { input: { invitationId: id, answers: who5(raw), submit: true } }, tokens[key]));
    expect(r.saveSurveyAnswers.state).toBe('COMPLETED');
    answered.set(`${key}/${programmeId}/${wave}`, raw);
    if (key === 'e1') e1.invitations.push(id);
  }

  async function run(programmeId: string, duos: [string, string][], raws: (i: number, role: 'mentor' | 'mentee') => [number, number]) {
    await ok(call(`mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { id } }`, { input: { programmeId, waves: WAVES } }, tokens.researcher));
    const rels = duos.map(([m, e]) => ({ tenantId, programmeId, cohortId: randomUUID(), relationshipId: randomUUID(), mentorStaffId: staffIds[m], menteeStaffId: staffIds[e] }));
    for (const r of rels) await p.publish(RelationshipStarted, { ...r, on: addDays(today, -60), plannedEndOn: today, proposalId: null });
    for (const r of rels) await p.publish(RelationshipClosed, { ...r, on: today });
    const done = new Set<string>();
    for (const [i, [m, e]] of duos.entries()) {
      for (const [key, role] of [
        [m, 'mentor'],
        [e, 'mentee'],
      ] as const) {
        if (done.has(key)) continue;
        done.add(key);
        const [pre, post] = raws(i, role);
        await answerWave(key, programmeId, 'BASELINE', pre);
        await answerWave(key, programmeId, 'CLOSURE', post);
      }
    }
  }

  beforeAll(async () => {
    p = await startPlatform('in-process', { modules: ['identity', 'training', 'evaluation'] });
    admin = (await ok(call(LOGIN, { input: p.admin }))).login.accessToken;
    const staff: StaffSeed[] = [
      { key: 'lineManager', hiredDaysAgo: 5000, supervisesOthers: true },
      ...[1, 2, 3, 4, 5, 6].map((i) => ({ key: `m${i}`, hiredDaysAgo: 3000 + i })),
      { key: 'e1', hiredDaysAgo: 40, lineManagerKey: 'lineManager' },
      { key: 'e2', hiredDaysAgo: 41 },
      { key: 'e3', hiredDaysAgo: 42, institution: 'second' as const },
      { key: 'e4', hiredDaysAgo: 43, institution: 'second' as const },
    ];
    const s = await seedTenant(p, admin, code, staff);
    tenantId = s.tenantId;
    Object.assign(tokens, s.tokens);
    Object.assign(staffIds, s.staffIds);
    // A third institution with two mentees (cells of 8 / 2 / 2 participants).
    const third = await ok(call(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId, name: `${code} third`, kind: 'ADULT', region: 'South' } }, admin));
    for (const key of ['e5', 'e6']) {
      const st = await ok(
        call(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
          input: { tenantId, firstName: key, lastName: code, email: `${key}@${code}.test`, position: 'Prison officer', supervisesOthers: false, hiredOn: addDays(today, -44), joinedInstitutionOn: addDays(today, -44), institutionId: third.createInstitution.id, languages: ['en'] },
        }, admin),
      );
      staffIds[key] = st.createStaff.id;
      await inviteAndActivate(p.url, tokens.tenantAdmin!, { staffId: staffIds[key], email: `${key}@${code}.test` });
      tokens[key] = (await ok(call(LOGIN, { input: { email: `${key}@${code}.test`, password: 'a long enough password 1' } }))).login.accessToken;
    }
    await inviteAndActivate(p.url, tokens.tenantAdmin!, { email: `researcher@${code}.test`, tenantId, role: 'RESEARCHER' });
    tokens.researcher = (await ok(call(LOGIN, { input: { email: `researcher@${code}.test`, password: 'a long enough password 1' } }))).login.accessToken;
    // Staff ids, full names ("<key> <code>"), emails, and the last name every one of them shares.
    for (const [key, id] of Object.entries(staffIds)) identifying.push(id, `${key} ${code}`, `${key}@${code}.test`);
    identifying.push(code);
    // Staff profiles (institutions of the participant codes) reach the other modules as events.
    await new Promise((r) => setTimeout(r, 1000));

    // P1: six duos, everyone improves a little (mentees more), all twelve complete both waves.
    await run(
      P1,
      [1, 2, 3, 4, 5, 6].map((i) => [`m${i}`, `e${i}`]),
      (i, role) => (role === 'mentor' ? [14 + i, 15 + i + (i % 2)] : [8 + i, 12 + i + (i % 3)]),
    );
    // P2: m1 mentors e1..e3, m2 mentors e4..e6.
    await run(
      P2,
      [
        ['m1', 'e1'],
        ['m1', 'e2'],
        ['m1', 'e3'],
        ['m2', 'e4'],
        ['m2', 'e5'],
        ['m2', 'e6'],
      ],
      (i, role) => (role === 'mentor' ? [16, 18] : [9 + i, 13 + i]),
    );

    // Training: the mentor course; the six mentors and e1, e5, e6 enrol; six answer the pre
    // questionnaire, three the post one and the satisfaction questions.
    const adopted = await ok(call(`mutation { adoptDefaultCourse(input: { key: MENTOR_CORE }) { id assessment { id options { id } } satisfaction { id } } }`, {}, tokens.coordinator));
    courseId = adopted.adoptDefaultCourse.id;
    const assessment = adopted.adoptDefaultCourse.assessment as { id: string; options: { id: string }[] }[];
    const satisfaction = adopted.adoptDefaultCourse.satisfaction as { id: string }[];
    for (const [i, key] of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'e1', 'e5', 'e6'].entries()) {
      const e = await ok(call(`mutation($input: EnrolInput!) { enrol(input: $input) { id } }`, { input: { courseId } }, tokens[key]));
      if (key === 'e1') e1.enrolmentId = e.enrol.id;
      const answers = assessment.map((q, j) => ({ questionId: q.id, optionId: q.options[(i + j) % q.options.length].id }));
      if (i < 6) await ok(call(`mutation($input: SubmitCourseAssessmentInput!) { submitCourseAssessment(input: $input) { score } }`, { input: { enrolmentId: e.enrol.id, phase: 'PRE', answers } }, tokens[key]));
      if (i < 3) {
        await ok(call(`mutation($input: SubmitCourseAssessmentInput!) { submitCourseAssessment(input: $input) { score } }`, { input: { enrolmentId: e.enrol.id, phase: 'POST', answers } }, tokens[key]));
        await ok(call(`mutation($input: SubmitCourseSatisfactionInput!) { submitCourseSatisfaction(input: $input) }`, { input: { enrolmentId: e.enrol.id, answers: satisfaction.map((q) => ({ questionId: q.id, value: 4 })) } }, tokens[key]));
      }
    }
  }, 600_000);

  afterAll(async () => {
    const roles: Role[] = ['researcher', 'coordinator', 'tenantAdmin', 'respondent', 'otherRespondent', 'lineManager', 'platformAdmin'];
    writeSuiteReport({
      suite: '41-confidentiality-evaluation',
      title: 'Confidentiality of evaluation and training (DOMAIN.md)',
      tried: { rules: Object.keys(RULES).length, roles: roles.length, 'rule × role checks': [...checked.values()].reduce((a, s) => a + s.size, 0), respondents: 12, 'survey responses': answered.size, 'identifying strings searched': identifying.length },
      held: [
        'Researchers get survey responses, reports and exports under participant codes only: none of the tenant’s staff ids, names or emails appears in them.',
        'A respondent sees their own scores (the values they answered); no other respondent, coordinator or line manager sees them.',
        'Coordinators and tenant admins get aggregates only: cells under 5 pairs are suppressed (figures null), cells of 5 or more shown, reliable-change shares only from 10 pairs, and a second cell is hidden when exactly one is (complementary suppression).',
        'Training pre/post and satisfaction answers are reported only as aggregates from 5 respondents; completion rates by institution are suppressed under 5 with their complement.',
        "The mentee's line manager sees none of the mentee's survey invitations, scores, enrolments or certificates, and no report.",
      ],
      tables: [
        {
          caption: 'Rules × roles checked',
          headers: ['rule', ...roles],
          rows: Object.values(RULES).map((rule) => [rule, ...roles.map((r) => (checked.get(rule)?.has(r) ? 'checked' : '—'))]),
        },
      ],
    });
    await p?.close();
  });

  const leaks = (text: string) => identifying.filter((s) => text.includes(s));

  it('1. researchers get responses under participant codes, never names, staff ids or emails', async () => {
    const seen: string[] = [];
    for (const programmeId of [P1, P2]) {
      for (const wave of ['BASELINE', 'CLOSURE']) {
        for (const form of ['LONG', 'WIDE']) {
          const r = await ok(call(EXPORT, { input: { programmeId, wave, form } }, tokens.researcher));
          expect(r.surveyExport.total).toBe(programmeId === P1 ? 12 : 8);
          seen.push(JSON.stringify(r));
          // one row per response under a participant code
          const codes = new Set((r.surveyExport.csv as string).split('\n').filter(Boolean).map((l) => l.split(',')[0]));
          if (form === 'WIDE') expect(codes.size).toBe(programmeId === P1 ? 12 : 8);
          for (const c of codes) expect(c).toMatch(/^P[A-Z2-9]{10}$/);
        }
      }
      for (const [q, v] of [
        [REPORT, { input: { programmeId, breakdown: 'INSTITUTION' } }],
        [REPORT, { input: { programmeId, breakdown: 'ROLE' } }],
        [FLOW, { id: programmeId }],
        [OUTCOMES, { id: programmeId }],
        [CODEBOOK, { id: programmeId }],
        [PROGRAMMES, {}],
      ] as const) {
        seen.push(JSON.stringify(await ok(call(q, v, tokens.researcher))));
      }
    }
    const all = seen.join('\n');
    // the answers are there (the rule is about who, not what) ...
    expect(all).toMatch(/P[A-Z2-9]{10},mentee,DK,/);
    expect(all).toContain('who5_percent');
    // ... and no staff id, name or email of the tenant
    expect(leaks(all)).toEqual([]);
    mark(RULES.pseudonymous, 'researcher');
    // nobody else gets the pseudonymised rows either
    for (const role of ['coordinator', 'tenantAdmin', 'e1'] as const) {
      expect(codeOf(await call(EXPORT, { input: { programmeId: P1, wave: 'BASELINE', form: 'LONG' } }, tokens[role]))).toBe('FORBIDDEN');
    }
    expect(codeOf(await call(EXPORT, { input: { programmeId: P1, wave: 'BASELINE', form: 'LONG' } }, admin))).toBe('FORBIDDEN');
    mark(RULES.pseudonymous, 'coordinator', 'tenantAdmin', 'respondent', 'platformAdmin');
  });

  it('2. respondents see their own scores, and nobody else does', async () => {
    const mine = await ok(call(SCORES, {}, tokens.e1));
    const raw = (mine.mySurveyScores as { invitationId: string; wave: string; score: string; value: number }[]).filter((s) => s.score === 'raw');
    // exactly e1's four completed surveys (two programmes × baseline and closure), with the values e1 gave
    expect(raw.map((s) => s.value).sort((a, b) => a - b)).toEqual([...answered].filter(([k]) => k.startsWith('e1/')).map(([, v]) => v).sort((a, b) => a - b));
    expect(new Set(raw.map((s) => s.invitationId))).toEqual(new Set(e1.invitations));
    mark(RULES.ownScores, 'respondent');
    // another respondent sees only theirs; e1's invitations look missing to them
    const other = await ok(call(SCORES, {}, tokens.e2));
    expect(other.mySurveyScores.length).toBeGreaterThan(0);
    expect(other.mySurveyScores.some((s: { invitationId: string }) => e1.invitations.includes(s.invitationId))).toBe(false);
    for (const who of ['e2', 'coordinator', 'lineManager', 'm1']) {
      const r = await call(`query($id: ID!) { mySurveyInvitation(id: $id) { id items { value } } }`, { id: e1.invitations[0] }, tokens[who]);
      expect([who, codeOf(r), r.data]).toEqual([who, 'NOT_FOUND', null]);
    }
    mark(RULES.ownScores, 'otherRespondent', 'coordinator', 'lineManager');
    // roles without a staff record have no scores to see, and get nobody's
    for (const role of ['researcher', 'tenantAdmin'] as const) expect(codeOf(await call(SCORES, {}, tokens[role]))).toBe('FORBIDDEN');
    expect(codeOf(await call(SCORES, {}, admin))).toBe('FORBIDDEN');
    mark(RULES.ownScores, 'researcher', 'tenantAdmin', 'platformAdmin');
  });

  /** A day passes for answers kept from managers until their day closes (docs/disclosure-control.md). */
  async function aDayPasses() {
    const c = new pg.Client({ connectionString: p.databaseUrl });
    await c.connect();
    try {
      await c.query(`update evaluation.survey_response set completed_on = to_char(completed_on::date - 1, 'YYYY-MM-DD') where completed_on is not null`);
      await c.query(`update training.feedback_response set submitted_on = submitted_on - 1`);
    } finally {
      await c.end();
    }
  }

  it('3. management gets aggregates only: k ≥ 5, ≥ 10 for sensitive figures, complementary suppression', async () => {
    await aDayPasses();
    for (const role of ['coordinator', 'tenantAdmin'] as const) {
      // managers get the overall cells (frozen releases); breakdowns are checked on the researcher's view
      const cell = async (programmeId: string, breakdown: string | null, group: string | null) => {
        const r = await ok(call(REPORT, { input: { programmeId, ...(breakdown ? { breakdown } : {}) } }, breakdown ? tokens.researcher : tokens[role]));
        return (r.prePostReport.cells as Record<string, unknown>[]).find((c) => c.score === 'raw' && c.group === group)!;
      };
      const managerBreakdown = await ok(call(REPORT, { input: { programmeId: P1, breakdown: 'INSTITUTION' } }, tokens[role]));
      expect((managerBreakdown.prePostReport.cells as { group: string | null }[]).every((c) => c.group === null)).toBe(true);
      // P1 overall: 12 pairs, shown, and (≥ 10) with reliable-change shares
      const overall = await cell(P1, null, null);
      expect(overall).toMatchObject({ pairs: 12, suppressed: false });
      expect(typeof overall.meanChange).toBe('number');
      expect(typeof overall.reliablyImproved).toBe('number');
      // by role: 6 and 6, shown, but under 10 the reliable-change shares are withheld
      const mentees = await cell(P1, 'ROLE', 'mentee');
      expect(mentees).toMatchObject({ pairs: 6, suppressed: false, reliablyImproved: null, reliablyDeteriorated: null });
      expect(typeof mentees.meanChange).toBe('number');
      // by institution (8 / 2 / 2): the two small cells hold 4 < 5 together, so the cell of 8 is
      // hidden too — otherwise overall (12) − 8 would give the combined figure of those 4 people
      // (issue 14, several hidden cells; the earlier one-complement rule showed the 8)
      const r = await ok(call(REPORT, { input: { programmeId: P1, breakdown: 'INSTITUTION' } }, tokens.researcher));
      const groups = (r.prePostReport.cells as { score: string; group: string | null; pairs: number | null; suppressed: boolean; meanChange: number | null; preMean: number | null }[]).filter((c) => c.score === 'raw' && c.group);
      expect(groups).toHaveLength(3);
      for (const g of groups) expect([g.suppressed, g.pairs, g.meanChange, g.preMean]).toEqual([true, null, null, null]);
      // P2 by role: mentors 2 pairs (hidden), so the mentees' 6 are hidden too (complementary): the
      // mentors' figures cannot be derived as overall − mentees
      const p2 = await ok(call(REPORT, { input: { programmeId: P2, breakdown: 'ROLE' } }, tokens.researcher));
      const p2cells = (p2.prePostReport.cells as { score: string; group: string | null; pairs: number | null; suppressed: boolean; meanChange: number | null }[]).filter((c) => c.score === 'raw');
      expect(p2cells.find((c) => c.group === null)).toMatchObject({ pairs: 8, suppressed: false });
      expect(p2cells.filter((c) => c.group).map((c) => [c.group, c.suppressed, c.pairs, c.meanChange])).toEqual([
        ['mentee', true, null, null],
        ['mentor', true, null, null],
      ]);
      // and no individual response for management: no export, no names in what they get
      expect(codeOf(await call(EXPORT, { input: { programmeId: P1, wave: 'BASELINE', form: 'WIDE' } }, tokens[role]))).toBe('FORBIDDEN');
      expect(leaks(JSON.stringify([overall, r, p2]))).toEqual([]);
      mark(RULES.aggregates, role);
    }
    // respondents and the line manager get no aggregates at all
    for (const who of ['e1', 'm1', 'lineManager']) expect(codeOf(await call(REPORT, { input: { programmeId: P1 } }, tokens[who]))).toBe('FORBIDDEN');
    expect(codeOf(await call(REPORT, { input: { programmeId: P1 } }, admin))).toBe('FORBIDDEN');
    mark(RULES.aggregates, 'respondent', 'lineManager', 'platformAdmin');
  });

  it('4. training pre/post and satisfaction (and completion) are reported only as aggregates from 5', async () => {
    for (const role of ['coordinator', 'tenantAdmin'] as const) {
      const r = await ok(call(FEEDBACK, { id: courseId }, tokens[role]));
      const f = r.courseFeedbackReport;
      // six pre questionnaires: shown; three post and three satisfaction answers: suppressed
      expect(f.pre).toMatchObject({ respondents: 6, suppressed: false });
      expect(typeof f.pre.meanScore).toBe('number');
      expect(f.post).toEqual({ respondents: null, meanScore: null, suppressed: true });
      expect(f.satisfaction.length).toBeGreaterThan(0);
      for (const s of f.satisfaction) expect([s.respondents, s.mean, s.suppressed]).toEqual([null, null, true]);
      // completion by institution: main 7, third 2 → the 2 is hidden and so is its complement
      const byInst = await ok(call(TRAINING_REPORT, { g: 'INSTITUTION', c: courseId }, tokens[role]));
      const rows = byInst.trainingReport.rows as { enrolled: number | null; suppressed: boolean }[];
      expect(rows).toHaveLength(2);
      expect(rows.every((x) => x.suppressed && x.enrolled === null)).toBe(true);
      const byCourse = await ok(call(TRAINING_REPORT, { g: 'COURSE', c: courseId }, tokens[role]));
      expect(byCourse.trainingReport.rows).toEqual([expect.objectContaining({ enrolled: 9, suppressed: false })]);
      expect(leaks(JSON.stringify([f, byInst, byCourse]))).toEqual([]);
      mark(RULES.training, role);
    }
    // learners and researchers get no training aggregates; a learner sees only their own result
    for (const who of ['m1', 'e1', 'lineManager', 'researcher']) expect(codeOf(await call(FEEDBACK, { id: courseId }, tokens[who]))).toBe('FORBIDDEN');
    const own = await ok(call(`query { myEnrolments { id progress { preAssessmentDone postAssessmentDone } } }`, {}, tokens.m1));
    expect(own.myEnrolments).toEqual([expect.objectContaining({ progress: { preAssessmentDone: true, postAssessmentDone: true } })]);
    mark(RULES.training, 'respondent', 'lineManager', 'researcher');
  });

  it("5. participation is not visible to the mentee's line manager", async () => {
    const lm = tokens.lineManager;
    const answers: GqlResult[] = [];
    const expectCode = async (q: string, v: Record<string, unknown>, code: string) => {
      const r = await call(q, v, lm);
      answers.push(r);
      expect([q.slice(0, 50), codeOf(r)]).toEqual([q.slice(0, 50), code]);
    };
    // evaluation: e1's invitations and scores, the programme reports
    await expectCode(`query($id: ID!) { mySurveyInvitation(id: $id) { id } }`, { id: e1.invitations[0] }, 'NOT_FOUND');
    await expectCode(REPORT, { input: { programmeId: P1 } }, 'FORBIDDEN');
    await expectCode(PROGRAMMES, {}, 'FORBIDDEN');
    await expectCode(FLOW, { id: P1 }, 'FORBIDDEN');
    // training: e1's enrolment, the enrolment list, the reports
    await expectCode(`query($id: ID!) { enrolment(id: $id) { id status } }`, { id: e1.enrolmentId }, 'NOT_FOUND');
    await expectCode(`query($f: EnrolmentFilter) { enrolments(filter: $f) { items { id } } }`, { f: { staffId: staffIds.e1 } }, 'FORBIDDEN');
    await expectCode(TRAINING_REPORT, { g: 'COURSE', c: courseId }, 'FORBIDDEN');
    // their own views hold only their own (empty) participation
    const mine = await ok(call(`query { mySurveyInvitations { id } mySurveyScores { invitationId } myEnrolments { id } myCertificates { id } }`, {}, lm));
    expect(mine).toEqual({ mySurveyInvitations: [], mySurveyScores: [], myEnrolments: [], myCertificates: [] });
    const text = JSON.stringify([answers, mine]);
    for (const s of [staffIds.e1, e1.enrolmentId, ...e1.invitations]) expect(text).not.toContain(s);
    // while e1 does take part
    expect((await ok(call(`query { myEnrolments { id } mySurveyInvitations { id } }`, {}, tokens.e1))).myEnrolments).toHaveLength(1);
    mark(RULES.lineManager, 'lineManager');
  });
});
