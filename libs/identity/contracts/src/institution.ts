import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { defineRequest, PageRequest, type Page } from '@m4pris/platform-core';
import { INSTITUTION_KINDS, type InstitutionKind } from './common.js';

export class CreateInstitutionRequest {
  /** Required for the platform admin; defaults to the caller's tenant otherwise. */
  @IsOptional() @IsUUID() tenantId?: string;
  @IsString() @MinLength(2) @MaxLength(200) name: string;
  @IsIn(INSTITUTION_KINDS) kind: InstitutionKind;
  @IsString() @MinLength(1) @MaxLength(100) region: string;
}

export class UpdateInstitutionRequest {
  @IsUUID() id: string;
  @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @IsOptional() @IsIn(INSTITUTION_KINDS) kind?: InstitutionKind;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(100) region?: string;
}

export class ListInstitutionsRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsIn(INSTITUTION_KINDS) kind?: InstitutionKind;
  @IsOptional() @IsString() @MaxLength(100) region?: string;
  @IsOptional() @IsString() @MaxLength(100) search?: string;
}

export interface InstitutionDto {
  id: string;
  tenantId: string;
  name: string;
  kind: InstitutionKind;
  region: string;
  createdAt: string;
}

export class CreateUnitRequest {
  @IsUUID() institutionId: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
}

export class UpdateUnitRequest {
  @IsUUID() id: string;
  @IsString() @MinLength(1) @MaxLength(200) name: string;
}

/** Refused (identity.UNIT_IN_USE) while any staff record that is not erased names the unit. */
export class RemoveUnitRequest {
  @IsUUID() id: string;
}

export class ListUnitsRequest {
  @IsUUID() institutionId: string;
}

export interface UnitDto {
  id: string;
  tenantId: string;
  institutionId: string;
  name: string;
}

/** One shift within a rota cycle: on day `day` (0-based) from `start` (local HH:MM) for `hours`. */
export class ShiftInput {
  @IsInt() @Min(0) @Max(365) day: number;
  @IsString() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'start must be HH:MM (24-hour)' }) start: string;
  @IsNumber() @Min(0.5) @Max(24) hours: number;
}

export class CreateShiftPatternRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsString() @MinLength(1) @MaxLength(100) name: string;
  /** Length of the rota cycle in days (7 for a weekly rota, 8 for 4-on-4-off). */
  @IsInt() @Min(1) @Max(56) cycleDays: number;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(112) @ValidateNested({ each: true }) @Type(() => ShiftInput)
  shifts: ShiftInput[];
}

/**
 * A new name and rota for a pattern (validated as on create). Staff on the pattern keep it; the
 * modules holding a copy (matching's rota, programmes' staff cards) follow the change.
 */
export class UpdateShiftPatternRequest {
  @IsUUID() id: string;
  @IsString() @MinLength(1) @MaxLength(100) name: string;
  @IsInt() @Min(1) @Max(56) cycleDays: number;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(112) @ValidateNested({ each: true }) @Type(() => ShiftInput)
  shifts: ShiftInput[];
}

/** Refused (identity.SHIFT_PATTERN_IN_USE) while any staff record that is not erased is on the pattern. */
export class RemoveShiftPatternRequest {
  @IsUUID() id: string;
}

export interface RemovedDto {
  id: string;
}

export class ListShiftPatternsRequest {
  @IsOptional() @IsUUID() tenantId?: string;
}

export interface ShiftDto {
  day: number;
  start: string;
  hours: number;
}

export interface ShiftPatternDto {
  id: string;
  tenantId: string;
  name: string;
  cycleDays: number;
  shifts: ShiftDto[];
}

export const CreateInstitution = defineRequest<CreateInstitutionRequest, InstitutionDto>('identity.v1.institution.create', CreateInstitutionRequest);
export const UpdateInstitution = defineRequest<UpdateInstitutionRequest, InstitutionDto>('identity.v1.institution.update', UpdateInstitutionRequest);
export class GetInstitutionRequest {
  @IsUUID() id: string;
}
export const GetInstitution = defineRequest<GetInstitutionRequest, InstitutionDto>('identity.v1.institution.get', GetInstitutionRequest);
export const ListInstitutions = defineRequest<ListInstitutionsRequest, Page<InstitutionDto>>('identity.v1.institution.list', ListInstitutionsRequest);
export const CreateUnit = defineRequest<CreateUnitRequest, UnitDto>('identity.v1.unit.create', CreateUnitRequest);
export const UpdateUnit = defineRequest<UpdateUnitRequest, UnitDto>('identity.v1.unit.update', UpdateUnitRequest);
export const RemoveUnit = defineRequest<RemoveUnitRequest, RemovedDto>('identity.v1.unit.remove', RemoveUnitRequest);
export const ListUnits = defineRequest<ListUnitsRequest, UnitDto[]>('identity.v1.unit.list', ListUnitsRequest);
export const CreateShiftPattern = defineRequest<CreateShiftPatternRequest, ShiftPatternDto>('identity.v1.shiftPattern.create', CreateShiftPatternRequest);
export const UpdateShiftPattern = defineRequest<UpdateShiftPatternRequest, ShiftPatternDto>('identity.v1.shiftPattern.update', UpdateShiftPatternRequest);
export const RemoveShiftPattern = defineRequest<RemoveShiftPatternRequest, RemovedDto>('identity.v1.shiftPattern.remove', RemoveShiftPatternRequest);
export const ListShiftPatterns = defineRequest<ListShiftPatternsRequest, ShiftPatternDto[]>('identity.v1.shiftPattern.list', ListShiftPatternsRequest);

export class ByIdsRequest {
  @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) ids: string[];
}
/** Batch lookup for DataLoaders: institutions of the caller's tenant among `ids` (others are silently absent). */
export const GetInstitutionsByIds = defineRequest<ByIdsRequest, InstitutionDto[]>('identity.v1.institution.byIds', ByIdsRequest);
