import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { EmptyRequest } from './common.js';
import { defineRequest, PageRequest, SUPPORTED_LOCALES } from '@m4pris/platform-core';
import { COURSE_AUDIENCES, type CourseAudience } from './events.js';

export const COMPETENCY_CLUSTERS = [
  'introduction',
  'communication',
  'interpersonal',
  'pedagogical',
  'organisational',
  'programme_organisation',
  'recruitment_matching',
  'duo_follow_up',
  'concerns_safeguarding',
  'closure',
] as const;
export type CompetencyCluster = (typeof COMPETENCY_CLUSTERS)[number];

export const DEFAULT_CURRICULUM_KEYS = ['mentor-core', 'coordinator-core'] as const;
export type DefaultCurriculumKey = (typeof DEFAULT_CURRICULUM_KEYS)[number];

/** When a learner has completed a course: computed from these, never ticked by hand. */
export interface CompletionRulesDto {
  /** Every unit marked `required` is done. Always applies. */
  requiredUnits: true;
  /** At least this many facilitated sessions attended (0: no facilitated part). */
  minSessionsAttended: number;
  /** Attended / (attended + missed) of the learner's registered sessions, in percent. */
  attendanceThreshold: number;
  /** Every knowledge check of a required unit passed. */
  checksPassed: boolean;
}

export interface OptionDto {
  id: string;
  text: string;
}
/** A question as a learner sees it: never the correct answer. */
export interface QuestionDto {
  id: string;
  text: string;
  options: OptionDto[];
}
export interface KnowledgeCheckDto {
  passMark: number;
  questions: QuestionDto[];
}
export interface UnitDto {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  required: boolean;
  knowledgeCheck: KnowledgeCheckDto | null;
}
export interface TopicDto {
  title: string;
  objectives: string[];
}
export interface CourseModuleDto {
  id: string;
  cluster: CompetencyCluster;
  title: string;
  description: string;
  objectives: string[];
  topics: TopicDto[];
  units: UnitDto[];
}
export interface SatisfactionQuestionDto {
  id: string;
  text: string;
}
export interface CourseDto {
  id: string;
  tenantId: string;
  /** The default curriculum it was adopted from, if any. */
  key: string | null;
  audience: CourseAudience;
  version: number;
  /** The language the texts are in (the caller's, or English where a translation is missing). */
  locale: string;
  /** Languages with a translated title. */
  translatedLocales: string[];
  title: string;
  description: string;
  objectives: string[];
  rules: CompletionRulesDto;
  modules: CourseModuleDto[];
  /** Optional pre/post knowledge questionnaire (the same questions before and after). */
  assessment: QuestionDto[];
  /** Optional satisfaction questions, answered on a 1–5 scale. */
  satisfaction: SatisfactionQuestionDto[];
  createdAt: string;
  updatedAt: string;
}

export interface DefaultCurriculumDto {
  key: DefaultCurriculumKey;
  audience: CourseAudience;
  title: string;
  description: string;
  modules: number;
  units: number;
}

export class ListDefaultCurriculaRequest extends EmptyRequest {}

export class AdoptDefaultCourseRequest {
  @IsIn(DEFAULT_CURRICULUM_KEYS) key: DefaultCurriculumKey;
  @IsOptional() @IsUUID() tenantId?: string;
}

/** Paged on request (`offset`/`limit`); oldest first, then id. */
export class ListCoursesRequest extends PageRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsIn(COURSE_AUDIENCES) audience?: CourseAudience;
}

export class CourseIdRequest {
  @IsUUID() id: string;
}

export class CompletionRulesInput {
  @IsOptional() @IsInt() @Min(0) @Max(50) minSessionsAttended?: number;
  @IsOptional() @IsInt() @Min(0) @Max(100) attendanceThreshold?: number;
  @IsOptional() @IsBoolean() checksPassed?: boolean;
}

/** Adapts a course in one language; each change makes a new version. */
export class UpdateCourseRequest {
  @IsUUID() id: string;
  @IsIn(SUPPORTED_LOCALES) locale: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) objectives?: string[];
  @IsOptional() @ValidateNested() @Type(() => CompletionRulesInput) rules?: CompletionRulesInput;
}

export class UpdateCourseModuleRequest {
  @IsUUID() courseId: string;
  @IsUUID() moduleId: string;
  @IsIn(SUPPORTED_LOCALES) locale: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) objectives?: string[];
}

export class UpdateUnitRequest {
  @IsUUID() courseId: string;
  @IsUUID() unitId: string;
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @IsOptional() @IsString() @MaxLength(4000) summary?: string;
  @IsOptional() @IsBoolean() required?: boolean;
  @IsOptional() @IsInt() @Min(0) @Max(100) passMark?: number;
}

export const ListDefaultCurricula = defineRequest<ListDefaultCurriculaRequest, DefaultCurriculumDto[]>('training.v1.curriculum.list', ListDefaultCurriculaRequest);
/** Copies a default curriculum into the tenant (version 1); the tenant then adapts its copy. */
export const AdoptDefaultCourse = defineRequest<AdoptDefaultCourseRequest, CourseDto>('training.v1.course.adopt', AdoptDefaultCourseRequest);
export const ListCourses = defineRequest<ListCoursesRequest, CourseDto[]>('training.v1.course.list', ListCoursesRequest);
export const GetCourse = defineRequest<CourseIdRequest, CourseDto>('training.v1.course.get', CourseIdRequest);
export const UpdateCourse = defineRequest<UpdateCourseRequest, CourseDto>('training.v1.course.update', UpdateCourseRequest);
export const UpdateCourseModule = defineRequest<UpdateCourseModuleRequest, CourseDto>('training.v1.course.updateModule', UpdateCourseModuleRequest);
export const UpdateUnit = defineRequest<UpdateUnitRequest, CourseDto>('training.v1.course.updateUnit', UpdateUnitRequest);

export interface AnswerKeyEntryDto {
  questionId: string;
  correctOptionId: string;
}
/** The right answers of a course's questions: for the people who manage the course, never learners. */
export const GetAnswerKey = defineRequest<CourseIdRequest, AnswerKeyEntryDto[]>('training.v1.course.answerKey', CourseIdRequest);
