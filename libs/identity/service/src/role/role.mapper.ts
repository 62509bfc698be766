import type { RoleAssignmentDto } from '@m4pris/identity-contracts';
import { iso } from '../shared/access.js';
import type { RoleAssignment } from './role-assignment.entity.js';

export function toRoleDto(r: RoleAssignment, email: string): RoleAssignmentDto {
  return {
    id: r.id,
    accountId: r.accountId,
    email,
    role: r.role,
    tenantId: r.tenantId ?? null,
    scopeType: r.scopeType ?? null,
    scopeId: r.scopeId ?? null,
    createdAt: iso(r.createdAt),
  };
}
