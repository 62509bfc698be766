import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { defineRequest, orderByRequest, PageRequest, type OrderBy, type Page, type PersonDto } from '@m4pris/platform-core';
import { APPLICATION_STATES, LANGUAGE_CODE, EmptyRequest, MENTORING_FUNCTIONS, PARTICIPANT_ROLES, type ApplicationState, type MentoringFunction, type ParticipantRole } from './common.js';
import type { EligibilityReason } from './programme.js';

export class SubmitApplicationRequest {
  @IsUUID() cohortId: string;
  @IsIn(PARTICIPANT_ROLES) role: ParticipantRole;
  @IsString() @MinLength(1) @MaxLength(2000) motivation: string;
  /** Mentee: what they need; mentor: what they are strong in. */
  @IsArray() @ArrayUnique() @IsIn(MENTORING_FUNCTIONS, { each: true, message: 'functions may only contain psychosocial, job_familiarisation' }) functions: MentoringFunction[];
  @IsOptional() @IsString() @MaxLength(1000) strengthsOrNeeds?: string;
  @IsArray() @ArrayUnique() @ArrayMaxSize(10) @Matches(LANGUAGE_CODE, { each: true, message: 'languages must be ISO 639 codes such as da' }) languages: string[];
  @IsOptional() @IsBoolean() prefersSameUnit?: boolean;
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(5) @IsUUID('all', { each: true }) preferredStaffIds?: string[];
  /** People you should not be matched with (conflict of interest); never shown to anyone else. */
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(20) @IsUUID('all', { each: true }) conflictStaffIds?: string[];
  /** Taking part is voluntary: the applicant agrees to the programme's consent text. */
  @IsBoolean() consent: boolean;
}

export class ApplicationIdRequest {
  @IsUUID() applicationId: string;
}

export class DecideApplicationRequest {
  @IsUUID() applicationId: string;
  @IsIn(['accept', 'waitlist', 'decline']) decision: 'accept' | 'waitlist' | 'decline';
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

/** How `applications` may be sorted (by default: submitted, then id). */
export const APPLICATION_SORT_FIELDS = ['submitted_at', 'applicant_name', 'state', 'role'] as const;
export type ApplicationSortField = (typeof APPLICATION_SORT_FIELDS)[number];
export const ApplicationOrderByRequest = orderByRequest(APPLICATION_SORT_FIELDS);

export class ListApplicationsRequest extends PageRequest {
  @IsUUID() cohortId: string;
  @IsOptional() @IsIn(APPLICATION_STATES) state?: ApplicationState;
  @IsOptional() @IsIn(PARTICIPANT_ROLES) role?: ParticipantRole;
  /** Case-insensitive match on the display names the caller may see (within the caller's scope). */
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  @IsOptional() @ValidateNested() @Type(() => ApplicationOrderByRequest) orderBy?: OrderBy<ApplicationSortField>;
}

export interface ApplicationDto {
  id: string;
  tenantId: string;
  programmeId: string;
  cohortId: string;
  staffId: string;
  institutionId: string;
  role: ParticipantRole;
  state: ApplicationState;
  motivation: string;
  strengthsOrNeeds: string | null;
  functions: MentoringFunction[];
  languages: string[];
  prefersSameUnit: boolean;
  preferredStaffIds: string[];
  /** Only to the applicant themselves. */
  conflictStaffIds: string[] | null;
  eligibility: EligibilityReason[];
  /** E.g. training_not_verified when the training module is not deployed. */
  flags: string[];
  decisionReason: string | null;
  submittedAt: string;
  decidedAt: string | null;
  /** The applicant: in full for themselves, by name for a coordinator in scope. */
  applicant: PersonDto;
}

export const SubmitApplication = defineRequest<SubmitApplicationRequest, ApplicationDto>('programmes.v1.application.submit', SubmitApplicationRequest);
/** Withdrawal at any time, without a reason; nobody's manager is told. */
export const WithdrawApplication = defineRequest<ApplicationIdRequest, ApplicationDto>('programmes.v1.application.withdraw', ApplicationIdRequest);
export const DecideApplication = defineRequest<DecideApplicationRequest, ApplicationDto>('programmes.v1.application.decide', DecideApplicationRequest);
export const GetApplication = defineRequest<ApplicationIdRequest, ApplicationDto>('programmes.v1.application.get', ApplicationIdRequest);
export const ListApplications = defineRequest<ListApplicationsRequest, Page<ApplicationDto>>('programmes.v1.application.list', ListApplicationsRequest);
export class MyApplicationsRequest extends EmptyRequest {}
export const MyApplications = defineRequest<MyApplicationsRequest, ApplicationDto[]>('programmes.v1.application.mine', MyApplicationsRequest);
