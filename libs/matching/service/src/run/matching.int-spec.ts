import { randomUUID } from 'node:crypto';
import { StaffErased } from '@m4pris/identity-contracts';
import { RelationshipEndedEarly, RelationshipStarted } from '@m4pris/programmes-contracts';
import {
  ApproveProposals,
  ForbidPair,
  GetMatchReason,
  GetMatchRun,
  GetWeights,
  ListMatchingCohorts,
  ListMatchRuns,
  MatchingErrors,
  PinPair,
  RejectProposal,
  Rematch,
  RunMatch,
  SetWeights,
  type MatchApprovedEvent,
  type MatchRunDto,
} from '@m4pris/matching-contracts';
import { as, eventually, failure, startMatching, type MatchingHarness } from '../../test/harness.js';
import { World } from '../../test/fixtures.js';

describe('matching runs fed by real bus events', () => {
  let h: MatchingHarness;
  let w: World;
  const I1 = randomUUID();
  const I4 = randomUUID();
  const U1 = randomUUID();
  const U2 = randomUUID();
  const s: Record<string, string> = {};
  const coord = () => as.coordinator(w.tenantId);
  const pairOf = (run: MatchRunDto, mentee: string) => run.proposals.find((p) => p.menteeStaffId === mentee && p.status !== 'superseded');

  beforeAll(async () => {
    h = await startMatching();
    w = new World(h);
    await w.setUp();
    s.boss = await w.staff({ institutionId: I1, supervisesOthers: true, hiredOn: '2000-01-01' });
    s.mid = await w.staff({ institutionId: I1, supervisesOthers: true, lineManagerId: s.boss });
    s.A = await w.staff({ institutionId: I1, unitId: U1 });
    s.B = await w.staff({ institutionId: I1, unitId: U2, shiftPatternId: w.nightShift });
    s.C = await w.staff({ institutionId: I1, unitId: U1 });
    s.E = await w.staff({ institutionId: I1, unitId: U1, hiredOn: '2025-06-01' });
    s.M1 = await w.staff({ institutionId: I1, unitId: U1, lineManagerId: s.mid, hiredOn: '2026-02-01' });
    s.M2 = await w.staff({ institutionId: I1, unitId: U2, shiftPatternId: w.nightShift, hiredOn: '2026-01-10' });
    s.M3 = await w.staff({ institutionId: I4, hiredOn: '2026-03-01' });
    for (const m of ['boss', 'A', 'B', 'C', 'E']) await w.apply(s[m], 'mentor');
    for (const m of ['M1', 'M2', 'M3']) await w.apply(s[m], 'mentee');
    for (const m of ['boss', 'A', 'B', 'E']) await w.trained(s[m]);
  });
  afterAll(() => h.close());

  let first: MatchRunDto;

  it('proposes the best assignment of the whole cohort and never breaks a hard rule', async () => {
    const cohorts = await h.bus.request(ListMatchingCohorts, {}, coord());
    expect(cohorts).toEqual([expect.objectContaining({ id: w.cohortId, mentors: 5, mentees: 3, menteesWaiting: 3, policyVersion: 1 })]);

    first = await h.bus.request(RunMatch, { cohortId: w.cohortId }, coord());
    expect(first).toMatchObject({ status: 'done', progress: 1, policyVersion: 1, weightsVersion: 0, mentees: 3, mentors: 5 });
    expect(first.inputDigest).toMatch(/^[0-9a-f]{64}$/);
    // M1 shares shifts and unit with A; M2 shares nights and unit with B; the boss is in M1's chain.
    expect(pairOf(first, s.M1)).toMatchObject({ mentorStaffId: s.A, status: 'proposed', flags: [] });
    expect(pairOf(first, s.M2)).toMatchObject({ mentorStaffId: s.B });
    const p1 = pairOf(first, s.M1)!;
    expect(p1.breakdown.find((c) => c.criterion === 'shiftOverlap')).toMatchObject({ value: 1 });
    expect(p1.breakdown.find((c) => c.criterion === 'sameUnit')).toMatchObject({ value: 1 });
    expect(p1.rulesChecked).toEqual(expect.arrayContaining(['line_manager_chain', 'mentor_training', 'institution_scope']));
    expect(p1.reason).toMatch(/^You were matched because/);
    expect(p1.reason).not.toMatch(/[0-9a-f]{8}-/); // nobody's id in the duo's reason
    for (const p of first.proposals) expect([s.C, s.E]).not.toContain(p.mentorStaffId);

    const m3 = first.unmatched.find((u) => u.staffId === s.M3)!;
    expect(m3.reasons).toEqual(
      expect.arrayContaining([
        { rule: 'institution_scope', count: 3 },
        { rule: 'mentor_training', count: 1 },
        { rule: 'min_experience', count: 1 },
      ]),
    );
    expect(m3.explanation).toMatch(/institution scope/);
    expect(first.unmatched.find((u) => u.staffId === s.C)!.reasons).toEqual([{ rule: 'mentor_training', count: 0 }]);
    expect(first.unmatched.find((u) => u.staffId === s.E)!.reasons).toEqual([{ rule: 'min_experience', count: 0 }]);
    expect(first.unmatched.find((u) => u.staffId === s.boss)!.reasons).toEqual([{ rule: 'not_needed', count: 0 }]);
  });

  it('is deterministic for the same input', async () => {
    const again = await h.bus.request(RunMatch, { cohortId: w.cohortId }, coord());
    expect(again.inputDigest).toBe(first.inputDigest);
    expect(again.proposals.map((p) => [p.menteeStaffId, p.mentorStaffId, p.score])).toEqual(first.proposals.map((p) => [p.menteeStaffId, p.mentorStaffId, p.score]));
    first = again;
  });

  it('approves some proposals (publishing match.approved), rejects one, pins a pair and re-runs', async () => {
    const p1 = pairOf(first, s.M1)!;
    const approved = await h.bus.request(ApproveProposals, { runId: first.id, proposalIds: [p1.id] }, coord());
    expect(approved.proposals.find((p) => p.id === p1.id)!.status).toBe('approved');
    await eventually(() => h.published('matching.v1.match.approved').length === 1);
    const ev = h.published('matching.v1.match.approved')[0];
    expect(ev.tenantId).toBe(w.tenantId);
    expect(ev.payload).toEqual<MatchApprovedEvent>({
      tenantId: w.tenantId,
      programmeId: w.programmeId,
      cohortId: w.cohortId,
      matchRunId: first.id,
      proposalId: p1.id,
      mentorStaffId: s.A,
      menteeStaffId: s.M1,
      mentorApplicationId: w.applications.get(`mentor:${s.A}`)!,
      menteeApplicationId: w.applications.get(`mentee:${s.M1}`)!,
      flags: [],
    });
    const twice = await failure(h.bus.request(ApproveProposals, { runId: first.id, proposalIds: [p1.id] }, coord()));
    expect(twice.code).toBe(MatchingErrors.codes.PROPOSAL_DECIDED);

    const p2 = pairOf(first, s.M2)!;
    expect((await h.bus.request(RejectProposal, { proposalId: p2.id }, coord())).status).toBe('rejected');
    const rerun = await h.bus.request(RunMatch, { cohortId: w.cohortId }, coord());
    expect(rerun.mentees).toBe(2); // M1 is matched now
    expect(pairOf(rerun, s.M2)!.mentorStaffId).toBe(s.boss); // B is forbidden after the rejection, A is taken
    expect(rerun.unmatched.find((u) => u.staffId === s.B)).toBeDefined();

    await h.bus.request(PinPair, { cohortId: w.cohortId, mentorStaffId: s.B, menteeStaffId: s.M2 }, coord());
    const pinned = await h.bus.request(RunMatch, { cohortId: w.cohortId }, coord());
    expect(pairOf(pinned, s.M2)).toMatchObject({ mentorStaffId: s.B, pinned: true });
    await h.bus.request(ApproveProposals, { runId: pinned.id }, coord());
    await eventually(() => h.published('matching.v1.match.approved').length === 2);

    const bad = await failure(h.bus.request(ForbidPair, { cohortId: w.cohortId, mentorStaffId: s.M3, menteeStaffId: s.M2 }, coord()));
    expect([bad.code, bad.field]).toEqual([MatchingErrors.codes.NOT_A_PARTICIPANT, 'mentorStaffId']);
  });

  it('re-matches a mentee whose duo ended early with a new mentor, never the previous one', async () => {
    const relationshipId = randomUUID();
    const duo = { tenantId: w.tenantId, programmeId: w.programmeId, cohortId: w.cohortId, relationshipId, mentorStaffId: s.A, menteeStaffId: s.M1, on: '2026-10-01' };
    await h.publish(RelationshipStarted, { ...duo, plannedEndOn: '2027-04-01', proposalId: null });
    const early = await failure(h.bus.request(Rematch, { relationshipId }, coord()));
    expect(early.code).toBe(MatchingErrors.codes.DUO_STILL_ACTIVE);
    await h.publish(RelationshipEndedEarly, { ...duo, on: '2026-10-20', reason: 'not_a_fit', rematchRequested: true, notAFit: true });
    s.F = await w.staff({ institutionId: I1, unitId: U2 });
    await w.apply(s.F, 'mentor');
    await w.trained(s.F);

    const rematch = await h.bus.request(Rematch, { relationshipId }, coord());
    expect(rematch.mentees).toBe(1);
    expect(rematch.proposals).toHaveLength(1);
    expect(rematch.proposals[0]).toMatchObject({ menteeStaffId: s.M1, mentorStaffId: s.F });
    // A was free again (the duo ended) and the best by score, but it was not a fit.
    const all = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId }, coord());
    expect(all[0].id).toBe(rematch.id);
    for (const run of all.filter((r) => r.createdAt >= rematch.createdAt)) for (const p of run.proposals) expect(p.mentorStaffId).not.toBe(s.A);
  });

  it('lists runs newest first by default, in any order asked for (ties by id), and pages on request', async () => {
    const all = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId }, coord());
    expect(all.length).toBeGreaterThanOrEqual(3);
    const oldest = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId, orderBy: { field: 'created_at' } }, coord());
    expect(oldest.map((r) => r.id)).toEqual([...all].reverse().map((r) => r.id));
    const pages = await Promise.all(all.map((_, offset) => h.bus.request(ListMatchRuns, { cohortId: w.cohortId, offset, limit: 1 }, coord())));
    expect(pages.map((p) => p.map((r) => r.id))).toEqual(all.map((r) => [r.id]));
    const byStatus = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId, orderBy: { field: 'status', direction: 'desc' } }, coord());
    expect(new Set(byStatus.map((r) => r.id)).size).toBe(all.length);
    const e = await failure(h.bus.request(ListMatchRuns, { cohortId: w.cohortId, orderBy: { field: 'mentor_name' } } as never, coord()));
    expect([e.code, e.field]).toEqual(['common.INVALID_INPUT', 'orderBy.field']);
  });

  it('shows the duo its plain reason and nobody else', async () => {
    const runs = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId }, coord());
    const approved = runs.flatMap((r) => r.proposals).find((p) => p.status === 'approved' && p.menteeStaffId === s.M2)!;
    const mine = await h.bus.request(GetMatchReason, { proposalId: approved.id }, as.staff(w.tenantId, s.M2));
    expect(mine).toMatchObject({ proposalId: approved.id, reason: approved.reason, partnerStaffId: approved.mentorStaffId });
    expect(mine).not.toHaveProperty('breakdown');
    const theirs = await h.bus.request(GetMatchReason, { proposalId: approved.id }, as.staff(w.tenantId, approved.mentorStaffId));
    expect([theirs.reason, theirs.partnerStaffId]).toEqual([approved.reason, s.M2]);
    for (const other of [as.staff(w.tenantId, s.A), coord(), as.staff(randomUUID(), s.M2)]) {
      expect((await failure(h.bus.request(GetMatchReason, { proposalId: approved.id }, other))).category).toBe('NOT_FOUND');
    }
  });

  it("writes the reason, the criteria's details and the unmatched explanations in the reader's language", async () => {
    const inLocale = <T extends { locale: string }>(ctx: T, locale: string): T => ({ ...ctx, locale });
    const runs = await h.bus.request(ListMatchRuns, { cohortId: w.cohortId }, coord());
    const approved = runs.flatMap((r) => r.proposals).find((p) => p.status === 'approved' && p.menteeStaffId === s.M2)!;
    const da = await h.bus.request(GetMatchReason, { proposalId: approved.id }, inLocale(as.staff(w.tenantId, s.M2), 'da'));
    expect(da.reason).toMatch(/^I er blevet sat sammen, fordi /);
    expect(da.reason).not.toMatch(/matched|because/);
    const el = await h.bus.request(GetMatchReason, { proposalId: approved.id }, inLocale(as.staff(w.tenantId, s.M2), 'el'));
    expect(el.reason).toMatch(/^Σας αντιστοιχίσαμε επειδή /);
    expect(el.highlights).toEqual(da.highlights);

    const roRun = await h.bus.request(GetMatchRun, { runId: first.id }, inLocale(coord(), 'ro'));
    const enRun = await h.bus.request(GetMatchRun, { runId: first.id }, coord());
    const m3 = roRun.unmatched.find((u) => u.staffId === s.M3)!;
    expect(m3.explanation).toMatch(/^Niciun mentor propus: în afara instituțiilor acoperite de program/);
    expect(m3.reasons).toEqual(enRun.unmatched.find((u) => u.staffId === s.M3)!.reasons);
    const roDetails = roRun.proposals.flatMap((p) => p.breakdown.map((c) => c.detail));
    const enDetails = enRun.proposals.flatMap((p) => p.breakdown.map((c) => c.detail));
    expect(roDetails).toHaveLength(enDetails.length);
    expect(roDetails.filter((d, i) => d === enDetails[i] && /[a-z]{3}/.test(d))).toEqual([]);
    expect(roRun.proposals[0].reason).toMatch(/^Ați fost împerecheați deoarece |^Ați fost propuși /);
  });

  it('keeps runs to the coordinator of the tenant (the tenant admin gets counts and weights only); another tenant gets NOT_FOUND', async () => {
    const other = randomUUID();
    expect((await failure(h.bus.request(GetMatchRun, { runId: first.id }, as.coordinator(other)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(RunMatch, { cohortId: w.cohortId }, as.coordinator(other)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(ApproveProposals, { runId: first.id }, as.coordinator(other)))).category).toBe('NOT_FOUND');
    expect(await h.bus.request(ListMatchingCohorts, {}, as.coordinator(other))).toEqual([]);
    expect((await failure(h.bus.request(GetMatchRun, { runId: first.id }, as.researcher(w.tenantId)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(GetMatchRun, { runId: first.id }, as.staff(w.tenantId, s.M1)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(GetMatchRun, { runId: first.id }, as.platformAdmin()))).category).toBe('FORBIDDEN');
    // The tenant admin: configuration and pool counts, never who is proposed with whom.
    const admin = as.tenantAdmin(w.tenantId);
    for (const call of [
      () => h.bus.request(GetMatchRun, { runId: first.id }, admin),
      () => h.bus.request(ListMatchRuns, { cohortId: w.cohortId }, admin),
      () => h.bus.request(RunMatch, { cohortId: w.cohortId }, admin),
      () => h.bus.request(ApproveProposals, { runId: first.id }, admin),
    ]) {
      expect((await failure(call())).category).toBe('FORBIDDEN');
    }
    expect((await h.bus.request(ListMatchingCohorts, {}, as.tenantAdmin(w.tenantId))).map((c) => c.id)).toContain(w.cohortId);
    expect((await h.bus.request(GetWeights, { programmeId: w.programmeId }, as.tenantAdmin(w.tenantId))).programmeId).toBe(w.programmeId);
  });

  it('refuses bad input with the field named, and versions the weights', async () => {
    const e = await failure(h.bus.request(RunMatch, { cohortId: 'nope' }, coord()));
    expect([e.category, e.field]).toEqual(['BAD_USER_INPUT', 'cohortId']);
    const weights = { programmeId: w.programmeId, shiftOverlap: 50, sameUnit: 10, experienceGap: 10, sharedLanguage: 10, functions: 10, destinationKind: 5, preferences: 5 };
    const bad = await failure(h.bus.request(SetWeights, { ...weights, sameUnit: 150 }, coord()));
    expect([bad.category, bad.field]).toEqual(['BAD_USER_INPUT', 'sameUnit']);
    expect((await h.bus.request(GetWeights, { programmeId: w.programmeId }, coord())).version).toBe(0);
    expect(await h.bus.request(SetWeights, weights, coord())).toMatchObject({ version: 1, shiftOverlap: 50 });
    const run = await h.bus.request(RunMatch, { cohortId: w.cohortId }, coord());
    expect(run).toMatchObject({ weightsVersion: 1, weights: expect.objectContaining({ shiftOverlap: 50 }) });
  });

  it('forgets an erased person', async () => {
    await h.publish(StaffErased, { staffId: s.M2, tenantId: w.tenantId, accountId: null });
    const left = await h.sql<{ n: string }>(
      `select (select count(*) from matching.staff_profile where staff_id = ?) + (select count(*) from matching.participant where staff_id = ?) + (select count(*) from matching.proposal where mentee_staff_id = ?) as n`,
      [s.M2, s.M2, s.M2],
    );
    expect(Number(left[0].n)).toBe(0);
  });
});

describe('policy variants', () => {
  let h: MatchingHarness;
  beforeAll(async () => {
    h = await startMatching();
  });
  afterAll(() => h.close());

  it('allows the management chain only when the policy says so, and then flags it (also in match.approved)', async () => {
    const w = new World(h);
    await w.setUp({ policy: { lineManagerRule: 'allow_flagged' } });
    const inst = randomUUID();
    const boss = await w.staff({ institutionId: inst, supervisesOthers: true });
    const mentee = await w.staff({ institutionId: inst, lineManagerId: boss, hiredOn: '2026-05-01' });
    await w.apply(boss, 'mentor');
    await w.apply(mentee, 'mentee');
    await w.trained(boss);
    const run = await h.bus.request(RunMatch, { cohortId: w.cohortId }, as.coordinator(w.tenantId));
    expect(run.proposals[0]).toMatchObject({ mentorStaffId: boss, flags: ['line_manager_chain'] });
    await h.bus.request(ApproveProposals, { runId: run.id }, as.coordinator(w.tenantId));
    await eventually(() => h.published('matching.v1.match.approved').some((e) => (e.payload as MatchApprovedEvent).menteeStaffId === mentee));
    expect((h.published('matching.v1.match.approved').find((e) => (e.payload as MatchApprovedEvent).menteeStaffId === mentee)!.payload as MatchApprovedEvent).flags).toEqual(['line_manager_chain']);

    // The same people under "forbid" (policy version 2): nobody can be proposed, and the reason says why.
    await w.cohort({ lineManagerRule: 'forbid' }, 2);
    const mentee2 = await w.staff({ institutionId: inst, lineManagerId: boss, hiredOn: '2026-05-01' });
    await w.apply(mentee2, 'mentee');
    await w.cohort({ lineManagerRule: 'forbid', mentorCapacity: 3 }, 3);
    const forbidden = await h.bus.request(RunMatch, { cohortId: w.cohortId }, as.coordinator(w.tenantId));
    expect(forbidden.policyVersion).toBe(3);
    expect(forbidden.proposals).toHaveLength(0);
    expect(forbidden.unmatched.find((u) => u.staffId === mentee2)!.reasons).toEqual([{ rule: 'line_manager_chain', count: 1 }]);
  });

  it('requires mentor training only where the training module is deployed; peers or supervisors per policy', async () => {
    const noTraining = new World(h);
    await noTraining.setUp({ modules: ['identity', 'programmes', 'matching'] });
    const inst = randomUUID();
    const mentor = await noTraining.staff({ institutionId: inst });
    const mentee = await noTraining.staff({ institutionId: inst, hiredOn: '2026-05-01' });
    await noTraining.apply(mentor, 'mentor');
    await noTraining.apply(mentee, 'mentee');
    const run = await h.bus.request(RunMatch, { cohortId: noTraining.cohortId }, as.coordinator(noTraining.tenantId));
    expect(run.proposals.map((p) => p.mentorStaffId)).toEqual([mentor]);

    // A training event for the tenant shows the module runs there: the untrained mentor is now excluded.
    const other = await noTraining.staff({ institutionId: inst });
    await noTraining.trained(other);
    const after = await h.bus.request(RunMatch, { cohortId: noTraining.cohortId }, as.coordinator(noTraining.tenantId));
    expect(after.proposals).toHaveLength(0);
    expect(after.unmatched.find((u) => u.staffId === mentor)!.reasons).toEqual([{ rule: 'mentor_training', count: 0 }]);

    const supervisorsOnly = new World(h);
    await supervisorsOnly.setUp({ policy: { mentorKinds: 'supervisor', mentorTrainingRequired: false } });
    const peer = await supervisorsOnly.staff({ institutionId: inst });
    const menteeS = await supervisorsOnly.staff({ institutionId: inst, hiredOn: '2026-05-01' });
    await supervisorsOnly.apply(peer, 'mentor');
    await supervisorsOnly.apply(menteeS, 'mentee');
    const sup = await h.bus.request(RunMatch, { cohortId: supervisorsOnly.cohortId }, as.coordinator(supervisorsOnly.tenantId));
    expect(sup.unmatched.find((u) => u.staffId === peer)!.reasons).toEqual([{ rule: 'mentor_kind', count: 0 }]);
  });
});
