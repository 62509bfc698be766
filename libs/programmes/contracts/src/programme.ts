import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { AfterField, defineRequest, orderByRequest, PageRequest, type OrderBy, type Page, type PersonDto } from '@m4pris/platform-core';
import { COHORT_STATES, DATE_ONLY, type CohortState, type ParticipantRole } from './common.js';
import { ProgrammePolicy } from './policy.js';

const dateMsg = (f: string) => ({ message: `${f} must be a date as YYYY-MM-DD` });

export class CreateProgrammeRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
  /** Limit the programme to these institutions (empty or absent: the whole tenant). */
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(200) @IsUUID('all', { each: true }) institutionIds?: string[];
  /** Omitted fields take the blueprint's defaults. */
  @IsOptional() @ValidateNested() @Type(() => ProgrammePolicy) policy?: ProgrammePolicy;
}

export class UpdatePolicyRequest {
  @IsUUID() programmeId: string;
  /** The complete new policy (omitted fields take the defaults); stored as a new version. */
  @ValidateNested() @Type(() => ProgrammePolicy) policy: ProgrammePolicy;
}

export class ProgrammeIdRequest {
  @IsUUID() programmeId: string;
}

/** How `programmes` may be sorted (by default: created, then id). */
export const PROGRAMME_SORT_FIELDS = ['created_at', 'name'] as const;
export type ProgrammeSortField = (typeof PROGRAMME_SORT_FIELDS)[number];
export const ProgrammeOrderByRequest = orderByRequest(PROGRAMME_SORT_FIELDS);

export class ListProgrammesRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  /** Only these programmes (a client naming the programmes its rows refer to, in one request). */
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids?: string[];
  @IsOptional() @ValidateNested() @Type(() => ProgrammeOrderByRequest) orderBy?: OrderBy<ProgrammeSortField>;
}

export interface ProgrammeDto {
  id: string;
  tenantId: string;
  name: string;
  description: string | null;
  institutionIds: string[];
  policyVersion: number;
  policy: ProgrammePolicy;
  createdAt: string;
}

export interface PolicyVersionDto {
  version: number;
  policy: ProgrammePolicy;
  createdAt: string;
}

// --- cohorts ---------------------------------------------------------------------------------

export class CreateCohortRequest {
  @IsUUID() programmeId: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Matches(DATE_ONLY, dateMsg('startsOn')) startsOn: string;
  /** Defaults to startsOn + the policy's duration; after startsOn. */
  @IsOptional() @Matches(DATE_ONLY, dateMsg('endsOn')) @AfterField('startsOn') endsOn?: string;
}

export class TransitionCohortRequest {
  @IsUUID() cohortId: string;
  @IsIn(COHORT_STATES) to: CohortState;
}

export class CohortIdRequest {
  @IsUUID() cohortId: string;
}

/** How `cohorts` may be sorted (by default: latest start first, then id). */
export const COHORT_SORT_FIELDS = ['starts_on', 'ends_on', 'name', 'state', 'created_at'] as const;
export type CohortSortField = (typeof COHORT_SORT_FIELDS)[number];
export const CohortOrderByRequest = orderByRequest(COHORT_SORT_FIELDS);

export class ListCohortsRequest extends PageRequest {
  @IsOptional() @IsUUID() programmeId?: string;
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsIn(COHORT_STATES) state?: CohortState;
  @IsOptional() @ValidateNested() @Type(() => CohortOrderByRequest) orderBy?: OrderBy<CohortSortField>;
}

export class EligibleStaffRequest extends PageRequest {
  @IsUUID() cohortId: string;
  @IsOptional() @IsIn(['mentor', 'mentee']) role?: ParticipantRole;
}

export interface CohortDto {
  id: string;
  tenantId: string;
  programmeId: string;
  name: string;
  state: CohortState;
  policyVersion: number;
  startsOn: string;
  endsOn: string;
  createdAt: string;
  stateChangedAt: string;
  /** The states this caller may move the cohort to now (empty for anyone who does not run it). */
  allowedTransitions: CohortState[];
}

/** Why someone is eligible (computed from identity data and the cohort's policy). */
export const ELIGIBILITY_REASONS = ['new_to_profession', 'new_to_setting', 'institution_kind_change', 'experienced_peer', 'supervisor'] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

export interface EligibleStaffDto {
  staffId: string;
  institutionId: string;
  role: ParticipantRole;
  reasons: EligibilityReason[];
  /** Months since hire, for the coordinator's overview. */
  monthsOfService: number;
  /** By name for a coordinator; null for the tenant admin (aggregates only). */
  person: PersonDto | null;
}

export const CreateProgramme = defineRequest<CreateProgrammeRequest, ProgrammeDto>('programmes.v1.programme.create', CreateProgrammeRequest);
export const UpdatePolicy = defineRequest<UpdatePolicyRequest, ProgrammeDto>('programmes.v1.programme.updatePolicy', UpdatePolicyRequest);
export const GetProgramme = defineRequest<ProgrammeIdRequest, ProgrammeDto>('programmes.v1.programme.get', ProgrammeIdRequest);
export const ListProgrammes = defineRequest<ListProgrammesRequest, Page<ProgrammeDto>>('programmes.v1.programme.list', ListProgrammesRequest);
export const ListPolicyVersions = defineRequest<ProgrammeIdRequest, PolicyVersionDto[]>('programmes.v1.programme.policyVersions', ProgrammeIdRequest);
export const CreateCohort = defineRequest<CreateCohortRequest, CohortDto>('programmes.v1.cohort.create', CreateCohortRequest);
export const TransitionCohort = defineRequest<TransitionCohortRequest, CohortDto>('programmes.v1.cohort.transition', TransitionCohortRequest);
export const GetCohort = defineRequest<CohortIdRequest, CohortDto>('programmes.v1.cohort.get', CohortIdRequest);
export const ListCohorts = defineRequest<ListCohortsRequest, Page<CohortDto>>('programmes.v1.cohort.list', ListCohortsRequest);
export const ListEligibleStaff = defineRequest<EligibleStaffRequest, Page<EligibleStaffDto>>('programmes.v1.cohort.eligibleStaff', EligibleStaffRequest);
