import { ErasedStaffSchema, IdempotencyKeySchema, type ServiceDefinition } from '@m4pris/platform-messaging';
import { InstrumentTextSchema } from './instrument/instrument-text.entity.js';
import { InvitationSchema } from './invitation/invitation.entity.js';
import { InvitationKeySchema, ParticipantLinkSchema, ParticipantSchema } from './participant/participant.entity.js';
import { SurveyPlanSchema } from './plan/survey-plan.entity.js';
import { RelationshipFactSchema, StaffFactSchema, TenantFactSchema } from './projection/projection.entities.js';
import { SurveyResponseSchema } from './response/survey-response.entity.js';

export const evaluationEntities: ServiceDefinition['entities'] = [
  ParticipantSchema,
  ParticipantLinkSchema,
  InvitationKeySchema,
  SurveyPlanSchema,
  InstrumentTextSchema,
  InvitationSchema,
  SurveyResponseSchema,
  RelationshipFactSchema,
  StaffFactSchema,
  TenantFactSchema,
  IdempotencyKeySchema,
  ErasedStaffSchema,
] as never[];
