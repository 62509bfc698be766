import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { defineRequest } from '@m4pris/platform-core';
import { BREAKDOWNS, EXPORT_FORMS, WAVE_KINDS, type Breakdown, type ExportForm, type InstrumentCode, type WaveKind } from './common.js';

export class PrePostReportRequest {
  @IsUUID('all', { message: 'programmeId must be a UUID' }) programmeId: string;
  @IsOptional() @IsIn(WAVE_KINDS, { message: 'pre must be a wave kind' }) pre?: WaveKind;
  @IsOptional() @IsIn(WAVE_KINDS, { message: 'post must be a wave kind' }) post?: WaveKind;
  @IsOptional() @IsIn(BREAKDOWNS, { message: 'breakdown must be role, institution or country' }) breakdown?: Breakdown;
}

/** One analysis cell: an instrument score for a group of matched pairs. Null fields are suppressed. */
export interface PrePostCellDto {
  instrumentCode: InstrumentCode;
  score: string;
  /** Breakdown value (role, institution id, country) or null for everyone. */
  group: string | null;
  /** Matched pairs; null when the cell is suppressed. */
  pairs: number | null;
  suppressed: boolean;
  preMean: number | null;
  postMean: number | null;
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  t: number | null;
  pValue: number | null;
  wilcoxonTPlus: number | null;
  wilcoxonTMinus: number | null;
  wilcoxonP: number | null;
  dz: number | null;
  gz: number | null;
  rankBiserial: number | null;
  /** Reliable-change proportions (Jacobson–Truax), shown only from 10 pairs. */
  reliablyImproved: number | null;
  reliablyDeteriorated: number | null;
  higherIsBetter: boolean;
}

export interface PrePostReportDto {
  programmeId: string;
  pre: WaveKind;
  post: WaveKind;
  breakdown: Breakdown | null;
  minCell: number;
  minCellSensitive: number;
  cells: PrePostCellDto[];
}

export interface WaveFlowDto {
  wave: WaveKind;
  /** Counts; null when suppressed (small cells and their complements). */
  invited: number | null;
  notStarted: number | null;
  started: number | null;
  completed: number | null;
  expired: number | null;
  remindersDue: number | null;
}

/** Baseline score of those who completed the post wave vs those who did not (aggregates). */
export interface AttritionDto {
  instrumentCode: InstrumentCode;
  score: string;
  completers: number | null;
  dropOuts: number | null;
  completersBaselineMean: number | null;
  dropOutsBaselineMean: number | null;
  /** Standardised difference (completers − drop-outs) / pooled SD. */
  standardisedDifference: number | null;
  suppressed: boolean;
}

export interface ResponseFlowDto {
  programmeId: string;
  waves: WaveFlowDto[];
  attrition: AttritionDto[];
}

export interface RetentionDto {
  months: number;
  /** Mentees hired at least `months` ago and the share still in service `months` after hire. */
  mentees: number | null;
  menteesRetained: number | null;
  /** Comparable non-participants: staff of the same tenant hired in the same period, never mentees. */
  comparison: number | null;
  comparisonRetained: number | null;
}

export interface ProgrammeOutcomesDto {
  programmeId: string;
  duosFormed: number;
  activeDuos: number;
  closedDuos: number;
  endedEarly: number | null;
  meetingsLogged: number;
  meetingsPerDuoMean: number | null;
  meetingsPerDuoMedian: number | null;
  retention: RetentionDto[];
}

export class ExportWaveRequest {
  @IsUUID('all', { message: 'programmeId must be a UUID' }) programmeId: string;
  @IsIn(WAVE_KINDS, { message: 'wave must be a wave kind' }) wave: WaveKind;
  @IsIn(EXPORT_FORMS, { message: 'form must be long or wide' }) form: ExportForm;
  @IsOptional() @IsInt() @Min(0) offset?: number;
  @IsOptional() @IsInt() @Min(1) @Max(2000, { message: 'limit must be at most 2000' }) limit?: number;
}

/** One page of a pseudonymised CSV export; concatenate `header` and every page's `csv`. */
export interface ExportPageDto {
  header: string;
  csv: string;
  rows: number;
  total: number;
  nextOffset: number | null;
}

/**
 * How many exported rows of one wave a quasi-identifier was given at one level of generalisation
 * (k-anonymity of the research export): `institution` at `institution`, `region` or `other`;
 * `completed_period` at `quarter`, `year` or `blank`; `role` at `role` or `blank`.
 */
export interface ExportGeneralisationDto {
  wave: WaveKind;
  variable: 'role' | 'institution' | 'completed_period';
  level: string;
  rows: number;
}

export interface CodebookDto {
  csv: string;
  variables: number;
  /** Per wave of the plan with completed responses, the rows at each level of generalisation. */
  generalisation: ExportGeneralisationDto[];
}

export const GetPrePostReport = defineRequest<PrePostReportRequest, PrePostReportDto>('evaluation.v1.report.prePost', PrePostReportRequest);
export const GetResponseFlow = defineRequest<{ programmeId: string }, ResponseFlowDto>('evaluation.v1.report.flow', PrePostReportRequest);
export const GetProgrammeOutcomes = defineRequest<{ programmeId: string }, ProgrammeOutcomesDto>('evaluation.v1.report.outcomes', PrePostReportRequest);
export const ExportWave = defineRequest<ExportWaveRequest, ExportPageDto>('evaluation.v1.export.wave', ExportWaveRequest);
export const GetCodebook = defineRequest<{ programmeId: string }, CodebookDto>('evaluation.v1.export.codebook', PrePostReportRequest);
