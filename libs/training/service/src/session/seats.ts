import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@m4pris/platform-core';
import { recordEvent } from '@m4pris/platform-messaging';
import { BookingCancelled, SessionBooked, type BookingDto, type SessionDto } from '@m4pris/training-contracts';
import { iso, tenantWhere } from '../shared/access.js';
import { BookingSchema, TrainingSessionSchema, type Booking, type TrainingSession } from './session.entity.js';

/** Seats and the waiting list of sessions. Call inside a transaction. */
/** What a learner's events say about the session: title, times and where (a booking, a move). */
export function sessionFacts(session: TrainingSession) {
  return {
    title: session.title,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    place: session.place ?? null,
    onlineUrl: session.onlineUrl ?? null,
  };
}

@Injectable()
export class Seats {
  constructor(private readonly em: EntityManager) {}

  /** The session, locked for the rest of the transaction (no two bookings take the last seat). */
  async lock(sessionId: string, scope: string | undefined, field = 'sessionId'): Promise<TrainingSession> {
    const s = await this.em.findOne(TrainingSessionSchema, { id: sessionId, ...tenantWhere(scope) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!s) throw notFound('Training session', field);
    return s;
  }

  async booked(sessionId: string): Promise<number> {
    return this.em.count(BookingSchema, { sessionId, status: 'booked' });
  }

  /** Moves the first learners of the waiting list into free seats; returns them. */
  async promote(session: TrainingSession): Promise<Booking[]> {
    await this.em.flush();
    const free = session.capacity - (await this.booked(session.id));
    if (free <= 0) return [];
    const waiting = await this.em.find(BookingSchema, { sessionId: session.id, status: 'waitlisted' }, { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: free });
    for (const b of waiting) {
      b.status = 'booked';
      b.updatedAt = new Date();
      this.recordBooked(session, b, true);
    }
    await this.em.flush();
    return waiting;
  }

  /** A booking was cancelled (ids only): its day-before reminder is dropped (notifications). The caller flushes. */
  recordCancelled(booking: Booking): void {
    recordEvent(this.em, BookingCancelled, { tenantId: booking.tenantId, sessionId: booking.sessionId, bookingId: booking.id, staffId: booking.staffId }, { tenantId: booking.tenantId });
  }

  /** The learner has a seat: they are told, with a calendar file (notifications). The caller flushes. */
  recordBooked(session: TrainingSession, booking: Booking, fromWaitlist: boolean): void {
    recordEvent(
      this.em,
      SessionBooked,
      {
        tenantId: session.tenantId,
        sessionId: session.id,
        bookingId: booking.id,
        staffId: booking.staffId,
        fromWaitlist,
        ...sessionFacts(session),
      },
      { tenantId: session.tenantId },
    );
  }

  async toSessionDtos(sessions: TrainingSession[]): Promise<SessionDto[]> {
    if (sessions.length === 0) return [];
    const rows = await this.em
      .getConnection()
      .execute<{ session_id: string; status: string; n: string }[]>(
        `select session_id, status, count(*) n from "${this.em.config.get('schema')}"."booking" where session_id in (${sessions.map(() => '?').join(',')}) group by session_id, status`,
        sessions.map((s) => s.id),
        'all',
        this.em.getTransactionContext(),
      );
    const count = (id: string, status: string) => Number(rows.find((r) => r.session_id === id && r.status === status)?.n ?? 0);
    return sessions.map((s) => {
      const booked = count(s.id, 'booked');
      return {
        id: s.id,
        tenantId: s.tenantId,
        courseId: s.courseId,
        moduleId: s.moduleId ?? null,
        title: s.title,
        startsAt: iso(s.startsAt),
        endsAt: iso(s.endsAt),
        place: s.place ?? null,
        onlineUrl: s.onlineUrl ?? null,
        trainerStaffId: s.trainerStaffId,
        capacity: s.capacity,
        language: s.language,
        allowWaitlist: s.allowWaitlist,
        booked,
        waitlisted: count(s.id, 'waitlisted'),
        seatsLeft: Math.max(0, s.capacity - booked),
        registerKept: !!s.registerKeptAt,
        cancelledAt: s.cancelledAt ? iso(s.cancelledAt) : null,
        cancelReason: s.cancelReason ?? null,
      };
    });
  }

  async toSessionDto(s: TrainingSession): Promise<SessionDto> {
    return (await this.toSessionDtos([s]))[0];
  }

  /** Bookings as DTOs, with waiting-list positions. */
  async toBookingDtos(bookings: Booking[]): Promise<BookingDto[]> {
    const sessionIds = [...new Set(bookings.filter((b) => b.status === 'waitlisted').map((b) => b.sessionId))];
    const queues = new Map<string, string[]>();
    for (const sid of sessionIds) {
      const q = await this.em.find(BookingSchema, { sessionId: sid, status: 'waitlisted' }, { orderBy: { requestedAt: 'asc', id: 'asc' }, fields: ['id'] });
      queues.set(sid, q.map((b) => b.id));
    }
    return bookings.map((b) => ({
      id: b.id,
      sessionId: b.sessionId,
      staffId: b.staffId,
      status: b.status,
      waitlistPosition: b.status === 'waitlisted' ? (queues.get(b.sessionId)?.indexOf(b.id) ?? -1) + 1 : null,
      attendance: b.attendance ?? null,
    }));
  }
}
