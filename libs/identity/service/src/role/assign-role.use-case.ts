import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPlatformAdmin, notFound, requirePlatformAdmin, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, RoleGranted, type AssignRoleRequest, type RoleAssignmentDto, AssignRole } from '@m4pris/identity-contracts';
import { accountLocale } from '../account/account-locale.js';
import { AccountSchema } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { InstitutionSchema } from '../institution/institution.entity.js';
import { TenantSchema } from '../tenant/tenant.entity.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { RoleAssignmentSchema } from './role-assignment.entity.js';
import { toRoleDto } from './role.mapper.js';

/**
 * platform_admin: by the platform admin, without tenant or scope. Other roles: by the tenant admin
 * to an account of that tenant, scoped to the tenant, an institution of it, or a programme. The
 * platform admin grants inside a tenant only its first administrator (tenant_admin while the tenant
 * has none). Nobody grants a role to themselves (separation of duties, DOMAIN.md). Every grant is
 * audit-logged and published (`identity.v1.role.granted`) so that the grantee and the tenant's
 * data-protection contact are told. Assigning an existing grant again returns it.
 */
@Injectable()
export class AssignRoleUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(AssignRole)
  async execute(input: AssignRoleRequest, ctx: RequestContext): Promise<RoleAssignmentDto> {
    if (input.accountId === ctx.userId) throw IdentityErrors.SELF_GRANT({ field: 'accountId' });
    let tenantId: string | null = null;
    if (input.role === 'platform_admin') {
      requirePlatformAdmin(ctx);
      if (input.tenantId || input.scopeType || input.scopeId) {
        throw IdentityErrors.ROLE_SCOPE_INVALID({ field: 'tenantId', params: { role: input.role, scope: input.scopeType ?? 'tenant' } });
      }
    } else {
      tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
      if (isPlatformAdmin(ctx) && (input.role !== 'tenant_admin' || (await this.em.count(RoleAssignmentSchema, { tenantId, role: 'tenant_admin' })))) {
        throw IdentityErrors.PLATFORM_ADMIN_CONFINED({ field: 'role' });
      }
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
    const tenant = tenantId ? await this.em.findOne(TenantSchema, { id: tenantId }) : null;
    recordEvent(this.em, RoleGranted, {
      grantId: row.id,
      tenantId,
      accountId: account.id,
      role: row.role,
      scopeType: row.scopeType ?? null,
      scopeId: row.scopeId ?? null,
      grantedBy: ctx.userId ?? null,
      dataProtectionContactEmail: tenant?.dataProtectionContactEmail ?? null,
      email: account.email,
      locale: await accountLocale(this.em, account),
      staffId: account.staffId ?? null,
      tenantLocale: tenant?.defaultLocale ?? null,
    }, { tenantId });
    await this.em.flush();
    return toRoleDto(row, account.email);
  }
}
