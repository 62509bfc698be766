import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, invalidInput, notFound, pageBounds, requireAuthenticated, type Page, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  SessionCancelled,
  SessionRescheduled,
  TrainingErrors,
  type BookingDto,
  type CancelSessionRequest,
  type ListTenantSessionsRequest,
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
  ScheduleSession,
  UpdateSession,
  ListSessions,
  BookSession,
  CancelBooking,
  GetSessionRegister,
  RecordAttendance,
  MySessionBookings,
  CancelSession,
  ListTenantSessions,
  SessionTrainers,
} from '@m4pris/training-contracts';
import { StaffNames } from '../certificate/staff-names.js';
import { CourseSchema } from '../course/course.entity.js';
import { CourseStore } from '../course/course-store.js';
import { Completion } from '../enrolment/completion.js';
import { EnrolmentSchema } from '../enrolment/enrolment.entity.js';
import { isLearnerManager, learnerFor, learnersInScope, memberScope, memberTenant, requireManager, tenantWhere } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { Seats, sessionFacts } from './seats.js';
import { BookingSchema, TrainingSessionSchema, type TrainingSession } from './session.entity.js';

@Injectable()
export class ScheduleSessionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseStore,
    private readonly staff: StaffNames,
    private readonly seats: Seats,
  ) {}

  @Handles(ScheduleSession)
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

  @Handles(UpdateSession)
  execute(input: UpdateSessionRequest, ctx: RequestContext): Promise<SessionDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.id, memberScope(ctx), 'id');
      requireManager(ctx, session.tenantId);
      if (session.cancelledAt) throw TrainingErrors.SESSION_CANCELLED({ field: 'id' });
      const moved = await this.retime(session, input);
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
      if (moved) await this.tellMoved(session);
      return this.seats.toSessionDto(session);
    });
  }

  /**
   * New times, when given and different: not for a session that has started, and the end after
   * the start (of the times as they will be). True when the session moved.
   */
  private async retime(session: TrainingSession, input: UpdateSessionRequest): Promise<boolean> {
    if (input.startsAt === undefined && input.endsAt === undefined) return false;
    const startsAt = input.startsAt !== undefined ? new Date(input.startsAt) : session.startsAt;
    const endsAt = input.endsAt !== undefined ? new Date(input.endsAt) : session.endsAt;
    if (startsAt.getTime() === session.startsAt.getTime() && endsAt.getTime() === session.endsAt.getTime()) return false;
    if (session.startsAt.getTime() <= Date.now()) throw TrainingErrors.SESSION_STARTED({ field: input.startsAt !== undefined ? 'startsAt' : 'endsAt' });
    if (!(endsAt > startsAt)) throw TrainingErrors.INVALID_PERIOD({ field: 'endsAt' });
    session.startsAt = startsAt;
    session.endsAt = endsAt;
    await this.em.flush();
    return true;
  }

  /** Every learner with a seat or a waiting-list place hears the new times (with an updated calendar file). */
  private async tellMoved(session: TrainingSession): Promise<void> {
    const bookings = await this.em.find(BookingSchema, { sessionId: session.id, status: { $in: ['booked', 'waitlisted'] } }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
    for (const b of bookings) {
      recordEvent(
        this.em,
        SessionRescheduled,
        {
          tenantId: session.tenantId,
          sessionId: session.id,
          bookingId: b.id,
          staffId: b.staffId,
          waitlisted: b.status === 'waitlisted',
          ...sessionFacts(session),
        },
        { tenantId: session.tenantId },
      );
    }
    await this.em.flush();
  }
}

/**
 * Cancels a session that has not started: it stays (marked cancelled, with the reason, shown in the
 * app), every seat and waiting-list place is released, and each of those learners is told (the
 * reason is not in the message). The released bookings are published as `booking.cancelled` too, so
 * that whoever keeps seats (the day-before reminder) lets them go.
 */
@Injectable()
export class CancelSessionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  @Handles(CancelSession)
  execute(input: CancelSessionRequest, ctx: RequestContext): Promise<SessionDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.id, memberScope(ctx), 'id');
      requireManager(ctx, session.tenantId);
      if (session.cancelledAt) throw TrainingErrors.SESSION_CANCELLED({ field: 'id' });
      if (session.startsAt.getTime() <= Date.now()) throw TrainingErrors.SESSION_STARTED({ field: 'id' });
      const reason = input.reason.trim();
      if (!reason) throw invalidInput('reason', 'reason must not be empty');
      const now = new Date();
      session.cancelledAt = now;
      session.cancelReason = reason;
      const bookings = await this.em.find(BookingSchema, { sessionId: session.id, status: { $in: ['booked', 'waitlisted'] } }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
      for (const b of bookings) {
        b.status = 'cancelled';
        b.attendance = null;
        b.updatedAt = now;
        this.seats.recordCancelled(b);
        recordEvent(
          this.em,
          SessionCancelled,
          { tenantId: session.tenantId, sessionId: session.id, bookingId: b.id, staffId: b.staffId, title: session.title, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString() },
          { tenantId: session.tenantId },
        );
      }
      await this.em.flush();
      return this.seats.toSessionDto(session);
    });
  }
}

/**
 * Every course's sessions of the tenant, paged: the ones not over yet first (soonest first), then
 * the ones over (most recent first); cancelled sessions included, marked. Two ordered queries, the
 * page cut across them, so the order holds whatever the page.
 */
@Injectable()
export class ListTenantSessionsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  @Handles(ListTenantSessions)
  async execute(input: ListTenantSessionsRequest, ctx: RequestContext): Promise<Page<SessionDto>> {
    const tenantId = memberTenant(ctx, input.tenantId);
    const { offset, limit } = pageBounds(input);
    const now = new Date();
    const upcomingWhere = { tenantId, endsAt: { $gt: now } };
    const pastWhere = { tenantId, endsAt: { $lte: now } };
    const upcomingTotal = input.period === 'past' ? 0 : await this.em.count(TrainingSessionSchema, upcomingWhere);
    const pastTotal = input.period === 'upcoming' ? 0 : await this.em.count(TrainingSessionSchema, pastWhere);
    const rows: TrainingSession[] = [];
    if (offset < upcomingTotal) {
      rows.push(...(await this.em.find(TrainingSessionSchema, upcomingWhere, { orderBy: { startsAt: 'asc', id: 'asc' }, offset, limit })));
    }
    const left = limit - rows.length;
    if (left > 0 && pastTotal > 0) {
      rows.push(...(await this.em.find(TrainingSessionSchema, pastWhere, { orderBy: { startsAt: 'desc', id: 'asc' }, offset: Math.max(0, offset - upcomingTotal), limit: left })));
    }
    return { items: await this.seats.toSessionDtos(rows), total: upcomingTotal + pastTotal, offset, limit };
  }
}

@Injectable()
export class ListSessionsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly courses: CourseStore,
    private readonly seats: Seats,
  ) {}

  @Handles(ListSessions)
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

  @Handles(SessionTrainers)
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

  @Handles(BookSession)
  execute(input: BookSessionRequest, ctx: RequestContext): Promise<BookingDto> {
    return this.em.transactional(async () => {
      const session = await this.seats.lock(input.sessionId, memberScope(ctx));
      const { staffId } = learnerFor(ctx, session.tenantId, input.staffId);
      if (session.cancelledAt) throw TrainingErrors.SESSION_CANCELLED({ field: 'sessionId' });
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

  @Handles(CancelBooking)
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

  @Handles(GetSessionRegister)
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

  @Handles(RecordAttendance)
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

  @Handles(MySessionBookings)
  async execute(_: unknown, ctx: RequestContext): Promise<BookingDto[]> {
    requireAuthenticated(ctx);
    if (!ctx.staffId || !ctx.tenantId) return [];
    const rows = await this.em.find(BookingSchema, { tenantId: ctx.tenantId, staffId: ctx.staffId, status: { $ne: 'cancelled' } }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
    return this.seats.toBookingDtos(rows);
  }
}
