import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { defineRequest, NotInFuture, OnOrAfterField, orderByRequest, PageRequest, type OrderBy, type NamedRefDto, type Page, type PersonDto } from '@m4pris/platform-core';
import { ByIdsRequest, type InstitutionDto } from './institution.js';
import { DATE_ONLY, INSTITUTION_KINDS, LANGUAGE_CODE, type AccountStatus, type InstitutionKind } from './common.js';

const dateMsg = (f: string) => ({ message: `${f} must be a date as YYYY-MM-DD` });

export class StaffFields {
  @IsString() @MinLength(1) @MaxLength(100) firstName: string;
  @IsString() @MinLength(1) @MaxLength(100) lastName: string;
  @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @IsString() @MinLength(1) @MaxLength(100) position: string;
  @IsBoolean() supervisesOthers: boolean;
  /** Not in the future. */
  @Matches(DATE_ONLY, dateMsg('hiredOn')) @NotInFuture() hiredOn: string;
  /** On or after hiredOn. */
  @Matches(DATE_ONLY, dateMsg('joinedInstitutionOn')) @OnOrAfterField('hiredOn') joinedInstitutionOn: string;
  @IsOptional() @IsIn(INSTITUTION_KINDS) previousInstitutionKind?: InstitutionKind | null;
  @IsUUID() institutionId: string;
  @IsOptional() @IsUUID() unitId?: string | null;
  @IsOptional() @IsUUID() shiftPatternId?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(365) shiftOffsetDays?: number;
  @IsArray() @ArrayUnique() @ArrayMaxSize(10) @Matches(LANGUAGE_CODE, { each: true, message: 'languages must be ISO 639 codes such as da' })
  languages: string[];
  @IsOptional() @IsUUID() lineManagerId?: string | null;
}

export class CreateStaffRequest extends StaffFields {
  @IsOptional() @IsUUID() tenantId?: string;
}

export class UpdateStaffRequest {
  @IsUUID() id: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) firstName?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) lastName?: string;
  @IsOptional() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) position?: string;
  @IsOptional() @IsBoolean() supervisesOthers?: boolean;
  @IsOptional() @Matches(DATE_ONLY, dateMsg('hiredOn')) @NotInFuture() hiredOn?: string;
  /** On or after hiredOn (the one given, else the one recorded). */
  @IsOptional() @Matches(DATE_ONLY, dateMsg('joinedInstitutionOn')) @OnOrAfterField('hiredOn') joinedInstitutionOn?: string;
  @IsOptional() @IsIn(INSTITUTION_KINDS) previousInstitutionKind?: InstitutionKind | null;
  @IsOptional() @IsUUID() institutionId?: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() unitId?: string | null;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() shiftPatternId?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(365) shiftOffsetDays?: number;
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(10) @Matches(LANGUAGE_CODE, { each: true, message: 'languages must be ISO 639 codes such as da' })
  languages?: string[];
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsUUID() lineManagerId?: string | null;
}

export class RecordLeavingRequest {
  @IsUUID() id: string;
  @Matches(DATE_ONLY, dateMsg('leftOn')) leftOn: string;
}

/** How `staff` may be sorted (by default: name, then id). */
export const STAFF_SORT_FIELDS = ['name', 'email', 'hired_on', 'joined_institution_on', 'created_at'] as const;
export type StaffSortField = (typeof STAFF_SORT_FIELDS)[number];
export const StaffOrderByRequest = orderByRequest(STAFF_SORT_FIELDS);

export class ListStaffRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  /** Only these staff members. */
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids?: string[];
  @IsOptional() @IsUUID() institutionId?: string;
  @IsOptional() @IsUUID() unitId?: string;
  @IsOptional() @IsUUID() lineManagerId?: string;
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  /** Only staff hired on or after this date (newcomers). */
  @IsOptional() @Matches(DATE_ONLY, dateMsg('hiredSince')) hiredSince?: string;
  @IsOptional() @IsBoolean() includeLeft?: boolean;
  @IsOptional() @ValidateNested() @Type(() => StaffOrderByRequest) orderBy?: OrderBy<StaffSortField>;
}

/** Staff whose name (first, last, or both) contains `search`, case-insensitive; includes leavers. */
export class FindStaffIdsRequest {
  @IsString() @MinLength(1) @MaxLength(100) search: string;
}

/** At most this many ids a `FindStaffIds` reply. */
export const MAX_FOUND_STAFF_IDS = 5000;

export class ImportStaffRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  /** CSV text with a header row; see STAFF_CSV_COLUMNS. At most 5 MB. */
  @IsString() @MaxLength(5_000_000) csv: string;
  /** Validate only. */
  @IsOptional() @IsBoolean() dryRun?: boolean;
}

/**
 * Columns of a staff CSV file. Institution, unit and shift pattern are given by name, the line
 * manager by email (within the file or already registered).
 */
export const STAFF_CSV_COLUMNS = [
  'first_name',
  'last_name',
  'email',
  'position',
  'supervises_others',
  'hired_on',
  'joined_institution_on',
  'previous_institution_kind',
  'institution',
  'unit',
  'shift_pattern',
  'shift_offset_days',
  'languages',
  'line_manager_email',
] as const;
export const STAFF_CSV_REQUIRED = ['first_name', 'last_name', 'email', 'position', 'hired_on', 'joined_institution_on', 'institution'] as const;

export class StaffIdRequest {
  @IsUUID() staffId: string;
}

export class OptionalStaffIdRequest {
  /** Omit to act on yourself. */
  @IsOptional() @IsUUID() staffId?: string;
}

export interface StaffDto {
  id: string;
  tenantId: string;
  firstName: string;
  lastName: string;
  /** "First Last". */
  displayName: string;
  email: string;
  position: string;
  supervisesOthers: boolean;
  hiredOn: string;
  joinedInstitutionOn: string;
  previousInstitutionKind: InstitutionKind | null;
  institutionId: string;
  unitId: string | null;
  shiftPatternId: string | null;
  shiftOffsetDays: number;
  languages: string[];
  lineManagerId: string | null;
  leftServiceOn: string | null;
  accountStatus: AccountStatus;
  accountId: string | null;
  createdAt: string;
  /**
   * The language the platform speaks to the person (en, da, pt, ro, el): the one they chose, else the
   * first platform language of their staff record, else the tenant's default. Identity always sends
   * it; optional so that an answer from an older identity (without it) still reads, the caller then
   * choosing its own fallback.
   */
  locale?: string;
  /** The staff member's context, resolved by identity in the same reply (no second request). */
  institution?: InstitutionDto | null;
  unit?: NamedRefDto | null;
  shiftPattern?: NamedRefDto | null;
  /** The line manager as the reader may see them (staff readers: full; the staff member: name only). */
  lineManager?: PersonDto | null;
}

export interface ImportRowError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  field: string;
  message: string;
}

/**
 * A staff import running on the server (`StartStaffImport`): `done` rows are committed, in chunks,
 * while `state` is 'running'. A file that fails validation is 'invalid' (nothing written, `errors`
 * as ImportStaff reports them); a valid dry run is 'checked'. 'failed': a chunk could not be written
 * (rows of earlier chunks stay; `errors` says why).
 */
export type StaffImportJobState = 'running' | 'done' | 'failed' | 'invalid' | 'checked';
export const STAFF_IMPORT_JOB_STATES: readonly StaffImportJobState[] = ['running', 'done', 'failed', 'invalid', 'checked'];

export interface StaffImportJobDto {
  id: string;
  state: StaffImportJobState;
  /** Rows in the file. */
  total: number;
  /** Rows committed so far. */
  done: number;
  /** Rows that were not written (invalid rows, or the rows of a chunk that failed and after it). */
  failed: number;
  errors: ImportRowError[];
}

export class StaffImportJobRequest {
  @IsUUID() id: string;
}

export interface ImportResultDto {
  valid: boolean;
  rows: number;
  created: number;
  errors: ImportRowError[];
}

/**
 * An invitation as the inviter sees it. The single-use token is never in it: it travels only to the
 * invitee's mailbox (identity.v1.invitation.issued → notifications), so nobody who invites can accept.
 */
export interface InvitationDto {
  accountId: string;
  email: string;
  expiresAt: string;
}

export interface PersonalDataExportDto {
  exportedAt: string;
  staff: StaffDto | null;
  account: { id: string; email: string; status: string; createdAt: string; lastLoginAt: string | null } | null;
  roles: { role: string; tenantId: string | null; scopeType: string | null; scopeId: string | null }[];
  consents: { purpose: string; version: number; granted: boolean; recordedAt: string }[];
  /** What was done to the person, and every module's reads of their data (`module` says where). */
  accessLog: { at: string; action: string; module: string; actorId: string | null }[];
  /**
   * Whether the other modules' parts are in the document: `included` for the data subject's own
   * export; `by_data_subject_only` when a tenant admin exports on the person's behalf (programme
   * content is confidential to the duo, DOMAIN.md: the person exports it themselves); `none` for an
   * account that is not a staff member.
   */
  moduleContent: 'included' | typeof MODULE_CONTENT_BY_SUBJECT_ONLY | 'none';
  /** Each enabled module's part (`personalDataPart(module)`), by module name. */
  modules: Record<string, Record<string, unknown>>;
  /** Enabled modules that did not give their part (not running, timed out, failed). */
  incomplete: string[];
  /** False when `incomplete` is not empty. */
  complete: boolean;
}

/** `moduleContent` of an export made by a tenant admin on a staff member's behalf. */
export const MODULE_CONTENT_BY_SUBJECT_ONLY = 'by_data_subject_only';

export class InviteAccountRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
}

export const CreateStaff = defineRequest<CreateStaffRequest, StaffDto>('identity.v1.staff.create', CreateStaffRequest);
export const UpdateStaff = defineRequest<UpdateStaffRequest, StaffDto>('identity.v1.staff.update', UpdateStaffRequest);
export const GetStaff = defineRequest<StaffIdRequest, StaffDto>('identity.v1.staff.get', StaffIdRequest);
export const ListStaff = defineRequest<ListStaffRequest, Page<StaffDto>>('identity.v1.staff.list', ListStaffRequest);
export const RecordLeaving = defineRequest<RecordLeavingRequest, StaffDto>('identity.v1.staff.recordLeaving', RecordLeavingRequest);
export const ImportStaff = defineRequest<ImportStaffRequest, ImportResultDto>('identity.v1.staff.import', ImportStaffRequest);
/** Like ImportStaff, but a valid file is written after the reply, in chunks; poll GetStaffImportJob. */
export const StartStaffImport = defineRequest<ImportStaffRequest, StaffImportJobDto>('identity.v1.staff.importStart', ImportStaffRequest);
/** A staff import job of the caller's tenant (the roles that may import only). */
export const GetStaffImportJob = defineRequest<StaffImportJobRequest, StaffImportJobDto>('identity.v1.staff.importJob', StaffImportJobRequest);
export const InviteStaff = defineRequest<StaffIdRequest, InvitationDto>('identity.v1.staff.invite', StaffIdRequest);
/** An account for someone who is not staff (an external researcher, a tenant admin). */
export const InviteAccount = defineRequest<InviteAccountRequest, InvitationDto>('identity.v1.account.invite', InviteAccountRequest);
export const ExportPersonalData = defineRequest<OptionalStaffIdRequest, PersonalDataExportDto>('identity.v1.staff.export', OptionalStaffIdRequest);
export const EraseStaff = defineRequest<StaffIdRequest, { ok: true }>('identity.v1.staff.erase', StaffIdRequest);

/**
 * Ids of the staff whose name matches, for a module that keeps no names and lets its lists be
 * searched by name (training's enrolments): the caller's own rights apply (staff readers of the
 * tenant; a coordinator scoped to institutions finds the staff of those only). Audited.
 */
export const FindStaffIds = defineRequest<FindStaffIdsRequest, string[]>('identity.v1.staff.findIds', FindStaffIdsRequest);

/** Batch lookup for DataLoaders: staff of the caller's tenant among `ids` (others are silently absent). */
export const GetStaffByIds = defineRequest<ByIdsRequest, StaffDto[]>('identity.v1.staff.byIds', ByIdsRequest);
