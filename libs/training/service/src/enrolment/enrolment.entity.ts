import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { EnrolledBy, EnrolmentStatus } from '@m4pris/training-contracts';

export const EnrolmentSchema = defineEntity({
  name: 'Enrolment',
  tableName: 'enrolment',
  uniques: [{ properties: ['courseId', 'staffId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    courseId: p.uuid().index(),
    staffId: p.uuid().index(),
    /** A programmes cohort the learner trains for (optional). */
    cohortId: p.uuid().nullable().index(),
    courseVersion: p.integer(),
    enrolledBy: p.string().length(20).$type<EnrolledBy>(),
    status: p.string().length(20).$type<EnrolmentStatus>(),
    enrolledAt: p.datetime(),
    completedOn: p.date().nullable(),
    certificateId: p.uuid().nullable(),
    preAssessmentDone: p.boolean(),
    postAssessmentDone: p.boolean(),
    satisfactionDone: p.boolean(),
    updatedAt: p.datetime(),
  },
});
export type Enrolment = InferEntity<typeof EnrolmentSchema>;

/** A learner's progress in one self-paced unit. */
export const UnitProgressSchema = defineEntity({
  name: 'UnitProgress',
  tableName: 'unit_progress',
  uniques: [{ properties: ['enrolmentId', 'unitId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    enrolmentId: p.uuid().index(),
    unitId: p.uuid(),
    completedAt: p.datetime().nullable(),
    bestScore: p.integer().nullable(),
    checkPassed: p.boolean().nullable(),
    attempts: p.integer(),
  },
});
export type UnitProgress = InferEntity<typeof UnitProgressSchema>;

/**
 * A pre/post questionnaire score or a satisfaction answer set, kept WITHOUT the learner's id (only
 * the course): reported as aggregates with a minimum cell size. The enrolment records that it was
 * answered, so nobody answers twice.
 */
export const FeedbackResponseSchema = defineEntity({
  name: 'FeedbackResponse',
  tableName: 'feedback_response',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    courseId: p.uuid().index(),
    kind: p.string().length(20).$type<'pre' | 'post' | 'satisfaction'>(),
    score: p.integer().nullable(),
    ratings: p.json<Record<string, number>>().nullable(),
    submittedOn: p.date(),
  },
});
export type FeedbackResponse = InferEntity<typeof FeedbackResponseSchema>;
