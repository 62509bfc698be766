import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { invalidFields, type FieldError, type PlatformError, type RequestContext } from '@m4pris/platform-core';
import {
  TrainingErrors,
  type AddCourseModuleRequest,
  type AddQuestionRequest,
  type AddUnitRequest,
  type CourseDto,
  type CourseModuleRefRequest,
  type CreateCourseRequest,
  type LocalizedText,
  type MoveCourseModuleRequest,
  type MoveUnitRequest,
  type QuestionKind,
  type QuestionOptionInput,
  type QuestionRefRequest,
  type UnitRefRequest,
  type UpdateQuestionRequest,
  CreateCourse,
  AddCourseModule,
  RemoveCourseModule,
  MoveCourseModule,
  AddUnit,
  RemoveUnit,
  MoveUnit,
  AddQuestion,
  UpdateQuestion,
  RemoveQuestion,
} from '@m4pris/training-contracts';
import { MANAGERS, memberScope, requireManager, tenantFor } from '../shared/access.js';
import { Completion } from '../enrolment/completion.js';
import { CourseSchema } from './course.entity.js';
import { toCourseDto } from './course.mapper.js';
import { baseLocaleOf, questionKind, rightOptions, type CourseContent, type ModuleContent, type OptionContent, type QuestionContent, type UnitContent } from './course-content.js';
import { CourseStore } from './course-store.js';
import { refusingDuplicates } from '../shared/unique.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Course authoring (issue 17): a tenant writes a course from scratch in its base language, adds,
 * moves and removes modules (each a competency cluster), units and knowledge-check questions, and
 * translates every text with the update operations (`locale`). Every change is a new version, as
 * for an adopted course. New texts are written in the base language (a translation needs the text
 * to exist there first); domain rules are checked together and refused with every invalid field
 * at once (`fields`).
 */

/** The pass mark of a knowledge check made by its first question. */
export const DEFAULT_PASS_MARK = 80;
/** The length of a unit when the author gives none. */
export const DEFAULT_UNIT_MINUTES = 15;

function asField(e: PlatformError): FieldError {
  return { field: e.field ?? 'input', message: e.message, messageKey: e.messageKey, ...(e.params ? { params: e.params } : {}) };
}

/** Collects field errors of one request and throws them together. */
class Problems {
  private readonly list: FieldError[] = [];
  add(e: PlatformError): void {
    if (!this.list.some((p) => p.field === e.field)) this.list.push(asField(e));
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw invalidFields(this.list);
  }
}

function text(locale: string, value: string): LocalizedText {
  return { [locale]: value };
}

/** The language a new text is written in: the base language; anything else is refused on `field`. */
function checkBaseLanguage(c: CourseContent, locale: string | undefined, field: string, problems: Problems): string {
  const base = baseLocaleOf(c);
  if (locale !== undefined && locale !== base) problems.add(TrainingErrors.BASE_LANGUAGE_REQUIRED({ field, params: { locale: base } }));
  return base;
}

function insertAt<T>(list: T[], item: T, order: number | undefined): void {
  list.splice(order === undefined ? list.length : Math.min(order, list.length), 0, item);
}

function findModule(c: CourseContent, moduleId: string, field = 'moduleId'): ModuleContent {
  const m = c.modules.find((x) => x.id === moduleId);
  if (!m) throw TrainingErrors.UNKNOWN_MODULE({ field, params: { id: moduleId } });
  return m;
}

function findUnitIn(c: CourseContent, unitId: string): { module: ModuleContent; unit: UnitContent } {
  for (const module of c.modules) {
    const unit = module.units.find((u) => u.id === unitId);
    if (unit) return { module, unit };
  }
  throw TrainingErrors.UNKNOWN_UNIT({ field: 'unitId', params: { id: unitId } });
}

function findQuestionIn(c: CourseContent, questionId: string): { unit: UnitContent; question: QuestionContent } {
  for (const unit of c.modules.flatMap((m) => m.units)) {
    const question = unit.check?.questions.find((q) => q.id === questionId);
    if (question) return { unit, question };
  }
  throw TrainingErrors.UNKNOWN_QUESTION({ field: 'questionId', params: { id: questionId } });
}

/**
 * The right options of a question from 0-based indexes into its options: at least one, exactly one
 * for single choice, each an option that exists. Null (with the problem noted) when they are not.
 */
function rightAnswers(kind: QuestionKind, options: OptionContent[], indexes: number[], problems: Problems): string[] | null {
  const unique = [...new Set(indexes)];
  const missing = unique.find((i) => i >= options.length);
  if (missing !== undefined) {
    problems.add(TrainingErrors.NO_SUCH_OPTION({ field: 'correctOptions', params: { index: missing } }));
    return null;
  }
  if (unique.length === 0) {
    problems.add(TrainingErrors.NO_RIGHT_ANSWER({ field: 'correctOptions' }));
    return null;
  }
  if (kind === 'single' && unique.length !== 1) {
    problems.add(TrainingErrors.SINGLE_CHOICE_ANSWERS({ field: 'correctOptions' }));
    return null;
  }
  return unique.sort((a, b) => a - b).map((i) => options[i].id);
}

function checkOptionCount(options: OptionContent[], problems: Problems): void {
  if (options.length < 2) problems.add(TrainingErrors.TOO_FEW_OPTIONS({ field: 'options' }));
}

function setRight(q: QuestionContent, kind: QuestionKind, right: string[]): void {
  q.kind = kind;
  q.correctOptionId = right[0];
  if (kind === 'multiple') q.correctOptionIds = right;
  else delete q.correctOptionIds;
}

/** Loads a course the caller manages, applies a change to a copy of its content and saves it as a new version. */
@Injectable()
export class CourseEditor {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
    private readonly completion: Completion,
  ) {}

  edit(courseId: string, ctx: RequestContext, change: (c: CourseContent) => void): Promise<CourseDto> {
    return this.em.transactional(async () => {
      const course = await this.store.get(courseId, memberScope(ctx), 'courseId');
      requireManager(ctx, course.tenantId);
      const c: CourseContent = structuredClone(course.content);
      change(c);
      this.store.newVersion(course, c);
      // A unit removed, or made optional, may complete an enrolment.
      await this.completion.reevaluateCourse(course, ctx.locale);
      return toCourseDto(course, ctx.locale);
    });
  }
}

@Injectable()
export class CreateCourseUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
  ) {}

  @Handles(CreateCourse)
  async execute(input: CreateCourseRequest, ctx: RequestContext): Promise<CourseDto> {
    const tenantId = tenantFor(ctx, input.tenantId, MANAGERS);
    const taken = () => TrainingErrors.COURSE_CODE_TAKEN({ field: 'code', params: { code: input.code } });
    // Two creations with one code at once both pass the count: the unique constraint refuses the second.
    return refusingDuplicates(() => this.em.transactional(async () => {
      if (await this.em.count(CourseSchema, { tenantId, code: input.code })) throw taken();
      const base = input.baseLocale;
      const r = input.rules ?? {};
      const content: CourseContent = {
        baseLocale: base,
        title: text(base, input.title),
        description: text(base, input.description ?? ''),
        objectives: (input.objectives ?? []).map((o) => text(base, o)),
        // No facilitated part unless the author asks for one; the checks of required units count.
        rules: { minSessionsAttended: r.minSessionsAttended ?? 0, attendanceThreshold: r.attendanceThreshold ?? 75, checksPassed: r.checksPassed ?? true },
        modules: [],
        assessment: [],
        satisfaction: [],
      };
      const now = new Date();
      const course = this.em.create(CourseSchema, { id: randomUUID(), tenantId, key: null, code: input.code, audience: input.audience, version: 1, content, createdAt: now, updatedAt: now });
      this.store.snapshot(course);
      await this.em.flush();
      return toCourseDto(course, ctx.locale);
    }), { course_tenant_id_code_unique: taken });
  }
}

@Injectable()
export class AddCourseModuleUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(AddCourseModule)
  execute(input: AddCourseModuleRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const problems = new Problems();
      const base = checkBaseLanguage(c, input.locale, 'title', problems);
      problems.throwIfAny();
      const m: ModuleContent = {
        id: randomUUID(),
        cluster: input.cluster,
        title: text(base, input.title),
        description: text(base, input.description ?? ''),
        objectives: (input.objectives ?? []).map((o) => text(base, o)),
        topics: [],
        units: [],
      };
      insertAt(c.modules, m, input.order);
    });
  }
}

@Injectable()
export class RemoveCourseModuleUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(RemoveCourseModule)
  execute(input: CourseModuleRefRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const m = findModule(c, input.moduleId);
      c.modules = c.modules.filter((x) => x !== m);
    });
  }
}

@Injectable()
export class MoveCourseModuleUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(MoveCourseModule)
  execute(input: MoveCourseModuleRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const m = findModule(c, input.moduleId);
      c.modules = c.modules.filter((x) => x !== m);
      insertAt(c.modules, m, input.order);
    });
  }
}

@Injectable()
export class AddUnitUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(AddUnit)
  execute(input: AddUnitRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const problems = new Problems();
      const base = checkBaseLanguage(c, input.locale, 'title', problems);
      const m = c.modules.find((x) => x.id === input.moduleId);
      if (!m) problems.add(TrainingErrors.UNKNOWN_MODULE({ field: 'moduleId', params: { id: input.moduleId } }));
      problems.throwIfAny();
      const unit: UnitContent = {
        id: randomUUID(),
        title: text(base, input.title),
        summary: text(base, input.summary ?? ''),
        minutes: input.minutes ?? DEFAULT_UNIT_MINUTES,
        required: input.required ?? true,
        check: null,
      };
      insertAt(m!.units, unit, input.order);
    });
  }
}

@Injectable()
export class RemoveUnitUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(RemoveUnit)
  execute(input: UnitRefRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const { module, unit } = findUnitIn(c, input.unitId);
      module.units = module.units.filter((u) => u !== unit);
    });
  }
}

@Injectable()
export class MoveUnitUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(MoveUnit)
  execute(input: MoveUnitRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const { module, unit } = findUnitIn(c, input.unitId);
      const target = input.moduleId ? findModule(c, input.moduleId) : module;
      module.units = module.units.filter((u) => u !== unit);
      insertAt(target.units, unit, input.order);
    });
  }
}

@Injectable()
export class AddQuestionUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(AddQuestion)
  execute(input: AddQuestionRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const { unit } = findUnitIn(c, input.unitId);
      const problems = new Problems();
      const base = checkBaseLanguage(c, input.locale, 'text', problems);
      const options: OptionContent[] = input.options.map((o) => ({ id: randomUUID(), text: text(base, o.text) }));
      checkOptionCount(options, problems);
      const right = rightAnswers(input.kind, options, input.correctOptions, problems);
      problems.throwIfAny();
      const q: QuestionContent = { id: randomUUID(), text: text(base, input.text), options, correctOptionId: right![0] };
      setRight(q, input.kind, right!);
      unit.check ??= { passMark: input.passMark ?? DEFAULT_PASS_MARK, questions: [] };
      if (input.passMark !== undefined) unit.check.passMark = input.passMark;
      unit.check.questions.push(q);
    });
  }
}

/** The options after an update: replaced in the base language, translated (all, in order, by id) in another. */
function updatedOptions(q: QuestionContent, given: QuestionOptionInput[], locale: string, base: string, problems: Problems): OptionContent[] {
  if (locale === base) {
    return given.map((o, i) => {
      if (o.id === undefined) return { id: randomUUID(), text: text(base, o.text) };
      const existing = q.options.find((x) => x.id === o.id);
      if (!existing) {
        problems.add(TrainingErrors.UNKNOWN_OPTION({ field: `options[${i}].id`, params: { questionId: q.id, id: o.id } }));
        return { id: o.id, text: text(base, o.text) };
      }
      return { id: existing.id, text: { ...existing.text, [base]: o.text } };
    });
  }
  if (given.length !== q.options.length || given.some((o, i) => o.id !== q.options[i].id)) {
    problems.add(TrainingErrors.TRANSLATE_EVERY_OPTION({ field: 'options', params: { count: q.options.length } }));
    return q.options;
  }
  return q.options.map((o, i) => ({ id: o.id, text: { ...o.text, [locale]: given[i].text } }));
}

@Injectable()
export class UpdateQuestionUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(UpdateQuestion)
  execute(input: UpdateQuestionRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const { question: q } = findQuestionIn(c, input.questionId);
      const base = baseLocaleOf(c);
      const locale = input.locale ?? base;
      const problems = new Problems();
      const kind = input.kind ?? questionKind(q);
      const options = input.options ? updatedOptions(q, input.options, locale, base, problems) : q.options;
      checkOptionCount(options, problems);
      let right: string[] | null;
      if (input.correctOptions) right = rightAnswers(kind, options, input.correctOptions, problems);
      else {
        // The right options that are still there, judged by the (possibly new) kind.
        const kept = rightOptions(q).filter((id) => options.some((o) => o.id === id));
        right = rightAnswers(kind, options, kept.map((id) => options.findIndex((o) => o.id === id)), problems);
      }
      problems.throwIfAny();
      if (input.text !== undefined) q.text = { ...q.text, [locale]: input.text };
      q.options = options;
      setRight(q, kind, right!);
    });
  }
}

@Injectable()
export class RemoveQuestionUseCase {
  constructor(private readonly editor: CourseEditor) {}

  @Handles(RemoveQuestion)
  execute(input: QuestionRefRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.editor.edit(input.courseId, ctx, (c) => {
      const { unit, question } = findQuestionIn(c, input.questionId);
      const remaining = unit.check!.questions.filter((q) => q !== question);
      // The last question gone, the unit has no knowledge check any more.
      unit.check = remaining.length > 0 ? { ...unit.check!, questions: remaining } : null;
    });
  }
}
