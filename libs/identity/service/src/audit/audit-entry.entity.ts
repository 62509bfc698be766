import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Who read or changed what. Holds ids only, never personal content. */
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
    traceId: p.string().length(64),
    at: p.datetime(),
  },
});
export type AuditEntry = InferEntity<typeof AuditEntrySchema>;
