/** Survey waves of a relationship: at its start, half-way, at its end, and N months after it. */
export const WAVE_KINDS = ['baseline', 'midpoint', 'closure', 'follow_up'] as const;
export type WaveKind = (typeof WAVE_KINDS)[number];

/** Who answers: the two sides of a duo (their role comes from the programmes events). */
export const RESPONDENT_ROLES = ['mentor', 'mentee'] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/**
 * State of an invitation as its respondent and the response flow see it: `scheduled` (not open
 * yet), `open` (nothing saved), `started` (answers saved, not submitted), `completed`, `expired`
 * (the due date passed before it was completed).
 */
export const INVITATION_STATES = ['scheduled', 'open', 'started', 'completed', 'expired'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** Built-in instruments (scoring keys; wording is a separate, tenant-loaded resource). */
export const INSTRUMENT_CODES = ['who5', 'gse', 'cbi', 'pss10', 'pss4', 'turnover3', 'm4p_integration', 'm4p_confidence', 'm4p_satisfaction'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** Report breakdowns; a breakdown is shown only through cells that pass the minimum size. */
export const BREAKDOWNS = ['role', 'institution', 'country'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const EXPORT_FORMS = ['long', 'wide'] as const;
export type ExportForm = (typeof EXPORT_FORMS)[number];

/** Minimum cell sizes (DOMAIN.md): numeric aggregates, and free text / reliable-change proportions. */
export const MIN_CELL_NUMERIC = 5;
export const MIN_CELL_SENSITIVE = 10;

/** A real calendar date, 'YYYY-MM-DD' (one pattern for every module, in platform-core). */
export { DATE_ONLY } from '@m4pris/platform-core';
