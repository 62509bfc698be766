import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  INSTITUTION_SCOPES,
  LANGUAGE_CODE,
  LINE_MANAGER_RULES,
  MENTOR_KINDS,
  PARTICIPATION_MODES,
  type InstitutionScope,
  type LineManagerRule,
  type MentorKinds,
  type ParticipationMode,
} from './common.js';

/** Who counts as a mentee: new to the profession or new to the setting. */
export class EligibilityPolicy {
  /** Hired at most this many months ago (new to the profession). 0 turns the rule off. */
  @IsInt() @Min(0) @Max(60) newToProfessionMonths: number = 12;
  /** Joined the current institution at most this many months ago (transfer). 0 turns the rule off. */
  @IsInt() @Min(0) @Max(60) newToSettingMonths: number = 6;
  /** A move from another kind of institution (e.g. adult to youth) counts as new to the setting. */
  @IsBoolean() institutionKindChangeCounts: boolean = true;
}

/** Where concerns go: a designated support route (occupational health, psychologist), never line management. */
export class SupportContact {
  /**
   * Who receives concerns, and how to reach them. Empty (the default): the platform's wording, which
   * every reader gets in their own language (programmes catalogue, `policy.supportContact.*`).
   */
  @IsString() @MaxLength(200) name: string = '';
  @IsString() @MaxLength(500) howToReach: string = '';
  /** A staff member (e.g. the occupational-health officer) who receives concerns with their content. */
  @IsOptional() @IsUUID() supportStaffId?: string | null = null;
}

/**
 * Everything the blueprint leaves to each national programme. Versioned: a cohort keeps the
 * version it ran under. Defaults follow the M4Pris blueprint.
 */
export class ProgrammePolicy {
  @ValidateNested() @Type(() => EligibilityPolicy) eligibility: EligibilityPolicy = new EligibilityPolicy();
  @IsIn(PARTICIPATION_MODES) participation: ParticipationMode = 'voluntary';
  /** Version of the identity consent text ('programme_participation') applicants agree to. */
  @IsOptional() @IsInt() @Min(1) consentTextVersion?: number | null = null;
  @IsIn(MENTOR_KINDS) mentorKinds: MentorKinds = 'both';
  @IsIn(LINE_MANAGER_RULES) lineManagerRule: LineManagerRule = 'forbid';
  @IsIn(INSTITUTION_SCOPES) institutionScope: InstitutionScope = 'same_institution';
  @IsInt() @Min(0) @Max(480) minMentorExperienceMonths: number = 36;
  /** Mentees per mentor. */
  @IsInt() @Min(1) @Max(10) mentorCapacity: number = 2;
  /** A mentor must have completed the mentor course (when the training module is deployed). */
  @IsBoolean() mentorTrainingRequired: boolean = true;
  @IsInt() @Min(4) @Max(12) durationMonths: number = 6;
  /** Target days between meetings. */
  @IsInt() @Min(1) @Max(60) meetingCadenceDays: number = 14;
  /** Days without a logged meeting after which the duo needs attention. */
  @IsInt() @Min(7) @Max(120) inactivityDays: number = 28;
  /** Ask both sides "is this a fit?" after the first meeting, within this many days. 0 turns it off. */
  @IsInt() @Min(0) @Max(60) fitCheckDays: number = 14;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @ArrayUnique() @Matches(LANGUAGE_CODE, { each: true, message: 'languages must be ISO 639 codes such as da' })
  languages: string[] = ['en'];
  /**
   * Shown to both sides before the agreement: what stays in the duo and what cannot (safety, law).
   * Empty (the default): the platform's wording, which every reader gets in their own language
   * (programmes catalogue, `policy.confidentialityText`); a programme's own text is shown as written.
   */
  @IsString() @MaxLength(4000)
  confidentialityText: string = '';
  /**
   * In answers: `confidentialityText` is the platform's wording in the reader's language, not the
   * programme's own text. In a request: true keeps (or goes back to) the platform's wording, whatever
   * `confidentialityText` says. Never stored.
   */
  @IsOptional() @IsBoolean() confidentialityTextIsPlatformWording?: boolean;
  @ValidateNested() @Type(() => SupportContact) supportContact: SupportContact = new SupportContact();
}

/** A complete default policy (the blueprint's defaults). */
export function defaultPolicy(): ProgrammePolicy {
  return new ProgrammePolicy();
}
