import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A survey invitation still open to one person (from evaluation's `survey.opened`), kept only to
 * remind them before the due date and on the last day. Ids and dates only: no wave's instruments,
 * no participant code, no answer. Deleted when evaluation publishes `survey.completed` (so this
 * module keeps no record of who answered), when the person is erased, and after the due date.
 */
export const SurveyReminderSchema = defineEntity({
  name: 'SurveyReminder',
  tableName: 'survey_reminder',
  properties: {
    invitationId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    staffId: p.uuid().index(),
    /** YYYY-MM-DD: the last day to answer. */
    dueOn: p.string().length(10),
    /** YYYY-MM-DD (UTC) the open message was decided: no reminder on that same day. */
    openedOn: p.string().length(10),
    remindedAt: p.datetime().nullable(),
    lastDayToldAt: p.datetime().nullable(),
  },
});
export type SurveyReminder = InferEntity<typeof SurveyReminderSchema>;

/**
 * A seat at a training session (from training's `session.booked`), kept to remind the learner the
 * day before (in the tenant's time zone). `cancelled` from `booking.cancelled`; a booking booked
 * again (training reuses its id) is un-cancelled. `remindedFor` is the start the learner was
 * reminded of, so a seat is reminded once per start. Deleted with the person, and once past.
 */
export const SessionSeatSchema = defineEntity({
  name: 'SessionSeat',
  tableName: 'session_seat',
  properties: {
    bookingId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    staffId: p.uuid().index(),
    sessionId: p.uuid(),
    title: p.string().length(200),
    startsAt: p.datetime(),
    cancelled: p.boolean(),
    remindedFor: p.datetime().nullable(),
  },
});
export type SessionSeat = InferEntity<typeof SessionSeatSchema>;
