import type { Seed } from '../world.js';
import { accept, applyTo, call, freshCohort, Q, today, toState, worldPolicy } from '../progmatch.js';

/**
 * The programmes module's objects in one tenant of the assurance world, all made through the API.
 *
 * `t.ids` it fills:
 * - `programmeId` — the programme, policy from `worldPolicy` (support contact = `staffIds.staff`,
 *   training not required, mentor capacity 10);
 * - `cohortId` — the running cohort; `mentorApplicationId`, `menteeApplicationId` — the accepted
 *   applications of `staffIds.mentor` and `staffIds.mentee` in it;
 * - `relationshipId` — their duo, formed by the coordinator, with an acknowledged agreement
 *   (`agreementText`), a goal `goalId` (`goalTitle`), a meeting `meetingId` with notes
 *   (`meetingNotes`), a concern `concernId` raised by the mentee (`concernText`), the mentor's
 *   closing reflection (`reflectionText`; the duo stays active until the mentee leaves hers) and a
 *   coordinator check-in `checkInId`;
 * - `endedCohortId`, `endedRelationshipId` — a second duo of the same two people, ended early by the
 *   mentee with a re-match request (the target of matching's `rematch`).
 * The content strings are stored in `t.ids` too (keys ending in `Text`, `Title`, `Notes`) for the
 * confidentiality suite, and in `t.secrets`.
 */
export const seedProgrammes: Seed = async (w, t) => {
  const text = {
    agreementText: `Agreement ${t.code}: settle into the night shifts together`,
    goalTitle: `Goal ${t.code}: run the evening count alone`,
    goalDescription: `Goal detail ${t.code}: after three supervised counts`,
    meetingNotes: `Notes ${t.code}: a hard night on C wing after the alarm`,
    concernText: `Concern ${t.code}: I cannot sleep after the incident`,
    reflectionText: `Reflection ${t.code}: it helped me more than I expected`,
    programmeName: `Peer mentoring ${t.code}`,
  };
  const programme = await call(w, t.tokens.tenantAdmin, Q.createProgramme, { input: { name: text.programmeName, description: `Newcomers of ${t.code}`, policy: worldPolicy(t) } });
  t.ids.programmeId = programme.createProgramme.id;

  // The running cohort: the world's duo.
  t.ids.cohortId = await freshCohort(w, t, 'Running', 'RECRUITING');
  t.ids.mentorApplicationId = await applyTo(w, t, t.tokens.mentor, t.ids.cohortId, 'MENTOR', `Mentor motivation ${t.code}`);
  t.ids.menteeApplicationId = await applyTo(w, t, t.tokens.mentee, t.ids.cohortId, 'MENTEE', `Mentee motivation ${t.code}`);
  await accept(w, t, t.ids.mentorApplicationId);
  await accept(w, t, t.ids.menteeApplicationId);
  await toState(w, t, t.ids.cohortId, 'MATCHING');
  const rel = await call(w, t.tokens.coordinator, Q.createRelationship, { input: { mentorApplicationId: t.ids.mentorApplicationId, menteeApplicationId: t.ids.menteeApplicationId } });
  const relationshipId = rel.createRelationship.id as string;
  t.ids.relationshipId = relationshipId;
  await toState(w, t, t.ids.cohortId, 'RUNNING');

  // The duo's content.
  await call(w, t.tokens.mentor, Q.saveAgreement, { input: { relationshipId, goalsSummary: text.agreementText, cadenceDays: 14, practicalities: `Practicalities ${t.code}` } });
  await call(w, t.tokens.mentor, Q.ack, { id: relationshipId });
  await call(w, t.tokens.mentee, Q.ack, { id: relationshipId });
  t.ids.goalId = (await call(w, t.tokens.mentee, Q.addGoal, { input: { relationshipId, title: text.goalTitle, description: text.goalDescription, function: 'JOB_FAMILIARISATION' } })).addGoal.id;
  t.ids.meetingId = (
    await call(w, t.tokens.mentee, Q.logMeeting, { input: { relationshipId, heldOn: today(), durationMinutes: 45, duringShift: true, functions: ['PSYCHOSOCIAL'], notes: text.meetingNotes } })
  ).logMeeting.id;
  t.ids.concernId = (await call(w, t.tokens.mentee, Q.raiseConcern, { input: { relationshipId, category: 'WELLBEING', details: text.concernText } })).raiseConcern.id;
  await call(w, t.tokens.mentor, Q.close, { input: { relationshipId, reflection: text.reflectionText } });
  t.ids.checkInId = (await call(w, t.tokens.coordinator, Q.checkIn, { input: { relationshipId, on: today(), channel: 'PHONE', outcome: 'ON_TRACK' } })).recordCheckIn.id;

  // A duo of the same two people that ended early with a re-match request.
  t.ids.endedCohortId = await freshCohort(w, t, 'Ended', 'RECRUITING');
  const mentorApp = await applyTo(w, t, t.tokens.mentor, t.ids.endedCohortId, 'MENTOR');
  const menteeApp = await applyTo(w, t, t.tokens.mentee, t.ids.endedCohortId, 'MENTEE');
  await accept(w, t, mentorApp);
  await accept(w, t, menteeApp);
  await toState(w, t, t.ids.endedCohortId, 'MATCHING');
  t.ids.endedRelationshipId = (await call(w, t.tokens.coordinator, Q.createRelationship, { input: { mentorApplicationId: mentorApp, menteeApplicationId: menteeApp } })).createRelationship.id;
  await call(w, t.tokens.mentee, Q.endEarly, { input: { relationshipId: t.ids.endedRelationshipId, reason: 'PERSONAL', rematch: true } });

  Object.assign(t.ids, text);
  for (const v of [...Object.values(text), t.ids.programmeId, relationshipId, t.ids.goalId, t.ids.meetingId, t.ids.concernId, t.ids.checkInId, t.ids.endedRelationshipId]) t.secrets.add(v);
};
