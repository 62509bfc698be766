import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * What the programmes module keeps about staff, fed by identity.v1.staff.profileChanged (no names,
 * no email): enough to compute eligibility and the line-management chain.
 */
export const StaffProfileSchema = defineEntity({
  name: 'StaffProfile',
  tableName: 'staff_profile',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    institutionId: p.uuid().index(),
    institutionKind: p.string().length(20),
    region: p.string().length(100),
    unitId: p.uuid().nullable(),
    supervisesOthers: p.boolean(),
    hiredOn: p.date(),
    joinedInstitutionOn: p.date(),
    previousInstitutionKind: p.string().length(20).nullable(),
    lineManagerId: p.uuid().nullable().index(),
    languages: p.json<string[]>(),
    leftServiceOn: p.date().nullable(),
    updatedAt: p.datetime(),
  },
});
export type StaffProfile = InferEntity<typeof StaffProfileSchema>;

/** Completed mentor courses, fed by training.v1.course.completed. */
export const TrainedMentorSchema = defineEntity({
  name: 'TrainedMentor',
  tableName: 'trained_mentor',
  properties: {
    staffId: p.uuid().primary(),
    courseId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    completedOn: p.date(),
  },
});
export type TrainedMentor = InferEntity<typeof TrainedMentorSchema>;

/**
 * Display facts of a staff member (identity.v1.staff.cardChanged): what programmes shows to the
 * people who may see the person (the other side of a duo; the duo's coordinator sees the name
 * only). For display, never for an authorisation decision.
 */
export const StaffCardSchema = defineEntity({
  name: 'StaffCard',
  tableName: 'staff_card',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    displayName: p.string().length(201),
    workEmail: p.string().length(254),
    institutionId: p.uuid(),
    institutionName: p.string().length(200),
    unitId: p.uuid().nullable(),
    unitName: p.string().length(200).nullable(),
    shiftPatternId: p.uuid().nullable(),
    shiftPatternName: p.string().length(100).nullable(),
    updatedAt: p.datetime(),
  },
});
export type StaffCard = InferEntity<typeof StaffCardSchema>;
