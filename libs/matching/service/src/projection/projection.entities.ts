import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { InstitutionKind, ShiftDto } from '@m4pris/identity-contracts';
import type { MentoringFunction, ParticipantRole, ProgrammePolicy } from '@m4pris/programmes-contracts';

/*
 * Projections fed by events, so that a match run never waits for another service. Dates are
 * 'YYYY-MM-DD' strings. No names or e-mail addresses: identity never sends them.
 */

/** Per tenant: whether the training module runs there (tenant.created's enabledModules, or any training event). */
export const TenantModulesSchema = defineEntity({
  name: 'TenantModules',
  tableName: 'tenant_modules',
  properties: {
    tenantId: p.uuid().primary(),
    trainingDeployed: p.boolean(),
    updatedAt: p.datetime(),
  },
});
export type TenantModules = InferEntity<typeof TenantModulesSchema>;

/** A cohort with the policy snapshot it runs under (programmes.v1.cohort.changed). */
export const CohortSchema = defineEntity({
  name: 'Cohort',
  tableName: 'cohort',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid().index(),
    state: p.string().length(20),
    policyVersion: p.integer(),
    policy: p.json<ProgrammePolicy>(),
    institutionIds: p.json<string[]>(),
    updatedAt: p.datetime(),
  },
});
export type Cohort = InferEntity<typeof CohortSchema>;

/** An accepted application (programmes.v1.application.accepted); `active` false once withdrawn. */
export const ParticipantSchema = defineEntity({
  name: 'Participant',
  tableName: 'participant',
  indexes: [{ properties: ['tenantId', 'cohortId'] }],
  properties: {
    applicationId: p.uuid().primary(),
    tenantId: p.uuid(),
    cohortId: p.uuid(),
    programmeId: p.uuid(),
    staffId: p.uuid().index(),
    role: p.string().length(10).$type<ParticipantRole>(),
    functions: p.json<MentoringFunction[]>(),
    languages: p.json<string[]>(),
    prefersSameUnit: p.boolean(),
    preferredStaffIds: p.json<string[]>(),
    conflictStaffIds: p.json<string[]>(),
    active: p.boolean(),
    /** Mentee: has a mentor (approved proposal or running duo); cleared by a re-match request. */
    matched: p.boolean(),
    updatedAt: p.datetime(),
  },
});
export type Participant = InferEntity<typeof ParticipantSchema>;

/** A staff profile (identity.v1.staff.profileChanged). */
export const StaffProfileSchema = defineEntity({
  name: 'StaffProfile',
  tableName: 'staff_profile',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    institutionId: p.uuid(),
    institutionKind: p.string().length(20).$type<InstitutionKind>(),
    region: p.string().length(100),
    unitId: p.uuid().nullable(),
    supervisesOthers: p.boolean(),
    hiredOn: p.string().length(10),
    joinedInstitutionOn: p.string().length(10),
    previousInstitutionKind: p.string().length(20).$type<InstitutionKind>().nullable(),
    shiftPatternId: p.uuid().nullable(),
    shiftOffsetDays: p.integer(),
    languages: p.json<string[]>(),
    lineManagerId: p.uuid().nullable().index(),
    leftServiceOn: p.string().length(10).nullable(),
    updatedAt: p.datetime(),
  },
});
export type StaffProfile = InferEntity<typeof StaffProfileSchema>;

/** identity.v1.shiftPattern.defined */
export const ShiftPatternSchema = defineEntity({
  name: 'ShiftPattern',
  tableName: 'shift_pattern',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    cycleDays: p.integer(),
    shifts: p.json<ShiftDto[]>(),
  },
});
export type ShiftPattern = InferEntity<typeof ShiftPatternSchema>;

/** A completed mentor course (training.v1.course.completed, audience mentor). */
export const TrainedMentorSchema = defineEntity({
  name: 'TrainedMentor',
  tableName: 'trained_mentor',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    completedOn: p.string().length(10),
  },
});
export type TrainedMentor = InferEntity<typeof TrainedMentorSchema>;

/** A duo (programmes.v1.relationship.*): capacity in use and pair history. */
export const DuoSchema = defineEntity({
  name: 'Duo',
  tableName: 'duo',
  indexes: [{ properties: ['tenantId', 'mentorStaffId'] }, { properties: ['tenantId', 'menteeStaffId'] }],
  properties: {
    relationshipId: p.uuid().primary(),
    tenantId: p.uuid(),
    cohortId: p.uuid(),
    mentorStaffId: p.uuid(),
    menteeStaffId: p.uuid(),
    /** active | ended_early | closed */
    state: p.string().length(20),
    notAFit: p.boolean(),
    rematchRequested: p.boolean(),
    updatedAt: p.datetime(),
  },
});
export type Duo = InferEntity<typeof DuoSchema>;
