import type { CohortState } from '../../gql/graphql';
import type { MessageId } from '../../i18n/locales';

/*
 * The cohort state machine of the programmes module (libs/programmes/contracts, COHORT_TRANSITIONS),
 * so that the board offers only the transitions that will work. The spec beside this file fails
 * when the two disagree. When the API exposes the allowed transitions of a cohort, read them from
 * there and delete this table.
 */
export const COHORT_TRANSITIONS: Readonly<Record<CohortState, readonly CohortState[]>> = {
  DRAFT: ['RECRUITING'],
  RECRUITING: ['MATCHING'],
  MATCHING: ['RUNNING', 'RECRUITING'],
  RUNNING: ['CLOSING'],
  CLOSING: ['CLOSED'],
  CLOSED: [],
};

/** The stages in their order, for the board's columns. */
export const COHORT_STAGES: readonly CohortState[] = ['DRAFT', 'RECRUITING', 'MATCHING', 'RUNNING', 'CLOSING', 'CLOSED'];

export function allowedTransitions(state: CohortState): readonly CohortState[] {
  return COHORT_TRANSITIONS[state];
}

export const STATE_LABEL: Record<CohortState, MessageId> = {
  DRAFT: 'console.cohortState.DRAFT',
  RECRUITING: 'console.cohortState.RECRUITING',
  MATCHING: 'console.cohortState.MATCHING',
  RUNNING: 'console.cohortState.RUNNING',
  CLOSING: 'console.cohortState.CLOSING',
  CLOSED: 'console.cohortState.CLOSED',
};

/** What the button says: the action, not the target state (going back reads differently). */
export function transitionLabel(from: CohortState, to: CohortState): MessageId {
  if (from === 'MATCHING' && to === 'RECRUITING') return 'console.transition.reopenRecruitment';
  const forward: Record<CohortState, MessageId> = {
    DRAFT: 'console.transition.toDraft',
    RECRUITING: 'console.transition.toRecruiting',
    MATCHING: 'console.transition.toMatching',
    RUNNING: 'console.transition.toRunning',
    CLOSING: 'console.transition.toClosing',
    CLOSED: 'console.transition.toClosed',
  };
  return forward[to];
}
