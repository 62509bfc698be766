import { randomUUID } from 'node:crypto';
import { personalDataPart, personalDataRead, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { StaffErased, StaffProfileChanged, TenantCreated } from '@m4pris/identity-contracts';
import { MeetingLogged, RelationshipClosed, RelationshipEndedEarly, RelationshipStarted } from '@m4pris/programmes-contracts';
import {
  ExportWave,
  GetCodebook,
  GetMyInvitation,
  GetPrePostReport,
  GetProgrammeOutcomes,
  GetResponseFlow,
  GetSurveyPlan,
  ListMyInvitations,
  ListMyScores,
  LoadInstrumentText,
  SaveAnswers,
  SaveSurveyPlan,
  SurveyCompleted,
  SurveyOpened,
  type InvitationDto,
} from '@m4pris/evaluation-contracts';
import { as, failure, startEvaluation, type EvaluationHarness } from '../test/harness.js';

const T1 = randomUUID();
const T2 = randomUUID();
const PROGRAMME = randomUUID();
const COHORT = randomUUID();
const INSTITUTIONS = [randomUUID(), randomUUID()];

interface Duo {
  relationshipId: string;
  mentor: string;
  mentee: string;
}

/** WHO-5 answers summing to `raw` (0–25). */
function who5(raw: number): { instrumentCode: 'who5'; itemId: string; value: number }[] {
  const base = Math.floor(raw / 5);
  return [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'who5' as const, itemId: `who5_${i}`, value: base + (i <= raw % 5 ? 1 : 0) }));
}
const codebook0 = (c: { csv: string }) => c.csv;
function own(code: 'm4p_integration' | 'm4p_satisfaction', prefix: string, v: number) {
  return [1, 2, 3].map((i) => ({ instrumentCode: code, itemId: `${prefix}${i}`, value: v }));
}

describe('evaluation flow on real PostgreSQL, fed by real bus events', () => {
  let h: EvaluationHarness;
  const duos: Duo[] = [];

  beforeAll(async () => {
    h = await startEvaluation();
    await h.publish(TenantCreated, { tenantId: T1, code: 'dk', country: 'DK', enabledModules: ['evaluation'] });
    for (let i = 0; i < 12; i++) {
      const duo = { relationshipId: randomUUID(), mentor: randomUUID(), mentee: randomUUID() };
      duos.push(duo);
      for (const [staffId, hiredOn] of [
        [duo.mentor, '2015-03-01'],
        [duo.mentee, '2025-06-01'],
      ] as const) {
        await h.publish(StaffProfileChanged, {
          staffId,
          tenantId: T1,
          institutionId: INSTITUTIONS[i % 2]!,
          institutionKind: 'adult',
          region: 'North',
          unitId: null,
          position: 'officer',
          supervisesOthers: false,
          hiredOn,
          joinedInstitutionOn: hiredOn,
          previousInstitutionKind: null,
          shiftPatternId: null,
          shiftOffsetDays: 0,
          languages: ['da'],
          lineManagerId: null,
          leftServiceOn: i === 0 ? '2025-10-01' : null,
        });
      }
    }
    for (let i = 0; i < 6; i++) {
      await h.publish(StaffProfileChanged, {
        staffId: randomUUID(),
        tenantId: T1,
        institutionId: INSTITUTIONS[0]!,
        institutionKind: 'adult',
        region: 'North',
        unitId: null,
        position: 'officer',
        supervisesOthers: false,
        hiredOn: '2025-06-01',
        joinedInstitutionOn: '2025-06-01',
        previousInstitutionKind: null,
        shiftPatternId: null,
        shiftOffsetDays: 0,
        languages: ['da'],
        lineManagerId: null,
        leftServiceOn: i < 2 ? '2025-08-15' : null,
      });
    }
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const start = (d: Duo) =>
    h.publish(RelationshipStarted, { tenantId: T1, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: d.relationshipId, mentorStaffId: d.mentor, menteeStaffId: d.mentee, on: '2026-01-05', plannedEndOn: '2026-07-05', proposalId: null });
  const mine = async (staffId: string) => h.bus.request(ListMyInvitations, {}, as.staff(T1, staffId));

  it('schedules baseline waves for relationships that started before the plan existed (backfill)', async () => {
    await start(duos[0]!);
    const plan = await h.bus.request(
      SaveSurveyPlan,
      {
        programmeId: PROGRAMME,
        waves: [
          { kind: 'baseline', mentorInstruments: ['who5'], menteeInstruments: ['who5', 'm4p_integration'], dueWithinDays: 21, remindBeforeDueDays: 7 },
          { kind: 'midpoint', mentorInstruments: [], menteeInstruments: ['m4p_integration'], dueWithinDays: 14, remindBeforeDueDays: 3 },
          { kind: 'closure', mentorInstruments: ['who5', 'm4p_satisfaction'], menteeInstruments: ['who5', 'm4p_integration', 'm4p_satisfaction'], dueWithinDays: 21, remindBeforeDueDays: 7 },
          { kind: 'follow_up', mentorInstruments: [], menteeInstruments: ['who5'], dueWithinDays: 30, remindBeforeDueDays: 7, monthsAfterEnd: 6 },
        ],
      },
      as.researcher(T1),
    );
    expect(plan.version).toBe(1);
    const inv = await mine(duos[0]!.mentee);
    expect(inv.map((i) => [i.wave, i.state])).toEqual([
      ['baseline', 'open'],
      ['midpoint', 'scheduled'],
    ]);
    expect(inv[0]).toMatchObject({ opensOn: '2026-01-05', dueOn: '2026-01-26', itemCount: 8, reminderDue: false });
    expect((await mine(duos[0]!.mentor)).map((i) => i.wave)).toEqual(['baseline']);
    // The waves open now tell the invited participant (and only them): the person, the wave, the due date and
    // the invitation's id (for notifications' reminders) — no participant code. The midpoint opens later (a timed message, not this event).
    const opened = await h.outbox<Record<string, string>>(SurveyOpened.subject);
    expect(opened.map((e) => [e.staffId, e.wave, e.dueOn]).sort()).toEqual(
      [
        [duos[0]!.mentee, 'baseline', '2026-01-26'],
        [duos[0]!.mentor, 'baseline', '2026-01-26'],
      ].sort(),
    );
    for (const e of opened) expect(Object.keys(e).sort()).toEqual(['dueOn', 'invitationId', 'staffId', 'tenantId', 'wave']);
    expect(opened.find((e) => e.staffId === duos[0]!.mentee)!.invitationId).toBe(inv[0]!.id);
  });

  it('schedules the waves of a new relationship from relationship.started, once per event', async () => {
    for (const d of duos.slice(1)) await start(d);
    await start(duos[1]!); // a redelivered start issues nothing twice
    expect((await mine(duos[1]!.mentee)).map((i) => i.wave)).toEqual(['baseline', 'midpoint']);
    const [{ n }] = await h.sql<{ n: string }>(`select count(*) as n from evaluation.invitation where wave = 'baseline'`);
    expect(Number(n)).toBe(24);
    // One message per invitation issued: the redelivered start told nobody twice.
    expect(await h.outbox(SurveyOpened.subject)).toHaveLength(24);
  });

  it('refuses invalid plans and answers with typed errors naming the field', async () => {
    const bad = await failure(
      h.bus.request(SaveSurveyPlan, { programmeId: PROGRAMME, waves: [{ kind: 'follow_up', mentorInstruments: ['who5'], menteeInstruments: [], dueWithinDays: 10, remindBeforeDueDays: 2 }] }, as.researcher(T1)),
    );
    expect(bad.code).toBe('evaluation.PLAN_INVALID');
    expect(bad.field).toBe('waves[0].monthsAfterEnd');
    const unknown = await failure(h.bus.request(SaveSurveyPlan, { programmeId: PROGRAMME, waves: [{ kind: 'baseline', mentorInstruments: ['mbi'], menteeInstruments: [], dueWithinDays: 10, remindBeforeDueDays: 2 }] } as never, as.researcher(T1)));
    expect(unknown.category).toBe('BAD_USER_INPUT');
    const [inv] = await mine(duos[0]!.mentee);
    const outOfRange = await failure(h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: [{ instrumentCode: 'who5', itemId: 'who5_1', value: 6 }], submit: false }, as.staff(T1, duos[0]!.mentee)));
    expect(outOfRange).toMatchObject({ code: 'evaluation.ANSWER_INVALID', field: 'answers[0].value' });
    const wrongItem = await failure(h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: [{ instrumentCode: 'gse', itemId: 'gse_1', value: 2 }], submit: false }, as.staff(T1, duos[0]!.mentee)));
    expect(wrongItem.field).toBe('answers[0].instrumentCode');
  });

  it('saves a partial response, resumes it, refuses an incomplete submit, then scores it for the respondent only', async () => {
    const me = as.staff(T1, duos[0]!.mentee);
    const [inv] = await mine(duos[0]!.mentee);
    const partial = await h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: who5(10).slice(0, 3), submit: false }, me);
    expect(partial).toMatchObject({ state: 'started', answered: 3 });
    const resumed = await h.bus.request(GetMyInvitation, { invitationId: inv!.id }, me);
    expect(resumed.items.filter((i) => i.value !== null)).toHaveLength(3);
    expect(resumed.items.find((i) => i.itemId === 'int_1')!.text).toMatch(/part of the team/);
    expect(resumed.items.find((i) => i.itemId === 'who5_1')!.text).toBeNull(); // no wording loaded yet
    // No wording loaded: the answer labels still read as words in the respondent's language, never keys.
    expect(resumed.items.find((i) => i.itemId === 'who5_1')!.anchors[0]).toBe('At no time');
    const greek = await h.bus.request(GetMyInvitation, { invitationId: inv!.id }, as.staff(T1, duos[0]!.mentee, 'el'));
    expect(greek.items.find((i) => i.itemId === 'who5_1')!.anchors).toEqual(['Καθόλου', 'Λίγες φορές', 'Λιγότερο από τον μισό χρόνο', 'Περισσότερο από τον μισό χρόνο', 'Τον περισσότερο χρόνο', 'Όλη την ώρα']);
    // The programme's own items ship in every language.
    expect(greek.items.find((i) => i.itemId === 'int_1')).toMatchObject({ text: 'Νιώθω ότι είμαι μέρος της ομάδας στην πτέρυγα ή στο τμήμα μου.', anchors: expect.arrayContaining(['Συμφωνώ απόλυτα']) });
    const incomplete = await failure(h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: [], submit: true }, me));
    expect(incomplete.code).toBe('evaluation.RESPONSE_INCOMPLETE');
    // Saving without submitting (and a refused submit) publishes nothing.
    expect(await h.outbox(SurveyCompleted.subject)).toEqual([]);
    const done = await h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: [...who5(10).slice(3), ...own('m4p_integration', 'int_', 2)], submit: true }, me);
    expect(done.state).toBe('completed');
    // Submitted: one event for notifications (no more reminders), ids only — no answers, scores, instrument or code.
    const completed = await h.outbox<Record<string, unknown>>(SurveyCompleted.subject);
    expect(completed).toEqual([{ tenantId: T1, invitationId: inv!.id, staffId: duos[0]!.mentee }]);
    const [{ code }] = await h.sql<{ code: string }>(`select participant_code as code from evaluation.invitation where id = ?`, [inv!.id]);
    expect(JSON.stringify(completed)).not.toContain(code);
    expect(JSON.stringify(completed)).not.toMatch(/who5|int_|score|answer/i);
    const scores = await h.bus.request(ListMyScores, {}, me);
    expect(scores.find((s) => s.score === 'percent')).toMatchObject({ value: 40, signpost: false });
    expect(scores.find((s) => s.score === 'raw')).toMatchObject({ value: 10, signpost: true });
    expect(await h.bus.request(ListMyScores, {}, as.staff(T1, duos[0]!.mentor))).toEqual([]);
    expect((await failure(h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: [], submit: true }, me))).code).toBe('evaluation.INVITATION_COMPLETED');
  });

  it('shows loaded wording in the respondent’s locale', async () => {
    await h.bus.request(
      LoadInstrumentText,
      { instrumentCode: 'who5', locale: 'da', anchors: ['0', '1', '2', '3', '4', '5'], items: [1, 2, 3, 4, 5].map((i) => ({ itemId: `who5_${i}`, text: `DA tekst ${i}` })), source: 'licensed file v1' },
      as.researcher(T1),
    );
    const [inv] = await mine(duos[1]!.mentor);
    const detail = await h.bus.request(GetMyInvitation, { invitationId: inv!.id }, as.staff(T1, duos[1]!.mentor, 'da'));
    expect(detail.items[0]!.text).toBe('DA tekst 1');
    const partialText = await failure(h.bus.request(LoadInstrumentText, { instrumentCode: 'who5', locale: 'en', anchors: ['a', 'b', 'c', 'd', 'e', 'f'], items: [{ itemId: 'who5_1', text: 'x' }], source: 'file' }, as.researcher(T1)));
    expect(partialText).toMatchObject({ code: 'evaluation.TEXT_INVALID', field: 'items' });
  });

  it('hides another respondent’s invitation and every invitation from another tenant (NOT_FOUND)', async () => {
    const [inv] = await mine(duos[2]!.mentee);
    expect((await failure(h.bus.request(GetMyInvitation, { invitationId: inv!.id }, as.staff(T1, duos[3]!.mentee)))).code).toBe('evaluation.INVITATION_NOT_FOUND');
    expect((await failure(h.bus.request(GetMyInvitation, { invitationId: inv!.id }, as.staff(T2, duos[2]!.mentee)))).code).toBe('evaluation.INVITATION_NOT_FOUND');
    expect((await failure(h.bus.request(GetSurveyPlan, { programmeId: PROGRAMME }, as.researcher(T2)))).code).toBe('evaluation.PROGRAMME_NOT_FOUND');
    const foreign = await failure(h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, as.coordinator(T2)));
    expect(foreign.code).toBe('evaluation.PROGRAMME_NOT_FOUND');
    // the refusal does not repeat the other tenant's programme id
    expect(JSON.stringify({ message: foreign.message, params: foreign.params })).not.toContain(PROGRAMME);
  });

  it('answers baseline, closes duos from relationship.closed / endedEarly, answers closure and reports pre/post', async () => {
    // baseline: every remaining participant answers
    for (const d of duos) {
      for (const [staffId, role] of [
        [d.mentor, 'mentor'],
        [d.mentee, 'mentee'],
      ] as const) {
        if (d === duos[0] && role === 'mentee') continue; // answered above
        const [inv] = await mine(staffId);
        const i = duos.indexOf(d);
        await h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: [...who5(9 + (i % 5)), ...(role === 'mentee' ? own('m4p_integration', 'int_', 2) : [])], submit: true }, as.staff(T1, staffId));
      }
    }
    h.clock.day = '2026-07-05';
    for (const d of duos.slice(0, 11)) {
      await h.publish(MeetingLogged, { tenantId: T1, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: d.relationshipId, meetingId: randomUUID(), heldOn: '2026-02-01', durationMinutes: 45, duringShift: true, functions: ['psychosocial'] });
      await h.publish(RelationshipClosed, { tenantId: T1, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: d.relationshipId, mentorStaffId: d.mentor, menteeStaffId: d.mentee, on: '2026-07-05' });
    }
    const last = duos[11]!;
    await h.publish(RelationshipEndedEarly, { tenantId: T1, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: last.relationshipId, mentorStaffId: last.mentor, menteeStaffId: last.mentee, on: '2026-02-01', reason: 'workload', rematchRequested: false, notAFit: false });
    // the ended-early duo's unstarted midpoint is withdrawn, its closure issued
    expect((await mine(last.mentee)).map((i) => i.wave)).toEqual(['baseline', 'closure', 'follow_up']);
    // closure: mentees improve by 3–6 raw points; two mentees drop out (their invitations expire)
    for (const d of duos.slice(0, 10)) {
      const i = duos.indexOf(d);
      for (const [staffId, role] of [
        [d.mentor, 'mentor'],
        [d.mentee, 'mentee'],
      ] as const) {
        const closure = (await mine(staffId)).find((x: InvitationDto) => x.wave === 'closure')!;
        const answers = [
          ...who5(role === 'mentee' ? Math.min(25, 9 + (i % 5) + 3 + (i % 4)) : 9 + (i % 5) + (i % 2)),
          ...own('m4p_satisfaction', 'sat_', 4),
          ...(role === 'mentee' ? own('m4p_integration', 'int_', 4) : []),
        ];
        if (i === 0) answers.splice(0, 5, ...who5(16)); // duo 0 baseline mentee raw 10
        await h.bus.request(SaveAnswers, { invitationId: closure.id, answers, submit: true }, as.staff(T1, staffId));
      }
    }
    const report = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, as.researcher(T1)); // live figures (managers: frozen releases, disclosure-over-time.int-spec.ts)
    const percent = report.cells.find((c) => c.instrumentCode === 'who5' && c.score === 'percent' && c.group === null)!;
    expect(percent).toMatchObject({ suppressed: false, pairs: 20 });
    expect(percent.meanChange!).toBeGreaterThan(0);
    expect(percent.pValue!).toBeLessThan(0.05);
    expect(percent.reliablyImproved).not.toBeNull();
    const integration = report.cells.find((c) => c.instrumentCode === 'm4p_integration' && c.group === null)!;
    expect(integration).toMatchObject({ pairs: 10, meanChange: 2, suppressed: false });
    // satisfaction is asked only at closure: no pairs, no cell
    expect(report.cells.some((c) => c.instrumentCode === 'm4p_satisfaction')).toBe(false);
  });

  it('breaks down by role only through cells that pass, with complementary suppression', async () => {
    const byRole = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME, breakdown: 'role' }, as.researcher(T1));
    const who5Raw = byRole.cells.filter((c) => c.instrumentCode === 'who5' && c.score === 'raw');
    expect(who5Raw.map((c) => [c.group, c.pairs, c.suppressed])).toEqual([
      [null, 20, false],
      ['mentee', 10, false],
      ['mentor', 10, false],
    ]);
    // integration: mentees only (10): one group, passes
    const byInstitution = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME, breakdown: 'institution' }, as.researcher(T1));
    const inst = byInstitution.cells.filter((c) => c.instrumentCode === 'm4p_integration' && c.group !== null);
    expect(inst.map((c) => c.pairs)).toEqual([5, 5]);
    // reliable-change proportions need 10 pairs per shown cell
    expect(inst.every((c) => c.reliablyImproved === null)).toBe(true);
  });

  it('reports the response flow, attrition, reminders and expiry as suppressed aggregates', async () => {
    h.clock.day = '2026-07-20'; // after the closure reminder date (due 07-26, remind 07-19)
    let flow = await h.bus.request(GetResponseFlow, { programmeId: PROGRAMME }, as.coordinator(T1));
    const closure = flow.waves.find((w) => w.wave === 'closure')!;
    // 24 invited: 20 completed, 4 not started (2 duos), reminders due for those 4 (under 5: hidden).
    // The lone small cell is hidden with its complement, or 24 − 20 would give it away.
    expect(closure).toMatchObject({ invited: 24, notStarted: null, completed: null, started: 0, expired: 0, remindersDue: null });
    const baseline = flow.waves.find((w) => w.wave === 'baseline')!;
    expect(baseline).toMatchObject({ invited: 24, completed: 24, notStarted: 0 });
    h.clock.day = '2026-08-01';
    flow = await h.bus.request(GetResponseFlow, { programmeId: PROGRAMME }, as.coordinator(T1));
    expect(flow.waves.find((w) => w.wave === 'closure')).toMatchObject({ invited: 24, expired: null, completed: null, notStarted: 0 });
    // attrition: 20 completers vs 4 drop-outs → under 5, suppressed
    expect(flow.attrition.find((a) => a.instrumentCode === 'who5' && a.score === 'raw')).toMatchObject({ suppressed: true, completers: null, dropOuts: null });
  });

  it('reports programme outcomes with meetings from meeting.logged and retention beside non-participants', async () => {
    const outcomes = await h.bus.request(GetProgrammeOutcomes, { programmeId: PROGRAMME }, as.coordinator(T1));
    expect(outcomes).toMatchObject({ duosFormed: 12, closedDuos: 11, endedEarly: 1, activeDuos: 0, meetingsLogged: 11, meetingsPerDuoMedian: 1 });
    const [r3, r6, r12] = [3, 6, 12].map((m) => outcomes.retention.find((r) => r.months === m)!);
    // one mentee left four months after being hired: still in service at 3 months, not at 6 or 12
    expect(r3).toMatchObject({ mentees: 12, menteesRetained: 1 });
    expect(r6!.menteesRetained).toBeCloseTo(11 / 12, 6);
    expect(r12!.menteesRetained).toBeCloseTo(11 / 12, 6);
    // six non-participants hired in the same period, two of whom left within 3 months
    expect(r3!.comparison).toBe(6);
    expect(r3!.comparisonRetained).toBeCloseTo(4 / 6, 6);
  });

  it('exports pseudonymised CSV per wave, long and wide, paged, with a codebook (researchers only)', async () => {
    const wide = await h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'baseline', form: 'wide', limit: 10 }, as.researcher(T1));
    expect(wide.header.trim().split(',').slice(0, 7)).toEqual(['participant', 'role', 'country', 'institution', 'wave', 'completed_period', 'who5_1']);
    expect(wide).toMatchObject({ rows: 10, total: 24, nextOffset: 10 });
    const page3 = await h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'baseline', form: 'wide', limit: 10, offset: 20 }, as.researcher(T1));
    expect(page3).toMatchObject({ rows: 4, nextOffset: null });
    const all = [wide.csv, (await h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'baseline', form: 'wide', limit: 10, offset: 10 }, as.researcher(T1))).csv, page3.csv].join('');
    for (const d of duos) {
      expect(all).not.toContain(d.mentor);
      expect(all).not.toContain(d.mentee);
    }
    expect(all).toMatch(/^P[A-Z2-9]{10},(mentor|mentee),DK,/m);
    // k-anonymous: every (role, country, institution, period) is shared by at least 5 rows of the wave
    const classes = new Map<string, number>();
    for (const line of all.trim().split('\n')) {
      const c = line.split(',').slice(1, 6).join(',');
      classes.set(c, (classes.get(c) ?? 0) + 1);
    }
    expect(classes.size).toBeGreaterThan(1);
    expect(Math.min(...classes.values())).toBeGreaterThanOrEqual(5);
    expect(codebook0(await h.bus.request(GetCodebook, { programmeId: PROGRAMME }, as.researcher(T1)))).toMatch(/institution,,id,,generalised \(k = 5\)/);
    const long = await h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'closure', form: 'long', limit: 1 }, as.researcher(T1));
    expect(long.header.trim()).toBe('participant,role,country,institution,wave,completed_period,instrument,variable,kind,value');
    expect(long.csv).toMatch(/,2026-Q3,who5,who5_percent,score,\d+/); // months are never exported
    const codebook = await h.bus.request(GetCodebook, { programmeId: PROGRAMME }, as.researcher(T1));
    expect(codebook.csv).toContain('who5_percent,who5,score,percent');
    for (const ctx of [as.coordinator(T1), as.tenantAdmin(T1), as.staff(T1, duos[0]!.mentee), as.platformAdmin()]) {
      expect((await failure(h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'baseline', form: 'wide' }, ctx))).code).toBe('common.FORBIDDEN');
    }
  });

  it('audit-logs each export page as a pseudonymous read (a count, nobody named), and a respondent’s own export part', async () => {
    const reads = () => h.sql<{ payload: PersonalDataReadEvent; tenant_id: string }>(`select payload, tenant_id from evaluation.outbox_event where subject = ? order by occurred_at, id`, [personalDataRead('evaluation').subject]);
    let n = (await reads()).length;
    const researcher = as.researcher(T1);
    await h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'baseline', form: 'wide', limit: 10 }, researcher);
    const page = (await reads()).slice(n);
    expect(page.map((r) => [r.payload, r.tenant_id])).toEqual([[{ action: 'export.wave', actorId: researcher.userId, subjectIds: [], subjectCount: 10, pseudonymous: true }, T1]]);
    n = (await reads()).length;
    const me = as.staff(T1, duos[1]!.mentee);
    await h.bus.request(personalDataPart('evaluation'), { staffId: duos[1]!.mentee }, me);
    expect((await reads()).slice(n).map((r) => r.payload)).toEqual([{ action: 'personalData.export', actorId: me.userId, subjectIds: [duos[1]!.mentee], subjectCount: 1, pseudonymous: false }]);
  });

  it('forgets a person on identity.staff.erased: their responses stay, anonymous', async () => {
    const staffId = duos[5]!.mentee;
    expect((await mine(staffId)).length).toBeGreaterThan(0);
    await h.publish(StaffErased, { tenantId: T1, staffId, accountId: null });
    expect(await mine(staffId)).toEqual([]);
    const [{ n }] = await h.sql<{ n: string }>(`select count(*) as n from evaluation.participant_link where staff_id = ?`, [staffId]);
    expect(Number(n)).toBe(0);
    const [{ r }] = await h.sql<{ r: string }>(`select count(*) as r from evaluation.relationship_fact where mentee_staff_id = ?`, [staffId]);
    expect(Number(r)).toBe(0);
    const report = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME }, as.researcher(T1));
    expect(report.cells.find((c) => c.instrumentCode === 'who5' && c.score === 'raw' && c.group === null)!.pairs).toBe(20);
  });

  it('suppresses small cells through the API, and a passing group with them when it is the only complement', async () => {
    h.clock.day = '2027-01-10'; // the 6-month follow-up (mentees, WHO-5) is open
    const answerFollowUp = async (d: Duo, raw: number) => {
      const inv = (await mine(d.mentee)).find((x) => x.wave === 'follow_up')!;
      await h.bus.request(SaveAnswers, { invitationId: inv.id, answers: who5(raw), submit: true }, as.staff(T1, d.mentee));
    };
    for (const i of [0, 2, 4]) await answerFollowUp(duos[i]!, 15);
    let report = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME, post: 'follow_up' }, as.researcher(T1));
    const small = report.cells.find((c) => c.score === 'raw' && c.group === null)!;
    expect(small).toMatchObject({ suppressed: true, pairs: null, meanChange: null, pValue: null, dz: null, wilcoxonP: null });
    // 7 pairs: institution A 5, institution B 2 → B is hidden, and A with it (7 − 5 would reveal B)
    for (const i of [6, 8, 1, 3]) await answerFollowUp(duos[i]!, 15);
    report = await h.bus.request(GetPrePostReport, { programmeId: PROGRAMME, post: 'follow_up', breakdown: 'institution' }, as.researcher(T1));
    const raw = report.cells.filter((c) => c.score === 'raw');
    expect(raw.find((c) => c.group === null)).toMatchObject({ pairs: 7, suppressed: false });
    const groups = raw.filter((c) => c.group !== null);
    expect(groups.map((g) => g.group).sort()).toEqual([...INSTITUTIONS].sort());
    expect(groups.every((g) => g.suppressed && g.pairs === null && g.meanChange === null)).toBe(true);
  });
});
