import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ParticipantRole } from '@m4pris/programmes-contracts';

/** Identity's StaffProfileChanged, reduced to what the reports need (no names). */
export const StaffProjectionSchema = defineEntity({
  name: 'StaffProjection',
  tableName: 'staff_projection',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    institutionId: p.uuid().index(),
    updatedAt: p.datetime(),
  },
});
export type StaffProjection = InferEntity<typeof StaffProjectionSchema>;

/** Programmes' accepted applications (for "mentors needed" of a cohort). */
export const CohortParticipantSchema = defineEntity({
  name: 'CohortParticipant',
  tableName: 'cohort_participant',
  properties: {
    applicationId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    cohortId: p.uuid().index(),
    staffId: p.uuid().index(),
    role: p.string().length(10).$type<ParticipantRole>(),
    withdrawn: p.boolean(),
  },
});
export type CohortParticipant = InferEntity<typeof CohortParticipantSchema>;

/** Programmes' cohort snapshot: mentees per mentor. */
export const CohortPolicySchema = defineEntity({
  name: 'CohortPolicy',
  tableName: 'cohort_policy',
  properties: {
    cohortId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    mentorCapacity: p.integer(),
    policyVersion: p.integer(),
  },
});
export type CohortPolicy = InferEntity<typeof CohortPolicySchema>;
