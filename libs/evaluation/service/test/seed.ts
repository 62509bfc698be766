import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, TenantCreated } from '@m4pris/identity-contracts';
import { RelationshipStarted } from '@m4pris/programmes-contracts';
import { ListMyInvitations, SaveSurveyPlan } from '@m4pris/evaluation-contracts';
import { sampleStaffProfile } from '@m4pris/testing';
import { as, type EvaluationHarness } from './harness.js';

export interface SeededSurvey {
  programmeId: string;
  relationshipId: string;
  mentor: string;
  mentee: string;
  /** The mentee's open WHO-5 baseline, not answered yet. */
  invitationId: string;
}

export function profile(tenantId: string, institutionId: string, staffId: string, hiredOn: string) {
  return sampleStaffProfile(staffId, tenantId, institutionId, { position: 'officer', hiredOn, joinedInstitutionOn: hiredOn });
}

/** One tenant's facts, a plan and its invitations (a WHO-5 baseline for each member of one duo). */
export async function seedSurvey(h: EvaluationHarness, T: string): Promise<SeededSurvey> {
  const programmeId = randomUUID();
  const relationshipId = randomUUID();
  const prison = randomUUID();
  const mentor = randomUUID();
  const mentee = randomUUID();
  await h.publish(TenantCreated, { tenantId: T, code: `t${T.slice(0, 4)}`, country: 'DK', enabledModules: ['evaluation'] });
  await h.publish(StaffProfileChanged, profile(T, prison, mentor, '2015-03-01'));
  await h.publish(StaffProfileChanged, profile(T, prison, mentee, '2025-06-01'));
  await h.publish(RelationshipStarted, { tenantId: T, programmeId, cohortId: randomUUID(), relationshipId, mentorStaffId: mentor, menteeStaffId: mentee, on: '2026-01-05', plannedEndOn: '2026-07-05', proposalId: null });
  await h.bus.request(
    SaveSurveyPlan,
    { programmeId, waves: [{ kind: 'baseline', mentorInstruments: ['who5'], menteeInstruments: ['who5'], dueWithinDays: 21, remindBeforeDueDays: 7 }] },
    as.researcher(T),
  );
  const [inv] = await h.bus.request(ListMyInvitations, {}, as.staff(T, mentee));
  return { programmeId, relationshipId, mentor, mentee, invitationId: inv.id };
}
