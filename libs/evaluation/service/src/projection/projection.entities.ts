import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A mentoring relationship as the programmes events describe it (programme outcomes, wave dates). */
export const RelationshipFactSchema = defineEntity({
  name: 'RelationshipFact',
  tableName: 'relationship_fact',
  indexes: [{ properties: ['tenantId', 'programmeId'] }],
  properties: {
    relationshipId: p.uuid().primary(),
    tenantId: p.uuid(),
    programmeId: p.uuid(),
    cohortId: p.uuid(),
    /** Nulled when identity erases the person. */
    mentorStaffId: p.uuid().nullable().index(),
    menteeStaffId: p.uuid().nullable().index(),
    startedOn: p.string().length(10),
    plannedEndOn: p.string().length(10),
    endedOn: p.string().length(10).nullable(),
    /** active | closed | ended_early */
    state: p.string().length(12),
    endReason: p.string().length(32).nullable(),
    meetings: p.integer(),
  },
});
export type RelationshipFact = InferEntity<typeof RelationshipFactSchema>;

/** What retention and the export need about a staff member (from identity's StaffProfileChanged): no names. */
export const StaffFactSchema = defineEntity({
  name: 'StaffFact',
  tableName: 'staff_fact',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    institutionId: p.uuid(),
    /** The institution's region (the research export's middle level of generalisation); null before it was carried. */
    region: p.string().length(100).nullable(),
    hiredOn: p.string().length(10),
    leftServiceOn: p.string().length(10).nullable(),
  },
});
export type StaffFact = InferEntity<typeof StaffFactSchema>;

export const TenantFactSchema = defineEntity({
  name: 'TenantFact',
  tableName: 'tenant_fact',
  properties: {
    tenantId: p.uuid().primary(),
    country: p.string().length(2),
  },
});
export type TenantFact = InferEntity<typeof TenantFactSchema>;
