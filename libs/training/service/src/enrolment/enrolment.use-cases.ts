import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { coordinatorInstitutions, CommonErrors, invalidInput, notFound, pageBounds, requireAuthenticated, sortClause, type Page, type RequestContext } from '@m4pris/platform-core';
import {
  TrainingErrors,
  type AnswerInput,
  type AssessmentResultDto,
  type CheckResultDto,
  type CompleteUnitRequest,
  type EnrolmentDto,
  type EnrolmentIdRequest,
  type EnrolRequest,
  type ListEnrolmentsRequest,
  type SubmitAssessmentRequest,
  type SubmitKnowledgeCheckRequest,
  type SubmitSatisfactionRequest,
  Enrol,
  WithdrawEnrolment,
  GetEnrolment,
  ListEnrolments,
  MyEnrolments,
  CompleteUnit,
  SubmitKnowledgeCheck,
  SubmitAssessment,
  SubmitSatisfaction,
} from '@m4pris/training-contracts';
import { StaffNames } from '../certificate/staff-names.js';
import { CourseSchema, type Course } from '../course/course.entity.js';
import { findUnit, questionKind, rightOptions, type CourseContent, type QuestionContent } from '../course/course-content.js';
import { CourseStore } from '../course/course-store.js';
import { Seats } from '../session/seats.js';
import { BookingSchema } from '../session/session.entity.js';
import { learnerFor, learnerManagerTenant, memberScope, requireOwnerOrManagerInScope, tenantWhere, today } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { refusingDuplicates } from '../shared/unique.js';
import { CohortPolicySchema, StaffProjectionSchema } from '../projection/projection.entity.js';
import { Completion } from './completion.js';
import { EnrolmentSchema, FeedbackResponseSchema, UnitProgressSchema, type Enrolment } from './enrolment.entity.js';
import { ProgressReader } from './progress.js';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class EnrolUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseStore,
    private readonly staff: StaffNames,
    private readonly progress: ProgressReader,
    private readonly completion: Completion,
  ) {}

  @Handles(Enrol)
  execute(input: EnrolRequest, ctx: RequestContext): Promise<EnrolmentDto> {
    // Two enrolments of one learner at once both find none: the unique constraint refuses the second.
    return refusingDuplicates(() => this.transaction(input, ctx), { enrolment_course_id_staff_id_unique: () => TrainingErrors.ALREADY_ENROLLED({ field: 'courseId' }) });
  }

  private transaction(input: EnrolRequest, ctx: RequestContext): Promise<EnrolmentDto> {
    return this.em.transactional(async () => {
      const course = await this.courses.get(input.courseId, memberScope(ctx), 'courseId');
      const { staffId, byManager } = learnerFor(ctx, course.tenantId, input.staffId);
      if (byManager && !(await this.staff.known(course.tenantId, [staffId])).has(staffId)) throw notFound('Staff member', 'staffId');
      // A cohort of the course's tenant (as programmes made it known); another tenant's or an unknown id: NOT_FOUND.
      if (input.cohortId && !(await this.em.count(CohortPolicySchema, { cohortId: input.cohortId, tenantId: course.tenantId }))) throw notFound('Cohort', 'cohortId');
      const now = new Date();
      let enrolment = await this.em.findOne(EnrolmentSchema, { courseId: course.id, staffId });
      if (enrolment && enrolment.status !== 'withdrawn') throw TrainingErrors.ALREADY_ENROLLED({ field: 'courseId' });
      const fields = { cohortId: input.cohortId ?? null, courseVersion: course.version, enrolledBy: byManager ? ('coordinator' as const) : ('self' as const), status: 'active' as const, enrolledAt: now, updatedAt: now };
      if (enrolment) Object.assign(enrolment, fields);
      else
        enrolment = this.em.create(EnrolmentSchema, {
          id: randomUUID(),
          tenantId: course.tenantId,
          courseId: course.id,
          staffId,
          ...fields,
          completedOn: null,
          certificateId: null,
          preAssessmentDone: false,
          postAssessmentDone: false,
          satisfactionDone: false,
        });
      await this.em.flush();
      await this.completion.evaluate([enrolment], course, ctx.locale);
      return this.progress.toDto(enrolment, ctx);
    });
  }
}

/** An enrolment the caller may see: their own, or any of the tenant for a manager. */
async function visibleEnrolment(em: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<Enrolment> {
  const e = await em.findOne(EnrolmentSchema, { id, ...tenantWhere(memberScope(ctx)) }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!e) throw notFound('Enrolment', 'enrolmentId');
  await requireOwnerOrManagerInScope(em, ctx, e, 'Enrolment');
  return e;
}

/**
 * The learner's own enrolment, for what only the learner does (units, checks, questionnaires),
 * locked for the caller's transaction: two of these at once on one enrolment run one after the
 * other, so a questionnaire is not recorded twice, an attempt is not lost and a unit's progress row
 * is not inserted twice (each reads what the other wrote).
 */
async function ownEnrolment(em: EntityManager, ctx: RequestContext, id: string): Promise<Enrolment> {
  const e = await visibleEnrolment(em, ctx, id, true);
  if (e.staffId !== ctx.staffId) throw CommonErrors.FORBIDDEN();
  if (e.status === 'withdrawn') throw TrainingErrors.ENROLMENT_CLOSED({ field: 'enrolmentId', params: { status: e.status } });
  return e;
}

@Injectable()
export class WithdrawEnrolmentUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
    private readonly progress: ProgressReader,
  ) {}

  @Handles(WithdrawEnrolment)
  execute(input: EnrolmentIdRequest, ctx: RequestContext): Promise<EnrolmentDto> {
    return this.em.transactional(async () => {
      const e = await visibleEnrolment(this.em, ctx, input.enrolmentId);
      if (e.status !== 'active') throw TrainingErrors.ENROLMENT_CLOSED({ field: 'enrolmentId', params: { status: e.status } });
      e.status = 'withdrawn';
      e.updatedAt = new Date();
      const bookings = await this.em.find(BookingSchema, { enrolmentId: e.id, status: { $in: ['booked', 'waitlisted'] } });
      for (const b of bookings) {
        b.status = 'cancelled';
        b.attendance = null;
        b.updatedAt = new Date();
        this.seats.recordCancelled(b);
      }
      await this.em.flush();
      for (const sid of new Set(bookings.map((b) => b.sessionId))) await this.seats.promote(await this.seats.lock(sid, e.tenantId));
      return this.progress.toDto(e, ctx);
    });
  }
}

@Injectable()
export class GetEnrolmentUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly progress: ProgressReader,
  ) {}

  @Handles(GetEnrolment)
  async execute(input: EnrolmentIdRequest, ctx: RequestContext): Promise<EnrolmentDto> {
    const e = await visibleEnrolment(this.em, ctx, input.enrolmentId);
    const dto = await this.progress.toDto(e, ctx);
    // A coordinator or trainer reading a learner's progress and knowledge-check attempts (the learner's own read is not logged).
    await auditRead(this.em, ctx, { action: 'enrolment.get', subjects: [e.staffId] });
    return dto;
  }
}

@Injectable()
export class ListEnrolmentsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly progress: ProgressReader,
    private readonly names: StaffNames,
  ) {}

  @Handles(ListEnrolments)
  async execute(input: ListEnrolmentsRequest, ctx: RequestContext): Promise<Page<EnrolmentDto>> {
    const tenantId = learnerManagerTenant(ctx, input.tenantId);
    const { offset, limit } = pageBounds(input);
    const where = {
      tenantId,
      ...(input.courseId ? { courseId: input.courseId } : {}),
      ...(input.cohortId ? { cohortId: input.cohortId } : {}),
      ...(input.staffId ? { staffId: input.staffId } : {}),
      ...(input.status ? { status: input.status } : {}),
    };
    // A coordinator scoped to institutions sees the learners of those institutions only.
    const institutions = coordinatorInstitutions(ctx);
    if (institutions) {
      const inScope = (await this.em.find(StaffProjectionSchema, { tenantId, institutionId: { $in: institutions } }, { fields: ['staffId'] })).map((s) => s.staffId);
      Object.assign(where, { staffId: input.staffId ? (inScope.includes(input.staffId) ? input.staffId : { $in: [] }) : { $in: inScope } });
    }
    // Training keeps no names: identity says whose name matches, by the caller's own rights; the
    // match narrows the scope filter above (an $and), never widens it.
    const search = input.search?.trim();
    const named = search ? { staffId: { $in: await this.names.matching(search, ctx) } } : null;
    const [rows, total] = await this.em.findAndCount(EnrolmentSchema, named ? { $and: [where, named] } : where, {
      orderBy: sortClause(input.orderBy, { enrolled_at: ['enrolledAt'], status: ['status'], completed_on: ['completedOn'] }, [{ enrolledAt: 'asc', id: 'asc' }]),
      offset,
      limit,
    });
    const items = await this.progress.toDtos(rows, ctx);
    await auditRead(this.em, ctx, { action: 'enrolment.list', subjects: rows.map((e) => e.staffId) });
    return { items, total, offset, limit };
  }
}

@Injectable()
export class MyEnrolmentsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly progress: ProgressReader,
  ) {}

  @Handles(MyEnrolments)
  async execute(_: unknown, ctx: RequestContext): Promise<EnrolmentDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.staffId || !ctx.tenantId) return [];
    const rows = await this.em.find(EnrolmentSchema, { tenantId: ctx.tenantId, staffId: ctx.staffId }, { orderBy: { enrolledAt: 'asc', id: 'asc' } });
    return this.progress.toDtos(rows, ctx);
  }
}

@Injectable()
export class CompleteUnitUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
    private readonly progress: ProgressReader,
    private readonly completion: Completion,
  ) {}

  @Handles(CompleteUnit)
  execute(input: CompleteUnitRequest, ctx: RequestContext): Promise<EnrolmentDto> {
    return this.em.transactional(async () => {
      const { e, course, content } = await ownWithContent(this.em, this.store, ctx, input.enrolmentId);
      if (!findUnit(content, input.unitId)) throw TrainingErrors.UNKNOWN_UNIT({ field: 'unitId', params: { id: input.unitId } });
      const p = await unitProgress(this.em, e, input.unitId);
      p.completedAt ??= new Date();
      await this.em.flush();
      await this.completion.evaluate([e], course, ctx.locale);
      return this.progress.toDto(e, ctx);
    });
  }
}

async function unitProgress(em: EntityManager, e: Enrolment, unitId: string) {
  return (
    (await em.findOne(UnitProgressSchema, { enrolmentId: e.id, unitId })) ??
    em.create(UnitProgressSchema, { id: randomUUID(), tenantId: e.tenantId, enrolmentId: e.id, unitId, completedAt: null, bestScore: null, checkPassed: null, attempts: 0 })
  );
}

/**
 * The learner's own enrolment with its course as it is now and the content of the enrolment's
 * version: what the learner enrolled in, is shown and is graded against (a later change makes a
 * new version; an enrolment in progress keeps its own).
 */
async function ownWithContent(em: EntityManager, store: CourseStore, ctx: RequestContext, enrolmentId: string): Promise<{ e: Enrolment; course: Course; content: CourseContent }> {
  const e = await ownEnrolment(em, ctx, enrolmentId);
  const course = await em.findOneOrFail(CourseSchema, { id: e.courseId });
  return { e, course, content: await store.content(course, e.courseVersion) };
}

/** Scores answers on the server: percent of the questions answered right (unanswered count as wrong). */
export function score(questions: QuestionContent[], answers: AnswerInput[]): number {
  const seen = new Set<string>();
  let right = 0;
  answers.forEach((a, i) => {
    const q = questions.find((x) => x.id === a.questionId);
    if (!q) throw TrainingErrors.UNKNOWN_QUESTION({ field: `answers[${i}].questionId`, params: { id: a.questionId } });
    if (seen.has(q.id)) throw TrainingErrors.DUPLICATE_ANSWER({ field: `answers[${i}].questionId`, params: { id: q.id } });
    seen.add(q.id);
    // One option (`optionId`, as before) or several (`optionIds`, a multiple-choice answer).
    const field = a.optionIds !== undefined ? `answers[${i}].optionIds` : `answers[${i}].optionId`;
    const chosen = [...new Set([...(a.optionId !== undefined ? [a.optionId] : []), ...(a.optionIds ?? [])])];
    if (chosen.length === 0) throw TrainingErrors.NO_OPTION_CHOSEN({ field, params: { id: q.id } });
    if (questionKind(q) === 'single' && chosen.length > 1) throw TrainingErrors.ONE_OPTION_ONLY({ field, params: { id: q.id } });
    for (const id of chosen) if (!q.options.some((o) => o.id === id)) throw TrainingErrors.UNKNOWN_OPTION({ field, params: { questionId: q.id, id } });
    // Right only when exactly the right set is chosen (for single choice: the one right option).
    const rightSet = rightOptions(q);
    if (chosen.length === rightSet.length && chosen.every((id) => rightSet.includes(id))) right++;
  });
  return questions.length === 0 ? 0 : Math.round((right / questions.length) * 100);
}

@Injectable()
export class SubmitKnowledgeCheckUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
    private readonly progress: ProgressReader,
    private readonly completion: Completion,
  ) {}

  @Handles(SubmitKnowledgeCheck)
  execute(input: SubmitKnowledgeCheckRequest, ctx: RequestContext): Promise<CheckResultDto> {
    return this.em.transactional(async () => {
      // Graded against the learner's own version of the course (its questions, its right answers).
      const { e, course, content } = await ownWithContent(this.em, this.store, ctx, input.enrolmentId);
      const unit = findUnit(content, input.unitId);
      if (!unit) throw TrainingErrors.UNKNOWN_UNIT({ field: 'unitId', params: { id: input.unitId } });
      if (!unit.check) throw TrainingErrors.NO_KNOWLEDGE_CHECK({ field: 'unitId', params: { id: unit.id } });
      const result = score(unit.check.questions, input.answers);
      const passed = result >= unit.check.passMark;
      const p = await unitProgress(this.em, e, unit.id);
      p.attempts += 1;
      p.bestScore = Math.max(p.bestScore ?? 0, result);
      p.checkPassed = p.checkPassed === true || passed;
      await this.em.flush();
      await this.completion.evaluate([e], course, ctx.locale);
      return { score: result, passMark: unit.check.passMark, passed, enrolment: await this.progress.toDto(e, ctx) };
    });
  }
}


@Injectable()
export class SubmitAssessmentUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
  ) {}

  @Handles(SubmitAssessment)
  execute(input: SubmitAssessmentRequest, ctx: RequestContext): Promise<AssessmentResultDto> {
    return this.em.transactional(async () => {
      const { e, content } = await ownWithContent(this.em, this.store, ctx, input.enrolmentId);
      if (content.assessment.length === 0) throw invalidInput('phase', 'this course has no pre/post questionnaire');
      const flag = input.phase === 'pre' ? 'preAssessmentDone' : 'postAssessmentDone';
      if (e[flag]) throw TrainingErrors.ALREADY_SUBMITTED({ field: 'phase', params: { phase: input.phase } });
      const result = score(content.assessment, input.answers);
      e[flag] = true;
      e.updatedAt = new Date();
      this.em.create(FeedbackResponseSchema, { id: randomUUID(), tenantId: e.tenantId, courseId: e.courseId, kind: input.phase, score: result, ratings: null, submittedOn: today() });
      await this.em.flush();
      return { phase: input.phase, score: result };
    });
  }
}

@Injectable()
export class SubmitSatisfactionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly store: CourseStore,
  ) {}

  @Handles(SubmitSatisfaction)
  execute(input: SubmitSatisfactionRequest, ctx: RequestContext): Promise<{ ok: true }> {
    return this.em.transactional(async () => {
      const { e, content } = await ownWithContent(this.em, this.store, ctx, input.enrolmentId);
      if (e.satisfactionDone) throw TrainingErrors.ALREADY_SUBMITTED({ field: 'enrolmentId', params: { phase: 'satisfaction' } });
      const ratings: Record<string, number> = {};
      input.answers.forEach((a, i) => {
        if (!content.satisfaction.some((q) => q.id === a.questionId)) throw TrainingErrors.UNKNOWN_QUESTION({ field: `answers[${i}].questionId`, params: { id: a.questionId } });
        if (a.questionId in ratings) throw TrainingErrors.DUPLICATE_ANSWER({ field: `answers[${i}].questionId`, params: { id: a.questionId } });
        ratings[a.questionId] = a.value;
      });
      e.satisfactionDone = true;
      e.updatedAt = new Date();
      this.em.create(FeedbackResponseSchema, { id: randomUUID(), tenantId: e.tenantId, courseId: e.courseId, kind: 'satisfaction', score: null, ratings, submittedOn: today() });
      await this.em.flush();
      return { ok: true as const };
    });
  }
}

