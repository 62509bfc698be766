import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { defineRequest, SUPPORTED_LOCALES, EmptyRequest } from '@m4pris/platform-core';
import { INSTRUMENT_CODES, type InstrumentCode } from './common.js';

export { EmptyRequest };

export interface InstrumentItemDto {
  id: string;
  subscale: string | null;
  reverse: boolean;
}

export interface ScoreDefDto {
  /** Subscale or score code, e.g. `percent`, `work`. */
  code: string;
  rule: 'sum' | 'mean';
  /** Items that make up the score (before prorating). */
  items: string[];
  /** Fewest answered items for a score; fewer gives no score. */
  minAnswered: number;
  /** Missing items are replaced by the mean of the answered ones (sum scores only). */
  prorated: boolean;
  /** Linear transform applied after aggregation: score × multiply. */
  multiply: number;
  min: number;
  max: number;
  higherIsBetter: boolean;
  /** Reliability (Cronbach's α or test–retest) used for the reliable-change index. */
  reliability: number;
}

export interface InstrumentDto {
  code: InstrumentCode;
  version: string;
  name: string;
  /** Response values (codes) a respondent may give, inclusive. */
  responseMin: number;
  responseMax: number;
  /** Value mapping applied before scoring (e.g. CBI 0–4 → 0–100): value × itemMultiply. */
  itemMultiply: number;
  responseAnchors: string[];
  items: InstrumentItemDto[];
  scores: ScoreDefDto[];
  licence: { status: 'free_with_attribution' | 'free_use' | 'permission_required' | 'project_own'; holder: string; attribution: string; url: string; wordingShipped: boolean };
  /** Locales whose wording this tenant has loaded (or that ship with the project for its own items). */
  textLocales: string[];
}

export class InstrumentItemText {
  @Matches(/^[a-z0-9_]{1,40}$/, { message: 'itemId must be an item code' }) itemId: string;
  @IsString() @MinLength(1) @MaxLength(1000) text: string;
}

/** A tenant loads the wording of an instrument (from its licensed or official translation). */
export class LoadInstrumentTextRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsIn(INSTRUMENT_CODES, { message: 'instrumentCode must be a known instrument' }) instrumentCode: InstrumentCode;
  @IsIn(SUPPORTED_LOCALES, { message: 'locale must be one of en, da, pt, ro, el' }) locale: string;
  @IsOptional() @IsString() @MaxLength(2000) instructions?: string;
  /** Anchor labels, lowest value first. */
  @IsArray() @ArrayMaxSize(11) @IsString({ each: true }) @MaxLength(200, { each: true }) anchors: string[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => InstrumentItemText) items: InstrumentItemText[];
  /** Where the wording comes from (source, licence reference). */
  @IsString() @MinLength(3) @MaxLength(500) source: string;
}

export interface InstrumentTextDto {
  instrumentCode: InstrumentCode;
  locale: string;
  items: number;
  source: string;
  loadedAt: string;
}

export const ListInstruments = defineRequest<EmptyRequest, InstrumentDto[]>('evaluation.v1.instrument.list', EmptyRequest);
export const LoadInstrumentText = defineRequest<LoadInstrumentTextRequest, InstrumentTextDto>('evaluation.v1.instrument.loadText', LoadInstrumentTextRequest);
