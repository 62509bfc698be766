import { eventually } from '../../fixtures.js';
import type { Seed } from '../world.js';
import { accept, applyTo, call, freshCohort, Q, runUntilProposals, toState } from '../progmatch.js';

/**
 * The matching module's objects in one tenant of the assurance world (after the programmes seed).
 *
 * A cohort in MATCHING (`matchingCohortId`) with accepted applications of mentors `mentor`,
 * `spare1` (main institution) and `spare3` (second institution) and mentees `mentee`, `spare2`
 * (main) and `spare4` (second) — ids `matchingApplicationIds` (comma-separated). The policy keeps
 * pairs within an institution, and the mentor/mentee pair is excluded (they already have a duo),
 * and spare2↔mentor is pinned, so the run `matchRunId` proposes mentee↔spare1, spare2↔mentor and
 * spare4↔spare3. The first two
 * are approved (`menteeProposalId`, `mentorProposalId`: the world's mentee and mentor may read
 * their match reason), which forms two duos in programmes (`matchedRelationshipIds`);
 * spare4↔spare3 stays open (`proposalId`).
 */
export const seedMatching: Seed = async (w, t) => {
  const cohortId = await freshCohort(w, t, 'Matching', 'RECRUITING');
  t.ids.matchingCohortId = cohortId;
  const apps: string[] = [];
  for (const key of ['mentor', 'spare1', 'spare3']) apps.push(await applyTo(w, t, t.tokens[key], cohortId, 'MENTOR'));
  for (const key of ['mentee', 'spare2', 'spare4']) apps.push(await applyTo(w, t, t.tokens[key], cohortId, 'MENTEE'));
  for (const id of apps) await accept(w, t, id);
  await toState(w, t, cohortId, 'MATCHING');
  t.ids.matchingApplicationIds = apps.join(',');

  // Pinned, so the solver cannot give both main-institution mentees to spare1 (capacity allows it).
  await eventually(() =>
    call(w, t.tokens.coordinator, `mutation($input: PairInput!) { pinPair(input: $input) { kind } }`, {
      input: { cohortId, menteeStaffId: t.staffIds.spare2, mentorStaffId: t.staffIds.mentor },
    }),
  );
  const run = await runUntilProposals(w, t, cohortId, 3);
  const find = (mentee: string, mentor: string) => {
    const p = run.proposals.find((x) => x.menteeStaffId === t.staffIds[mentee] && x.mentorStaffId === t.staffIds[mentor]);
    if (!p) throw new Error(`the seed run did not propose ${mentee}↔${mentor}: ${JSON.stringify(run.proposals)}`);
    return p.id;
  };
  t.ids.matchRunId = run.id;
  t.ids.menteeProposalId = find('mentee', 'spare1');
  t.ids.mentorProposalId = find('spare2', 'mentor');
  t.ids.proposalId = find('spare4', 'spare3');
  await call(w, t.tokens.coordinator, Q.approve, { input: { runId: run.id, proposalIds: [t.ids.menteeProposalId, t.ids.mentorProposalId] } });
  // Programmes forms the two duos from matching's events.
  const formed = await eventually(async () => {
    const r = await call(w, t.tokens.coordinator, Q.relationships, { cohortId });
    const items = r.relationships.items as { id: string }[];
    if (items.length < 2) throw new Error('approved duos not formed yet');
    return items;
  });
  t.ids.matchedRelationshipIds = formed.map((r) => r.id).join(',');
  for (const v of [cohortId, run.id, t.ids.menteeProposalId, t.ids.mentorProposalId, t.ids.proposalId, ...apps, ...formed.map((r) => r.id)]) t.secrets.add(v);
};
