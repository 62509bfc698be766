/** The weighted criteria of a match, in the order they are shown. */
export const CRITERIA = ['shiftOverlap', 'sameUnit', 'experienceGap', 'sharedLanguage', 'functions', 'destinationKind', 'preferences'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Weights (0..100 each) of the criteria; versioned per programme and stored with each run. */
export type MatchingWeights = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: Readonly<MatchingWeights> = {
  shiftOverlap: 30,
  sameUnit: 15,
  experienceGap: 15,
  sharedLanguage: 10,
  functions: 15,
  destinationKind: 10,
  preferences: 5,
};

/**
 * Hard rules (a pair is excluded) and flags (allowed, shown to the coordinator), plus the reasons
 * an unmatched person is given.
 */
export const RULE_CODES = [
  'no_profile',
  'left_service',
  'different_tenant',
  'same_person',
  'institution_scope',
  'line_manager_chain',
  'mentor_kind',
  'mentor_training',
  'min_experience',
  'mentor_capacity',
  'declared_conflict',
  'not_a_fit',
  'previous_mentor',
  'coordinator_forbidden',
  'capacity_taken',
  'not_needed',
  'no_mentors',
  'no_mentees',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export const RUN_STATES = ['running', 'done', 'failed'] as const;
export type RunState = (typeof RUN_STATES)[number];

export const PROPOSAL_STATES = ['proposed', 'approved', 'rejected', 'superseded'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PAIR_RULE_KINDS = ['pin', 'forbid'] as const;
export type PairRuleKind = (typeof PAIR_RULE_KINDS)[number];
