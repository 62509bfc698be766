import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, TenantCreated } from '@m4pris/identity-contracts';
import { RelationshipStarted } from '@m4pris/programmes-contracts';
import { ExportWave, GetCodebook, ListMyInvitations, SaveAnswers, SaveSurveyPlan } from '@m4pris/evaluation-contracts';
import { as, startEvaluation, type EvaluationHarness } from '../../test/harness.js';
import { sampleStaffProfile } from '@m4pris/testing';

/*
 * The research export's middle level of generalisation (issue 14): an institution too rare for
 * k = 5 becomes its region (carried from identity's institution on StaffProfileChanged, kept by
 * evaluation and copied to the participant when the code is issued) before it becomes "other".
 * Ten duos in Portugal: every mentor and five mentees at A (Norte); two mentees at B and three at
 * C, both in Norte. B and C alone are under k; together, as "region:Norte", they hold five rows.
 */
const T = randomUUID();
const PROGRAMME = randomUUID();
const COHORT = randomUUID();
const [A, B, C] = [randomUUID(), randomUUID(), randomUUID()];
const menteeInstitutions = [A, A, A, A, A, B, B, C, C, C];

function who5(raw: number) {
  const base = Math.floor(raw / 5);
  return [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'who5' as const, itemId: `who5_${i}`, value: base + (i <= raw % 5 ? 1 : 0) }));
}

const profile = (staffId: string, institutionId: string, region: string) =>
  sampleStaffProfile(staffId, T, institutionId, { region, position: 'officer', hiredOn: '2025-06-01', joinedInstitutionOn: '2025-06-01', languages: ['pt'] });

describe('research export: institution → region → "other" until k-anonymous', () => {
  let h: EvaluationHarness;
  const duos = menteeInstitutions.map((institutionId) => ({ relationshipId: randomUUID(), mentor: randomUUID(), mentee: randomUUID(), institutionId }));

  beforeAll(async () => {
    h = await startEvaluation();
    await h.publish(TenantCreated, { tenantId: T, code: 'pr', country: 'PT', enabledModules: ['evaluation'] });
    for (const d of duos) {
      await h.publish(StaffProfileChanged, profile(d.mentor, A, 'Norte'));
      await h.publish(StaffProfileChanged, profile(d.mentee, d.institutionId, 'Norte'));
    }
    await h.bus.request(
      SaveSurveyPlan,
      { programmeId: PROGRAMME, waves: [{ kind: 'baseline', mentorInstruments: ['who5'], menteeInstruments: ['who5'], dueWithinDays: 21, remindBeforeDueDays: 7 }] },
      as.researcher(T),
    );
    h.clock.day = '2026-01-05';
    for (const d of duos) await h.publish(RelationshipStarted, { tenantId: T, programmeId: PROGRAMME, cohortId: COHORT, relationshipId: d.relationshipId, mentorStaffId: d.mentor, menteeStaffId: d.mentee, on: '2026-01-05', plannedEndOn: '2026-07-05', proposalId: null });
    h.clock.day = '2026-01-12';
    for (const d of duos)
      for (const staffId of [d.mentor, d.mentee]) {
        const [inv] = await h.bus.request(ListMyInvitations, {}, as.staff(T, staffId));
        await h.bus.request(SaveAnswers, { invitationId: inv!.id, answers: who5(12), submit: true }, as.staff(T, staffId));
      }
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('exports the rare institutions of a role as their shared region, the common one as itself', async () => {
    const page = await h.bus.request(ExportWave, { programmeId: PROGRAMME, wave: 'baseline', form: 'wide' }, as.researcher(T));
    expect(page.total).toBe(20);
    const rows = page.csv.trim().split('\n').map((line) => line.split(','));
    const classes = new Map<string, number>();
    for (const [, role, country, institution, , period] of rows) classes.set(`${role}|${country}|${institution}|${period}`, (classes.get(`${role}|${country}|${institution}|${period}`) ?? 0) + 1);
    expect(Object.fromEntries(classes)).toEqual({
      [`mentor|PT|${A}|2026-Q1`]: 10,
      [`mentee|PT|${A}|2026-Q1`]: 5,
      'mentee|PT|region:Norte|2026-Q1': 5,
    });
    expect(page.csv).not.toContain(B);
    expect(page.csv).not.toContain(C);
  });

  it('says in the codebook what was generalised and how many rows are at each level', async () => {
    const codebook = await h.bus.request(GetCodebook, { programmeId: PROGRAMME }, as.researcher(T));
    expect(codebook.csv).toMatch(/institution,,id,,generalised \(k = 5\),uuid\|region:<name>\|other,/);
    const levels = Object.fromEntries(codebook.generalisation.map((g) => [`${g.wave}.${g.variable}.${g.level}`, g.rows]));
    expect(levels).toEqual({
      'baseline.role.role': 20,
      'baseline.role.blank': 0,
      'baseline.institution.institution': 15,
      'baseline.institution.region': 5,
      'baseline.institution.other': 0,
      'baseline.completed_period.quarter': 20,
      'baseline.completed_period.year': 0,
      'baseline.completed_period.blank': 0,
    });
  });

  it('carries the region from identity’s staff profile into the participant it issues', async () => {
    const rows = await h.sql<{ institution_id: string; region: string | null }>(`select institution_id, region from evaluation.participant where programme_id = ? and role = 'mentee'`, [PROGRAMME]);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(['Norte']));
  });
});
