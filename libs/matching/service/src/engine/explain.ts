import type { Criterion, CriterionScoreDto, RuleCountDto } from '@m4pris/matching-contracts';
import { interpolate } from '@m4pris/platform-core';
import { catalogueText, listOf, translatePlural } from '@m4pris/platform-i18n';
import type { CriterionDetail, StoredCriterionScore } from './criteria.js';

/**
 * The texts of a match, written when they are read, in the reader's language (the request's
 * locale): what is stored is structured (the breakdown's criteria and their detail keys, the rule
 * counts), the words are in the matching catalogue (libs/platform/i18n/src/catalogues/matching/,
 * keys `match.*`). Each language writes its own whole sentence around its own clauses; lists are
 * joined as the language joins them (Intl.ListFormat) and counted nouns take the language's plural
 * forms (Intl.PluralRules, `translatePlural`).
 */
function text(locale: string, key: string): string {
  return catalogueText(locale, key) ?? key;
}

/** Criteria that stood out for a duo (value ≥ 0.5, by points). */
export function highlights(breakdown: CriterionScoreDto[]): Criterion[] {
  return breakdown
    .filter((c) => c.weight > 0 && c.value >= 0.5)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.criterion);
}

/** The plain-language reason shown to the duo: about the two of them only, no figures about others. */
export function duoReason(breakdown: CriterionScoreDto[], locale = 'en'): string {
  const why = highlights(breakdown).map((c) => text(locale, `match.why.${c}`));
  if (why.length === 0) return text(locale, 'match.reason.none');
  return interpolate(text(locale, 'match.reason.because'), { list: listOf(locale, why) });
}

/** Why a person was not matched, for the coordinator (counts only, nobody's identity). */
export function unmatchedExplanation(role: 'mentor' | 'mentee', reasons: RuleCountDto[], locale = 'en'): string {
  const other = role === 'mentee' ? 'mentor' : 'mentee';
  const parts = reasons.map((r) => {
    const rule = text(locale, `match.rule.${r.rule}`);
    return r.count > 0 ? interpolate(text(locale, 'match.unmatched.counted'), { rule, count: translatePlural(locale, `match.count.${other}`, r.count) }) : rule;
  });
  return interpolate(text(locale, `match.unmatched.${role}`), { reasons: parts.join(text(locale, 'match.unmatched.separator')) });
}

/** A language's name in the reader's language (`da` → "dansk", "Danish", "δανικά"); an unknown code stays a code. */
function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A criterion's detail in the reader's language. */
export function renderDetail(locale: string, detail: CriterionDetail): string {
  const key = `match.detail.${detail.key}`;
  const params: Record<string, string | number> = { ...detail.params };
  if (typeof params.kind === 'string') params.kind = text(locale, `match.kind.${params.kind}`);
  if (typeof params.languages === 'string') params.languages = listOf(locale, params.languages.split(',').map((l) => languageName(locale, l)));
  return detail.n === undefined ? interpolate(text(locale, key), params) : translatePlural(locale, key, detail.n, params);
}

/**
 * A stored breakdown row as the DTO the reader gets: its detail in the reader's language, or, for a
 * row stored before details were structured, the English detail it was stored with.
 */
export function criterionScore(row: StoredCriterionScore, locale = 'en'): CriterionScoreDto {
  const { detailKey, detailN, detailParams, ...dto } = row;
  if (!detailKey) return dto;
  return { ...dto, detail: renderDetail(locale, { key: detailKey, ...(detailN !== undefined ? { n: detailN } : {}), ...(detailParams ? { params: detailParams } : {}) }) };
}
