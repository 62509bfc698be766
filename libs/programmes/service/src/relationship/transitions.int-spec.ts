import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  CloseRelationship,
  COHORT_STATES,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  EndRelationshipEarly,
  GetCohort,
  GetRelationship,
  ListCohorts,
  LogMeeting,
  MyRelationships,
  PauseRelationship,
  RELATIONSHIP_STATES,
  ResumeRelationship,
  SubmitApplication,
  TransitionCohort,
  type CohortState,
  type RelationshipDto,
  type RelationshipState,
} from '@m4pris/programmes-contracts';
import { addDays, type RequestContext } from '@m4pris/platform-core';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * Allowed next states (issue 22): what `allowedTransitions` lists is exactly what the mutations
 * accept — every listed transition succeeds and every unlisted one is refused, for each actor, at
 * every state a cohort and a duo go through. `fitCheckDueOn` follows the cohort's policy.
 */

const T = randomUUID();
const PRISON = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => addDays(today, -days);

function profile(staffId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId, tenantId: T, institutionId: PRISON, institutionKind: 'adult', region: 'North', unitId: null, position: 'Prison officer', supervisesOthers: false,
    hiredOn: ago(hiredDaysAgo), joinedInstitutionOn: ago(hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0,
    languages: ['da'], lineManagerId: null, leftServiceOn: null,
  };
}

describe('programmes: allowed next states are the ones the mutations accept', () => {
  let h: ProgrammesHarness;
  let programmeId: string;
  const coord = as.coordinator(T);
  const admin = as.tenantAdmin(T);

  beforeAll(async () => {
    h = await startProgrammes();
    programmeId = (await h.bus.request(CreateProgramme, { name: 'Newcomers', policy: { mentorCapacity: 2, mentorTrainingRequired: false, fitCheckDays: 10 } } as never, admin)).id;
  });
  afterAll(() => h?.close());

  it('cohorts: each listed state is reachable, each unlisted one refused; staff may do nothing', async () => {
    const cohort = await h.bus.request(CreateCohort, { programmeId, name: 'Walk', startsOn: today }, coord);
    const staff = as.staff(T, randomUUID());
    // A path over every edge of the state machine (matching → recruiting included).
    const path: CohortState[] = ['recruiting', 'matching', 'recruiting', 'matching', 'running', 'closing', 'closed'];
    let state: CohortState = 'draft';
    for (const next of [...path, null]) {
      const mine = (await h.bus.request(GetCohort, { cohortId: cohort.id }, coord)).allowedTransitions;
      expect((await h.bus.request(GetCohort, { cohortId: cohort.id }, admin)).allowedTransitions).toEqual(mine);
      expect((await h.bus.request(GetCohort, { cohortId: cohort.id }, staff)).allowedTransitions).toEqual([]);
      const listed = (await h.bus.request(ListCohorts, { programmeId }, coord)).items.find((c) => c.id === cohort.id)!.allowedTransitions;
      expect(listed).toEqual(mine);
      for (const to of COHORT_STATES.filter((s) => !mine.includes(s))) {
        expect([state, to, (await failure(h.bus.request(TransitionCohort, { cohortId: cohort.id, to }, coord))).code]).toEqual([state, to, 'programmes.COHORT_TRANSITION_INVALID']);
      }
      for (const to of mine) expect((await failure(h.bus.request(TransitionCohort, { cohortId: cohort.id, to }, staff))).category).toBe('FORBIDDEN');
      if (next === null) {
        expect(mine).toEqual([]);
        break;
      }
      expect([state, mine.includes(next)]).toEqual([state, true]);
      const moved = await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: next }, coord);
      expect(moved.state).toBe(next);
      state = next;
    }
  });

  describe('duos', () => {
    const mentor = randomUUID();
    const menteeA = randomUUID();
    const menteeB = randomUUID();
    const rel: Record<string, string> = {};

    beforeAll(async () => {
      for (const [s, days] of [[mentor, 3650], [menteeA, 40], [menteeB, 40]] as const) await h.publish(StaffProfileChanged, profile(s, days));
      const cohort = await h.bus.request(CreateCohort, { programmeId, name: 'Duos', startsOn: ago(30) }, coord);
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
      const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
      const m = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] }, as.staff(T, mentor));
      const a = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['psychosocial'] }, as.staff(T, menteeA));
      const b = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['psychosocial'] }, as.staff(T, menteeB));
      for (const x of [m, a, b]) await h.bus.request(DecideApplication, { applicationId: x.id, decision: 'accept' }, coord);
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
      rel.a = (await h.bus.request(CreateRelationship, { mentorApplicationId: m.id, menteeApplicationId: a.id, startsOn: ago(20) }, coord)).id;
      rel.b = (await h.bus.request(CreateRelationship, { mentorApplicationId: m.id, menteeApplicationId: b.id, startsOn: ago(20) }, coord)).id;
    });

    const act = (to: RelationshipState, relationshipId: string, ctx: RequestContext, role: 'side' | 'coordinator') => {
      switch (to) {
        case 'paused':
          return h.bus.request(PauseRelationship, { relationshipId }, ctx);
        case 'active':
          return h.bus.request(ResumeRelationship, { relationshipId }, ctx);
        case 'ended_early':
          return h.bus.request(EndRelationshipEarly, { relationshipId, reason: 'workload', rematch: false }, ctx);
        case 'closed':
          return h.bus.request(CloseRelationship, role === 'side' ? { relationshipId, reflection: 'It helped.' } : { relationshipId }, ctx);
      }
    };
    const allowed = async (relationshipId: string, ctx: RequestContext): Promise<RelationshipState[]> => (await h.bus.request(GetRelationship, { relationshipId }, ctx)).allowedTransitions;

    /** Every state the actor may not reach from here is refused, and the duo stays as it was. */
    async function unlistedRefused(relationshipId: string, ctx: RequestContext, role: 'side' | 'coordinator'): Promise<RelationshipState[]> {
      const listed = await allowed(relationshipId, ctx);
      const before = (await h.bus.request(GetRelationship, { relationshipId }, coord)).state;
      for (const to of RELATIONSHIP_STATES.filter((s) => !listed.includes(s))) {
        const e = await failure(act(to, relationshipId, ctx, role)!);
        expect([to, e.category]).toEqual([to, expect.stringMatching(/^(BAD_USER_INPUT|CONFLICT)$/)]);
      }
      expect((await h.bus.request(GetRelationship, { relationshipId }, coord)).state).toBe(before);
      return listed;
    }

    it('each side and the coordinator: listed transitions succeed, unlisted ones fail', async () => {
      const sideA = as.staff(T, menteeA);
      const m = as.staff(T, mentor);
      expect(await unlistedRefused(rel.a!, sideA, 'side')).toEqual(['paused', 'ended_early', 'closed']);
      expect(await act('paused', rel.a!, sideA, 'side')).toMatchObject({ state: 'paused', allowedTransitions: ['active', 'ended_early', 'closed'] });
      expect(await unlistedRefused(rel.a!, m, 'side')).toEqual(['active', 'ended_early', 'closed']);
      expect(await act('active', rel.a!, m, 'side')).toMatchObject({ state: 'active' });
      // A side closes by leaving their reflection, once: afterwards `closed` is no longer theirs to choose.
      const reflected = await act('closed', rel.a!, sideA, 'side');
      expect(reflected).toMatchObject({ state: 'active', allowedTransitions: ['paused', 'ended_early'] });
      expect(await unlistedRefused(rel.a!, sideA, 'side')).toEqual(['paused', 'ended_early']);
      expect(await allowed(rel.a!, m)).toEqual(['paused', 'ended_early', 'closed']);
      expect(await allowed(rel.a!, coord)).toEqual(['paused', 'ended_early', 'closed']);
      // The mentor's reflection closes the duo; nothing is left to anyone.
      expect(await act('closed', rel.a!, m, 'side')).toMatchObject({ state: 'closed', allowedTransitions: [] });
      for (const [ctx, role] of [[sideA, 'side'], [m, 'side'], [coord, 'coordinator']] as const) expect(await unlistedRefused(rel.a!, ctx, role)).toEqual([]);

      // The coordinator: pause, resume, end early.
      expect(await unlistedRefused(rel.b!, coord, 'coordinator')).toEqual(['paused', 'ended_early', 'closed']);
      expect(await act('paused', rel.b!, coord, 'coordinator')).toMatchObject({ state: 'paused' });
      expect(await unlistedRefused(rel.b!, coord, 'coordinator')).toEqual(['active', 'ended_early', 'closed']);
      expect(await act('ended_early', rel.b!, coord, 'coordinator')).toMatchObject({ state: 'ended_early', allowedTransitions: [] });
      expect(await unlistedRefused(rel.b!, as.staff(T, menteeB), 'side')).toEqual([]);
    });

    it("fitCheckDueOn: the first meeting plus the cohort policy's fitCheckDays, null before", async () => {
      const mentor2 = randomUUID();
      const mentee2 = randomUUID();
      for (const [s, days] of [[mentor2, 3650], [mentee2, 40]] as const) await h.publish(StaffProfileChanged, profile(s, days));
      const cohort = await h.bus.request(CreateCohort, { programmeId, name: 'Fit', startsOn: ago(30) }, coord);
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
      const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
      const m = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] }, as.staff(T, mentor2));
      const e = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['psychosocial'] }, as.staff(T, mentee2));
      for (const x of [m, e]) await h.bus.request(DecideApplication, { applicationId: x.id, decision: 'accept' }, coord);
      await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
      const duo = await h.bus.request(CreateRelationship, { mentorApplicationId: m.id, menteeApplicationId: e.id, startsOn: ago(20) }, coord);
      expect(duo.fitCheckDueOn).toBeNull();
      await h.bus.request(LogMeeting, { relationshipId: duo.id, heldOn: ago(5), durationMinutes: 30, duringShift: true, functions: ['psychosocial'] }, as.staff(T, mentee2));
      const mine: RelationshipDto[] = await h.bus.request(MyRelationships, {}, as.staff(T, mentee2));
      expect(mine.find((r) => r.id === duo.id)!.fitCheckDueOn).toBe(addDays(ago(5), 10));
      expect((await h.bus.request(GetRelationship, { relationshipId: duo.id }, coord)).fitCheckDueOn).toBe(addDays(ago(5), 10));
    });
  });
});
