import { randomUUID } from 'node:crypto';
import { ShiftPatternDefined, StaffErased, StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { MatchApproved } from '@m4pris/matching-contracts';
import {
  AddGoal,
  AnswerFitCheck,
  ApplicationAccepted,
  CloseRelationship,
  CohortDashboard,
  ConcernRaised,
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  GetRelationship,
  ListAttention,
  ListEligibleStaff,
  ListGoals,
  ListMeetings,
  ListRelationships,
  LogMeeting,
  MeetingLogged,
  MyConcerns,
  RaiseConcern,
  RelationshipClosed,
  RelationshipEndedEarly,
  RelationshipStarted,
  SubmitApplication,
  SupportConcerns,
  TransitionCohort,
  UpdatePolicy,
  WithdrawApplication,
  ApplicationWithdrawn,
  ApplicationReceived,
  ApplicationWaitlisted,
  ApplicationDeclined,
  AgreementSaved,
  FitCheckOpened,
  ConcernRouted,
  ConsentGiven,
  GetAgreement,
  SaveAgreement,
  AcknowledgeAgreement,
  ListReflections,
  type ConsentGivenEvent,
  type ProgrammeDto,
  type CohortDto,
  type RelationshipIdRequest,
} from '@m4pris/programmes-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';
import type { RequestContext, RequestDef } from '@m4pris/platform-core';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

const T = randomUUID();
const OTHER_TENANT = randomUUID();
const PRISON = randomUUID();
const YOUTH = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const id = {
  newHire: randomUUID(),
  transfer: randomUUID(),
  mentor: randomUUID(),
  manager: randomUUID(),
  outsider: randomUUID(),
  support: randomUUID(),
  foreign: randomUUID(),
  mentor2: randomUUID(),
};

function profile(staffId: string, over: Partial<StaffProfileEvent> = {}): StaffProfileEvent {
  return {
    staffId,
    tenantId: T,
    institutionId: PRISON,
    institutionKind: 'adult',
    region: 'North',
    unitId: null,
    position: 'Prison officer',
    supervisesOthers: false,
    hiredOn: ago(365 * 10),
    joinedInstitutionOn: ago(365 * 10),
    previousInstitutionKind: null,
    shiftPatternId: null,
    shiftOffsetDays: 0,
    languages: ['da'],
    lineManagerId: null,
    leftServiceOn: null,
    ...over,
  };
}

describe('programmes: the mentoring lifecycle', () => {
  let h: ProgrammesHarness;
  let programme: ProgrammeDto;
  let cohort: CohortDto;
  const coord = () => as.coordinator(T);
  const staff = (s: string): RequestContext => as.staff(T, s);

  beforeAll(async () => {
    h = await startProgrammes();
    await h.publish(StaffProfileChanged, profile(id.manager, { supervisesOthers: true, position: 'Senior officer' }));
    await h.publish(StaffProfileChanged, profile(id.newHire, { hiredOn: ago(40), joinedInstitutionOn: ago(40), lineManagerId: id.manager }));
    await h.publish(StaffProfileChanged, profile(id.transfer, { institutionId: YOUTH, institutionKind: 'youth', previousInstitutionKind: 'adult', joinedInstitutionOn: ago(30) }));
    await h.publish(StaffProfileChanged, profile(id.mentor));
    await h.publish(StaffProfileChanged, profile(id.mentor2, { institutionId: YOUTH, institutionKind: 'youth' }));
    await h.publish(StaffProfileChanged, profile(id.outsider));
    await h.publish(StaffProfileChanged, profile(id.support, { position: 'Occupational health officer' }));
    await h.publish(StaffProfileChanged, profile(id.foreign, { tenantId: OTHER_TENANT }));
    // Events this module does not consume are ignored.
    await h.publish(ShiftPatternDefined, { shiftPatternId: randomUUID(), tenantId: T, name: 'x', cycleDays: 7, shifts: [] });
  });
  afterAll(() => h.close());

  it('a tenant admin sets the policy (validated, versioned); a bad value names its field', async () => {
    const bad = await failure(h.bus.request(CreateProgramme, { name: 'Bad', policy: { durationMonths: 13 } } as never, as.tenantAdmin(T)));
    expect(bad.code).toBe('common.INVALID_INPUT');
    expect(bad.field).toBe('policy.durationMonths');
    const cadence = await failure(h.bus.request(CreateProgramme, { name: 'Bad', policy: { meetingCadenceDays: 30, inactivityDays: 20 } } as never, as.tenantAdmin(T)));
    expect(cadence.field).toBe('policy.inactivityDays');
    expect((await failure(h.bus.request(CreateProgramme, { name: 'X' }, coord()))).category).toBe('FORBIDDEN');

    programme = await h.bus.request(
      CreateProgramme,
      { name: 'Newcomer mentoring', policy: { mentorCapacity: 1, supportContact: { name: 'Occupational health', howToReach: 'ext. 2200', supportStaffId: id.support } } } as never,
      as.tenantAdmin(T),
    );
    expect(programme.policyVersion).toBe(1);
    expect(programme.policy).toMatchObject({ durationMonths: 6, lineManagerRule: 'forbid', participation: 'voluntary', mentorCapacity: 1 });
  });

  it('cohorts move through their states; an illegal transition is a typed error; a cohort keeps its policy version', async () => {
    cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'Spring', startsOn: today }, coord());
    expect(cohort).toMatchObject({ state: 'draft', policyVersion: 1 });
    const illegal = await failure(h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'running' }, coord()));
    expect(illegal.code).toBe('programmes.COHORT_TRANSITION_INVALID');
    expect((await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord())).state).toBe('recruiting');
    const v2 = await h.bus.request(UpdatePolicy, { programmeId: programme.id, policy: { ...programme.policy, durationMonths: 9 } }, as.tenantAdmin(T));
    expect(v2.policyVersion).toBe(2);
    expect((await h.events<{ cohortId: string; policyVersion: number; state: string }>(/* */ (await import('@m4pris/programmes-contracts')).CohortChanged)).at(-1)).toMatchObject({
      cohortId: cohort.id,
      policyVersion: 1,
      state: 'recruiting',
    });
  });

  it('lists eligible staff from identity data: new to the profession, new to a setting, mentors', async () => {
    const page = await h.bus.request(ListEligibleStaff, { cohortId: cohort.id }, coord());
    const mentee = (s: string) => page.items.find((i) => i.staffId === s && i.role === 'mentee');
    expect(mentee(id.newHire)?.reasons).toEqual(['new_to_profession']);
    expect(mentee(id.transfer)?.reasons).toEqual(['new_to_setting', 'institution_kind_change']);
    expect(page.items.some((i) => i.staffId === id.mentor && i.role === 'mentor')).toBe(true);
    expect(page.items.some((i) => i.staffId === id.foreign)).toBe(false);
  });

  let menteeApp: string;
  let transferApp: string;
  let mentorApp: string;
  let managerApp: string;
  let mentor2App: string;

  it('applications: voluntary consent, eligibility, one per cohort, withdrawal without a reason', async () => {
    const input = { cohortId: cohort.id, role: 'mentee' as const, motivation: 'I started last month.', functions: ['job_familiarisation' as const], languages: ['da'], consent: false };
    expect((await failure(h.bus.request(SubmitApplication, input, staff(id.newHire)))).code).toBe('programmes.CONSENT_REQUIRED');
    menteeApp = (await h.bus.request(SubmitApplication, { ...input, consent: true }, staff(id.newHire))).id;
    expect((await failure(h.bus.request(SubmitApplication, { ...input, consent: true }, staff(id.newHire)))).code).toBe('programmes.ALREADY_APPLIED');
    expect((await failure(h.bus.request(SubmitApplication, { ...input, consent: true }, staff(id.outsider)))).code).toBe('programmes.NOT_ELIGIBLE');
    transferApp = (await h.bus.request(SubmitApplication, { ...input, consent: true, functions: ['psychosocial'] }, staff(id.transfer))).id;
    const asMentor = { ...input, role: 'mentor' as const, consent: true, functions: ['psychosocial' as const, 'job_familiarisation' as const] };
    mentorApp = (await h.bus.request(SubmitApplication, asMentor, staff(id.mentor))).id;
    managerApp = (await h.bus.request(SubmitApplication, asMentor, staff(id.manager))).id;
    mentor2App = (await h.bus.request(SubmitApplication, asMentor, staff(id.mentor2))).id;
    // Another person's application is not theirs to withdraw, and looks missing.
    expect((await failure(h.bus.request(WithdrawApplication, { applicationId: menteeApp }, staff(id.outsider)))).category).toBe('NOT_FOUND');
    // The outsider applies as a mentor and withdraws: no reason asked, no event (it was never accepted).
    const own = await h.bus.request(SubmitApplication, asMentor, staff(id.outsider));
    expect((await h.bus.request(WithdrawApplication, { applicationId: own.id }, staff(id.outsider))).state).toBe('withdrawn');
    expect(await h.events(ApplicationWithdrawn)).toEqual([]);
    // Each application received tells its applicant (ids only, never the motivation).
    const received = await h.events<{ applicationId: string; staffId: string }>(ApplicationReceived);
    expect(received.map((e) => e.applicationId)).toEqual([menteeApp, transferApp, mentorApp, managerApp, mentor2App, own.id]);
    expect(JSON.stringify(received)).not.toContain('I started last month');
    // Consent once (issue 22): each application made with consent tells identity (which records the consent)
    // the purpose and the policy's consent text version (this policy names none: null); the refused one without consent does not.
    const consents = await h.events<ConsentGivenEvent>(ConsentGiven);
    expect(consents.map((e) => e.applicationId)).toEqual([menteeApp, transferApp, mentorApp, managerApp, mentor2App, own.id]);
    expect(consents[0]).toEqual({
      tenantId: T,
      staffId: id.newHire,
      programmeId: programme.id,
      cohortId: cohort.id,
      applicationId: menteeApp,
      purpose: 'programme.participation',
      version: null,
      locale: 'en',
    });
    expect(JSON.stringify(consents)).not.toContain('I started last month');
    // Waitlisted, then declined: the applicant hears each decision once, never the coordinator's reason.
    const again = await h.bus.request(SubmitApplication, asMentor, staff(id.outsider));
    await h.bus.request(DecideApplication, { applicationId: again.id, decision: 'waitlist', reason: 'Cohort full for now' }, coord());
    await h.bus.request(DecideApplication, { applicationId: again.id, decision: 'waitlist' }, coord());
    await h.bus.request(DecideApplication, { applicationId: again.id, decision: 'decline', reason: 'Not enough night shifts' }, coord());
    const waitlisted = await h.events<{ applicationId: string; staffId: string }>(ApplicationWaitlisted);
    const declined = await h.events<{ applicationId: string; staffId: string }>(ApplicationDeclined);
    expect(waitlisted.map((e) => [e.applicationId, e.staffId])).toEqual([[again.id, id.outsider]]);
    expect(declined.map((e) => [e.applicationId, e.staffId])).toEqual([[again.id, id.outsider]]);
    expect(JSON.stringify([...waitlisted, ...declined])).not.toMatch(/Cohort full|night shifts/);
    // Another tenant's coordinator cannot see the cohort.
    expect((await failure(h.bus.request(DecideApplication, { applicationId: menteeApp, decision: 'accept' }, as.coordinator(OTHER_TENANT)))).category).toBe('NOT_FOUND');
  });

  it('selection: declining needs a reason; mentor training is required when the training module is deployed', async () => {
    expect((await failure(h.bus.request(DecideApplication, { applicationId: transferApp, decision: 'decline' }, coord()))).code).toBe('programmes.DECLINE_REASON_REQUIRED');
    for (const a of [menteeApp, transferApp]) await h.bus.request(DecideApplication, { applicationId: a, decision: 'accept' }, coord());
    // Without the training module, training cannot be verified: accepted and flagged.
    const flagged = await h.bus.request(DecideApplication, { applicationId: managerApp, decision: 'accept' }, coord());
    expect(flagged.flags).toEqual(['training_not_verified']);
    // With the training module answering on the bus, an untrained mentor is refused …
    await h.transport.serve('training.v1.health.ping', 'training', () => Promise.resolve({ ok: true, data: { status: 'up' } }));
    expect((await failure(h.bus.request(DecideApplication, { applicationId: mentorApp, decision: 'accept' }, coord()))).code).toBe('programmes.MENTOR_NOT_TRAINED');
    // … until training.v1.course.completed arrives.
    for (const s of [id.mentor, id.mentor2]) {
      await h.publish(CourseCompleted, { tenantId: T, staffId: s, courseId: randomUUID(), audience: 'mentor', courseVersion: 1, completedOn: today, certificateId: null });
    }
    expect((await h.bus.request(DecideApplication, { applicationId: mentorApp, decision: 'accept' }, coord())).flags).toEqual([]);
    await h.bus.request(DecideApplication, { applicationId: mentor2App, decision: 'accept' }, coord());
    const accepted = await h.events<{ applicationId: string; staffId: string; motivation?: string }>(ApplicationAccepted);
    expect(accepted.map((e) => e.applicationId)).toEqual(expect.arrayContaining([menteeApp, transferApp, mentorApp, managerApp]));
    expect(JSON.stringify(accepted)).not.toContain('I started last month');
  });

  let duo: string;

  it('duos by hand: the line-manager rule and mentor capacity hold', async () => {
    const early = await failure(h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp, menteeApplicationId: menteeApp }, coord()));
    expect(early.code).toBe('programmes.COHORT_NOT_MATCHING');
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord());
    const chain = await failure(h.bus.request(CreateRelationship, { mentorApplicationId: managerApp, menteeApplicationId: menteeApp }, coord()));
    expect(chain.code).toBe('programmes.LINE_MANAGER_CONFLICT');
    const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp, menteeApplicationId: menteeApp }, coord());
    duo = rel.id;
    expect(rel).toMatchObject({ state: 'active', mentorStaffId: id.mentor, menteeStaffId: id.newHire, institutionId: PRISON });
    const full = await failure(h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp, menteeApplicationId: transferApp }, coord()));
    expect(full.code).toBe('programmes.MENTOR_AT_CAPACITY');
    expect((await h.events(RelationshipStarted)).length).toBe(1);
  });

  it('duo content is private to the duo; the coordinator sees metadata; anyone else sees nothing', async () => {
    await h.bus.request(SaveAgreement, { relationshipId: duo, goalsSummary: 'Learn the night routine', cadenceDays: 14 }, staff(id.newHire));
    // The mentee saved it: the mentor is asked to acknowledge it (the event names who saved it, never the text).
    const saved = await h.events<{ relationshipId: string; savedByRole: string }>(AgreementSaved);
    expect(saved.map((e) => [e.relationshipId, e.savedByRole])).toEqual([[duo, 'mentee']]);
    expect(JSON.stringify(saved)).not.toContain('night routine');
    await h.bus.request(AcknowledgeAgreement, { relationshipId: duo }, staff(id.newHire));
    const ack = await h.bus.request(AcknowledgeAgreement, { relationshipId: duo }, staff(id.mentor));
    expect(ack.confidentialityText).toBe(programme.policy.confidentialityText);
    await h.bus.request(AddGoal, { relationshipId: duo, title: 'Handle a cell search alone', function: 'job_familiarisation' }, staff(id.mentor));
    const meeting = await h.bus.request(
      LogMeeting,
      { relationshipId: duo, heldOn: today, durationMinutes: 45, duringShift: true, functions: ['psychosocial'], notes: 'Talked about the incident on B wing' },
      staff(id.newHire),
    );
    expect(meeting.notes).toBe('Talked about the incident on B wing');
    expect((await h.bus.request(ListMeetings, { relationshipId: duo }, staff(id.mentor)))[0].notes).toBe('Talked about the incident on B wing');

    // The coordinator: metadata yes, content no.
    const meta = await h.bus.request(GetRelationship, { relationshipId: duo }, coord());
    expect(meta).toMatchObject({ meetingCount: 1, lastMeetingOn: today, agreementAcknowledged: true, myRole: null });
    expect(JSON.stringify(meta)).not.toContain('incident');
    for (const def of [ListMeetings, ListGoals, GetAgreement, ListReflections] as RequestDef<RelationshipIdRequest, unknown>[]) {
      expect((await failure(h.bus.request(def, { relationshipId: duo }, coord()))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(def, { relationshipId: duo }, as.tenantAdmin(T)))).category).toBe('NOT_FOUND');
      expect((await failure(h.bus.request(def, { relationshipId: duo }, staff(id.outsider)))).category).toBe('NOT_FOUND');
      expect((await failure(h.bus.request(def, { relationshipId: duo }, as.coordinator(OTHER_TENANT)))).category).toBe('NOT_FOUND');
      expect((await failure(h.bus.request(def, { relationshipId: duo }, as.platformAdmin()))).category).toBe('NOT_FOUND');
    }
    // Another institution's coordinator does not even see the duo.
    const youthCoordinator = as.coordinator(T, { scopeType: 'institution', scopeId: YOUTH });
    expect((await failure(h.bus.request(GetRelationship, { relationshipId: duo }, youthCoordinator))).category).toBe('NOT_FOUND');
    expect((await h.bus.request(ListRelationships, { cohortId: cohort.id }, youthCoordinator)).total).toBe(0);
    expect((await h.bus.request(ListRelationships, { cohortId: cohort.id }, as.coordinator(T, { scopeType: 'institution', scopeId: PRISON }))).total).toBe(1);
    // The meeting event carries metadata only.
    const logged = await h.events(MeetingLogged);
    expect(logged).toHaveLength(1);
    // The first meeting opened the fit check for both sides.
    expect((await h.events<{ relationshipId: string }>(FitCheckOpened)).map((e) => e.relationshipId)).toEqual([duo]);
    expect(JSON.stringify(logged)).not.toContain('incident');
  });

  it('a concern goes to the support contact; the coordinator learns only that there is one', async () => {
    const c = await h.bus.request(RaiseConcern, { relationshipId: duo, category: 'wellbeing', details: 'My mentee seems exhausted after nights' }, staff(id.mentor));
    expect(c.supportContact).toEqual({ name: 'Occupational health', howToReach: 'ext. 2200' });
    expect((await h.bus.request(GetRelationship, { relationshipId: duo }, coord())).openConcerns).toBe(1);
    expect((await h.bus.request(SupportConcerns, {}, staff(id.support)))[0].details).toBe('My mentee seems exhausted after nights');
    expect(await h.bus.request(SupportConcerns, {}, staff(id.outsider))).toEqual([]);
    expect(await h.bus.request(MyConcerns, {}, staff(id.newHire))).toEqual([]);
    const raised = await h.events(ConcernRaised);
    expect(raised).toHaveLength(1);
    expect(JSON.stringify(raised)).not.toContain('exhausted');
    // The support contact is told that something needs their attention: who they are, nothing about what, whose or which duo.
    const routed = await h.events<Record<string, string>>(ConcernRouted);
    expect(routed).toEqual([{ tenantId: T, concernId: c.id, supportStaffId: id.support }]);
    const attention = await h.bus.request(ListAttention, { cohortId: cohort.id }, coord());
    expect(attention.find((a) => a.relationshipId === duo)?.reasons).toContain('open_concern');
  });

  it('the fit check opens after the first meeting; "not a fit" ends the duo and asks for a re-match', async () => {
    await h.bus.request(DecideApplication, { applicationId: transferApp, decision: 'accept' }, coord());
    const second = await h.bus.request(CreateRelationship, { mentorApplicationId: mentor2App, menteeApplicationId: transferApp }, coord());
    expect((await failure(h.bus.request(AnswerFitCheck, { relationshipId: second.id, answer: 'good_fit' }, staff(id.transfer)))).code).toBe('programmes.FIT_CHECK_TOO_EARLY');
    await h.bus.request(LogMeeting, { relationshipId: second.id, heldOn: today, durationMinutes: 30, duringShift: false, functions: ['psychosocial'] }, staff(id.mentor2));
    await h.bus.request(LogMeeting, { relationshipId: second.id, heldOn: today, durationMinutes: 20, duringShift: true, functions: ['psychosocial'] }, staff(id.transfer));
    // Opened once, by the first meeting only.
    expect((await h.events<{ relationshipId: string }>(FitCheckOpened)).filter((e) => e.relationshipId === second.id)).toHaveLength(1);
    const ended = await h.bus.request(AnswerFitCheck, { relationshipId: second.id, answer: 'not_a_fit' }, staff(id.transfer));
    expect(ended).toMatchObject({ state: 'ended_early', endReason: 'not_a_fit', rematchRequested: true });
    expect((await h.events<{ relationshipId: string; notAFit: boolean; rematchRequested: boolean }>(RelationshipEndedEarly)).at(-1)).toMatchObject({
      relationshipId: second.id,
      notAFit: true,
      rematchRequested: true,
    });
  });

  it('an approved match becomes a duo, once', async () => {
    const proposalId = randomUUID();
    const event = {
      tenantId: T,
      programmeId: programme.id,
      cohortId: cohort.id,
      matchRunId: randomUUID(),
      proposalId,
      mentorStaffId: id.manager,
      menteeStaffId: id.transfer,
      mentorApplicationId: managerApp,
      menteeApplicationId: transferApp,
      flags: [],
    };
    await h.publish(MatchApproved, event);
    await h.publish(MatchApproved, event);
    const duos = (await h.bus.request(ListRelationships, { cohortId: cohort.id }, coord())).items.filter((r) => r.proposalId === proposalId);
    expect(duos).toHaveLength(1);
    expect(duos[0]).toMatchObject({ mentorStaffId: id.manager, menteeStaffId: id.transfer, flags: ['training_not_verified'] });
  });

  it('the dashboard shows process metadata and counts only', async () => {
    const d = await h.bus.request(CohortDashboard, { cohortId: cohort.id }, as.tenantAdmin(T));
    // Three meetings: one of the first duo, two of the second (before its fit check).
    expect(d).toMatchObject({ activeDuos: 2, endedEarly: 1, meetings: 3, openConcerns: 1, rematchRequests: 1 });
    expect(d.functionBalance).toEqual([
      { function: 'psychosocial', meetings: 3, share: 1 },
      { function: 'job_familiarisation', meetings: 0, share: 0 },
    ]);
    expect(JSON.stringify(d)).not.toMatch(new RegExp(`${id.newHire}|${id.mentor}|incident|exhausted`));
    // Tenant admins get aggregates, not the list of duos.
    expect((await failure(h.bus.request(ListRelationships, { cohortId: cohort.id }, as.tenantAdmin(T)))).category).toBe('FORBIDDEN');
  });

  it('the support contact reads their concerns a page at a time when asked (issue 22): newest first, every concern once', async () => {
    for (const details of ['Second note for support', 'Third note for support']) {
      await h.bus.request(RaiseConcern, { relationshipId: duo, category: 'other', details }, staff(id.mentor));
    }
    const all = await h.bus.request(SupportConcerns, {}, staff(id.support));
    expect(all).toHaveLength(3);
    const pages = [await h.bus.request(SupportConcerns, { offset: 0, limit: 2 }, staff(id.support)), await h.bus.request(SupportConcerns, { offset: 2, limit: 2 }, staff(id.support))];
    expect(pages.map((p) => p.length)).toEqual([2, 1]);
    expect(pages.flat().map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(all.at(-1)!.details).toBe('My mentee seems exhausted after nights');
    expect(await h.bus.request(SupportConcerns, { offset: 0, limit: 2 }, staff(id.outsider))).toEqual([]);
  });

  it('closure: each side reflects privately; closed when both have', async () => {
    const first = await h.bus.request(CloseRelationship, { relationshipId: duo, reflection: 'I learnt a lot.' }, staff(id.newHire));
    expect(first.state).toBe('active');
    const done = await h.bus.request(CloseRelationship, { relationshipId: duo, reflection: 'A good first mentee.' }, staff(id.mentor));
    expect(done.state).toBe('closed');
    expect((await h.events(RelationshipClosed)).length).toBe(1);
    expect(await h.bus.request(ListReflections, { relationshipId: duo }, staff(id.mentor))).toHaveLength(2);
  });

  it('erasure removes what the person wrote in their duos', async () => {
    await h.publish(StaffErased, { staffId: id.newHire, tenantId: T, accountId: null });
    const meetings = await h.bus.request(ListMeetings, { relationshipId: duo }, staff(id.mentor));
    expect(meetings[0].notes).toBeNull();
    expect(await h.bus.request(ListReflections, { relationshipId: duo }, staff(id.mentor))).toEqual([]);
  });
});
