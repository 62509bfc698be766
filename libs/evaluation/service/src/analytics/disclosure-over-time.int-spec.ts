import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, TenantCreated } from '@m4pris/identity-contracts';
import { RelationshipEndedEarly, RelationshipStarted } from '@m4pris/programmes-contracts';
import { GetPrePostReport, ListMyInvitations, SaveAnswers, SaveSurveyPlan, type PrePostCellDto } from '@m4pris/evaluation-contracts';
import { as, startEvaluation, type EvaluationHarness } from '../../test/harness.js';

/*
 * Issue 14's differencing attack, replayed through the service's API (bus requests as each role):
 * a coordinator reads prePostReport, ends one duo early (which opens that mentee's closure wave),
 * waits for the answer and reads again; n_new × mean_new − n_old × mean_old would be that named
 * mentee's baseline and closure. Managers get frozen releases (docs/disclosure-control.md), so the
 * second read equals the first. The researcher's live view is the same computation without the
 * protection: there the attack recovers the mentee's scores exactly (the check that the attack is
 * real and that removing the protection brings it back).
 */
const T = randomUUID();
const PROGRAMME = randomUUID();
const COHORT = randomUUID();

function who5(raw: number) {
  const base = Math.floor(raw / 5);
  return [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'who5' as const, itemId: `who5_${i}`, value: base + (i <= raw % 5 ? 1 : 0) }));
}

describe('disclosure control over time: differencing prePostReport across one answer', () => {
  let h: EvaluationHarness;
  const duos = Array.from({ length: 10 }, () => ({ relationshipId: randomUUID(), mentor: randomUUID(), mentee: randomUUID() }));
  const mine = (staffId: string) => h.bus.request(ListMyInvitations, {}, as.staff(T, staffId));
  const answer = async (staffId: string, wave: string, raw: number) => {
    const inv = (await mine(staffId)).find((i) => i.wave === wave)!;
    await h.bus.request(SaveAnswers, { invitationId: inv.id, answers: who5(raw), submit: true }, as.staff(T, staffId));
  };
  const end = (d: (typeof duos)[number]) =>
    h.publish(RelationshipEndedEarly, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: d.relationshipId, mentorStaffId: d.mentor, menteeStaffId: d.mentee, on: h.clock.day, reason: 'workload', rematchRequested: false, notAFit: false });
  const raw = (cells: PrePostCellDto[]) => cells.find((c) => c.instrumentCode === 'who5' && c.score === 'raw' && c.group === null)!;
  // the targets (duos 8 and 9): baseline 10, closure 5 (the example)
  const baselines = [8, 9, 10, 11, 12, 9, 10, 14, 10, 10];
  const closures = [12, 13, 14, 15, 12, 13, 14, 16, 5];

  beforeAll(async () => {
    h = await startEvaluation();
    await h.publish(TenantCreated, { tenantId: T, code: 'dt', country: 'DK', enabledModules: ['evaluation'] });
    for (const d of duos)
      for (const staffId of [d.mentor, d.mentee])
        await h.publish(StaffProfileChanged, { staffId, tenantId: T, institutionId: randomUUID(), institutionKind: 'adult', region: 'North', unitId: null, position: 'officer', supervisesOthers: false, hiredOn: '2025-06-01', joinedInstitutionOn: '2025-06-01', previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0, languages: ['da'], lineManagerId: null, leftServiceOn: null });
    await h.bus.request(
      SaveSurveyPlan,
      { programmeId: PROGRAMME, waves: [{ kind: 'baseline', mentorInstruments: [], menteeInstruments: ['who5'], dueWithinDays: 21, remindBeforeDueDays: 7 }, { kind: 'closure', mentorInstruments: [], menteeInstruments: ['who5'], dueWithinDays: 21, remindBeforeDueDays: 7 }] },
      as.researcher(T),
    );
    for (const d of duos) await h.publish(RelationshipStarted, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: d.relationshipId, mentorStaffId: d.mentor, menteeStaffId: d.mentee, on: '2026-01-05', plannedEndOn: '2026-07-05', proposalId: null });
    for (const [i, d] of duos.entries()) await answer(d.mentee, 'baseline', baselines[i]!);
    h.clock.day = '2026-03-02';
    for (const [i, d] of duos.slice(0, 8).entries()) {
      await end(d);
      await answer(d.mentee, 'closure', closures[i]!);
    }
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['coordinator', as.coordinator, 8, '2026-03-03'],
    ['tenant admin', as.tenantAdmin, 9, '2026-03-06'],
  ] as const)('a %s cannot recover the mentee who just answered; the live figures would give her away', async (_role, who, t, day) => {
    const target = duos[t]!;
    h.clock.day = day;
    const before = raw((await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, who(T))).cells);
    const liveBefore = raw((await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, as.researcher(T))).cells);
    expect(before).toMatchObject({ suppressed: false, pairs: 8 });

    // the coordinator ends the target's duo; the closure wave opens; she answers
    await end(target);
    await answer(target.mentee, 'closure', 5);
    h.clock.day = day.replace(/\d\d$/, (dd) => String(Number(dd) + 2).padStart(2, '0')); // her answer's day is closed: nothing held back for being "today"
    const after = raw((await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, who(T))).cells);
    const liveAfter = raw((await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, as.researcher(T))).cells);

    // Unprotected (live) figures: 9 × new − 8 × old is exactly her baseline 10 and closure 5.
    const n = liveBefore.pairs!;
    expect(liveAfter.pairs).toBe(n + 1);
    expect((n + 1) * liveAfter.preMean! - n * liveBefore.preMean!).toBeCloseTo(10, 9);
    expect((n + 1) * liveAfter.postMean! - n * liveBefore.postMean!).toBeCloseTo(5, 9);

    // Frozen release: unchanged until five more people have answered — the difference is nothing.
    expect(after).toEqual(before);
    expect((after.pairs ?? 0) * after.postMean! - (before.pairs ?? 0) * before.postMean!).toBe(0);
  });

  it('managers get the overall baseline → closure cells only (no breakdown, no other wave pair)', async () => {
    const r = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME, breakdown: 'institution', pre: 'baseline', post: 'follow_up' }, as.coordinator(T));
    expect(r).toMatchObject({ pre: 'baseline', post: 'closure', breakdown: null });
    expect(r.cells.every((c) => c.group === null)).toBe(true);
  });
});
