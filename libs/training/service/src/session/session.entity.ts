import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Attendance, BookingStatus } from '@m4pris/training-contracts';

/** A facilitated session of a course: date, place or online link, trainer, capacity, language. */
export const TrainingSessionSchema = defineEntity({
  name: 'TrainingSession',
  tableName: 'training_session',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    courseId: p.uuid().index(),
    moduleId: p.uuid().nullable(),
    title: p.string().length(200),
    startsAt: p.datetime(),
    endsAt: p.datetime(),
    place: p.string().length(300).nullable(),
    onlineUrl: p.string().length(500).nullable(),
    trainerStaffId: p.uuid().index(),
    capacity: p.integer(),
    language: p.string().length(5),
    allowWaitlist: p.boolean(),
    registerKeptAt: p.datetime().nullable(),
    /** Cancelled sessions stay (their learners see them as cancelled); nobody can book them. */
    cancelledAt: p.datetime().nullable(),
    cancelReason: p.string().length(500).nullable(),
    createdAt: p.datetime(),
  },
});
export type TrainingSession = InferEntity<typeof TrainingSessionSchema>;

/** A learner's seat or waiting-list place in a session, and their line in the register. */
export const BookingSchema = defineEntity({
  name: 'Booking',
  tableName: 'booking',
  uniques: [{ properties: ['sessionId', 'staffId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    sessionId: p.uuid().index(),
    enrolmentId: p.uuid().index(),
    staffId: p.uuid().index(),
    status: p.string().length(20).$type<BookingStatus>(),
    /** Orders the waiting list (first come, first served). */
    requestedAt: p.datetime(),
    attendance: p.string().length(10).$type<Attendance>().nullable(),
    updatedAt: p.datetime(),
  },
});
export type Booking = InferEntity<typeof BookingSchema>;
