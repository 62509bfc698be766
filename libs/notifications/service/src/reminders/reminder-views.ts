import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SurveyCompleted, type SurveyCompletedEvent, type SurveyOpenedEvent } from '@m4pris/evaluation-contracts';
import { OnEvent } from '@m4pris/platform-messaging';
import { BookingCancelled, type BookingCancelledEvent, type SessionBookedEvent, type SessionRescheduledEvent } from '@m4pris/training-contracts';
import { Clock } from './clock.js';

/**
 * Keeps the open survey invitations and the booked seats the reminders need (issue 20).
 * `surveyOpened` and `sessionBooked` are called by the handlers of `survey.opened` and
 * `session.booked` (one handler per event in a service), `sessionMoved` by that of `session.rescheduled`; the two events below only this class
 * consumes. Each statement is idempotent, so a redelivered event changes nothing.
 */
@Injectable()
export class ReminderViews {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Events recorded before `invitationId` was added carry none: no reminder for them. */
  async surveyOpened(p: SurveyOpenedEvent): Promise<void> {
    if (!p.invitationId) return;
    await this.em.getConnection().execute(
      `insert into "notifications"."survey_reminder" (invitation_id, tenant_id, staff_id, due_on, opened_on) values (?, ?, ?, ?, ?) on conflict (invitation_id) do nothing`,
      [p.invitationId, p.tenantId, p.staffId, p.dueOn, this.clock.now().toISOString().slice(0, 10)],
      'run',
      this.em.getTransactionContext(),
    );
  }

  /** Answered: the pending reminders go, and with them the only trace here of that invitation. */
  @OnEvent(SurveyCompleted)
  async surveyCompleted(p: SurveyCompletedEvent): Promise<void> {
    await this.em.getConnection().execute(
      `delete from "notifications"."survey_reminder" where invitation_id = ? and tenant_id = ?`,
      [p.invitationId, p.tenantId],
      'run',
      this.em.getTransactionContext(),
    );
  }

  /** A seat (booked, or from the waiting list); a booking booked again is un-cancelled, at its session's start. */
  async sessionBooked(p: SessionBookedEvent): Promise<void> {
    await this.em.getConnection().execute(
      `insert into "notifications"."session_seat" (booking_id, tenant_id, staff_id, session_id, title, starts_at, cancelled) values (?, ?, ?, ?, ?, ?, false)
        on conflict (booking_id) do update set cancelled = false, title = excluded.title, starts_at = excluded.starts_at`,
      [p.bookingId, p.tenantId, p.staffId, p.sessionId, p.title.slice(0, 200), new Date(p.startsAt)],
      'run',
      this.em.getTransactionContext(),
    );
  }

  /** New times of a kept seat: the reminder follows the new start (it is kept per start, so it comes again for the new one). */
  async sessionMoved(p: SessionRescheduledEvent): Promise<void> {
    await this.em.getConnection().execute(
      `update "notifications"."session_seat" set starts_at = ?, title = ? where booking_id = ? and tenant_id = ?`,
      [new Date(p.startsAt), p.title.slice(0, 200), p.bookingId, p.tenantId],
      'run',
      this.em.getTransactionContext(),
    );
  }

  @OnEvent(BookingCancelled)
  async bookingCancelled(p: BookingCancelledEvent): Promise<void> {
    await this.em.getConnection().execute(
      `update "notifications"."session_seat" set cancelled = true where booking_id = ? and tenant_id = ?`,
      [p.bookingId, p.tenantId],
      'run',
      this.em.getTransactionContext(),
    );
  }
}
