import { shiftOverlap, type Rota } from '@m4pris/identity-contracts';
import { CRITERIA, type Criterion, type CriterionScoreDto, type MatchingWeights } from '@m4pris/matching-contracts';
import { renderDetail } from './explain.js';
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

/**
 * A criterion's short technical detail, kept structured (a `match.detail.*` catalogue key and its
 * numbers) so it is written in the reader's language when read (explain.ts, `criterionDetail`).
 */
export interface CriterionDetail {
  key: string;
  /** The number a plural text counts (`#`), when it has one. */
  n?: number;
  params?: Record<string, string | number>;
}

/** Values in [0, 1] of each criterion for one pair, with a short technical detail. */
export function criterionValues(
  mentee: Applicant,
  mentor: MentorApplicant,
  history: PairHistory,
  asOf: string,
  overlaps: OverlapCache,
  detailed: boolean,
): Record<Criterion, { value: number; detail: CriterionDetail | null }> {
  const a = mentee.profile!;
  const b = mentor.profile!;
  let shift: { value: number; detail: CriterionDetail | null } = { value: 0, detail: { key: 'shiftUnknown' } };
  if (a.rota && b.rota && a.rotaKey && b.rotaKey) {
    if (detailed) {
      const o = overlaps.share(a.rotaKey, a.rota, b.rotaKey, b.rota);
      shift = { value: o.share, detail: { key: 'shiftTogether', params: { hours: Math.round(o.hours), days: o.horizonDays, share: Math.round(o.share * 100) } } };
    } else shift = { value: overlaps.shareOnly(a.rotaKey, a.rota, b.rotaKey, b.rota), detail: null };
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
  // The details are only read for a breakdown (detailed); the scoring loop does not build them.
  const d = (detail: CriterionDetail): CriterionDetail | null => (detailed ? detail : null);
  const span = { min: USEFUL_GAP.min, max: USEFUL_GAP.max };
  return {
    shiftOverlap: shift,
    sameUnit: { value: sameUnit ? 1 : 0, detail: d({ key: sameUnit ? 'sameUnit' : 'differentUnits' }) },
    experienceGap: { value: experienceValue(gap), detail: d(gap >= 0 ? { key: 'experienceMore', n: gap, params: span } : { key: 'experienceLess', n: -gap, params: span }) },
    sharedLanguage: { value: shared.length > 0 ? 1 : 0, detail: d(shared.length > 0 ? { key: 'sharedLanguages', params: { languages: shared.join(',') } } : { key: 'noSharedLanguage' }) },
    functions: { value: needs.length === 0 ? 0 : met.length / needs.length, detail: d(needs.length === 0 ? { key: 'noNeeds' } : { key: 'needsMet', n: needs.length, params: { met: met.length } }) },
    destinationKind: {
      value: destination,
      detail: d(!moved ? { key: 'destinationNotApplicable' } : { key: destination > 0 ? 'destinationKnown' : 'destinationUnknown', params: { kind: a.institutionKind } }),
    },
    preferences: {
      value: prefs.length === 0 ? 0 : prefs.reduce((x, y) => x + y, 0) / prefs.length,
      detail: d(prefs.length === 0 ? { key: 'noPreferences' } : { key: 'preferencesMet', n: prefs.length, params: { met: prefs.filter((x) => x === 1).length } }),
    },
  };
}

/**
 * A breakdown row as stored with a proposal: the DTO's fields (`detail` in English, what rows
 * stored before the details were structured hold alone) plus the structured detail it is rendered
 * from in the reader's language.
 */
export interface StoredCriterionScore extends CriterionScoreDto {
  detailKey?: string;
  detailN?: number;
  detailParams?: Record<string, string | number>;
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
): { score: number; breakdown: StoredCriterionScore[] } {
  const values = criterionValues(mentee, mentor, history, asOf, overlaps, detailed);
  const total = weightSum(weights);
  let raw = 0;
  const breakdown: StoredCriterionScore[] = [];
  for (const c of CRITERIA) {
    const contribution = total === 0 ? 0 : (weights[c] * values[c].value) / total;
    raw += contribution;
    if (detailed) {
      const detail = values[c].detail ?? { key: 'shiftUnknown' };
      breakdown.push({
        criterion: c,
        weight: weights[c],
        value: Math.round(values[c].value * 1000) / 1000,
        points: Math.round(contribution * SCORE_SCALE) / 10,
        detail: renderDetail('en', detail),
        detailKey: detail.key,
        ...(detail.n !== undefined ? { detailN: detail.n } : {}),
        ...(detail.params ? { detailParams: detail.params } : {}),
      });
    }
  }
  return { score: Math.round(raw * SCORE_SCALE), breakdown };
}
