import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, requirePlatformAdmin, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type AssignRoleRequest, type RoleAssignmentDto } from '@m4pris/identity-contracts';
import { AccountSchema } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { InstitutionSchema } from '../institution/institution.entity.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { RoleAssignmentSchema } from './role-assignment.entity.js';
import { toRoleDto } from './role.mapper.js';

/**
 * platform_admin: by the platform admin, without tenant or scope. Other roles: by the tenant admin
 * (or platform admin) to an account of that tenant, scoped to the tenant, an institution of it, or
 * a programme. Assigning an existing grant again returns it.
 */
@Injectable()
export class AssignRoleUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: AssignRoleRequest, ctx: RequestContext): Promise<RoleAssignmentDto> {
    let tenantId: string | null = null;
    if (input.role === 'platform_admin') {
      requirePlatformAdmin(ctx);
      if (input.tenantId || input.scopeType || input.scopeId) {
        throw IdentityErrors.ROLE_SCOPE_INVALID({ field: 'tenantId', params: { role: input.role, scope: input.scopeType ?? 'tenant' } });
      }
    } else {
      tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    }
    const scopeType = input.scopeType && input.scopeType !== 'tenant' ? input.scopeType : null;
    if (!scopeType && input.scopeId) throw IdentityErrors.ROLE_SCOPE_INVALID({ field: 'scopeId', params: { role: input.role, scope: input.scopeType ?? 'tenant' } });
    if (scopeType && !input.scopeId) throw IdentityErrors.ROLE_SCOPE_INVALID({ field: 'scopeId', params: { role: input.role, scope: scopeType } });
    if (scopeType === 'institution' && !(await this.em.count(InstitutionSchema, { id: input.scopeId!, tenantId: tenantId! }))) {
      throw notFound('Institution', 'scopeId');
    }
    const account = await this.em.findOne(AccountSchema, tenantId ? { id: input.accountId, tenantId } : { id: input.accountId });
    if (!account) throw notFound('Account', 'accountId');
    const grant = { accountId: account.id, role: input.role, tenantId, scopeType, scopeId: scopeType ? input.scopeId! : null };
    const existing = await this.em.findOne(RoleAssignmentSchema, grant);
    if (existing) return toRoleDto(existing, account.email);
    const row = this.em.create(RoleAssignmentSchema, { id: randomUUID(), ...grant, createdAt: new Date() });
    this.audit.record(this.em, ctx, { tenantId, action: 'role.assign', entityType: 'RoleAssignment', entityId: row.id });
    await this.em.flush();
    return toRoleDto(row, account.email);
  }
}
