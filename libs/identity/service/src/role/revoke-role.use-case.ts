import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPlatformAdmin, notFound, requireTenantRole, type RequestContext } from '@m4pris/platform-core';
import type { RevokeRoleRequest } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN } from '../shared/access.js';
import { endSessions } from '../account/sessions.js';
import { RoleAssignmentSchema } from './role-assignment.entity.js';
import { RevokeRole } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class RevokeRoleUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(RevokeRole)
  async execute(input: RevokeRoleRequest, ctx: RequestContext): Promise<{ ok: true }> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const row = await this.em.findOne(RoleAssignmentSchema, scope ? { id: input.id, tenantId: scope } : { id: input.id });
    if (!row) throw notFound('Role assignment', 'id');
    if (row.tenantId) requireTenantRole(ctx, row.tenantId, TENANT_ADMIN, { allowPlatformAdmin: true });
    else if (!isPlatformAdmin(ctx)) throw notFound('Role assignment', 'id');
    this.em.remove(row);
    // The grantee's tokens carry the role: they end now, not when they expire.
    await endSessions(this.em, row.accountId);
    this.audit.record(this.em, ctx, { tenantId: row.tenantId ?? null, action: 'role.revoke', entityType: 'RoleAssignment', entityId: row.id });
    await this.em.flush();
    return { ok: true };
  }
}
