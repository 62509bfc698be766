import { defineErrors } from '@m4pris/platform-core';

/** The matching module's error codes (`matching.<CODE>`); use cases throw them, adapters map them. */
export const MatchingErrors = defineErrors('matching', {
  COHORT_NOT_FOUND: { category: 'NOT_FOUND', message: 'Cohort not found.' },
  RUN_NOT_FOUND: { category: 'NOT_FOUND', message: 'Match run not found.' },
  PROPOSAL_NOT_FOUND: { category: 'NOT_FOUND', message: 'Proposal not found.' },
  RELATIONSHIP_NOT_FOUND: { category: 'NOT_FOUND', message: 'Relationship not found.' },
  PROGRAMME_NOT_FOUND: { category: 'NOT_FOUND', message: 'Programme not found.' },
  RUN_NOT_FINISHED: { category: 'CONFLICT', message: 'The match run has not finished.' },
  PROPOSAL_DECIDED: { category: 'CONFLICT', message: 'The proposal was already {{status}}.' },
  RUN_SUPERSEDED: { category: 'CONFLICT', message: 'A newer match run exists for this cohort; approve from the latest run.' },
  DUO_STILL_ACTIVE: { category: 'CONFLICT', message: 'The relationship has not ended early; a re-match needs an ended duo.' },
  NOT_A_PARTICIPANT: { category: 'BAD_USER_INPUT', message: '{{staffId}} is not an accepted {{role}} of this cohort.' },
  COHORT_NOT_MATCHING: { category: 'CONFLICT', message: 'The cohort is {{state}}; match runs need a cohort that is recruiting, matching or running.' },
});
