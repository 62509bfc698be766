export const INSTITUTION_KINDS = ['adult', 'youth', 'remand', 'open', 'women', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const ACCOUNT_STATUSES = ['none', 'invited', 'active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** ISO 639-1 codes the platform speaks; staff may list others. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;
export const COUNTRY_CODE = /^[A-Z]{2}$/;
/** A real calendar date, 'YYYY-MM-DD' (one pattern for every module, in platform-core). */
export { DATE_ONLY } from '@m4pris/platform-core';
export const MIN_PASSWORD_LENGTH = 12;
