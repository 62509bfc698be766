import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { isPlatformAdmin, optionalPageBounds, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import type { ListRolesRequest, RoleAssignmentDto } from '@m4pris/identity-contracts';
import { AccountSchema } from '../account/account.entity.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { RoleAssignmentSchema, type RoleAssignment } from './role-assignment.entity.js';
import { toRoleDto } from './role.mapper.js';
import { ListRoles } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/** Tenant admins list their tenant's grants; the platform admin any tenant's, or every grant. */
@Injectable()
export class ListRolesUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListRoles)
  async execute(input: ListRolesRequest, ctx: RequestContext): Promise<RoleAssignmentDto[]> {
    requireAuthenticated(ctx);
    const where: FilterQuery<RoleAssignment> = {};
    if (!isPlatformAdmin(ctx) || input.tenantId) where.tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    if (input.accountId) where.accountId = input.accountId;
    if (input.role) where.role = input.role;
    const rows = await this.em.find(RoleAssignmentSchema, where, { orderBy: { createdAt: 'asc', id: 'asc' }, ...optionalPageBounds(input) });
    const accounts = rows.length ? await this.em.find(AccountSchema, { id: { $in: [...new Set(rows.map((r) => r.accountId))] } }) : [];
    const emails = new Map(accounts.map((a) => [a.id, a.email]));
    return rows.map((r) => toRoleDto(r, emails.get(r.accountId) ?? ''));
  }
}
