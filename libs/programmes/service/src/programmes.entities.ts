import { ErasedStaffSchema, IdempotencyKeySchema, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ApplicationSchema } from './application/application.entity.js';
import { CohortSchema } from './cohort/cohort.entity.js';
import { PolicyVersionSchema, ProgrammeSchema } from './programme/programme.entity.js';
import { StaffCardSchema, StaffProfileSchema, TrainedMentorSchema } from './projection/projection.entity.js';
import {
  AgreementSchema,
  CheckInSchema,
  ConcernSchema,
  FitCheckSchema,
  GoalSchema,
  MeetingSchema,
  ReflectionSchema,
  RelationshipSchema,
} from './relationship/relationship.entity.js';

/** Every table the programmes service owns (the outbox tables are added by platform-persistence). */
export const programmesEntities: ServiceDefinition['entities'] = [
  ProgrammeSchema,
  PolicyVersionSchema,
  CohortSchema,
  StaffProfileSchema,
  StaffCardSchema,
  TrainedMentorSchema,
  ApplicationSchema,
  RelationshipSchema,
  AgreementSchema,
  GoalSchema,
  MeetingSchema,
  FitCheckSchema,
  ConcernSchema,
  ReflectionSchema,
  CheckInSchema,
  IdempotencyKeySchema,
  ErasedStaffSchema,
] as never[];
