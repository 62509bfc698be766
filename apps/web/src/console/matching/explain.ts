import type { MatchCriterion, MatchRule } from '../../gql/graphql';
import type { MessageId } from '../../i18n/locales';

export const CRITERION_LABEL: Record<MatchCriterion, MessageId> = {
  SHIFT_OVERLAP: 'console.criterion.SHIFT_OVERLAP',
  SAME_UNIT: 'console.criterion.SAME_UNIT',
  EXPERIENCE_GAP: 'console.criterion.EXPERIENCE_GAP',
  SHARED_LANGUAGE: 'console.criterion.SHARED_LANGUAGE',
  FUNCTIONS: 'console.criterion.FUNCTIONS',
  DESTINATION_KIND: 'console.criterion.DESTINATION_KIND',
  PREFERENCES: 'console.criterion.PREFERENCES',
};

export const RULE_LABEL: Record<MatchRule, MessageId> = {
  CAPACITY_TAKEN: 'console.rule.CAPACITY_TAKEN',
  COORDINATOR_FORBIDDEN: 'console.rule.COORDINATOR_FORBIDDEN',
  DECLARED_CONFLICT: 'console.rule.DECLARED_CONFLICT',
  DIFFERENT_TENANT: 'console.rule.DIFFERENT_TENANT',
  INSTITUTION_SCOPE: 'console.rule.INSTITUTION_SCOPE',
  LEFT_SERVICE: 'console.rule.LEFT_SERVICE',
  LINE_MANAGER_CHAIN: 'console.rule.LINE_MANAGER_CHAIN',
  MENTOR_CAPACITY: 'console.rule.MENTOR_CAPACITY',
  MENTOR_KIND: 'console.rule.MENTOR_KIND',
  MENTOR_TRAINING: 'console.rule.MENTOR_TRAINING',
  MIN_EXPERIENCE: 'console.rule.MIN_EXPERIENCE',
  NOT_A_FIT: 'console.rule.NOT_A_FIT',
  NOT_NEEDED: 'console.rule.NOT_NEEDED',
  NO_MENTEES: 'console.rule.NO_MENTEES',
  NO_MENTORS: 'console.rule.NO_MENTORS',
  NO_PROFILE: 'console.rule.NO_PROFILE',
  PREVIOUS_MENTOR: 'console.rule.PREVIOUS_MENTOR',
  SAME_PERSON: 'console.rule.SAME_PERSON',
};

interface Criterion {
  criterion: MatchCriterion;
  value: number;
  points: number;
  weight: number;
  /** The criterion's detail for the pair, in the reader's language (written by the API). */
  detail: string;
}

/**
 * The breakdown as bars: criteria with a weight, in the order of the points they gave, each with the
 * API's detail for the pair. The plain-language reason is the API's too (`MatchProposal.reason`,
 * in the reader's language): the console does not write its own.
 */
export function bars(breakdown: readonly Criterion[]): { criterion: MatchCriterion; percent: number; points: number; detail: string }[] {
  return [...breakdown]
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.points - a.points || a.criterion.localeCompare(b.criterion))
    .map((c) => ({ criterion: c.criterion, percent: Math.round(Math.min(1, Math.max(0, c.value)) * 100), points: Math.round(c.points * 10) / 10, detail: c.detail }));
}

/** A 0–100 score on a three-band scale for its colour. */
export function scoreBand(score: number): 'high' | 'medium' | 'low' {
  return score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
}
