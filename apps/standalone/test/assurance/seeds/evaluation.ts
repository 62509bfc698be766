import { randomUUID } from 'node:crypto';
import { addDays } from '@m4pris/platform-core';
import { RelationshipClosed, RelationshipStarted } from '@m4pris/programmes-contracts';
import { gql } from '../../platform.js';
import { eventually, ok } from '../../fixtures.js';
import type { Seed, TenantWorld, World } from '../world.js';

/**
 * The evaluation module's objects in one tenant of the assurance world. Runs last: the programmes
 * seed's duo (`t.ids.programmeId`, `relationshipId`, between `staffIds.mentor` and `staffIds.mentee`)
 * reached the evaluation module as `relationship.started`. Ids it adds to `t.ids`:
 *
 * - `evaluationProgrammeId`: the programme the survey plan is for (the programmes seed's
 *   `programmeId`; without one, a duo this seed announces itself as programmes would);
 * - `surveyPlanId`: its plan (baseline and closure, WHO-5 for mentor and mentee), designed by the
 *   researcher, who also loaded the Danish WHO-5 wording;
 * - `mentorInvitationId`, `menteeInvitationId`: the duo's baseline invitations, open, partly answered
 *   (so respondents can keep saving answers);
 * - `pilotProgrammeId`, `pilotPlanId`: a finished pilot of the same two people (started 30 days ago,
 *   closed today), whose baseline and closure surveys both completed: scores, pairs, an export;
 *   `pilotMentorInvitationId`, `pilotMenteeInvitationId` are their closure invitations.
 */

const INVITATIONS = `query { mySurveyInvitations { id programmeId wave state } }`;
const SAVE = `mutation($input: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $input) { state } }`;
export const PLAN_WAVES = [
  { kind: 'BASELINE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 28, remindBeforeDueDays: 7 },
  { kind: 'CLOSURE', mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 28, remindBeforeDueDays: 7 },
];

/** WHO-5 answers whose raw score is `raw` (0–25). */
export function who5(raw: number) {
  return [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'WHO5', itemId: `who5_${i}`, value: Math.floor(raw / 5) + (i <= raw % 5 ? 1 : 0) }));
}

/** The caller's invitation of one wave of one programme, once the events have reached the module. */
export async function invitationOf(w: World, token: string, programmeId: string, wave: string): Promise<string> {
  return eventually(async () => {
    const r = await ok(gql(w.p.url, INVITATIONS, {}, token));
    const inv = (r.mySurveyInvitations as { id: string; programmeId: string; wave: string }[]).find((i) => i.programmeId === programmeId && i.wave === wave);
    if (!inv) throw new Error(`no ${wave} invitation for programme ${programmeId} yet`);
    return inv.id;
  });
}

export async function savePlan(w: World, t: TenantWorld, programmeId: string): Promise<string> {
  const r = await ok(gql(w.p.url, `mutation($input: SaveSurveyPlanInput!) { saveSurveyPlan(input: $input) { id } }`, { input: { programmeId, waves: PLAN_WAVES } }, t.tokens.researcher));
  return r.saveSurveyPlan.id as string;
}

export const seedEvaluation: Seed = async (w, t) => {
  const today = new Date().toISOString().slice(0, 10);
  const ids: Record<string, string> = {};
  const duo = { mentorStaffId: t.staffIds.mentor, menteeStaffId: t.staffIds.mentee };

  await ok(
    gql(w.p.url, `mutation($input: LoadInstrumentTextInput!) { loadInstrumentText(input: $input) { items } }`, {
      input: { instrumentCode: 'WHO5', locale: 'da', source: `Licensed wording ${t.code}`, anchors: ['0', '1', '2', '3', '4', '5'], items: [1, 2, 3, 4, 5].map((i) => ({ itemId: `who5_${i}`, text: `WHO-5 punkt ${i} ${t.code}` })) },
    }, t.tokens.researcher),
  );
  t.secrets.add(`Licensed wording ${t.code}`);

  // The duo of the programmes seed, or (without one) a duo announced as programmes would.
  if (t.ids.programmeId && t.ids.relationshipId) {
    ids.evaluationProgrammeId = t.ids.programmeId;
  } else {
    ids.evaluationProgrammeId = randomUUID();
    await w.p.publish(RelationshipStarted, { tenantId: t.tenantId, programmeId: ids.evaluationProgrammeId, cohortId: t.ids.cohortId ?? randomUUID(), relationshipId: randomUUID(), ...duo, on: today, plannedEndOn: addDays(today, 180), proposalId: null });
  }
  // The plan is saved once evaluation knows the programme (from the duo's start event): an id
  // nobody created is refused (issue 13).
  ids.surveyPlanId = await eventually(() => savePlan(w, t, ids.evaluationProgrammeId!));
  ids.mentorInvitationId = await invitationOf(w, t.tokens.mentor, ids.evaluationProgrammeId, 'BASELINE');
  ids.menteeInvitationId = await invitationOf(w, t.tokens.mentee, ids.evaluationProgrammeId, 'BASELINE');
  await ok(gql(w.p.url, SAVE, { input: { invitationId: ids.mentorInvitationId, answers: who5(14).slice(0, 2), submit: false } }, t.tokens.mentor));
  await ok(gql(w.p.url, SAVE, { input: { invitationId: ids.menteeInvitationId, answers: who5(9).slice(0, 3), submit: false } }, t.tokens.mentee));

  // A finished pilot of the same two people: baseline and closure completed by both.
  ids.pilotProgrammeId = randomUUID();
  const pilot = { tenantId: t.tenantId, programmeId: ids.pilotProgrammeId, cohortId: randomUUID(), relationshipId: randomUUID(), ...duo };
  await w.p.publish(RelationshipStarted, { ...pilot, on: addDays(today, -30), plannedEndOn: today, proposalId: null });
  ids.pilotPlanId = await eventually(() => savePlan(w, t, ids.pilotProgrammeId!));
  await w.p.publish(RelationshipClosed, { ...pilot, on: today });
  for (const [role, baseline, closure] of [
    ['mentor', 15, 18],
    ['mentee', 8, 13],
  ] as const) {
    const token = t.tokens[role];
    for (const [wave, raw] of [
      ['BASELINE', baseline],
      ['CLOSURE', closure],
    ] as const) {
      const id = await invitationOf(w, token, ids.pilotProgrammeId, wave);
      const r = await ok(gql(w.p.url, SAVE, { input: { invitationId: id, answers: who5(raw), submit: true } }, token));
      if (r.saveSurveyAnswers.state !== 'COMPLETED') throw new Error(`evaluation seed: ${role} ${wave} not completed`);
      if (wave === 'CLOSURE') ids[`pilot${role === 'mentor' ? 'Mentor' : 'Mentee'}InvitationId`] = id;
    }
  }
  Object.assign(t.ids, ids);
  for (const v of Object.values(ids)) t.secrets.add(v);
};
