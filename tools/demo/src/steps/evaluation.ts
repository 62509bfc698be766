import { createRandom } from '../dataset.js';
import type { GraphQLClient } from '../graphql-client.js';
import { pollUntil, type DemoStep, type TenantRun } from './step.js';

/*
 * Evaluation demo: a researcher gives every programme (known to the evaluation module from the
 * programmes events) a survey plan; the simulated mentors and mentees answer their baseline and
 * closure invitations (mentees improve, mentors a little; about one in five drops out before
 * closure); then the paired pre/post report is printed. Idempotent: a plan is saved once, and only
 * open invitations are answered.
 */

const PROGRAMMES = `query EvaluationProgrammes { evaluationProgrammes { programmeId relationships hasPlan } }`;
const SAVE_PLAN = `mutation SaveSurveyPlan($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { id version } }`;
const STAFF = `query Staff($filter: StaffFilter, $page: PageInput) { staff(filter: $filter, page: $page) { total items { email accountStatus } } }`;
const MY_INVITATIONS = `query MySurveyInvitations { mySurveyInvitations { id wave role state instruments } }`;
const INVITATION = `query MySurveyInvitation($id: ID!) { mySurveyInvitation(id: $id) { id items { instrumentCode itemId responseMin responseMax value } } }`;
const SAVE_ANSWERS = `mutation SaveSurveyAnswers($input: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $input) { state } }`;
const REPORT = `query PrePostReport($input: PrePostReportInput!) { prePostReport(input: $input) {
  cells { instrumentCode score group pairs suppressed meanChange ciLow ciHigh pValue wilcoxonP dz gz reliablyImproved } } }`;
const EXPORT_TOTAL = `query SurveyExport($input: SurveyExportInput!) { surveyExport(input: $input) { total } }`;

const WAVES = ['BASELINE', 'MIDPOINT', 'CLOSURE', 'FOLLOW_UP'] as const;

const PLAN_WAVES = [
  { kind: 'BASELINE', mentorInstruments: ['WHO5', 'GSE'], menteeInstruments: ['WHO5', 'GSE', 'M4P_INTEGRATION', 'M4P_CONFIDENCE'], dueWithinDays: 21, remindBeforeDueDays: 7 },
  { kind: 'CLOSURE', mentorInstruments: ['WHO5', 'GSE', 'M4P_SATISFACTION'], menteeInstruments: ['WHO5', 'GSE', 'M4P_INTEGRATION', 'M4P_CONFIDENCE', 'M4P_SATISFACTION'], dueWithinDays: 21, remindBeforeDueDays: 7 },
  { kind: 'FOLLOW_UP', mentorInstruments: [], menteeInstruments: ['WHO5'], dueWithinDays: 30, remindBeforeDueDays: 7, monthsAfterEnd: 6 },
];

/** One row of the report the demo prints and `--json` carries (the lead wires `report` into main.ts). */
export interface EvaluationReportRow {
  tenant: string;
  programmeId: string;
  instrument: string;
  subscale: string;
  pairs: number | null;
  meanChange: number | null;
  pValue: number | null;
  dz: number | null;
  suppressed: boolean;
}

interface Cell {
  instrumentCode: string;
  score: string;
  group: string | null;
  pairs: number | null;
  suppressed: boolean;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  wilcoxonP: number | null;
  dz: number | null;
  gz: number | null;
  reliablyImproved: number | null;
}

interface Item {
  instrumentCode: string;
  itemId: string;
  responseMin: number;
  responseMax: number;
  value: number | null;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** A normal deviate from a seeded generator (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Survey attrition: ~10 % never start the baseline, ~30 % let the closure survey expire (≈ 90 % and ≈ 70 % answer). */
export const NEVER_START_BASELINE = 0.1;
export const CLOSURE_DROP_OUT = 0.3;

/**
 * Answers for one respondent: a latent level on the 0–1 scale per instrument, shifted at closure
 * (mentees +0.12 on average, mentors +0.04), each item the level plus noise, rounded into range.
 */
function simulate(random: () => number, items: Item[], level: number, improvement: number) {
  return items.map((it) => {
    const span = it.responseMax - it.responseMin;
    const v = it.responseMin + clamp(level + improvement + 0.12 * normal(random), 0, 1) * span;
    return { instrumentCode: it.instrumentCode, itemId: it.itemId, value: Math.round(clamp(v, it.responseMin, it.responseMax)) };
  });
}

async function activeStaffEmails(t: TenantRun): Promise<string[]> {
  const emails: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const { staff } = await t.admin.request<{ staff: { total: number; items: { email: string; accountStatus: string }[] } }>(STAFF, {
      filter: { tenantId: t.tenantId, includeLeft: true },
      page: { offset, limit: 200 },
    });
    emails.push(...staff.items.filter((s) => s.accountStatus.toUpperCase() === 'ACTIVE').map((s) => s.email.toLowerCase()));
    if (offset + 200 >= staff.total) return emails;
  }
}

async function programmesOf(client: GraphQLClient) {
  return (await client.request<{ evaluationProgrammes: { programmeId: string; relationships: number; hasPlan: boolean }[] }>(PROGRAMMES)).evaluationProgrammes;
}

/** The paired baseline → closure report of every programme of the tenant, per instrument and subscale. */
export async function evaluationReport(t: TenantRun): Promise<EvaluationReportRow[]> {
  const researcher = await t.asResearcher();
  const rows: EvaluationReportRow[] = [];
  for (const p of await programmesOf(researcher)) {
    const { prePostReport } = await researcher.request<{ prePostReport: { cells: Cell[] } }>(REPORT, { input: { programmeId: p.programmeId } });
    for (const c of prePostReport.cells.filter((x) => x.group === null)) {
      rows.push({ tenant: t.spec.key, programmeId: p.programmeId, instrument: c.instrumentCode, subscale: c.score, pairs: c.pairs, meanChange: c.meanChange, pValue: c.pValue, dz: c.dz, suppressed: c.suppressed });
    }
  }
  return rows;
}

const PROGRAMME_COHORTS = `query($p: ID!) { cohorts(filter: { programmeId: $p }, page: { limit: 200 }) { items { id } } }`;
const ENDED_DUOS = `query($c: ID!, $s: RelationshipState) { relationships(cohortId: $c, state: $s, page: { limit: 1 }) { total } }`;
const FLOW = `query($p: ID!) { surveyResponseFlow(programmeId: $p) { waves { wave invited } } }`;

/**
 * Evaluation hears that a duo closed or ended from programmes' events, a moment after programmes
 * answered; the closure survey is issued then. A pilot-size run whose people looked for their
 * surveys right after the plan was saved found most closure surveys not issued yet (every duo of
 * the spring intake closes on the demo's last day) and answered almost none. Waits (up to 90 s)
 * until evaluation has issued a closure survey to both people of every duo programmes has closed or
 * ended early.
 */
async function closureSurveysIssued(t: TenantRun, researcher: GraphQLClient, programmeId: string): Promise<void> {
  const coord = await t.asCoordinator();
  const { cohorts } = await coord.request<{ cohorts: { items: { id: string }[] } }>(PROGRAMME_COHORTS, { p: programmeId });
  let ended = 0;
  for (const c of cohorts.items) {
    for (const s of ['CLOSED', 'ENDED_EARLY']) ended += (await coord.request<{ relationships: { total: number } }>(ENDED_DUOS, { c: c.id, s })).relationships.total;
  }
  let invited = 0;
  const issued = await pollUntil(async () => {
    const { surveyResponseFlow } = await researcher.request<{ surveyResponseFlow: { waves: { wave: string; invited: number | null }[] } }>(FLOW, { p: programmeId });
    invited = surveyResponseFlow.waves.find((w) => w.wave === 'CLOSURE')?.invited ?? 0;
    return invited >= 2 * ended;
  }, 90_000);
  if (!issued) t.log(`evaluation: ${invited} closure surveys issued of ${2 * ended} expected; people answer what is open`);
}

const fmt = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));

export const evaluationStep: DemoStep = {
  module: 'evaluation',

  async run(t: TenantRun): Promise<void> {
    const researcher = await t.asResearcher();
    const programmes = await programmesOf(researcher);
    if (programmes.length === 0) {
      t.log('evaluation: no programme has relationships yet (the programmes step publishes them); nothing to survey');
      return;
    }
    for (const p of programmes.filter((x) => !x.hasPlan)) {
      await researcher.request(SAVE_PLAN, { input: { programmeId: p.programmeId, waves: PLAN_WAVES } });
      t.log(`evaluation: survey plan for programme ${p.programmeId.slice(0, 8)} (${p.relationships} duos): baseline, closure, 6-month follow-up`);
    }
    for (const p of programmes) await closureSurveysIssued(t, researcher, p.programmeId);
    // Each person answers as themself, several people at a time. Their random numbers come from a
    // generator of their own, seeded in a fixed order here, so the answers do not depend on the order
    // the requests finish in.
    const people = (await activeStaffEmails(t)).sort().map((email) => ({ email, random: createRandom(Math.floor(t.random() * 2 ** 32)) }));
    t.log(`evaluation: ${people.length} people with an account look for open surveys (${Math.round((1 - NEVER_START_BASELINE) * 100)} % answer the baseline, ${Math.round((1 - CLOSURE_DROP_OUT) * 100)} % the closure)`);
    let answered = 0;
    let droppedOut = 0;
    let done = 0;
    await t.parallel(people, async ({ email, random }) => {
      const me = await t.asStaff(email);
      const { mySurveyInvitations } = await me.request<{ mySurveyInvitations: { id: string; wave: string; role: string; state: string }[] }>(MY_INVITATIONS);
      const open = mySurveyInvitations.filter((i) => i.state === 'OPEN' || i.state === 'STARTED');
      // The person's latent well-being/efficacy level (0–1), stable across their waves.
      const level = clamp(0.5 + 0.15 * normal(random), 0.1, 0.9);
      for (const inv of open.sort((a, b) => WAVES.indexOf(a.wave as (typeof WAVES)[number]) - WAVES.indexOf(b.wave as (typeof WAVES)[number]))) {
        const skip = random();
        if (inv.wave === 'BASELINE' && skip < NEVER_START_BASELINE) continue; // never started
        if (inv.wave === 'CLOSURE' && skip < CLOSURE_DROP_OUT) {
          droppedOut++;
          continue; // drop-out: the closure survey is left to expire
        }
        const { mySurveyInvitation } = await me.request<{ mySurveyInvitation: { items: Item[] } }>(INVITATION, { id: inv.id });
        const improvement = inv.wave === 'BASELINE' ? 0 : inv.role === 'MENTEE' ? 0.12 + 0.08 * normal(random) : 0.04 + 0.05 * normal(random);
        const answers = simulate(random, mySurveyInvitation.items, level, improvement);
        // Half the respondents save part of the survey first and resume later.
        if (random() < 0.5) await me.request(SAVE_ANSWERS, { input: { invitationId: inv.id, answers: answers.slice(0, 3), submit: false } });
        await me.request(SAVE_ANSWERS, { input: { invitationId: inv.id, answers, submit: true } });
        answered++;
      }
      if (++done % 50 === 0) t.log(`evaluation: ${done}/${people.length} people done, ${answered} responses so far`);
    });
    t.log(`evaluation: ${answered} survey responses submitted, ${droppedOut} closure surveys left to expire`);
    for (const row of await evaluationReport(t)) {
      t.log(
        `evaluation report ${row.instrument}/${row.subscale}: ${row.suppressed ? `suppressed` : `pairs ${row.pairs}, mean change ${fmt(row.meanChange)}, p ${fmt(row.pValue, 4)}, d_z ${fmt(row.dz)}`}`,
      );
    }
  },

  async totals(t: TenantRun): Promise<Record<string, number>> {
    const researcher = await t.asResearcher();
    let surveyResponses = 0;
    let surveyPlans = 0;
    for (const p of await programmesOf(researcher)) {
      if (!p.hasPlan) continue;
      surveyPlans++;
      for (const wave of WAVES) {
        const { surveyExport } = await researcher.request<{ surveyExport: { total: number } }>(EXPORT_TOTAL, { input: { programmeId: p.programmeId, wave, form: 'WIDE', limit: 1 } });
        surveyResponses += surveyExport.total;
      }
    }
    return { surveyPlans, surveyResponses };
  },
};
