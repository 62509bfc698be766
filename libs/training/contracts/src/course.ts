import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
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

/** A text as written in one language. */
export interface TextTranslationDto {
  locale: string;
  text: string;
}

export interface OptionDto {
  id: string;
  text: string;
}

/** An answer option's text as written in one language. */
export interface OptionTranslationDto extends TextTranslationDto {
  optionId: string;
}
export const QUESTION_KINDS = ['single', 'multiple'] as const;
/** Single choice: exactly one right option. Multiple choice: one or more; right only when exactly those are chosen. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question as a learner sees it: never the correct answer. */
export interface QuestionDto {
  id: string;
  kind: QuestionKind;
  text: string;
  textTranslations: TextTranslationDto[];
  options: OptionDto[];
  /**
   * Every language each option's text is written in, option by option (in the options' order), the
   * base language first. On the question rather than on each option: one level less to query.
   */
  optionTranslations: OptionTranslationDto[];
}
export interface KnowledgeCheckDto {
  passMark: number;
  questions: QuestionDto[];
}
export interface UnitDto {
  id: string;
  title: string;
  titleTranslations: TextTranslationDto[];
  summary: string;
  summaryTranslations: TextTranslationDto[];
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
  titleTranslations: TextTranslationDto[];
  description: string;
  descriptionTranslations: TextTranslationDto[];
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
  /** The tenant's own code of a course written from scratch (unique in the tenant); null for an adopted one. */
  code: string | null;
  /** The language the course is written in: every text exists in it, and it is the fallback of the others. */
  baseLocale: string;
  audience: CourseAudience;
  version: number;
  /** The language the texts are in (the caller's, or English where a translation is missing). */
  locale: string;
  /** Languages with a translated title. */
  translatedLocales: string[];
  title: string;
  /** Every language the title is written in, exactly as written (the base language first): a language absent has no translation. */
  titleTranslations: TextTranslationDto[];
  description: string;
  descriptionTranslations: TextTranslationDto[];
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

/** A course as it is now, or (`version`) as it was in one of its versions: the one an enrolment keeps. */
export class GetCourseRequest extends CourseIdRequest {
  @IsOptional() @IsInt() @Min(1) version?: number;
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
  @IsOptional() @IsIn(COMPETENCY_CLUSTERS) cluster?: CompetencyCluster;
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
  @IsOptional() @IsInt() @Min(1) @Max(600) minutes?: number;
}

// ---- authoring a course from scratch (issue 17) ------------------------------------------------

/** A tenant's course code: letters, digits, '-', '_' and '.'. */
export const COURSE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A new, empty course written by the tenant in its base language (version 1). */
export class CreateCourseRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsIn(COURSE_AUDIENCES) audience: CourseAudience;
  @IsIn(SUPPORTED_LOCALES) baseLocale: string;
  @IsString() @MinLength(1) @MaxLength(50) @Matches(COURSE_CODE, { message: "code may hold letters, digits, '-', '_' and '.'" }) code: string;
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) objectives?: string[];
  @IsOptional() @ValidateNested() @Type(() => CompletionRulesInput) rules?: CompletionRulesInput;
}

/** Texts are written in `locale`, the course's base language when absent; a new text must exist in the base language. */
export class AddCourseModuleRequest {
  @IsUUID() courseId: string;
  @IsIn(COMPETENCY_CLUSTERS) cluster: CompetencyCluster;
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string;
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsOptional() @IsString() @MaxLength(4000) description?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(500, { each: true }) objectives?: string[];
  /** 0-based place among the modules; at the end when absent. */
  @IsOptional() @IsInt() @Min(0) @Max(100) order?: number;
}

export class CourseModuleRefRequest {
  @IsUUID() courseId: string;
  @IsUUID() moduleId: string;
}

export class MoveCourseModuleRequest {
  @IsUUID() courseId: string;
  @IsUUID() moduleId: string;
  /** 0-based place among the modules (past the end: last). */
  @IsInt() @Min(0) @Max(100) order: number;
}

export class AddUnitRequest {
  @IsUUID() courseId: string;
  /** The module (and so the competency cluster) the unit belongs to. */
  @IsUUID() moduleId: string;
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string;
  @IsString() @MinLength(1) @MaxLength(200) title: string;
  @IsOptional() @IsString() @MaxLength(4000) summary?: string;
  @IsOptional() @IsInt() @Min(1) @Max(600) minutes?: number;
  @IsOptional() @IsBoolean() required?: boolean;
  @IsOptional() @IsInt() @Min(0) @Max(100) order?: number;
}

export class UnitRefRequest {
  @IsUUID() courseId: string;
  @IsUUID() unitId: string;
}

/** Moves a unit within its module, or into another module (another competency cluster). */
export class MoveUnitRequest {
  @IsUUID() courseId: string;
  @IsUUID() unitId: string;
  @IsOptional() @IsUUID() moduleId?: string;
  @IsInt() @Min(0) @Max(100) order: number;
}

export class QuestionOptionInput {
  /** An existing option (keeps its other translations); a new one when absent (base language only). */
  @IsOptional() @IsUUID() id?: string;
  @IsString() @MinLength(1) @MaxLength(500) text: string;
}

/** Adds a question to a unit's knowledge check (made on the first question). */
export class AddQuestionRequest {
  @IsUUID() courseId: string;
  @IsUUID() unitId: string;
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string;
  @IsIn(QUESTION_KINDS) kind: QuestionKind;
  @IsString() @MinLength(1) @MaxLength(1000) text: string;
  /** The answer options, in order (at least two). */
  @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => QuestionOptionInput) options: QuestionOptionInput[];
  /** 0-based indexes into `options` of the right answers (exactly one for single choice). */
  @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) correctOptions: number[];
  /** The check's pass mark in percent (80 for a new check when absent). */
  @IsOptional() @IsInt() @Min(0) @Max(100) passMark?: number;
}

/**
 * Changes a question. In the base language `options` replaces the list (an entry with an id keeps
 * that option); in another language it translates: every option, in order, by id.
 */
export class UpdateQuestionRequest {
  @IsUUID() courseId: string;
  @IsUUID() questionId: string;
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string;
  @IsOptional() @IsIn(QUESTION_KINDS) kind?: QuestionKind;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(1000) text?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => QuestionOptionInput) options?: QuestionOptionInput[];
  /** 0-based indexes into the options (as given, or as stored) of the right answers. */
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(0, { each: true }) correctOptions?: number[];
}

export class QuestionRefRequest {
  @IsUUID() courseId: string;
  @IsUUID() questionId: string;
}

export const ListDefaultCurricula = defineRequest<ListDefaultCurriculaRequest, DefaultCurriculumDto[]>('training.v1.curriculum.list', ListDefaultCurriculaRequest);
/** Copies a default curriculum into the tenant (version 1); the tenant then adapts its copy. */
export const AdoptDefaultCourse = defineRequest<AdoptDefaultCourseRequest, CourseDto>('training.v1.course.adopt', AdoptDefaultCourseRequest);
export const ListCourses = defineRequest<ListCoursesRequest, CourseDto[]>('training.v1.course.list', ListCoursesRequest);
export const GetCourse = defineRequest<GetCourseRequest, CourseDto>('training.v1.course.get', GetCourseRequest);
export const UpdateCourse = defineRequest<UpdateCourseRequest, CourseDto>('training.v1.course.update', UpdateCourseRequest);
export const UpdateCourseModule = defineRequest<UpdateCourseModuleRequest, CourseDto>('training.v1.course.updateModule', UpdateCourseModuleRequest);
export const UpdateUnit = defineRequest<UpdateUnitRequest, CourseDto>('training.v1.course.updateUnit', UpdateUnitRequest);
/** Authoring (each change a new version): a course from scratch, its modules, units and questions. */
export const CreateCourse = defineRequest<CreateCourseRequest, CourseDto>('training.v1.course.create', CreateCourseRequest);
export const AddCourseModule = defineRequest<AddCourseModuleRequest, CourseDto>('training.v1.course.addModule', AddCourseModuleRequest);
export const RemoveCourseModule = defineRequest<CourseModuleRefRequest, CourseDto>('training.v1.course.removeModule', CourseModuleRefRequest);
export const MoveCourseModule = defineRequest<MoveCourseModuleRequest, CourseDto>('training.v1.course.moveModule', MoveCourseModuleRequest);
export const AddUnit = defineRequest<AddUnitRequest, CourseDto>('training.v1.course.addUnit', AddUnitRequest);
export const RemoveUnit = defineRequest<UnitRefRequest, CourseDto>('training.v1.course.removeUnit', UnitRefRequest);
export const MoveUnit = defineRequest<MoveUnitRequest, CourseDto>('training.v1.course.moveUnit', MoveUnitRequest);
export const AddQuestion = defineRequest<AddQuestionRequest, CourseDto>('training.v1.course.addQuestion', AddQuestionRequest);
export const UpdateQuestion = defineRequest<UpdateQuestionRequest, CourseDto>('training.v1.course.updateQuestion', UpdateQuestionRequest);
export const RemoveQuestion = defineRequest<QuestionRefRequest, CourseDto>('training.v1.course.removeQuestion', QuestionRefRequest);

export interface AnswerKeyEntryDto {
  questionId: string;
  /** The first right option (the only one of a single-choice question). */
  correctOptionId: string;
  /** Every right option: a multiple-choice answer is right when exactly these are chosen. */
  correctOptionIds: string[];
}
/** The right answers of a course's questions: for the people who manage the course, never learners. */
export const GetAnswerKey = defineRequest<CourseIdRequest, AnswerKeyEntryDto[]>('training.v1.course.answerKey', CourseIdRequest);
