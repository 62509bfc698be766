import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { defineRequest } from '@m4pris/platform-core';
import { INSTRUMENT_CODES, WAVE_KINDS, type InstrumentCode, type WaveKind } from './common.js';
import { EmptyRequest } from './instrument.js';

export class WavePlan {
  @IsIn(WAVE_KINDS, { message: 'waves.kind must be baseline, midpoint, closure or follow_up' }) kind: WaveKind;
  @IsArray() @ArrayUnique() @ArrayMaxSize(9) @IsIn(INSTRUMENT_CODES, { each: true, message: 'mentorInstruments must list known instruments' }) mentorInstruments: InstrumentCode[];
  @IsArray() @ArrayUnique() @ArrayMaxSize(9) @IsIn(INSTRUMENT_CODES, { each: true, message: 'menteeInstruments must list known instruments' }) menteeInstruments: InstrumentCode[];
  /** Days the invitation stays open (counted from when it opens, or from when it was issued if later). */
  @IsInt() @Min(1, { message: 'dueWithinDays must be at least 1' }) @Max(180) dueWithinDays: number;
  /** Days before the due date when a reminder is due. */
  @IsInt() @Min(0) @Max(90) remindBeforeDueDays: number;
  /** follow_up only: months after the relationship ended. */
  @IsOptional() @IsInt() @Min(1, { message: 'monthsAfterEnd must be at least 1' }) @Max(36) monthsAfterEnd?: number;
}

export class SaveSurveyPlanRequest {
  @IsUUID('all', { message: 'programmeId must be a UUID' }) programmeId: string;
  @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => WavePlan) waves: WavePlan[];
}

export class ProgrammeIdRequest {
  @IsUUID('all', { message: 'programmeId must be a UUID' }) programmeId: string;
}

export interface WavePlanDto {
  kind: WaveKind;
  mentorInstruments: InstrumentCode[];
  menteeInstruments: InstrumentCode[];
  dueWithinDays: number;
  remindBeforeDueDays: number;
  monthsAfterEnd: number | null;
}

export interface SurveyPlanDto {
  id: string;
  programmeId: string;
  version: number;
  waves: WavePlanDto[];
  updatedAt: string;
}

/** A programme this module knows from the programmes events (no personal data). */
export interface EvaluationProgrammeDto {
  programmeId: string;
  relationships: number;
  hasPlan: boolean;
}

export const SaveSurveyPlan = defineRequest<SaveSurveyPlanRequest, SurveyPlanDto>('evaluation.v1.plan.save', SaveSurveyPlanRequest);
export const GetSurveyPlan = defineRequest<ProgrammeIdRequest, SurveyPlanDto | null>('evaluation.v1.plan.get', ProgrammeIdRequest);
export const ListEvaluationProgrammes = defineRequest<EmptyRequest, EvaluationProgrammeDto[]>('evaluation.v1.programme.list', EmptyRequest);
