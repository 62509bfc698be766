import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import { SurveyOpened, type SurveyOpenedEvent } from '@m4pris/evaluation-contracts';
import {
  AgreementSaved,
  ApplicationDeclined,
  ApplicationReceived,
  ApplicationWaitlisted,
  ConcernRouted,
  FitCheckOpened,
  RelationshipEndedEarly,
  type AgreementSavedEvent,
  type ApplicationStateEvent,
  type ConcernRoutedEvent,
  type FitCheckOpenedEvent,
  type RelationshipEndedEarlyEvent,
} from '@m4pris/programmes-contracts';
import { SessionBooked, SessionCancelled, SessionRescheduled, type SessionBookedEvent, type SessionCancelledEvent, type SessionRescheduledEvent } from '@m4pris/training-contracts';
import { sessionCalendar, utcDateTime } from '../calendar/session-calendar.js';
import { Notifier } from '../notifier.js';
import { WEB_PATHS } from '../templates/web-paths.js';
import { DuoReminders } from '../reminders/duo-reminders.js';
import { ReminderViews } from '../reminders/reminder-views.js';


/**
 * Who hears what (DOMAIN.md) for the programme, evaluation and training events: each message to
 * the one person it concerns. The events carry ids and categories only, so no message can carry
 * an agreement's text, a concern, a survey answer or a coordinator's reason.
 */
@Injectable()
export class ParticipantMessages {
  constructor(
    private readonly notifier: Notifier,
    private readonly duos: DuoReminders,
    private readonly reminders: ReminderViews,
  ) {}

  @OnEvent(ApplicationReceived)
  async applicationReceived(p: ApplicationStateEvent, e: EventEnvelope): Promise<void> {
    await this.toApplicant(p, e, 'application_received');
  }

  @OnEvent(ApplicationWaitlisted)
  async applicationWaitlisted(p: ApplicationStateEvent, e: EventEnvelope): Promise<void> {
    await this.toApplicant(p, e, 'application_waitlisted');
  }

  /** The decision only: the coordinator's reason is shown in the app to the applicant, never mailed. */
  @OnEvent(ApplicationDeclined)
  async applicationDeclined(p: ApplicationStateEvent, e: EventEnvelope): Promise<void> {
    await this.toApplicant(p, e, 'application_declined');
  }

  private async toApplicant(p: ApplicationStateEvent, e: EventEnvelope, kind: 'application_received' | 'application_waitlisted' | 'application_declined'): Promise<void> {
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: p.staffId, kind, path: WEB_PATHS.applications, key: `${e.id}:${kind}:${p.staffId}` });
  }

  /** One side saved the agreement: the other side is asked to acknowledge it (the one who saved it hears nothing). */
  @OnEvent(AgreementSaved)
  async agreementSaved(p: AgreementSavedEvent, e: EventEnvelope): Promise<void> {
    const other = p.savedByRole === 'mentor' ? p.menteeStaffId : p.mentorStaffId;
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: other, kind: 'agreement_to_acknowledge', path: WEB_PATHS.duo, key: `${e.id}:agreement_to_acknowledge:${other}` });
  }

  @OnEvent(FitCheckOpened)
  async fitCheckOpened(p: FitCheckOpenedEvent, e: EventEnvelope): Promise<void> {
    for (const me of [p.mentorStaffId, p.menteeStaffId]) {
      await this.notifier.toStaff({ tenantId: p.tenantId, staffId: me, kind: 'fit_check_open', path: WEB_PATHS.duo, key: `${e.id}:fit_check_open:${me}` });
    }
  }

  /**
   * The support contact hears that "a message needs your attention", with a link to their support
   * inbox: never the concern's text, never who raised it or about which duo. Nobody else is told
   * (the coordinator sees a count on the dashboard).
   */
  @OnEvent(ConcernRouted)
  async concernRouted(p: ConcernRoutedEvent, e: EventEnvelope): Promise<void> {
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: p.supportStaffId, kind: 'support_attention', path: WEB_PATHS.supportInbox, key: `${e.id}:support_attention:${p.supportStaffId}` });
  }

  /** The invited participant only; the link goes to their survey list (no invitation id or code in a mail). */
  @OnEvent(SurveyOpened)
  async surveyOpened(p: SurveyOpenedEvent, e: EventEnvelope): Promise<void> {
    // The reminders before the due date and on the last day (sweep) need the open invitation.
    await this.reminders.surveyOpened(p);
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: p.staffId, kind: 'survey_open', params: { due: p.dueOn }, path: WEB_PATHS.surveys, key: `${e.id}:survey_open:${p.staffId}` });
  }

  /** A seat at a training session (booked, or freed on the waiting list), with the calendar file. */
  @OnEvent(SessionBooked)
  async sessionBooked(p: SessionBookedEvent, e: EventEnvelope): Promise<void> {
    // The day-before reminder (sweep) needs the seat.
    await this.reminders.sessionBooked(p);
    await this.toLearner(p, e, p.fromWaitlist ? 'waitlist_seat_freed' : 'session_booked', { place: p.place, onlineUrl: p.onlineUrl });
  }

  /**
   * A booked learner's session has new times: they are told, with the calendar entry of their seat
   * sent again (same UID, a higher SEQUENCE) so that their calendar moves it; the day-before reminder
   * follows the new start. A learner who only waits has no calendar entry yet and is not told (they
   * hear the times when a seat becomes theirs).
   */
  @OnEvent(SessionRescheduled)
  async sessionRescheduled(p: SessionRescheduledEvent, e: EventEnvelope): Promise<void> {
    if (p.waitlisted) return;
    await this.reminders.sessionMoved(p);
    await this.toLearner(p, e, 'session_moved', { place: p.place, onlineUrl: p.onlineUrl, sequence: calendarSequence(e) });
  }

  /**
   * A learner's session was cancelled (their seat or waiting-list place with it): they are told, with
   * a calendar file that cancels the entry. Never the coordinator's reason (the app shows it). The
   * seat's reminder goes with training's `booking.cancelled`, published alongside.
   */
  @OnEvent(SessionCancelled)
  async sessionCancelled(p: SessionCancelledEvent, e: EventEnvelope): Promise<void> {
    await this.toLearner(p, e, 'session_cancelled', { sequence: calendarSequence(e), cancelled: true });
  }

  /** A message about their seat to one learner, with the seat's calendar entry (UID per booking). */
  private async toLearner(
    p: { tenantId: string; staffId: string; bookingId: string; title: string; startsAt: string; endsAt: string },
    e: EventEnvelope,
    kind: 'session_booked' | 'waitlist_seat_freed' | 'session_moved' | 'session_cancelled',
    entry: Omit<Parameters<typeof sessionCalendar>[0], 'uid' | 'title' | 'startsAt' | 'endsAt' | 'link'>,
  ): Promise<void> {
    const calendar = sessionCalendar({ uid: `${p.bookingId}@m4pris`, title: p.title, startsAt: p.startsAt, endsAt: p.endsAt, link: this.notifier.link(WEB_PATHS.training), ...entry });
    await this.notifier.toStaff({
      tenantId: p.tenantId,
      staffId: p.staffId,
      kind,
      params: { session: p.title, starts: utcDateTime(p.startsAt) },
      path: WEB_PATHS.training,
      key: `${e.id}:${kind}:${p.staffId}`,
      calendar,
    });
  }

  /**
   * A duo ended because one side left the service (or was erased): the partner is told that the
   * duo has ended and that the other person left the service — nothing more (DOMAIN.md). Other
   * early endings tell nobody: leaving needs no reason and notifies nobody.
   */
  @OnEvent(RelationshipEndedEarly)
  async endedEarly(p: RelationshipEndedEarlyEvent, e: EventEnvelope): Promise<void> {
    // The reminders' duo view ends with the duo (this is the one handler of the event here).
    await this.duos.ended(p);
    const partner = p.reason === 'mentor_left_service' ? p.menteeStaffId : p.reason === 'mentee_left_service' ? p.mentorStaffId : null;
    if (!partner) return;
    await this.notifier.toStaff({ tenantId: p.tenantId, staffId: partner, kind: 'duo_ended_left_service', path: WEB_PATHS.duo, key: `${e.id}:duo_ended_left_service:${partner}` });
  }
}

/** A calendar entry's revision: the event's time in seconds, so every later change outranks the one before (the first file has 0). */
function calendarSequence(e: EventEnvelope): number {
  return Math.floor(new Date(e.occurredAt).getTime() / 1000);
}
