import { monthsBetween as wholeMonthsBetween } from '@m4pris/platform-core';
import type { InstitutionKind, Rota } from '@m4pris/identity-contracts';
import type { InstitutionScope, LineManagerRule, MentorKinds, MentoringFunction } from '@m4pris/programmes-contracts';
import type { MatchingWeights, RuleCode } from '@m4pris/matching-contracts';

/** What matching knows about a staff member (from identity events; no names). */
export interface Profile {
  staffId: string;
  tenantId: string;
  institutionId: string;
  institutionKind: InstitutionKind;
  region: string;
  unitId: string | null;
  supervisesOthers: boolean;
  hiredOn: string;
  joinedInstitutionOn: string;
  previousInstitutionKind: InstitutionKind | null;
  /** The staff member's rota, when their shift pattern is known. */
  rota: Rota | null;
  /** Key of the rota (pattern and offset) for caching overlaps. */
  rotaKey: string | null;
  languages: string[];
  /** Line managers upwards: direct manager first. */
  managementChain: string[];
  leftServiceOn: string | null;
}

/** An accepted application of the cohort with the applicant's profile. */
export interface Applicant {
  applicationId: string;
  staffId: string;
  functions: MentoringFunction[];
  languages: string[];
  prefersSameUnit: boolean;
  preferredStaffIds: string[];
  conflictStaffIds: string[];
  profile: Profile | null;
}

export interface MentorApplicant extends Applicant {
  /** Mentees the mentor may still take (policy capacity minus active and approved duos). */
  capacityLeft: number;
  trained: boolean;
}

export interface MatchPolicy {
  tenantId: string;
  institutionScope: InstitutionScope;
  lineManagerRule: LineManagerRule;
  mentorKinds: MentorKinds;
  minMentorExperienceMonths: number;
  mentorTrainingRequired: boolean;
  /** Whether the tenant runs the training module (else training cannot be required). */
  trainingDeployed: boolean;
  languages: string[];
}

/** Pair history and the coordinator's decisions. Keys are `${menteeStaffId}:${mentorStaffId}`. */
export interface PairHistory {
  notAFit: ReadonlySet<string>;
  /** Mentors a mentee asked to be re-matched away from. */
  previousMentor: ReadonlySet<string>;
  forbidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
}

export const pairKey = (menteeStaffId: string, mentorStaffId: string) => `${menteeStaffId}:${mentorStaffId}`;

export type { MatchingWeights, RuleCode };

/** Whole months from `from` to `to` (YYYY-MM-DD), never negative. */
export function monthsBetween(from: string, to: string): number {
  return Math.max(0, wholeMonthsBetween(from, to));
}
