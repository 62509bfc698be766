import { ErasedStaffSchema, type ServiceDefinition } from '@m4pris/platform-messaging';
import { CohortSchema, DuoSchema, ParticipantSchema, ShiftPatternSchema, StaffProfileSchema, TenantModulesSchema, TrainedMentorSchema } from './projection/projection.entities.js';
import { MatchRunSchema, PairRuleSchema, ProposalSchema, UnmatchedSchema, WeightsSchema } from './run/run.entities.js';

export const matchingEntities: ServiceDefinition['entities'] = [
  TenantModulesSchema,
  CohortSchema,
  ParticipantSchema,
  StaffProfileSchema,
  ShiftPatternSchema,
  TrainedMentorSchema,
  DuoSchema,
  WeightsSchema,
  MatchRunSchema,
  ProposalSchema,
  UnmatchedSchema,
  PairRuleSchema,
  ErasedStaffSchema,
] as never[];
