import { defineEntity, p, type InferEntity, type TriggerDef } from '@mikro-orm/core';
import type { EarlyEndReason, FitCheckAnswer, MentoringFunction, ParticipantRole, RelationshipState } from '@m4pris/programmes-contracts';
import { noticeChange } from '../shared/notice-change.js';

const bumpDuo = (row: 'old' | 'new') => `update "programmes"."relationship" set "revision" = "revision" + 1 where "id" = ${row}."relationship_id";`;

/**
 * Every insert, update or delete of a duo's meeting, concern, fit-check answer or agreement also
 * updates the duo's row (its `revision`), so that the row's version (`xmin`) changes with
 * everything the coordinator dashboard reads of the duo: the dashboard's cache key is made of those
 * versions (dashboardVersionSql, dashboard-cache.ts). Kept by the database, not by the use cases,
 * so that no write path can forget it; it runs as the caller, under row-level security.
 */
const touchDuo: TriggerDef = {
  name: 'touch_duo',
  timing: 'after',
  events: ['insert', 'update', 'delete'],
  forEach: 'row',
  body: [
    `if tg_op <> 'INSERT' then ${bumpDuo('old')} end if;`,
    `if tg_op = 'INSERT' then ${bumpDuo('new')} elsif tg_op = 'UPDATE' and new."relationship_id" is distinct from old."relationship_id" then ${bumpDuo('new')} end if;`,
    'return null;',
  ].join(' '),
};

/**
 * A mentoring duo. The metadata columns (meeting count, last meeting, open concerns …) are kept up
 * to date by the use cases so that follow-up and the dashboard read one row per duo.
 */
export const RelationshipSchema = defineEntity({
  name: 'Relationship',
  tableName: 'relationship',
  triggers: [noticeChange],
  indexes: [{ properties: ['cohortId', 'state'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid(),
    cohortId: p.uuid(),
    /** The mentee's institution (coordinators scoped to an institution follow its duos). */
    institutionId: p.uuid(),
    mentorStaffId: p.uuid().index(),
    menteeStaffId: p.uuid().index(),
    mentorApplicationId: p.uuid(),
    menteeApplicationId: p.uuid(),
    state: p.string().length(12).$type<RelationshipState>(),
    startedOn: p.date(),
    plannedEndOn: p.date(),
    endedOn: p.date().nullable(),
    endReason: p.string().length(30).$type<EarlyEndReason>().nullable(),
    rematchRequested: p.boolean(),
    flags: p.json<string[]>(),
    proposalId: p.uuid().nullable().unique(),
    meetingCount: p.integer(),
    firstMeetingOn: p.date().nullable(),
    lastMeetingOn: p.date().nullable(),
    lastCheckInOn: p.date().nullable(),
    openConcerns: p.integer(),
    /** Both sides acknowledged the agreement. */
    agreementAcknowledged: p.boolean(),
    /** Both sides answered the fit check with "good fit". */
    fitCheckDone: p.boolean(),
    pausedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    /** Counts the changes to the duo's meetings, concerns, fit-check answers and agreement (kept by the trigger `touch_duo`). */
    revision: p.integer().default(0),
  },
});
export type Relationship = InferEntity<typeof RelationshipSchema>;

/** Private to the duo, except the acknowledgement timestamps. */
export const AgreementSchema = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  triggers: [touchDuo],
  properties: {
    relationshipId: p.uuid().primary(),
    tenantId: p.uuid(),
    goalsSummary: p.text().nullable(),
    cadenceDays: p.integer(),
    practicalities: p.text().nullable(),
    mentorAcknowledgedAt: p.datetime().nullable(),
    menteeAcknowledgedAt: p.datetime().nullable(),
    updatedAt: p.datetime().nullable(),
  },
});
export type Agreement = InferEntity<typeof AgreementSchema>;

export const GoalSchema = defineEntity({
  name: 'Goal',
  tableName: 'goal',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    relationshipId: p.uuid().index(),
    title: p.string().length(300),
    description: p.text().nullable(),
    function: p.string().length(30).$type<MentoringFunction>(),
    progress: p.integer(),
    status: p.string().length(10).$type<'open' | 'achieved' | 'dropped'>(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Goal = InferEntity<typeof GoalSchema>;

export const MeetingSchema = defineEntity({
  name: 'Meeting',
  tableName: 'meeting',
  triggers: [touchDuo],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    cohortId: p.uuid().index(),
    relationshipId: p.uuid().index(),
    heldOn: p.date(),
    durationMinutes: p.integer(),
    duringShift: p.boolean(),
    functions: p.json<MentoringFunction[]>(),
    notes: p.text().nullable(),
    loggedByStaffId: p.uuid(),
    createdAt: p.datetime(),
  },
});
export type Meeting = InferEntity<typeof MeetingSchema>;

export const FitCheckSchema = defineEntity({
  name: 'FitCheck',
  tableName: 'fit_check',
  triggers: [touchDuo],
  properties: {
    relationshipId: p.uuid().primary(),
    role: p.string().length(10).$type<ParticipantRole>().primary(),
    answer: p.string().length(12).$type<FitCheckAnswer>(),
    answeredAt: p.datetime(),
  },
});
export type FitCheck = InferEntity<typeof FitCheckSchema>;

/** Content goes to the raiser and the support contact only; the coordinator sees a count. */
export const ConcernSchema = defineEntity({
  name: 'Concern',
  tableName: 'concern',
  triggers: [touchDuo],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    programmeId: p.uuid(),
    relationshipId: p.uuid().index(),
    raisedByStaffId: p.uuid().index(),
    /** The support contact at the time it was raised (policy.supportContact.supportStaffId). */
    supportStaffId: p.uuid().nullable().index(),
    category: p.string().length(20),
    details: p.text(),
    status: p.string().length(10).$type<'open' | 'closed'>(),
    raisedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
  },
});
export type Concern = InferEntity<typeof ConcernSchema>;

export const ReflectionSchema = defineEntity({
  name: 'Reflection',
  tableName: 'reflection',
  properties: {
    relationshipId: p.uuid().primary(),
    role: p.string().length(10).$type<ParticipantRole>().primary(),
    text: p.text(),
    createdAt: p.datetime(),
  },
});
export type Reflection = InferEntity<typeof ReflectionSchema>;

/** A coordinator's follow-up contact with a duo: metadata only. */
export const CheckInSchema = defineEntity({
  name: 'CheckIn',
  tableName: 'check_in',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    relationshipId: p.uuid().index(),
    on: p.date(),
    channel: p.string().length(12),
    outcome: p.string().length(16),
    recordedBy: p.string().length(64),
    createdAt: p.datetime(),
  },
});
export type CheckIn = InferEntity<typeof CheckInSchema>;
