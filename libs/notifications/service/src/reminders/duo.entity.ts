import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * This module's own view of a mentoring duo (from programmes' events), kept only to remind at the
 * right time: when the duo last met (dates only, never notes) and when it is planned to end.
 * Removed when the relationship ends.
 */
export const DuoSchema = defineEntity({
  name: 'Duo',
  tableName: 'duo',
  properties: {
    relationshipId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid(),
    mentorStaffId: p.uuid(),
    menteeStaffId: p.uuid(),
    /** The start, or the last meeting logged: the meeting cadence counts from here (YYYY-MM-DD). */
    lastContactOn: p.string().length(10),
    plannedEndOn: p.string().length(10),
    paused: p.boolean(),
    /** The `lastContactOn` the duo was last nudged about (one nudge per silence). */
    nudgedAbout: p.string().length(10).nullable(),
    endingToldAt: p.datetime().nullable(),
    /** The `lastContactOn` the coordinators were last alerted about (a nudged duo that stayed silent). */
    alertedAbout: p.string().length(10).nullable(),
  },
});
export type Duo = InferEntity<typeof DuoSchema>;

/**
 * Who coordinates what (from identity's `role.granted`, coordinators who are staff members): the
 * tenant-wide ones and those scoped to a programme are alerted when a duo of theirs stays silent.
 */
export const CoordinatorSchema = defineEntity({
  name: 'Coordinator',
  tableName: 'coordinator',
  properties: {
    grantId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    staffId: p.uuid().index(),
    scopeType: p.string().length(20),
    scopeId: p.uuid().nullable(),
  },
});
