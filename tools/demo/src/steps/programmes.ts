import { addDays, createRandom } from '../dataset.js';
import { GraphQLRequestError, type GraphQLClient } from '../graphql-client.js';
import type { DemoStep, StaffSpec, TenantRun } from './step.js';
import { demoMentorEmails } from './training.js';

/*
 * Programmes demo: per tenant a programme with its policy, a spring cohort that has been running for
 * about eleven weeks (duos formed by hand, meeting logs with realistic gaps, a few concerns, early
 * endings and closures) and an autumn cohort in matching with accepted applications (the matching
 * step forms its duos when the matching module is served; otherwise the coordinator does, by hand).
 */

const PROGRAMMES = `query($tenantId: ID) { programmes(tenantId: $tenantId, page: { limit: 200 }) { items { id name } } }`;
const CREATE_PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`;
const COHORTS = `query($filter: CohortFilter) { cohorts(filter: $filter, page: { limit: 200 }) { total items { id name state } } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id state } }`;
const TRANSITION = `mutation($id: ID!, $to: CohortState!) { transitionCohort(cohortId: $id, to: $to) { state } }`;
const MY_APPLICATIONS = `query { myApplications { id cohortId role state } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id state } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(id: $id) { state } }`;
const APPLICATIONS = `query($cohortId: ID!, $page: PageInput) { applications(cohortId: $cohortId, page: $page) { total items { id staffId role state } } }`;
const DECIDE = `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { state } }`;
const RELATIONSHIPS = `query($cohortId: ID!) { relationships(cohortId: $cohortId, page: { limit: 200 }) { total items { id mentorStaffId menteeStaffId state } } }`;
const CREATE_RELATIONSHIP = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id } }`;
const SAVE_AGREEMENT = `mutation($input: SaveAgreementInput!) { saveAgreement(input: $input) { relationshipId } }`;
const ACK = `mutation($id: ID!) { acknowledgeAgreement(relationshipId: $id) { relationshipId } }`;
const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`;
const LOG_MEETING = `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`;
const FIT_CHECK = `mutation($input: AnswerFitCheckInput!) { answerFitCheck(input: $input) { state } }`;
const RAISE_CONCERN = `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`;
const END_EARLY = `mutation($input: EndRelationshipEarlyInput!) { endRelationshipEarly(input: $input) { state } }`;
const CLOSE = `mutation($input: CloseRelationshipInput!) { closeRelationship(input: $input) { state } }`;
const CHECK_IN = `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`;
const ELIGIBLE = `query($id: ID!) { eligibleStaff(cohortId: $id, role: MENTEE, page: { limit: 1 }) { total } }`;
const DASHBOARD = `query($id: ID!) { cohortDashboard(cohortId: $id) { meetings closedDuos } }`;

const PROGRAMME_NAME = 'Newcomer peer mentoring';
const SPRING = 'Spring intake';
const AUTUMN = 'Autumn intake';

interface Row {
  id: string;
  name: string;
  state: string;
}

type Fate = 'steady' | 'drifting' | 'not_a_fit' | 'ended' | 'closed' | 'concern';

const monthsAgo = (today: string, d: string) => (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${d}T00:00:00Z`)) / (30.44 * 86_400_000);

/** Mentees: new to the profession (< 12 months) or transferred into their institution (< 6 months). */
export function demoMenteeEmails(t: TenantRun): string[] {
  const coordinators = new Set(t.spec.coordinatorEmails.map((e) => e.toLowerCase()));
  return t.spec.staff
    .filter((s) => !coordinators.has(s.email.toLowerCase()))
    .filter((s) => monthsAgo(t.today, s.hiredOn) < 11 || (s.joinedInstitutionOn > s.hiredOn && monthsAgo(t.today, s.joinedInstitutionOn) < 5))
    .map((s) => s.email.toLowerCase())
    .sort();
}

/**
 * Mentor candidates: the people the training step trains (`demoMentorEmails`) when training is
 * served — a candidate who dropped out of the course is declined at selection, as the policy then
 * requires training — otherwise staff with at least four years of service; never coordinators.
 */
function mentorCandidates(t: TenantRun): string[] {
  const coordinators = new Set(t.spec.coordinatorEmails.map((e) => e.toLowerCase()));
  if (t.modules.has('training')) return demoMentorEmails(t).filter((e) => !coordinators.has(e));
  return t.spec.staff
    .filter((s) => !coordinators.has(s.email.toLowerCase()) && monthsAgo(t.today, s.hiredOn) >= 48)
    .map((s) => s.email.toLowerCase())
    .sort()
    .slice(0, 10);
}

async function tryRequest<T>(p: Promise<T>, tolerate: string[]): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof GraphQLRequestError && e.errors.some((x) => tolerate.includes(String(x.extensions?.reason ?? x.extensions?.code)))) return null;
    throw e;
  }
}

async function ensureProgramme(t: TenantRun, admin: GraphQLClient): Promise<string> {
  const { programmes } = await admin.request<{ programmes: { items: Row[] } }>(PROGRAMMES, {});
  const found = programmes.items.find((p) => p.name === PROGRAMME_NAME);
  if (found) return found.id;
  const support = [...t.spec.staff].filter((s) => /health|psycholog/i.test(s.position))[0] ?? t.spec.staff[t.spec.staff.length - 1];
  const { createProgramme } = await admin.request<{ createProgramme: { id: string } }>(CREATE_PROGRAMME, {
    input: {
      name: PROGRAMME_NAME,
      description: 'Voluntary peer mentoring for officers new to the profession or to their setting.',
      policy: {
        durationMonths: 6,
        mentorCapacity: 2,
        mentorTrainingRequired: t.modules.has('training'),
        languages: [t.spec.defaultLocale, 'en'].filter((v, i, a) => a.indexOf(v) === i),
        supportContact: { name: 'Occupational health service', howToReach: 'Call the staff support line, weekdays 8–16.', supportStaffId: t.staffIds.get(support.email.toLowerCase()) },
      },
    },
  });
  t.log(`programme "${PROGRAMME_NAME}" created`);
  return createProgramme.id;
}

async function ensureCohort(coord: GraphQLClient, programmeId: string, name: string, startsOn: string, path: string[]): Promise<Row> {
  const { cohorts } = await coord.request<{ cohorts: { items: Row[] } }>(COHORTS, { filter: { programmeId } });
  let cohort = cohorts.items.find((c) => c.name === name);
  if (!cohort) {
    const { createCohort } = await coord.request<{ createCohort: { id: string; state: string } }>(CREATE_COHORT, { input: { programmeId, name, startsOn } });
    cohort = { id: createCohort.id, name, state: createCohort.state };
  }
  const order = ['DRAFT', 'RECRUITING', 'MATCHING', 'RUNNING', 'CLOSING', 'CLOSED'];
  for (const to of path) {
    if (order.indexOf(cohort.state) >= order.indexOf(to)) continue;
    cohort.state = (await coord.request<{ transitionCohort: { state: string } }>(TRANSITION, { id: cohort.id, to })).transitionCohort.state;
  }
  return cohort;
}

const MOTIVATION = {
  mentee: ['I started recently and want someone to ask about the routines.', 'I moved here from another prison and the culture is different.', 'Night shifts are hard and I would like support.'],
  mentor: ['I remember my own first months and want to help.', 'I have trained new colleagues informally for years.', 'I would like to give something back to the team.'],
};

/**
 * Staff reach the programmes module as identity events; right after an import they may still be on
 * their way. Waits (at most ~60 s) until the expected newcomers are eligible.
 */
async function waitForProfiles(t: TenantRun, coord: GraphQLClient, cohortId: string, expected: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const { eligibleStaff } = await coord.request<{ eligibleStaff: { total: number } }>(ELIGIBLE, { id: cohortId });
    if (eligibleStaff.total >= expected) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  t.log(`only part of the staff has reached the programmes module yet; applying with what is there`);
}

/** Applies (as the person) when they have no application to the cohort yet. Returns the application id. */
async function apply(t: TenantRun, email: string, cohortId: string, role: 'MENTEE' | 'MENTOR', random: () => number): Promise<string | null> {
  const me = await t.asStaff(email);
  const { myApplications } = await me.request<{ myApplications: { id: string; cohortId: string; state: string }[] }>(MY_APPLICATIONS);
  const existing = myApplications.find((a) => a.cohortId === cohortId);
  if (existing) return existing.id;
  const spec = t.spec.staff.find((s) => s.email.toLowerCase() === email)!;
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const functions = role === 'MENTOR' ? ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'] : random() < 0.5 ? ['JOB_FAMILIARISATION'] : ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'];
  const r = await tryRequest(
    me.request<{ submitApplication: { id: string } }>(SUBMIT, {
      input: { cohortId, role, motivation: pick(MOTIVATION[role === 'MENTOR' ? 'mentor' : 'mentee']), functions, languages: spec.languages, prefersSameUnit: random() < 0.3, consent: true },
    }),
    ['programmes.NOT_ELIGIBLE'],
  );
  return r?.submitApplication.id ?? null;
}

interface Apps {
  mentees: { id: string; staffId: string }[];
  mentors: { id: string; staffId: string }[];
}

/** Applications and selection for one cohort: one withdrawal, one decline, the rest accepted. */
async function recruit(t: TenantRun, coord: GraphQLClient, cohortId: string, menteeEmails: string[], mentorEmails: string[]): Promise<Apps> {
  // Everyone applies as themself, several at a time; each with random numbers of their own, seeded in order.
  const applicants = [...menteeEmails.map((e) => ({ e, role: 'MENTEE' as const })), ...mentorEmails.map((e) => ({ e, role: 'MENTOR' as const }))].map((a) => ({ ...a, random: createRandom(Math.floor(t.random() * 2 ** 32)) }));
  await t.inviteAhead(applicants.map((a) => a.e));
  await t.parallel(applicants, ({ e, role, random }) => apply(t, e, cohortId, role, random));
  t.log(`${menteeEmails.length} mentees and ${mentorEmails.length} mentors applied`);
  const { applications } = await coord.request<{ applications: { items: { id: string; staffId: string; role: string; state: string }[] } }>(APPLICATIONS, { cohortId, page: { limit: 200 } });
  const items = applications.items;
  // Someone changes their mind: withdrawal without a reason, by the applicant.
  const submittedMentees = items.filter((a) => a.role === 'MENTEE' && a.state === 'SUBMITTED');
  if (submittedMentees.length > 3 && !items.some((a) => a.state === 'WITHDRAWN')) {
    const who = [...t.staffIds].find(([, id]) => id === submittedMentees[0].staffId)![0];
    await (await t.asStaff(who)).request(WITHDRAW, { id: submittedMentees[0].id });
    submittedMentees[0].state = 'WITHDRAWN';
  }
  // Mentors one after another (one of them may be declined, with the tenant's random numbers drawn
  // in order), then the mentees, several at a time (always accepted).
  for (const a of items.filter((x) => x.state === 'SUBMITTED' && x.role === 'MENTOR')) {
    const declineMentor = a.role === 'MENTOR' && !items.some((x) => x.state === 'DECLINED') && t.random() < 0.25;
    if (declineMentor) {
      await coord.request(DECIDE, { input: { applicationId: a.id, decision: 'DECLINE', reason: 'Enough mentors from this unit this round; please apply again next intake.' } });
      a.state = 'DECLINED';
      continue;
    }
    const accepted = await tryRequest(coord.request(DECIDE, { input: { applicationId: a.id, decision: 'ACCEPT' } }), ['programmes.MENTOR_NOT_TRAINED', 'programmes.MENTOR_CRITERIA_NOT_MET']);
    if (accepted) a.state = 'ACCEPTED';
    else {
      await coord.request(DECIDE, { input: { applicationId: a.id, decision: 'DECLINE', reason: 'The mentor course is not completed yet.' } });
      a.state = 'DECLINED';
    }
  }
  await t.parallel(
    items.filter((x) => x.state === 'SUBMITTED' && x.role === 'MENTEE'),
    async (a) => {
      await coord.request(DECIDE, { input: { applicationId: a.id, decision: 'ACCEPT' } });
      a.state = 'ACCEPTED';
    },
  );
  const accepted = items.filter((a) => a.state === 'ACCEPTED');
  return { mentees: accepted.filter((a) => a.role === 'MENTEE'), mentors: accepted.filter((a) => a.role === 'MENTOR') };
}

async function formByHand(coord: GraphQLClient, apps: Apps, capacity: number, startsOn: (menteeStaffId: string) => string | undefined): Promise<number> {
  let formed = 0;
  const load = new Map<string, number>();
  for (const [i, mentee] of apps.mentees.entries()) {
    for (let k = 0; k < apps.mentors.length; k++) {
      const mentor = apps.mentors[(i + k) % apps.mentors.length];
      if ((load.get(mentor.id) ?? 0) >= capacity) continue;
      const r = await tryRequest(
        coord.request(CREATE_RELATIONSHIP, { input: { mentorApplicationId: mentor.id, menteeApplicationId: mentee.id, startsOn: startsOn(mentee.staffId) } }),
        ['programmes.LINE_MANAGER_CONFLICT', 'programmes.MENTOR_AT_CAPACITY', 'programmes.MENTEE_ALREADY_MATCHED'],
      );
      if (r) {
        load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
        formed++;
        break;
      }
    }
  }
  return formed;
}

/** Eleven weeks of a duo's life, as the two people would record it. */
async function history(t: TenantRun, random: () => number, coord: GraphQLClient, rel: { id: string; mentorStaffId: string; menteeStaffId: string }, startedOn: string, fate: Fate): Promise<void> {
  const email = (id: string) => [...t.staffIds].find(([, s]) => s === id)![0];
  const mentor = await t.asStaff(email(rel.mentorStaffId));
  const mentee = await t.asStaff(email(rel.menteeStaffId));
  await mentor.request(SAVE_AGREEMENT, { input: { relationshipId: rel.id, goalsSummary: 'Settle into the shift routine; know who to ask; look after yourself after hard incidents.', cadenceDays: 14 } });
  await mentor.request(ACK, { id: rel.id });
  await mentee.request(ACK, { id: rel.id });
  await mentee.request(ADD_GOAL, { input: { relationshipId: rel.id, title: 'Run the evening count on my own', function: 'JOB_FAMILIARISATION' } });
  await mentee.request(ADD_GOAL, { input: { relationshipId: rel.id, title: 'Find my own way to switch off after a night shift', function: 'PSYCHOSOCIAL' } });
  // Meetings every 8–20 days; a drifting duo stops meeting after a month.
  const stopAfter = fate === 'drifting' ? 30 : fate === 'not_a_fit' ? 8 : 1000;
  let day = 3 + Math.floor(random() * 5);
  let n = 0;
  while (addDays(startedOn, day) <= t.today && day <= stopAfter) {
    const functions = random() < 0.45 ? ['PSYCHOSOCIAL'] : random() < 0.6 ? ['JOB_FAMILIARISATION'] : ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'];
    await (n % 2 === 0 ? mentee : mentor).request(LOG_MEETING, {
      input: { relationshipId: rel.id, heldOn: addDays(startedOn, day), durationMinutes: 20 + Math.floor(random() * 50), duringShift: random() < 0.6, functions, notes: 'Private notes of the duo.' },
    });
    if (n === 0) {
      await mentee.request(FIT_CHECK, { input: { relationshipId: rel.id, answer: fate === 'not_a_fit' ? 'NOT_A_FIT' : 'GOOD_FIT' } });
      if (fate === 'not_a_fit') return;
      await mentor.request(FIT_CHECK, { input: { relationshipId: rel.id, answer: 'GOOD_FIT' } });
    }
    n++;
    day += 8 + Math.floor(random() * 13);
  }
  const checkInOn = addDays(startedOn, 35) < t.today ? addDays(startedOn, 35) : t.today;
  await coord.request(CHECK_IN, { input: { relationshipId: rel.id, on: checkInOn, channel: random() < 0.5 ? 'PHONE' : 'IN_PERSON', outcome: fate === 'drifting' ? 'NO_CONTACT' : 'ON_TRACK' } });
  if (fate === 'concern') await mentee.request(RAISE_CONCERN, { input: { relationshipId: rel.id, category: 'WELLBEING', details: 'Struggling to sleep after a violent incident on the wing.' } });
  if (fate === 'ended') await mentee.request(END_EARLY, { input: { relationshipId: rel.id, reason: 'WORKLOAD', rematch: true } });
  if (fate === 'closed') {
    await mentee.request(CLOSE, { input: { relationshipId: rel.id, reflection: 'I feel at home on the wing now.' } });
    await mentor.request(CLOSE, { input: { relationshipId: rel.id, reflection: 'We reached our goals early.' } });
  }
}

export const programmesStep: DemoStep = {
  module: 'programmes',

  async run(t) {
    const admin = await t.asTenantAdmin();
    const coord = await t.asCoordinator();
    const programmeId = await ensureProgramme(t, admin);
    const mentees = demoMenteeEmails(t);
    const mentors = mentorCandidates(t).filter((e) => !mentees.includes(e));
    const half = Math.ceil(mentees.length / 2);
    const springStart = addDays(t.today, -80);

    // Spring intake: running for eleven weeks, duos formed by hand.
    const spring = await ensureCohort(coord, programmeId, SPRING, springStart, ['RECRUITING']);
    const { relationships: before } = await coord.request<{ relationships: { total: number } }>(RELATIONSHIPS, { cohortId: spring.id });
    if (before.total === 0) {
      await waitForProfiles(t, coord, spring.id, mentees.length);
      const apps = await recruit(t, coord, spring.id, mentees.slice(0, half), mentors.slice(0, Math.ceil(mentors.length / 2)));
      await ensureCohort(coord, programmeId, SPRING, springStart, ['MATCHING']);
      const hired = new Map(t.spec.staff.map((s: StaffSpec) => [t.staffIds.get(s.email.toLowerCase()), s.hiredOn]));
      const startOf = (staffId: string) => {
        const h = hired.get(staffId) ?? springStart;
        const start = addDays(h > springStart ? h : springStart, 7);
        return start > t.today ? t.today : start;
      };
      await formByHand(coord, apps, 2, startOf);
      await ensureCohort(coord, programmeId, SPRING, springStart, ['RUNNING']);
      const { relationships } = await coord.request<{ relationships: { items: { id: string; mentorStaffId: string; menteeStaffId: string }[] } }>(RELATIONSHIPS, { cohortId: spring.id });
      // One duo of each fate, then: most close at their three-month review (goals reached), some keep
      // going, some drift, a few end early — so the closure survey opens for most of the intake.
      const fates: Fate[] = ['steady', 'drifting', 'not_a_fit', 'concern', 'ended', 'closed'];
      const lives = relationships.items.map((rel, i) => {
        const r = t.random();
        const fate: Fate = i < fates.length ? fates[i] : r < 0.6 ? 'closed' : r < 0.85 ? 'steady' : r < 0.95 ? 'drifting' : 'ended';
        return { rel, fate, random: createRandom(Math.floor(t.random() * 2 ** 32)) };
      });
      let recorded = 0;
      await t.parallel(lives, async ({ rel, fate, random }) => {
        await history(t, random, coord, rel, startOf(rel.menteeStaffId), fate);
        if (++recorded % 10 === 0) t.log(`spring intake: ${recorded}/${lives.length} duos' histories recorded`);
      });
      const count = (f: Fate) => lives.filter((l) => l.fate === f).length;
      t.log(
        `spring intake: ${relationships.items.length} duos with ${Math.round((Date.parse(t.today) - Date.parse(springStart)) / 86_400_000)} days of history ` +
          `(${count('closed')} closed, ${count('ended')} ended early, ${count('steady') + count('concern')} running, ${count('drifting')} drifting, ${count('not_a_fit')} not a fit)`,
      );
    }

    // Autumn intake: recruited and selected, now in matching.
    const autumn = await ensureCohort(coord, programmeId, AUTUMN, t.today, ['RECRUITING']);
    if (autumn.state === 'RECRUITING') {
      const apps = await recruit(t, coord, autumn.id, mentees.slice(half), mentors.slice(Math.ceil(mentors.length / 2)));
      await ensureCohort(coord, programmeId, AUTUMN, t.today, ['MATCHING']);
      if (!t.modules.has('matching')) {
        await formByHand(coord, apps, 2, () => undefined);
        await ensureCohort(coord, programmeId, AUTUMN, t.today, ['RUNNING']);
      }
      t.log(`autumn intake: ${apps.mentees.length} mentees and ${apps.mentors.length} mentors accepted${t.modules.has('matching') ? ', ready for matching' : ', duos formed by hand'}`);
    }
  },

  async totals(t) {
    const coord = await t.asCoordinator();
    const { cohorts } = await coord.request<{ cohorts: { total: number; items: Row[] } }>(COHORTS, { filter: {} });
    let applications = 0;
    let relationships = 0;
    let meetings = 0;
    let closedRelationships = 0;
    for (const c of cohorts.items) {
      applications += (await coord.request<{ applications: { total: number } }>(APPLICATIONS, { cohortId: c.id, page: { limit: 1 } })).applications.total;
      relationships += (await coord.request<{ relationships: { total: number } }>(RELATIONSHIPS, { cohortId: c.id })).relationships.total;
      const d = await coord.request<{ cohortDashboard: { meetings: number; closedDuos: number } }>(DASHBOARD, { id: c.id });
      meetings += d.cohortDashboard.meetings;
      closedRelationships += d.cohortDashboard.closedDuos;
    }
    return { cohorts: cohorts.total, applications, relationships, meetings, closedRelationships };
  },
};
