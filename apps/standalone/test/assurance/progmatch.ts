import { randomUUID } from 'node:crypto';
import { eventually, inviteAndActivate, ok } from '../fixtures.js';
import { gql } from '../platform.js';
import type { TenantWorld, World } from './world.js';

/*
 * Programmes and matching flows shared by their seeds, their operation cases and the programmes
 * confidentiality suite. Everything goes through the public GraphQL API with the tenant's own tokens.
 */

export const today = () => new Date().toISOString().slice(0, 10);

/** One successful GraphQL call (throws with the errors otherwise). */
export function call(w: World, token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return ok(gql(w.p.url, query, variables, token));
}

/**
 * The programme policy of the assurance world. Training is not required (the training seed may or
 * may not have trained the mentor; matching must not depend on it); a mentor may take up to ten
 * mentees (the fresh cohorts the cases create reuse the same mentors). The support contact — who
 * receives concerns with their content — is `staffIds.staff`: a staff member outside the programme
 * (occupational health), never the mentee's line manager.
 */
export function worldPolicy(t: TenantWorld) {
  return {
    mentorTrainingRequired: false,
    mentorCapacity: 10,
    languages: ['da', 'en'],
    supportContact: { name: `Occupational health ${t.code}`, howToReach: 'Call the staff support line.', supportStaffId: t.staffIds.staff },
  };
}

export const Q = {
  createProgramme: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
  createCohort: `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id state } }`,
  transition: `mutation($id: ID!, $to: CohortState!) { transitionCohort(cohortId: $id, to: $to) { state } }`,
  submit: `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id state } }`,
  decide: `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { id state } }`,
  createRelationship: `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { id state } }`,
  saveAgreement: `mutation($input: SaveAgreementInput!) { saveAgreement(input: $input) { relationshipId } }`,
  ack: `mutation($id: ID!) { acknowledgeAgreement(relationshipId: $id) { relationshipId } }`,
  addGoal: `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
  logMeeting: `mutation($input: LogMeetingInput!) { logMeeting(input: $input) { id } }`,
  raiseConcern: `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
  pause: `mutation($id: ID!) { pauseRelationship(id: $id) { state } }`,
  endEarly: `mutation($input: EndRelationshipEarlyInput!) { endRelationshipEarly(input: $input) { state } }`,
  close: `mutation($input: CloseRelationshipInput!) { closeRelationship(input: $input) { state } }`,
  checkIn: `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`,
  runMatch: `mutation($input: RunMatchInput!) { runMatch(input: $input) { id status proposals { id menteeStaffId mentorStaffId status } } }`,
  matchRun: `query($id: ID!) { matchRun(id: $id) { id status proposals { id menteeStaffId mentorStaffId status } } }`,
  approve: `mutation($input: ApproveProposalsInput!) { approveProposals(input: $input) { id } }`,
  relationships: `query($cohortId: ID!) { relationships(cohortId: $cohortId) { items { id mentorStaffId menteeStaffId state proposalId } } }`,
};

export type ParticipantRole = 'MENTOR' | 'MENTEE';

/** A new cohort of the world's programme, created by the coordinator and moved to `to`. */
export async function freshCohort(w: World, t: TenantWorld, name: string, to: 'DRAFT' | 'RECRUITING' | 'MATCHING' | 'RUNNING' = 'RECRUITING'): Promise<string> {
  const cohortName = `${name} ${t.code} ${randomUUID().slice(0, 8)}`;
  const { createCohort } = await call(w, t.tokens.coordinator, Q.createCohort, { input: { programmeId: t.ids.programmeId, name: cohortName, startsOn: today() } });
  const id = createCohort.id as string;
  t.secrets.add(id);
  t.secrets.add(cohortName);
  for (const state of ['RECRUITING', 'MATCHING', 'RUNNING']) {
    if (to === 'DRAFT') break;
    await call(w, t.tokens.coordinator, Q.transition, { id, to: state });
    if (state === to) break;
  }
  return id;
}

export async function toState(w: World, t: TenantWorld, cohortId: string, to: string): Promise<void> {
  await call(w, t.tokens.coordinator, Q.transition, { id: cohortId, to });
}

/**
 * `token` applies to a recruiting cohort. The person's staff record reaches programmes as an
 * identity event: until it has, the answer is NOT_ELIGIBLE ("no staff record"), so that is retried.
 */
export async function applyTo(w: World, t: TenantWorld, token: string, cohortId: string, role: ParticipantRole, motivation = `I want to take part (${t.code})`): Promise<string> {
  const input = { cohortId, role, motivation, functions: ['PSYCHOSOCIAL', 'JOB_FAMILIARISATION'], languages: ['da'], consent: true };
  const r = await eventually(async () => {
    const res = await gql(w.p.url, Q.submit, { input }, token);
    if (res.errors?.[0]?.extensions?.reason === 'programmes.NOT_ELIGIBLE') throw new Error(`not eligible yet: ${JSON.stringify(res.errors)}`);
    return res;
  }, 100, 100);
  if (r.errors?.length || !r.data) throw new Error(`submitApplication failed: ${JSON.stringify(r.errors)}`);
  const id = (r.data).submitApplication.id as string;
  t.secrets.add(id);
  return id;
}

export async function accept(w: World, t: TenantWorld, applicationId: string): Promise<void> {
  await call(w, t.tokens.coordinator, Q.decide, { input: { applicationId, decision: 'ACCEPT' } });
}

/** Applications of `mentor` and `mentee` (staff keys) to a fresh cohort, accepted; the cohort then in MATCHING. */
export async function acceptedPair(w: World, t: TenantWorld, name: string, mentorKey = 'mentor', menteeKey = 'mentee') {
  const cohortId = await freshCohort(w, t, name, 'RECRUITING');
  const mentorApplicationId = await applyTo(w, t, t.tokens[mentorKey], cohortId, 'MENTOR');
  const menteeApplicationId = await applyTo(w, t, t.tokens[menteeKey], cohortId, 'MENTEE');
  await accept(w, t, mentorApplicationId);
  await accept(w, t, menteeApplicationId);
  await toState(w, t, cohortId, 'MATCHING');
  return { cohortId, mentorApplicationId, menteeApplicationId };
}

/**
 * A new active duo between the world's mentor and mentee (in a cohort of its own: a mentee has one
 * live duo per cohort), formed by the coordinator. For operations that use a duo up (pause, end,
 * close, the fit check).
 */
export async function freshDuo(w: World, t: TenantWorld, opts: { meeting?: boolean; paused?: boolean } = {}): Promise<string> {
  const pair = await acceptedPair(w, t, 'Duo');
  const { createRelationship } = await call(w, t.tokens.coordinator, Q.createRelationship, { input: { mentorApplicationId: pair.mentorApplicationId, menteeApplicationId: pair.menteeApplicationId } });
  const id = createRelationship.id as string;
  t.secrets.add(id);
  if (opts.meeting) {
    await call(w, t.tokens.mentee, Q.logMeeting, { input: { relationshipId: id, heldOn: today(), durationMinutes: 30, duringShift: true, functions: ['PSYCHOSOCIAL'], notes: `First chat ${t.code}` } });
  }
  if (opts.paused) await call(w, t.tokens.mentor, Q.pause, { id });
  return id;
}

/** A concern raised on the world's duo by `raiserKey` (mentor or mentee), open. */
export async function freshConcern(w: World, t: TenantWorld, raiserKey: 'mentor' | 'mentee'): Promise<string> {
  const details = `Concern of the ${raiserKey} ${t.code} ${randomUUID().slice(0, 8)}`;
  const r = await call(w, t.tokens[raiserKey], Q.raiseConcern, { input: { relationshipId: t.ids.relationshipId, category: 'WELLBEING', details } });
  t.secrets.add(details);
  t.secrets.add(r.raiseConcern.id);
  return r.raiseConcern.id as string;
}

/** A staff member with an account, new (mentee) or experienced (mentor), in the main institution. */
export async function freshStaff(w: World, t: TenantWorld, kind: 'mentor' | 'mentee'): Promise<{ staffId: string; token: string }> {
  const key = `${kind}-${randomUUID().slice(0, 8)}`;
  const hired = new Date(Date.now() - (kind === 'mentor' ? 3000 : 30) * 86_400_000).toISOString().slice(0, 10);
  const { createStaff } = await call(w, w.platformAdminToken, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
    input: {
      tenantId: t.tenantId,
      firstName: key,
      lastName: t.code,
      email: `${key}@${t.code}.test`,
      position: 'Prison officer',
      supervisesOthers: false,
      hiredOn: hired,
      joinedInstitutionOn: hired,
      institutionId: t.institutions.main,
      languages: ['da', 'en'],
    },
  });
  const staffId = createStaff.id as string;
  const acc = { acceptInvitation: await inviteAndActivate(w.p.url, t.tokens.tenantAdmin!, { staffId, email: `${key}@${t.code}.test` }) };
  t.secrets.add(staffId);
  t.secrets.add(key);
  return { staffId, token: acc.acceptInvitation.accessToken as string };
}

export interface RunView {
  id: string;
  status: string;
  proposals: { id: string; menteeStaffId: string; mentorStaffId: string; status: string }[];
}

/** Runs matching on a cohort (as the coordinator) until it proposes `expected` pairs (events reach matching asynchronously). */
export async function runUntilProposals(w: World, t: TenantWorld, cohortId: string, expected: number): Promise<RunView> {
  return eventually(async () => {
    let run = (await call(w, t.tokens.coordinator, Q.runMatch, { input: { cohortId } })).runMatch as RunView;
    for (let i = 0; i < 100 && run.status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await call(w, t.tokens.coordinator, Q.matchRun, { id: run.id })).matchRun as RunView;
    }
    if (run.proposals.length < expected) throw new Error(`match run ${run.id} proposed ${run.proposals.length} pairs, expected ${expected}`);
    t.secrets.add(run.id);
    for (const p of run.proposals) t.secrets.add(p.id);
    return run;
  }, 100, 150);
}

/**
 * A finished match run with one open proposal, in a cohort of its own. `freshPeople`: a new mentor
 * and mentee are created for it (approving forms a duo, and a pair once matched is never proposed
 * again); otherwise spare1 (mentor) and spare2 (mentee) apply — for rejecting, which forms nothing.
 */
export async function freshRun(w: World, t: TenantWorld, freshPeople: boolean): Promise<{ runId: string; proposalId: string }> {
  const cohortId = await freshCohort(w, t, 'Match', 'RECRUITING');
  const mentor = freshPeople ? (await freshStaff(w, t, 'mentor')).token : t.tokens.spare1;
  const mentee = freshPeople ? (await freshStaff(w, t, 'mentee')).token : t.tokens.spare2;
  await accept(w, t, await applyTo(w, t, mentor, cohortId, 'MENTOR'));
  await accept(w, t, await applyTo(w, t, mentee, cohortId, 'MENTEE'));
  await toState(w, t, cohortId, 'MATCHING');
  const run = await runUntilProposals(w, t, cohortId, 1);
  return { runId: run.id, proposalId: run.proposals[0].id };
}
