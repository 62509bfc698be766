import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { defineRequest } from '@m4pris/platform-core';
import { INSTRUMENT_CODES, type InstrumentCode, type InvitationState, type RespondentRole, type WaveKind } from './common.js';
import { EmptyRequest } from './instrument.js';

export class InvitationIdRequest {
  @IsUUID('all', { message: 'invitationId must be a UUID' }) invitationId: string;
}

export class AnswerInput {
  @IsIn(INSTRUMENT_CODES, { message: 'answers.instrumentCode must be a known instrument' }) instrumentCode: InstrumentCode;
  @Matches(/^[a-z0-9_]{1,40}$/, { message: 'answers.itemId must be an item code' }) itemId: string;
  /** null (or absent) clears a saved answer; the instrument's own range is checked by the service. */
  @IsOptional() @IsInt({ message: 'answers.value must be an integer' }) @Min(0, { message: 'answers.value must not be negative' }) @Max(100) value?: number | null;
}

/** Saves answers (partial allowed); `submit` completes the response once every scored item has an answer. */
export class SaveAnswersRequest {
  @IsUUID('all', { message: 'invitationId must be a UUID' }) invitationId: string;
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
  @IsBoolean() submit: boolean;
  /** Client-generated (UUID): a replay by the same caller saves nothing new and answers with the invitation as it is. */
  @IsOptional() @IsUUID('all', { message: 'idempotencyKey must be a UUID' }) idempotencyKey?: string;
}

export interface InvitationDto {
  id: string;
  programmeId: string;
  wave: WaveKind;
  role: RespondentRole;
  instruments: InstrumentCode[];
  opensOn: string;
  dueOn: string;
  state: InvitationState;
  reminderDue: boolean;
  answered: number;
  itemCount: number;
}

export interface SurveyItemDto {
  instrumentCode: InstrumentCode;
  itemId: string;
  /** Wording in the caller's locale (or the tenant's loaded fallback); null when none is loaded. */
  text: string | null;
  responseMin: number;
  responseMax: number;
  anchors: string[];
  value: number | null;
}

export interface InvitationDetailDto extends InvitationDto {
  items: SurveyItemDto[];
  /** Attribution lines of the instruments (licence requirement). */
  attributions: string[];
}

export interface MyScoreDto {
  invitationId: string;
  wave: WaveKind;
  instrumentCode: InstrumentCode;
  score: string;
  value: number | null;
  min: number;
  max: number;
  /** Shown to the respondent only: a low WHO-5 score points to support. */
  signpost: boolean;
  completedOn: string;
}

export const ListMyInvitations = defineRequest<EmptyRequest, InvitationDto[]>('evaluation.v1.invitation.mine', EmptyRequest);
export const GetMyInvitation = defineRequest<InvitationIdRequest, InvitationDetailDto>('evaluation.v1.invitation.get', InvitationIdRequest);
export const SaveAnswers = defineRequest<SaveAnswersRequest, InvitationDetailDto>('evaluation.v1.response.save', SaveAnswersRequest);
export const ListMyScores = defineRequest<EmptyRequest, MyScoreDto[]>('evaluation.v1.response.myScores', EmptyRequest);
