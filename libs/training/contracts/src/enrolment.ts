import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EmptyRequest } from './common.js';
import { defineRequest, orderByRequest, PageRequest, type OrderBy, type Page } from '@m4pris/platform-core';

export const ENROLMENT_STATUSES = ['active', 'completed', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLLED_BY = ['self', 'coordinator'] as const;
export type EnrolledBy = (typeof ENROLLED_BY)[number];
export const ASSESSMENT_PHASES = ['pre', 'post'] as const;
export type AssessmentPhase = (typeof ASSESSMENT_PHASES)[number];

export interface UnitProgressDto {
  unitId: string;
  done: boolean;
  /** null when the unit has no knowledge check or it was not tried. */
  checkPassed: boolean | null;
  bestScore: number | null;
  attempts: number;
}

export interface ProgressDto {
  requiredUnits: number;
  requiredUnitsDone: number;
  checksRequired: number;
  checksPassed: number;
  sessionsAttended: number;
  sessionsMissed: number;
  /** Percent of registered sessions attended; null before any register is kept. */
  attendanceRate: number | null;
  unitsRuleMet: boolean;
  attendanceRuleMet: boolean;
  checksRuleMet: boolean;
  units: UnitProgressDto[];
  /**
   * Whether the learner answered the pre/post assessment and the satisfaction questionnaire. Those
   * answers are kept without the learner's id, so only the learner sees these (null for anyone
   * else): knowing who just answered would let a manager difference the course feedback report.
   */
  preAssessmentDone: boolean | null;
  postAssessmentDone: boolean | null;
  satisfactionDone: boolean | null;
}

export interface EnrolmentDto {
  id: string;
  tenantId: string;
  courseId: string;
  /** The title of the course version enrolled on, in the caller's language (English as the fallback). */
  courseTitle: string;
  staffId: string;
  cohortId: string | null;
  courseVersion: number;
  enrolledBy: EnrolledBy;
  status: EnrolmentStatus;
  enrolledAt: string;
  completedOn: string | null;
  certificateId: string | null;
  progress: ProgressDto;
}

export interface CheckResultDto {
  score: number;
  passMark: number;
  passed: boolean;
  enrolment: EnrolmentDto;
}

/** Enrol yourself (no staffId) or, as a coordinator, a learner; optionally for a programmes cohort. */
export class EnrolRequest {
  @IsUUID() courseId: string;
  @IsOptional() @IsUUID() staffId?: string;
  @IsOptional() @IsUUID() cohortId?: string | null;
}

export class EnrolmentIdRequest {
  @IsUUID() enrolmentId: string;
}

/** How `enrolments` may be sorted (by default: enrolled, then id). Training keeps no names: no name sort. */
export const ENROLMENT_SORT_FIELDS = ['enrolled_at', 'status', 'completed_on'] as const;
export type EnrolmentSortField = (typeof ENROLMENT_SORT_FIELDS)[number];
export const EnrolmentOrderByRequest = orderByRequest(ENROLMENT_SORT_FIELDS);

export class ListEnrolmentsRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsUUID() courseId?: string;
  @IsOptional() @IsUUID() cohortId?: string;
  @IsOptional() @IsUUID() staffId?: string;
  @IsOptional() @IsIn(ENROLMENT_STATUSES) status?: EnrolmentStatus;
  /** Case-insensitive match on the learner's name, as identity lets the caller see it (within the caller's scope). */
  @IsOptional() @IsString() @MaxLength(100) search?: string;
  @IsOptional() @ValidateNested() @Type(() => EnrolmentOrderByRequest) orderBy?: OrderBy<EnrolmentSortField>;
}

export class CompleteUnitRequest {
  @IsUUID() enrolmentId: string;
  @IsUUID() unitId: string;
}

/** One question's answer: `optionId` (one option) or `optionIds` (a multiple-choice answer; all chosen options). */
export class AnswerInput {
  @IsUUID() questionId: string;
  @IsOptional() @IsUUID() optionId?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) optionIds?: string[];
}

export class SubmitKnowledgeCheckRequest {
  @IsUUID() enrolmentId: string;
  @IsUUID() unitId: string;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

export class SubmitAssessmentRequest {
  @IsUUID() enrolmentId: string;
  @IsIn(ASSESSMENT_PHASES) phase: AssessmentPhase;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AnswerInput) answers: AnswerInput[];
}

export class RatingInput {
  @IsUUID() questionId: string;
  @IsInt() @Min(1) @Max(5) value: number;
}

export class SubmitSatisfactionRequest {
  @IsUUID() enrolmentId: string;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => RatingInput) answers: RatingInput[];
}

export interface AssessmentResultDto {
  phase: AssessmentPhase;
  score: number;
}

export const Enrol = defineRequest<EnrolRequest, EnrolmentDto>('training.v1.enrolment.enrol', EnrolRequest);
export const WithdrawEnrolment = defineRequest<EnrolmentIdRequest, EnrolmentDto>('training.v1.enrolment.withdraw', EnrolmentIdRequest);
export const GetEnrolment = defineRequest<EnrolmentIdRequest, EnrolmentDto>('training.v1.enrolment.get', EnrolmentIdRequest);
export const ListEnrolments = defineRequest<ListEnrolmentsRequest, Page<EnrolmentDto>>('training.v1.enrolment.list', ListEnrolmentsRequest);
export const MyEnrolments = defineRequest<EmptyRequest, EnrolmentDto[]>('training.v1.enrolment.mine', EmptyRequest);
export const CompleteUnit = defineRequest<CompleteUnitRequest, EnrolmentDto>('training.v1.enrolment.completeUnit', CompleteUnitRequest);
/** Scored on the server; the reply says the score and whether it passed, never the right answers. */
export const SubmitKnowledgeCheck = defineRequest<SubmitKnowledgeCheckRequest, CheckResultDto>('training.v1.enrolment.submitCheck', SubmitKnowledgeCheckRequest);
/** Pre/post questionnaire; the score is kept without the learner's id (aggregates only). */
export const SubmitAssessment = defineRequest<SubmitAssessmentRequest, AssessmentResultDto>('training.v1.enrolment.submitAssessment', SubmitAssessmentRequest);
export const SubmitSatisfaction = defineRequest<SubmitSatisfactionRequest, { ok: true }>('training.v1.enrolment.submitSatisfaction', SubmitSatisfactionRequest);
