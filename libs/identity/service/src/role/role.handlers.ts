import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { AssignRole, ListRoles, RevokeRole, type AssignRoleRequest, type ListRolesRequest, type RevokeRoleRequest } from '@m4pris/identity-contracts';
import { AssignRoleUseCase } from './assign-role.use-case.js';
import { ListRolesUseCase } from './list-roles.use-case.js';
import { RevokeRoleUseCase } from './revoke-role.use-case.js';

@Injectable()
export class RoleHandlers {
  constructor(
    private readonly assignRole: AssignRoleUseCase,
    private readonly revokeRole: RevokeRoleUseCase,
    private readonly listRoles: ListRolesUseCase,
  ) {}

  @Handles(AssignRole) assign(p: AssignRoleRequest, ctx: RequestContext) { return this.assignRole.execute(p, ctx); }
  @Handles(RevokeRole) revoke(p: RevokeRoleRequest, ctx: RequestContext) { return this.revokeRole.execute(p, ctx); }
  @Handles(ListRoles) list(p: ListRolesRequest, ctx: RequestContext) { return this.listRoles.execute(p, ctx); }
}
