import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineRequest, PageRequest, ROLES, SCOPE_TYPES, type Role, type ScopeType } from '@m4pris/platform-core';

export class AssignRoleRequest {
  @IsUUID() accountId: string;
  @IsIn(ROLES) role: Role;
  /** Tenant the role applies in; required except for platform_admin. */
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsIn(SCOPE_TYPES) scopeType?: ScopeType;
  @IsOptional() @IsUUID() scopeId?: string;
}

export class RevokeRoleRequest {
  @IsUUID() id: string;
}

/** Paged (`offset`/`limit`); ordered by creation, then id. */
export class ListRolesRequest extends PageRequest {
  @IsOptional() @IsUUID() accountId?: string;
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsIn(ROLES) role?: Role;
}

export interface RoleAssignmentDto {
  id: string;
  accountId: string;
  email: string;
  role: Role;
  tenantId: string | null;
  scopeType: ScopeType | null;
  scopeId: string | null;
  createdAt: string;
}

export const AssignRole = defineRequest<AssignRoleRequest, RoleAssignmentDto>('identity.v1.role.assign', AssignRoleRequest);
export const RevokeRole = defineRequest<RevokeRoleRequest, { ok: true }>('identity.v1.role.revoke', RevokeRoleRequest);
export const ListRoles = defineRequest<ListRolesRequest, RoleAssignmentDto[]>('identity.v1.role.list', ListRolesRequest);
