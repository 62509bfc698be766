import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, invalidInput, notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import {
  TrainingErrors,
  type BookingDto,
  type BookSessionRequest,
  type ListSessionsRequest,
  type RecordAttendanceRequest,
  type RegisterDto,
  type ScheduleSessionRequest,
  type SessionDto,
  type SessionIdRequest,
  type SessionTrainerDto,
  type SessionTrainersRequest,
  type UpdateSessionRequest,
} from '@m4pris/training-contracts';
import { StaffNames } from '../certificate/staff-names.js';
import { CourseSchema } from '../course/course.entity.js';
import { CourseStore } from '../course/course-store.js';
import { Completion } from '../enrolment/completion.js';
import { EnrolmentSchema } from '../enrolment/enrolment.entity.js';
import { isLearnerManager, learnerFor, learnersInScope, memberScope, requireManager, tenantWhere } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { Seats } from './seats.js';
import { BookingSchema, TrainingSessionSchema, type TrainingSession } from './session.entity.js';

@Injectable()
export class ScheduleSessionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseStore,
    private readonly staff: StaffNames,
    private readonly seats: Seats,
  ) {}

  async execute(input: ScheduleSessionRequest, ctx: RequestContext): Promise<SessionDto> {
    const course = await this.courses.get(input.courseId, memberScope(ctx), 'courseId');
    requireManager(ctx, course.tenantId);
    if (input.moduleId && !course.content.modules.some((m) => m.id === input.moduleId)) throw TrainingErrors.UNKNOWN_MODULE({ field: 'moduleId', params: { id: input.moduleId } });
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (!(endsAt > startsAt)) throw TrainingErrors.INVALID_PERIOD({ field: 'endsAt' });
    if (!input.place && !input.onlineUrl) throw TrainingErrors.NO_VENUE({ field: 'place' });
    if (!(await this.staff.known(course.tenantId, [input.trainerStaffId])).has(input.trainerStaffId)) throw TrainingErrors.TRAINER_UNKNOWN({ field: 'trainerStaffId' });
    const session = this.em.create(TrainingSessionSchema, {
      id: randomUUID(),
      tenantId: course.tenantId,
      courseId: course.id,
      moduleId: input.moduleId ?? null,
      title: input.title,
      startsAt,
      endsAt,
      place: input.place ?? null,
      onlineUrl: input.onlineUrl ?? null,
      trainerStaffId: input.trainerStaffId,
      capacity: input.capacity,
      language: input.language,
      allowWaitlist: input.allowWaitlist ?? true,
      registerKeptAt: null,
      createdAt: new Date(),
    });
    await this.em.flush();
    return this.seats.toSessionDto(session);
  }
}

@Injectable()
export class UpdateSessionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
    private readonly staff: StaffNames,
  ) {}

  execute(input: UpdateSessionRequest, ctx: RequestContext): Promise<SessionDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.id, memberScope(ctx), 'id');
      requireManager(ctx, session.tenantId);
      if (input.capacity !== undefined) {
        const booked = await this.seats.booked(session.id);
        if (input.capacity < booked) throw TrainingErrors.CAPACITY_BELOW_BOOKINGS({ field: 'capacity', params: { booked } });
        session.capacity = input.capacity;
      }
      if (input.allowWaitlist !== undefined) session.allowWaitlist = input.allowWaitlist;
      if (input.place !== undefined) session.place = input.place;
      if (!session.place && !session.onlineUrl) throw TrainingErrors.NO_VENUE({ field: 'place' });
      if (input.trainerStaffId !== undefined) {
        if (!(await this.staff.known(session.tenantId, [input.trainerStaffId])).has(input.trainerStaffId)) throw TrainingErrors.TRAINER_UNKNOWN({ field: 'trainerStaffId' });
        session.trainerStaffId = input.trainerStaffId;
      }
      await this.seats.promote(session);
      return this.seats.toSessionDto(session);
    });
  }
}

@Injectable()
export class ListSessionsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseStore,
    private readonly seats: Seats,
  ) {}

  async execute(input: ListSessionsRequest, ctx: RequestContext): Promise<SessionDto[]> {
    const course = await this.courses.get(input.courseId, memberScope(ctx), 'courseId');
    const rows = await this.em.find(TrainingSessionSchema, { courseId: course.id }, { orderBy: { startsAt: 'asc', id: 'asc' } });
    return this.seats.toSessionDtos(rows);
  }
}

/**
 * The trainer of each session by name (training decides who may know who trains): the tenant's staff
 * — who book the sessions — and its coordinators and tenant admins. Researchers never get a name
 * (DOMAIN.md), nor does the platform admin. One query for the sessions, one identity request for the
 * names, whatever the number of sessions.
 */
@Injectable()
export class SessionTrainersUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly names: StaffNames,
  ) {}

  async execute(input: SessionTrainersRequest, ctx: RequestContext): Promise<SessionTrainerDto[]> {
    const tenantId = memberScope(ctx);
    if (!tenantId || input.sessionIds.length === 0) return [];
    const sessions = await this.em.find(TrainingSessionSchema, { id: { $in: [...new Set(input.sessionIds)] }, tenantId }, { fields: ['id', 'trainerStaffId'] });
    const mayKnow = Boolean(ctx.staffId) || isLearnerManager(ctx, tenantId);
    if (!mayKnow) return sessions.map((s) => ({ sessionId: s.id, trainer: null }));
    const names = await this.names.displayNames(tenantId, sessions.map((s) => s.trainerStaffId));
    return sessions.map((s) => ({ sessionId: s.id, trainer: { id: s.trainerStaffId, displayName: names.get(s.trainerStaffId) ?? '', institution: null, unit: null, shiftPattern: null, workEmail: null } }));
  }
}

@Injectable()
export class BookSessionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  execute(input: BookSessionRequest, ctx: RequestContext): Promise<BookingDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.sessionId, memberScope(ctx));
      const { staffId } = learnerFor(ctx, session.tenantId, input.staffId);
      const enrolment = await this.em.findOne(EnrolmentSchema, { courseId: session.courseId, staffId, status: { $ne: 'withdrawn' } });
      if (!enrolment) throw TrainingErrors.NOT_ENROLLED({ field: 'staffId', params: { staffId } });
      let booking = await this.em.findOne(BookingSchema, { sessionId: session.id, staffId });
      if (booking && booking.status !== 'cancelled') throw TrainingErrors.ALREADY_BOOKED({ field: 'sessionId' });
      const full = (await this.seats.booked(session.id)) >= session.capacity;
      if (full && !session.allowWaitlist) throw TrainingErrors.SESSION_FULL({ field: 'sessionId' });
      const now = new Date();
      const status = full ? 'waitlisted' : 'booked';
      if (booking) Object.assign(booking, { status, requestedAt: now, attendance: null, enrolmentId: enrolment.id, updatedAt: now });
      else booking = this.em.create(BookingSchema, { id: randomUUID(), tenantId: session.tenantId, sessionId: session.id, enrolmentId: enrolment.id, staffId, status, requestedAt: now, attendance: null, updatedAt: now });
      if (status === 'booked') this.seats.recordBooked(session, booking, false);
      await this.em.flush();
      return (await this.seats.toBookingDtos([booking]))[0];
    });
  }
}

@Injectable()
export class CancelBookingUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  execute(input: BookSessionRequest, ctx: RequestContext): Promise<BookingDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.sessionId, memberScope(ctx));
      const { staffId } = learnerFor(ctx, session.tenantId, input.staffId);
      const booking = await this.em.findOne(BookingSchema, { sessionId: session.id, staffId, status: { $ne: 'cancelled' } });
      if (!booking) throw TrainingErrors.NOT_BOOKED({ field: 'staffId', params: { staffId } });
      booking.status = 'cancelled';
      booking.attendance = null;
      booking.updatedAt = new Date();
      this.seats.recordCancelled(booking);
      await this.seats.promote(session);
      return (await this.seats.toBookingDtos([booking]))[0];
    });
  }
}

/** The trainer named on the session, or a learner manager (the register names learners); others are refused. */
function requireRegisterKeeper(ctx: RequestContext, session: TrainingSession): void {
  if (ctx.staffId && ctx.staffId === session.trainerStaffId && ctx.tenantId === session.tenantId) return;
  if (isLearnerManager(ctx, session.tenantId)) return;
  throw CommonErrors.FORBIDDEN();
}

/**
 * The learners of the register the caller may see (issue 13): every one for the session's trainer,
 * tenant admins and tenant-wide coordinators; for a coordinator scoped to institutions who is not
 * the trainer, the learners of its institutions.
 */
async function registerScope(em: EntityManager, ctx: RequestContext, session: TrainingSession): Promise<Set<string> | null> {
  if (ctx.staffId && ctx.staffId === session.trainerStaffId && ctx.tenantId === session.tenantId) return null;
  return learnersInScope(em, ctx, session.tenantId);
}

async function register(em: EntityManager, seats: Seats, session: TrainingSession, scope: Set<string> | null): Promise<RegisterDto> {
  const bookings = await em.find(BookingSchema, { sessionId: session.id, status: { $ne: 'cancelled' } }, { orderBy: { status: 'asc', requestedAt: 'asc', id: 'asc' } });
  return { session: await seats.toSessionDto(session), entries: await seats.toBookingDtos(scope ? bookings.filter((b) => scope.has(b.staffId)) : bookings) };
}

@Injectable()
export class GetSessionRegisterUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  async execute(input: SessionIdRequest, ctx: RequestContext): Promise<RegisterDto> {
    const session = await this.em.findOne(TrainingSessionSchema, { id: input.sessionId, ...tenantWhere(memberScope(ctx)) });
    if (!session) throw notFound('Training session', 'sessionId');
    requireRegisterKeeper(ctx, session);
    const dto = await register(this.em, this.seats, session, await registerScope(this.em, ctx, session));
    // Who booked and attended, by name.
    await auditRead(this.em, ctx, { action: 'session.register', subjects: dto.entries.map((b) => b.staffId) });
    return dto;
  }
}

@Injectable()
export class RecordAttendanceUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
    private readonly completion: Completion,
  ) {}

  execute(input: RecordAttendanceRequest, ctx: RequestContext): Promise<RegisterDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.sessionId, memberScope(ctx));
      requireRegisterKeeper(ctx, session);
      const scope = await registerScope(this.em, ctx, session);
      const staffIds = input.entries.map((e) => e.staffId);
      const seen = new Set<string>();
      input.entries.forEach((e, i) => {
        if (seen.has(e.staffId)) throw invalidInput(`entries[${i}].staffId`, 'listed twice');
        seen.add(e.staffId);
        // A learner outside a scoped coordinator's institutions does not exist for it.
        if (scope && !scope.has(e.staffId)) throw notFound('Staff member', `entries[${i}].staffId`);
      });
      const enrolments = await this.em.find(EnrolmentSchema, { courseId: session.courseId, staffId: { $in: staffIds }, status: { $ne: 'withdrawn' } });
      const bookings = await this.em.find(BookingSchema, { sessionId: session.id, staffId: { $in: staffIds }, status: 'booked' });
      // Validate every line before writing any (nothing half-written).
      input.entries.forEach((e, i) => {
        if (!enrolments.some((x) => x.staffId === e.staffId)) throw TrainingErrors.NOT_ENROLLED({ field: `entries[${i}].staffId`, params: { staffId: e.staffId } });
        if (!bookings.some((b) => b.staffId === e.staffId)) throw TrainingErrors.NOT_BOOKED({ field: `entries[${i}].staffId`, params: { staffId: e.staffId } });
      });
      const now = new Date();
      for (const e of input.entries) {
        const b = bookings.find((x) => x.staffId === e.staffId)!;
        b.attendance = e.present ? 'present' : 'absent';
        b.updatedAt = now;
      }
      session.registerKeptAt = now;
      await this.em.flush();
      const course = await this.em.findOneOrFail(CourseSchema, { id: session.courseId });
      await this.completion.evaluate(enrolments, course, ctx.locale);
      return register(this.em, this.seats, session, scope);
    });
  }
}

@Injectable()
export class MySessionBookingsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  async execute(_: unknown, ctx: RequestContext): Promise<BookingDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.staffId || !ctx.tenantId) return [];
    const rows = await this.em.find(BookingSchema, { tenantId: ctx.tenantId, staffId: ctx.staffId, status: { $ne: 'cancelled' } }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
    return this.seats.toBookingDtos(rows);
  }
}
