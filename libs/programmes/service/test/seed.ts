import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  AddGoal,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  LogMeeting,
  RaiseConcern,
  SaveAgreement,
  SubmitApplication,
  TransitionCohort,
  type ProgrammeDto,
} from '@m4pris/programmes-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';
import { sampleStaffProfile } from '@m4pris/testing';
import { as, type ProgrammesHarness } from './harness.js';

const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export interface Seeded {
  programmeId: string;
  relationshipId: string;
  mentee: string;
  mentor: string;
}

export function profile(tenantId: string, institutionId: string, staffId: string, over: Partial<StaffProfileEvent> = {}): StaffProfileEvent {
  return sampleStaffProfile(staffId, tenantId, institutionId, { hiredOn: ago(3650), joinedInstitutionOn: ago(3650), ...over });
}

/** One tenant's programme, cohort, applications, duo, agreement, goal, meeting and concern. */
export async function seedTenant(h: ProgrammesHarness, T: string): Promise<Seeded> {
  const prison = randomUUID();
  const mentee = randomUUID();
  const mentor = randomUUID();
  await h.publish(StaffProfileChanged, profile(T, prison, mentee, { hiredOn: ago(40), joinedInstitutionOn: ago(40) }));
  await h.publish(StaffProfileChanged, profile(T, prison, mentor));
  // The display card identity publishes beside each profile (people are shown by name).
  for (const staffId of [mentee, mentor]) {
    await h.publish(StaffCardChanged, { staffId, tenantId: T, displayName: `Person ${staffId.slice(0, 4)}`, workEmail: `${staffId.slice(0, 8)}@prison.test`, institutionId: prison, institutionName: 'Prison', unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null });
  }
  await h.publish(CourseCompleted, { tenantId: T, staffId: mentor, courseId: randomUUID(), audience: 'mentor', courseVersion: 1, completedOn: today, certificateId: null });
  const programme: ProgrammeDto = await h.bus.request(CreateProgramme, { name: `Mentoring ${T.slice(0, 4)}`, policy: { mentorCapacity: 1 } } as never, as.tenantAdmin(T));
  const coord = as.coordinator(T);
  const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'Spring', startsOn: today }, coord);
  await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
  const input = { cohortId: cohort.id, role: 'mentee' as const, motivation: 'I started last month.', functions: ['job_familiarisation' as const], languages: ['da'], consent: true };
  const menteeApp = (await h.bus.request(SubmitApplication, input, as.staff(T, mentee))).id;
  const mentorApp = (await h.bus.request(SubmitApplication, { ...input, role: 'mentor' as const }, as.staff(T, mentor))).id;
  for (const a of [menteeApp, mentorApp]) await h.bus.request(DecideApplication, { applicationId: a, decision: 'accept' }, coord);
  await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
  const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp, menteeApplicationId: menteeApp }, coord);
  await h.bus.request(SaveAgreement, { relationshipId: rel.id, goalsSummary: 'Learn the night routine', cadenceDays: 14 }, as.staff(T, mentee));
  await h.bus.request(AddGoal, { relationshipId: rel.id, title: 'Handle a cell search alone', function: 'job_familiarisation' }, as.staff(T, mentor));
  await h.bus.request(LogMeeting, { relationshipId: rel.id, heldOn: today, durationMinutes: 45, duringShift: true, functions: ['psychosocial'], notes: 'Talked about B wing', idempotencyKey: randomUUID() }, as.staff(T, mentee));
  await h.bus.request(RaiseConcern, { relationshipId: rel.id, category: 'wellbeing', details: 'Exhausted after nights' }, as.staff(T, mentor));
  return { programmeId: programme.id, relationshipId: rel.id, mentee, mentor };
}
