import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { CreateCohort, CreateProgramme, CreateRelationship, DecideApplication, LogMeeting, SubmitApplication, TransitionCohort } from '@m4pris/programmes-contracts';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * Issue 22, "duo dates follow the cohort": a duo approved before its cohort starts starts on the
 * cohort's start date and is planned to end on the cohort's end date; a meeting held between the
 * approval and the start can still be logged (from the approval date, not before).
 */

const T = randomUUID();
const PRISON = randomUUID();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function profile(staffId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId, tenantId: T, institutionId: PRISON, institutionKind: 'adult', region: 'North', unitId: null, position: 'Prison officer', supervisesOthers: false,
    hiredOn: day(-hiredDaysAgo), joinedInstitutionOn: day(-hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0,
    languages: ['da'], lineManagerId: null, leftServiceOn: null,
  };
}

describe('programmes: duo dates follow the cohort', () => {
  let h: ProgrammesHarness;
  let programmeId: string;
  const coord = as.coordinator(T);

  beforeAll(async () => {
    h = await startProgrammes();
    programmeId = (await h.bus.request(CreateProgramme, { name: 'Newcomers', policy: { mentorCapacity: 1, mentorTrainingRequired: false, durationMonths: 6 } } as never, as.tenantAdmin(T))).id;
  });
  afterAll(() => h?.close());

  /** A cohort with the given dates, one accepted mentor and mentee, and their duo formed today. */
  async function duoIn(startsOn: string, endsOn: string) {
    const cohort = await h.bus.request(CreateCohort, { programmeId, name: `From ${startsOn}`, startsOn, endsOn }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
    const mentee = randomUUID();
    const mentor = randomUUID();
    await h.publish(StaffProfileChanged, profile(mentee, 40));
    await h.publish(StaffProfileChanged, profile(mentor, 3650));
    const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
    const menteeApp = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] } as never, as.staff(T, mentee));
    const mentorApp = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] } as never, as.staff(T, mentor));
    for (const a of [menteeApp, mentorApp]) await h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' } as never, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
    const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp.id, menteeApplicationId: menteeApp.id }, coord);
    return { rel, mentee: as.staff(T, mentee) };
  }

  it('a duo approved before the cohort starts starts on its start date and ends with the cohort; a meeting since the approval can be logged', async () => {
    const { rel, mentee } = await duoIn(day(14), day(14 + 120));
    expect({ startedOn: rel.startedOn, plannedEndOn: rel.plannedEndOn }).toEqual({ startedOn: day(14), plannedEndOn: day(14 + 120) });
    const meeting = { relationshipId: rel.id, durationMinutes: 30, duringShift: true, functions: ['psychosocial'] };
    // Held today: after the approval, before the start.
    const logged = await h.bus.request(LogMeeting, { ...meeting, heldOn: day(0) } as never, mentee);
    expect(logged.heldOn).toBe(day(0));
    // Before the approval: refused, naming the field.
    const before = await failure(h.bus.request(LogMeeting, { ...meeting, heldOn: day(-1) } as never, mentee));
    expect(before.code).toBe('programmes.MEETING_DATE_INVALID');
  });

  it('a duo approved after the cohort started starts on the approval date and still ends with the cohort', async () => {
    const { rel } = await duoIn(day(-10), day(100));
    expect({ startedOn: rel.startedOn, plannedEndOn: rel.plannedEndOn }).toEqual({ startedOn: day(0), plannedEndOn: day(100) });
  });
});
