import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Who read or changed what. Holds ids only, never personal content. Identity's own actions, and every
 * module's reads of personal data (`<module>.v1.personalData.read`, consumed by RecordPersonalDataReadUseCase).
 */
export const AuditEntrySchema = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  indexes: [{ properties: ['tenantId', 'at'] }, { properties: ['entityId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().nullable(),
    /** Account id, or 'system'. */
    actorId: p.string().length(64).nullable(),
    action: p.string().length(60),
    entityType: p.string().length(50),
    entityId: p.uuid().nullable(),
    /** The module where it happened: identity's own entries, or a module's `personalData.read` event. */
    module: p.string().length(20).default('identity'),
    /** Whose personal data was read (staff ids, batched: one entry per read, not one per row). */
    subjectIds: p.array().columnType('uuid[]').nullable(),
    /** How many people (or pseudonymous records) the read covered. */
    subjectCount: p.integer().nullable(),
    traceId: p.string().length(64),
    at: p.datetime(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntrySchema>;
