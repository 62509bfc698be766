import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Role, ScopeType } from '@m4pris/platform-core';
import { noticeChange } from '../shared/notice-change.js';

export const RoleAssignmentSchema = defineEntity({
  name: 'RoleAssignment',
  tableName: 'role_assignment',
  triggers: [noticeChange()],
  properties: {
    id: p.uuid().primary(),
    accountId: p.uuid().index(),
    role: p.string().length(30).$type<Role>(),
    /** Null only for platform_admin. */
    tenantId: p.uuid().nullable().index(),
    scopeType: p.string().length(20).$type<ScopeType>().nullable(),
    scopeId: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
});
export type RoleAssignment = InferEntity<typeof RoleAssignmentSchema>;
