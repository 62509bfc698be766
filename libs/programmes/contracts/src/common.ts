import { EmptyRequest } from '@m4pris/platform-core';

/** The two mentoring functions of the blueprint; meetings, goals, needs and strengths are tagged with them. */
export const MENTORING_FUNCTIONS = ['psychosocial', 'job_familiarisation'] as const;
export type MentoringFunction = (typeof MENTORING_FUNCTIONS)[number];

export const PARTICIPANT_ROLES = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Who may mentor: experienced peers, supervisors, or both (each programme chooses). */
export const MENTOR_KINDS = ['peer', 'supervisor', 'both'] as const;
export type MentorKinds = (typeof MENTOR_KINDS)[number];

/** The mentee's line manager and management chain as mentor: forbidden (default), or allowed and flagged. */
export const LINE_MANAGER_RULES = ['forbid', 'allow_flagged'] as const;
export type LineManagerRule = (typeof LINE_MANAGER_RULES)[number];

/** Where a mentor may come from, relative to the mentee. */
export const INSTITUTION_SCOPES = ['same_institution', 'same_region', 'any'] as const;
export type InstitutionScope = (typeof INSTITUTION_SCOPES)[number];

export const PARTICIPATION_MODES = ['voluntary', 'mandatory'] as const;
export type ParticipationMode = (typeof PARTICIPATION_MODES)[number];

export const COHORT_STATES = ['draft', 'recruiting', 'matching', 'running', 'closing', 'closed'] as const;
export type CohortState = (typeof COHORT_STATES)[number];

/** Legal cohort transitions; anything else is COHORT_TRANSITION_INVALID. */
export const COHORT_TRANSITIONS: Readonly<Record<CohortState, readonly CohortState[]>> = {
  draft: ['recruiting'],
  recruiting: ['matching'],
  matching: ['running', 'recruiting'],
  running: ['closing'],
  closing: ['closed'],
  closed: [],
};

export const APPLICATION_STATES = ['submitted', 'accepted', 'waitlisted', 'declined', 'withdrawn'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const RELATIONSHIP_STATES = ['active', 'paused', 'ended_early', 'closed'] as const;
export type RelationshipState = (typeof RELATIONSHIP_STATES)[number];

/** Why a relationship ended early (no free text reaches the coordinator). */
export const EARLY_END_REASONS = ['not_a_fit', 'mentee_left_service', 'mentor_left_service', 'moved_institution', 'workload', 'personal', 'other'] as const;
export type EarlyEndReason = (typeof EARLY_END_REASONS)[number];

export const FIT_CHECK_ANSWERS = ['good_fit', 'not_a_fit'] as const;
export type FitCheckAnswer = (typeof FIT_CHECK_ANSWERS)[number];

/** Why a duo is on the coordinator's attention list (computed, never hand-kept). */
export const ATTENTION_REASONS = ['no_recent_meeting', 'fit_check_missed', 'open_concern', 'ending_soon', 'agreement_pending'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** A real calendar date, 'YYYY-MM-DD' (one pattern for every module, in platform-core). */
export { DATE_ONLY } from '@m4pris/platform-core';
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export { EmptyRequest };
