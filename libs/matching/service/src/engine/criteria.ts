import { shiftOverlap, type Rota } from '@m4pris/identity-contracts';
import { CRITERIA, type Criterion, type CriterionScoreDto, type MatchingWeights } from '@m4pris/matching-contracts';
import { monthsBetween, pairKey, type Applicant, type MentorApplicant, type PairHistory } from './model.js';

/** Scores are integers 0..1000 (thousandths of the weighted mean), so sums are exact. */
export const SCORE_SCALE = 1000;

/** A useful gap in experience between mentor and mentee, in months. */
export const USEFUL_GAP = { min: 24, max: 180 } as const;

/** Overlap of two rotas as a share of the mentee's hours on shift, cached per pair of rotas. */
export class OverlapCache {
  private readonly cache = new Map<string, number>();

  share(menteeKey: string, mentee: Rota, mentorKey: string, mentor: Rota): { share: number; hours: number; horizonDays: number } {
    const k = `${menteeKey}|${mentorKey}`;
    const hit = this.cache.get(k);
    const { hours, horizonDays } = shiftOverlap(mentee, mentor);
    if (hit !== undefined) return { share: hit, hours, horizonDays };
    const own = shiftOverlap(mentee, mentee);
    const ownHours = (own.hours * horizonDays) / own.horizonDays;
    const share = ownHours > 0 ? Math.min(1, hours / ownHours) : 0;
    this.cache.set(k, share);
    return { share, hours, horizonDays };
  }

  /** The share only (cheap after the first call for a pair of rotas). */
  shareOnly(menteeKey: string, mentee: Rota, mentorKey: string, mentor: Rota): number {
    const hit = this.cache.get(`${menteeKey}|${mentorKey}`);
    return hit ?? this.share(menteeKey, mentee, mentorKey, mentor).share;
  }
}

function experienceValue(gapMonths: number): number {
  if (gapMonths < USEFUL_GAP.min) return Math.max(0, gapMonths / USEFUL_GAP.min);
  if (gapMonths <= USEFUL_GAP.max) return 1;
  return Math.max(0.5, 1 - (gapMonths - USEFUL_GAP.max) / 240);
}

function languagesOf(a: Applicant): string[] {
  return [...new Set([...a.languages, ...(a.profile?.languages ?? [])])];
}

/** Values in [0, 1] of each criterion for one pair, with a short technical detail. */
export function criterionValues(
  mentee: Applicant,
  mentor: MentorApplicant,
  history: PairHistory,
  asOf: string,
  overlaps: OverlapCache,
  detailed: boolean,
): Record<Criterion, { value: number; detail: string }> {
  const a = mentee.profile!;
  const b = mentor.profile!;
  let shift = { value: 0, detail: 'shift pattern unknown' };
  if (a.rota && b.rota && a.rotaKey && b.rotaKey) {
    if (detailed) {
      const o = overlaps.share(a.rotaKey, a.rota, b.rotaKey, b.rota);
      shift = { value: o.share, detail: `${Math.round(o.hours)} h together over ${o.horizonDays} days (${Math.round(o.share * 100)}% of the mentee's shifts)` };
    } else shift = { value: overlaps.shareOnly(a.rotaKey, a.rota, b.rotaKey, b.rota), detail: '' };
  }
  const sameUnit = a.unitId !== null && a.unitId === b.unitId;
  const gap = monthsBetween(b.hiredOn, asOf) - monthsBetween(a.hiredOn, asOf);
  const shared = languagesOf(mentee).filter((l) => languagesOf(mentor).includes(l));
  const needs = mentee.functions;
  const met = needs.filter((f) => mentor.functions.includes(f));
  const moved = a.previousInstitutionKind !== null && a.previousInstitutionKind !== a.institutionKind;
  const destination = !moved ? 0 : b.institutionKind === a.institutionKind ? 1 : b.previousInstitutionKind === a.institutionKind ? 0.5 : 0;
  const prefs: number[] = [];
  if (mentee.prefersSameUnit) prefs.push(sameUnit ? 1 : 0);
  if (mentee.preferredStaffIds.length > 0) prefs.push(mentee.preferredStaffIds.includes(mentor.staffId) ? 1 : 0);
  if (mentor.prefersSameUnit) prefs.push(sameUnit ? 1 : 0);
  if (mentor.preferredStaffIds.length > 0) prefs.push(mentor.preferredStaffIds.includes(mentee.staffId) ? 1 : 0);
  void history;
  void pairKey;
  return {
    shiftOverlap: shift,
    sameUnit: { value: sameUnit ? 1 : 0, detail: sameUnit ? 'same unit' : 'different units' },
    experienceGap: { value: experienceValue(gap), detail: `${gap} months more experience (useful: ${USEFUL_GAP.min}–${USEFUL_GAP.max})` },
    sharedLanguage: { value: shared.length > 0 ? 1 : 0, detail: shared.length > 0 ? `shared: ${shared.join(', ')}` : 'no shared language' },
    functions: { value: needs.length === 0 ? 0 : met.length / needs.length, detail: needs.length === 0 ? 'no needs stated' : `${met.length} of ${needs.length} needs in the mentor's strengths` },
    destinationKind: {
      value: destination,
      detail: !moved ? 'not applicable (mentee did not change institution kind)' : destination > 0 ? `mentor knows ${a.institutionKind} institutions` : `mentor has no ${a.institutionKind} experience`,
    },
    preferences: { value: prefs.length === 0 ? 0 : prefs.reduce((x, y) => x + y, 0) / prefs.length, detail: prefs.length === 0 ? 'no stated preferences' : `${prefs.filter((x) => x === 1).length} of ${prefs.length} stated preferences met` },
  };
}

export function weightSum(weights: MatchingWeights): number {
  return CRITERIA.reduce((s, c) => s + weights[c], 0);
}

/** The pair's score (0..1000) and, when asked, its breakdown. */
export function scorePair(
  mentee: Applicant,
  mentor: MentorApplicant,
  weights: MatchingWeights,
  history: PairHistory,
  asOf: string,
  overlaps: OverlapCache,
  detailed = false,
): { score: number; breakdown: CriterionScoreDto[] } {
  const values = criterionValues(mentee, mentor, history, asOf, overlaps, detailed);
  const total = weightSum(weights);
  let raw = 0;
  const breakdown: CriterionScoreDto[] = [];
  for (const c of CRITERIA) {
    const contribution = total === 0 ? 0 : (weights[c] * values[c].value) / total;
    raw += contribution;
    if (detailed) breakdown.push({ criterion: c, weight: weights[c], value: Math.round(values[c].value * 1000) / 1000, points: Math.round(contribution * SCORE_SCALE) / 10, detail: values[c].detail });
  }
  return { score: Math.round(raw * SCORE_SCALE), breakdown };
}
