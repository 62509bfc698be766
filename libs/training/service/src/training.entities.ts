import { ErasedStaffSchema, type ServiceDefinition } from '@m4pris/platform-messaging';
import { CertificateSchema } from './certificate/certificate.entity.js';
import { CourseSchema, CourseVersionSchema } from './course/course.entity.js';
import { EnrolmentSchema, FeedbackResponseSchema, UnitProgressSchema } from './enrolment/enrolment.entity.js';
import { CohortParticipantSchema, CohortPolicySchema, StaffProjectionSchema } from './projection/projection.entity.js';
import { BookingSchema, TrainingSessionSchema } from './session/session.entity.js';

/** Every table the training service owns (the outbox tables are added by platform-persistence). */
export const trainingEntities: ServiceDefinition['entities'] = [
  CourseSchema,
  CourseVersionSchema,
  TrainingSessionSchema,
  BookingSchema,
  EnrolmentSchema,
  UnitProgressSchema,
  FeedbackResponseSchema,
  CertificateSchema,
  StaffProjectionSchema,
  CohortParticipantSchema,
  CohortPolicySchema,
  ErasedStaffSchema,
] as never[];
