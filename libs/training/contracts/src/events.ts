import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';

export const COURSE_AUDIENCES = ['mentor', 'coordinator'] as const;
export type CourseAudience = (typeof COURSE_AUDIENCES)[number];

/** Published when a learner's completion of a course is computed (never ticked by hand). */
export class CourseCompletedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() staffId: string;
  @IsUUID() courseId: string;
  @IsIn(COURSE_AUDIENCES) audience: CourseAudience;
  @IsInt() courseVersion: number;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) completedOn: string;
  @IsOptional() @IsUUID() certificateId?: string | null;
}

/** `training.v1.course.completed`: the programmes and matching modules treat a mentor as trained. */
export const CourseCompleted = defineEvent('training.v1.course.completed', CourseCompletedEvent);

/**
 * A learner has a seat at a training session: booked straight away, or moved up from the waiting
 * list when a seat was freed (`fromWaitlist`). Carries what a calendar entry needs (the session's
 * title, times and place are configuration, not personal data).
 */
export class SessionBookedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() sessionId: string;
  @IsUUID() bookingId: string;
  @IsUUID() staffId: string;
  @IsBoolean() fromWaitlist: boolean;
  @IsString() title: string;
  @IsISO8601() startsAt: string;
  @IsISO8601() endsAt: string;
  @IsOptional() @IsString() place?: string | null;
  @IsOptional() @IsString() onlineUrl?: string | null;
}

/** `training.v1.session.booked`: the learner is told, with a calendar file. */
export const SessionBooked = defineEvent('training.v1.session.booked', SessionBookedEvent);

/**
 * A learner's booking (seat or waiting-list place) was cancelled — by the learner, a learner
 * manager, or because the enrolment was withdrawn. Ids only; notifications drops the day-before
 * reminder of that seat.
 */
export class BookingCancelledEvent {
  @IsUUID() tenantId: string;
  @IsUUID() sessionId: string;
  @IsUUID() bookingId: string;
  @IsUUID() staffId: string;
}

/** `training.v1.booking.cancelled`: no reminder for a seat that was given up (notifications). */
export const BookingCancelled = defineEvent('training.v1.booking.cancelled', BookingCancelledEvent);

/**
 * A booked or waiting learner's session was moved to new times (one event per learner). Carries what
 * the calendar entry needs, like `session.booked`; `waitlisted` says whether the learner only waits.
 */
export class SessionRescheduledEvent {
  @IsUUID() tenantId: string;
  @IsUUID() sessionId: string;
  @IsUUID() bookingId: string;
  @IsUUID() staffId: string;
  @IsBoolean() waitlisted: boolean;
  @IsString() title: string;
  @IsISO8601() startsAt: string;
  @IsISO8601() endsAt: string;
  @IsOptional() @IsString() place?: string | null;
  @IsOptional() @IsString() onlineUrl?: string | null;
}

/** `training.v1.session.rescheduled`: the learner is told the new times, with an updated calendar file; the reminder follows the new start. */
export const SessionRescheduled = defineEvent('training.v1.session.rescheduled', SessionRescheduledEvent);

/**
 * A booked or waiting learner's session was cancelled (one event per learner; their booking is
 * released). The session's title and start, never the coordinator's reason (shown in the app only).
 */
export class SessionCancelledEvent {
  @IsUUID() tenantId: string;
  @IsUUID() sessionId: string;
  @IsUUID() bookingId: string;
  @IsUUID() staffId: string;
  @IsString() title: string;
  @IsISO8601() startsAt: string;
  @IsISO8601() endsAt: string;
}

/** `training.v1.session.cancelled`: the learner is told (with a calendar cancellation), and no reminder follows. */
export const SessionCancelled = defineEvent('training.v1.session.cancelled', SessionCancelledEvent);
