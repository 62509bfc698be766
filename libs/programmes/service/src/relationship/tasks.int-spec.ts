import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  AcknowledgeAgreement,
  AnswerFitCheck,
  CloseRelationship,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  LogMeeting,
  SaveAgreement,
  SubmitApplication,
  TransitionCohort,
} from '@m4pris/programmes-contracts';
import { addDays, addMonths, myTasksRequest, type RequestContext, type TaskDto } from '@m4pris/platform-core';
import { as, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * "What do I do next" in programmes (`programmes.v1.tasks.mine`): each task appears when its rule
 * holds for the caller and goes once the caller has done it; the other side's tasks are their own;
 * the number of SQL statements does not grow with the number of duos.
 */

const T = randomUUID();
const PRISON = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const Tasks = myTasksRequest('programmes');

function profile(staffId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId, tenantId: T, institutionId: PRISON, institutionKind: 'adult', region: 'North', unitId: null, position: 'Prison officer', supervisesOthers: false,
    hiredOn: addDays(today, -hiredDaysAgo), joinedInstitutionOn: addDays(today, -hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0,
    languages: ['da'], lineManagerId: null, leftServiceOn: null,
  };
}

describe('programmes: the caller\'s open tasks', () => {
  let h: ProgrammesHarness;
  let counting = false;
  let statements = 0;
  const coord = as.coordinator(T);
  const kinds = async (ctx: RequestContext) => (await h.bus.request(Tasks, {}, ctx)).map((t: TaskDto) => `${t.kind}@${t.dueOn}`).sort();

  /** A programme (4 months, fit check after 10 days), a cohort, and one mentor with `mentees` duos started `startedDaysAgo`. */
  async function duos(mentees: number, startedDaysAgo: number) {
    const programme = await h.bus.request(CreateProgramme, { name: `P${randomUUID()}`, policy: { mentorCapacity: 10, mentorTrainingRequired: false, fitCheckDays: 10, durationMonths: 4, meetingCadenceDays: 14 } } as never, as.tenantAdmin(T));
    const startedOn = addDays(today, -startedDaysAgo);
    const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'C', startsOn: startedOn }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
    const mentor = randomUUID();
    const people = [mentor, ...Array.from({ length: mentees }, () => randomUUID())];
    for (const [i, s] of people.entries()) {
      await h.publish(StaffProfileChanged, profile(s, i === 0 ? 3650 : 40));
      await h.publish(StaffCardChanged, { staffId: s, tenantId: T, displayName: i === 0 ? 'Mads Mentor' : `Mia Mentee ${i}`, workEmail: `${s}@prison.test`, institutionId: PRISON, institutionName: 'Vestre', unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null });
    }
    const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
    const apps = [];
    for (const [i, s] of people.entries()) apps.push(await h.bus.request(SubmitApplication, { ...base, role: i === 0 ? 'mentor' : 'mentee', functions: ['psychosocial'] }, as.staff(T, s)));
    for (const a of apps) await h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
    const rels = [];
    for (const a of apps.slice(1)) rels.push((await h.bus.request(CreateRelationship, { mentorApplicationId: apps[0]!.id, menteeApplicationId: a.id, startsOn: startedOn }, coord)).id);
    return { startedOn, mentor: as.staff(T, mentor), mentees: people.slice(1).map((s) => as.staff(T, s)), rels };
  }

  beforeAll(async () => {
    h = await startProgrammes({}, { onQuery: () => counting && statements++ });
  });
  afterAll(() => h?.close());

  it('agreement, overdue meeting and fit check: each appears by its rule and goes when the caller has done it', async () => {
    const { startedOn, mentor, mentees, rels } = await duos(1, 20);
    const [mentee] = mentees as [RequestContext];
    const rel = rels[0]!;
    // The agreement every duo starts with is to be acknowledged by both sides (due AGREEMENT_DUE_DAYS
    // after the start); no meeting in 20 days with the policy's 14-day cadence.
    const ack = `agreement_to_acknowledge@${addDays(startedOn, 14)}`;
    expect(await kinds(mentee)).toEqual([ack, `meeting_overdue@${addDays(startedOn, 14)}`]);
    const listed = await h.bus.request(Tasks, {}, mentee);
    expect(listed.map((t) => t.kind)).toEqual(['agreement_to_acknowledge', 'meeting_overdue']);
    expect(listed[1]).toMatchObject({ link: `/duo?relationship=${rel}#meetings`, subject: { id: rel, name: 'Mads Mentor' } });
    expect((await h.bus.request(Tasks, {}, mentor))[0]!.subject).toEqual({ id: rel, name: 'Mia Mentee 1' });

    // The agreed cadence (7 days) replaces the policy's.
    await h.bus.request(SaveAgreement, { relationshipId: rel, goalsSummary: 'Settle in.', cadenceDays: 7 }, mentor);
    expect(await kinds(mentee)).toEqual([ack, `meeting_overdue@${addDays(startedOn, 7)}`]);
    await h.bus.request(AcknowledgeAgreement, { relationshipId: rel }, mentee);
    expect(await kinds(mentee)).toEqual([`meeting_overdue@${addDays(startedOn, 7)}`]);
    expect(await kinds(mentor)).toContain(ack);

    // A meeting: no longer overdue; the fit check opens for both, due 10 days after the first meeting.
    const heldOn = addDays(today, -2);
    await h.bus.request(LogMeeting, { relationshipId: rel, heldOn, durationMinutes: 30, duringShift: true, functions: ['psychosocial'] }, mentee);
    expect(await kinds(mentee)).toEqual([`fit_check@${addDays(heldOn, 10)}`]);
    await h.bus.request(AnswerFitCheck, { relationshipId: rel, answer: 'good_fit' }, mentee);
    expect(await kinds(mentee)).toEqual([]);
    expect(await kinds(mentor)).toEqual([ack, `fit_check@${addDays(heldOn, 10)}`].sort());
    // Someone outside the duo, or without a staff record, has no tasks here.
    expect(await kinds(as.staff(T, randomUUID()))).toEqual([]);
    expect(await kinds(coord)).toEqual([]);
  });

  it('the closing reflection once the planned end is near, until the caller has left theirs', async () => {
    // 4 months, started 4 months less 10 days ago: the planned end is 10 days away.
    const startedDaysAgo = -(Date.parse(addMonths(today, -4)) - Date.parse(today)) / 86_400_000 - 10;
    const { mentor, mentees, rels } = await duos(1, startedDaysAgo);
    const plannedEnd = addDays(today, 10);
    const closing = (await h.bus.request(Tasks, {}, mentees[0]!)).filter((t) => t.kind === 'closure_reflection');
    expect(closing).toEqual([{ kind: 'closure_reflection', dueOn: plannedEnd, link: `/duo?relationship=${rels[0]}#closure`, subject: { id: rels[0], name: 'Mads Mentor' } }]);
    await h.bus.request(CloseRelationship, { relationshipId: rels[0]!, reflection: 'It helped.' }, mentees[0]!);
    expect((await kinds(mentees[0]!)).filter((k) => k.startsWith('closure'))).toEqual([]);
    expect((await kinds(mentor)).filter((k) => k.startsWith('closure'))).toEqual([`closure_reflection@${plannedEnd}`]);
  });

  it('as many SQL statements for a mentor with 2 duos as with 8', async () => {
    const counts: number[] = [];
    for (const n of [2, 8]) {
      const { mentor } = await duos(n, 20);
      statements = 0;
      counting = true;
      const tasks = await h.bus.request(Tasks, {}, mentor);
      counting = false;
      expect(tasks.filter((t) => t.kind === 'meeting_overdue')).toHaveLength(n);
      counts.push(statements);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
