import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, notFound, optionalPageBounds, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import {
  TrainingErrors,
  type AdoptDefaultCourseRequest,
  type AnswerKeyEntryDto,
  type CourseDto,
  type CourseIdRequest,
  type GetCourseRequest,
  type DefaultCurriculumDto,
  type ListCoursesRequest,
  type LocalizedText,
  type UpdateCourseModuleRequest,
  type UpdateCourseRequest,
  type UpdateUnitRequest,
  ListDefaultCurricula,
  AdoptDefaultCourse,
  ListCourses,
  GetCourse,
  UpdateCourse,
  UpdateCourseModule,
  UpdateUnit,
  GetAnswerKey,
} from '@m4pris/training-contracts';
import { MANAGERS, memberScope, memberTenant, requireManager, tenantFor } from '../shared/access.js';
import { CourseSchema } from './course.entity.js';
import { courseLocale, toCourseDto } from './course.mapper.js';
import { baseLocaleOf, rightOptions, type CourseContent } from './course-content.js';
import { CourseStore } from './course-store.js';
import { refusingDuplicates } from '../shared/unique.js';
import { Completion } from '../enrolment/completion.js';
import { curriculum, CURRICULUM_TRANSLATIONS, DEFAULT_CURRICULA, instantiate, type Curriculum } from './default-curricula.js';
import { Handles } from '@m4pris/platform-messaging';

/** A default curriculum's title and description in the reader's language (they ship in all five). */
function shippedTitle(c: Curriculum, locale: string): { title: string; description: string } {
  const t = locale === 'en' ? undefined : CURRICULUM_TRANSLATIONS[locale as keyof typeof CURRICULUM_TRANSLATIONS]?.[c.key];
  return { title: t?.title ?? c.title, description: t?.description ?? c.description };
}

@Injectable()
export class ListDefaultCurriculaUseCase {
  @Handles(ListDefaultCurricula)
  execute(_: unknown, ctx: RequestContext): Promise<DefaultCurriculumDto[]> {
    requireAuthenticated(ctx);
    return Promise.resolve(
      DEFAULT_CURRICULA.map((c) => ({
        key: c.key,
        audience: c.audience,
        ...shippedTitle(c, courseLocale(ctx.locale)),
        modules: c.modules.length,
        units: c.modules.reduce((n, m) => n + m.units.length, 0),
      })),
    );
  }
}

@Injectable()
export class AdoptDefaultCourseUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
  ) {}

  @Handles(AdoptDefaultCourse)
  async execute(input: AdoptDefaultCourseRequest, ctx: RequestContext): Promise<CourseDto> {
    const tenantId = tenantFor(ctx, input.tenantId, MANAGERS);
    const c = curriculum(input.key);
    if (!c) throw TrainingErrors.UNKNOWN_CURRICULUM({ field: 'key', params: { key: input.key } });
    const adopted = () => TrainingErrors.ALREADY_ADOPTED({ field: 'key', params: { key: c.key } });
    // Two adoptions at once both pass the count: the unique constraint refuses the second.
    return refusingDuplicates(
      () =>
        this.em.transactional(async () => {
          if (await this.em.count(CourseSchema, { tenantId, key: c.key })) throw adopted();
          const now = new Date();
          const course = this.em.create(CourseSchema, { id: randomUUID(), tenantId, key: c.key, audience: c.audience, version: 1, content: instantiate(c), createdAt: now, updatedAt: now });
          this.store.snapshot(course);
          await this.em.flush();
          return toCourseDto(course, ctx.locale);
        }),
      { course_tenant_id_key_unique: adopted },
    );
  }
}

@Injectable()
export class ListCoursesUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListCourses)
  async execute(input: ListCoursesRequest, ctx: RequestContext): Promise<CourseDto[]> {
    const tenantId = memberTenant(ctx, input.tenantId);
    const rows = await this.em.find(CourseSchema, { tenantId, ...(input.audience ? { audience: input.audience } : {}) }, { orderBy: { createdAt: 'asc', id: 'asc' }, ...optionalPageBounds(input) });
    return rows.map((c) => toCourseDto(c, ctx.locale));
  }
}

@Injectable()
export class GetCourseUseCase {
  constructor(private readonly store: CourseStore) {}

  @Handles(GetCourse)
  async execute(input: GetCourseRequest, ctx: RequestContext): Promise<CourseDto> {
    const course = await this.store.get(input.id, memberScope(ctx));
    if (input.version === undefined || input.version === course.version) return toCourseDto(course, ctx.locale);
    // An earlier version (what a learner enrolled in): its content, with the course's own fields.
    if (input.version > course.version) throw notFound('Course version', 'version');
    return toCourseDto({ ...course, version: input.version, content: await this.store.content(course, input.version) }, ctx.locale);
  }
}

/** Sets one language of a list of texts: the base language replaces the list, another language must match its length. */
function setList(list: LocalizedText[], locale: string, values: string[], field: string, base = 'en'): LocalizedText[] {
  if (locale === base) return values.map((v, i) => ({ ...(list[i] ?? {}), [base]: v }));
  if (values.length !== list.length) throw invalidInput(field, `must have ${list.length} items, one translation per English objective`);
  return list.map((t, i) => ({ ...t, [locale]: values[i] }));
}

function setText(t: LocalizedText, locale: string, value: string): LocalizedText {
  return { ...t, [locale]: value };
}

@Injectable()
export class UpdateCourseUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
    private readonly completion: Completion,
  ) {}

  @Handles(UpdateCourse)
  execute(input: UpdateCourseRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.em.transactional(async () => {
      const course = await this.store.get(input.id, memberScope(ctx));
      requireManager(ctx, course.tenantId);
      const c: CourseContent = structuredClone(course.content);
      if (input.title !== undefined) c.title = setText(c.title, input.locale, input.title);
      if (input.description !== undefined) c.description = setText(c.description, input.locale, input.description);
      if (input.objectives !== undefined) c.objectives = setList(c.objectives, input.locale, input.objectives, 'objectives', baseLocaleOf(c));
      if (input.rules) {
        const r = input.rules;
        c.rules = {
          minSessionsAttended: r.minSessionsAttended ?? c.rules.minSessionsAttended,
          attendanceThreshold: r.attendanceThreshold ?? c.rules.attendanceThreshold,
          checksPassed: r.checksPassed ?? c.rules.checksPassed,
        };
      }
      this.store.newVersion(course, c);
      await this.completion.reevaluateCourse(course, ctx.locale);
      return toCourseDto(course, ctx.locale);
    });
  }
}

@Injectable()
export class UpdateCourseModuleUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
  ) {}

  @Handles(UpdateCourseModule)
  async execute(input: UpdateCourseModuleRequest, ctx: RequestContext): Promise<CourseDto> {
    const course = await this.store.get(input.courseId, memberScope(ctx), 'courseId');
    requireManager(ctx, course.tenantId);
    const c: CourseContent = structuredClone(course.content);
    const m = c.modules.find((x) => x.id === input.moduleId);
    if (!m) throw TrainingErrors.UNKNOWN_MODULE({ field: 'moduleId', params: { id: input.moduleId } });
    if (input.title !== undefined) m.title = setText(m.title, input.locale, input.title);
    if (input.description !== undefined) m.description = setText(m.description, input.locale, input.description);
    if (input.objectives !== undefined) m.objectives = setList(m.objectives, input.locale, input.objectives, 'objectives', baseLocaleOf(c));
    if (input.cluster !== undefined) m.cluster = input.cluster;
    this.store.newVersion(course, c);
    await this.em.flush();
    return toCourseDto(course, ctx.locale);
  }
}

@Injectable()
export class UpdateUnitUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
    private readonly completion: Completion,
  ) {}

  @Handles(UpdateUnit)
  execute(input: UpdateUnitRequest, ctx: RequestContext): Promise<CourseDto> {
    return this.em.transactional(async () => {
      const course = await this.store.get(input.courseId, memberScope(ctx), 'courseId');
      requireManager(ctx, course.tenantId);
      const c: CourseContent = structuredClone(course.content);
      const unit = c.modules.flatMap((m) => m.units).find((u) => u.id === input.unitId);
      if (!unit) throw TrainingErrors.UNKNOWN_UNIT({ field: 'unitId', params: { id: input.unitId } });
      if ((input.title !== undefined || input.summary !== undefined) && !input.locale) throw invalidInput('locale', 'required when a text changes');
      if (input.title !== undefined) unit.title = setText(unit.title, input.locale!, input.title);
      if (input.summary !== undefined) unit.summary = setText(unit.summary, input.locale!, input.summary);
      if (input.required !== undefined) unit.required = input.required;
      if (input.minutes !== undefined) unit.minutes = input.minutes;
      if (input.passMark !== undefined) {
        if (!unit.check) throw TrainingErrors.NO_KNOWLEDGE_CHECK({ field: 'passMark', params: { id: unit.id } });
        unit.check.passMark = input.passMark;
      }
      this.store.newVersion(course, c);
      await this.completion.reevaluateCourse(course, ctx.locale);
      return toCourseDto(course, ctx.locale);
    });
  }
}

@Injectable()
export class GetAnswerKeyUseCase {
  constructor(private readonly store: CourseStore) {}

  @Handles(GetAnswerKey)
  async execute(input: CourseIdRequest, ctx: RequestContext): Promise<AnswerKeyEntryDto[]> {
    const course = await this.store.get(input.id, memberScope(ctx));
    requireManager(ctx, course.tenantId);
    const c = course.content;
    return [...c.modules.flatMap((m) => m.units.flatMap((u) => u.check?.questions ?? [])), ...c.assessment].map((q) => ({ questionId: q.id, correctOptionId: q.correctOptionId, correctOptionIds: rightOptions(q) }));
  }
}
