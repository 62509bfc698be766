import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPlatformAdmin, notFound, requireAuthenticated, requireTenantRole, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type TenantDto, type UpdateTenantRequest, UpdateTenant } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { normaliseEmail, TENANT_ADMIN } from '../shared/access.js';
import { TenantSchema } from './tenant.entity.js';
import { toTenantDto, withAlwaysEnabled } from './tenant.mapper.js';
import { Handles } from '@m4pris/platform-messaging';

/** The platform admin, or the tenant's own admin (name, default locale; the modules are the platform admin's alone). */
@Injectable()
export class UpdateTenantUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(UpdateTenant)
  async execute(input: UpdateTenantRequest, ctx: RequestContext): Promise<TenantDto> {
    requireAuthenticated(ctx);
    if (!isPlatformAdmin(ctx)) {
      if (ctx.tenantId !== input.id) throw notFound('Tenant', 'id');
      requireTenantRole(ctx, input.id, TENANT_ADMIN);
      // Which modules a national service runs is the consortium's decision (licensing, deployment).
      if (input.enabledModules !== undefined) throw IdentityErrors.MODULES_PLATFORM_ADMIN_ONLY({ field: 'enabledModules' });
    }
    const tenant = await this.em.findOne(TenantSchema, { id: input.id });
    if (!tenant) throw notFound('Tenant', 'id');
    if (input.name !== undefined) tenant.name = input.name;
    if (input.defaultLocale !== undefined) tenant.defaultLocale = input.defaultLocale;
    if (input.enabledModules !== undefined) tenant.enabledModules = withAlwaysEnabled(input.enabledModules);
    if (input.dataProtectionContactEmail !== undefined) tenant.dataProtectionContactEmail = input.dataProtectionContactEmail ? normaliseEmail(input.dataProtectionContactEmail) : null;
    tenant.updatedAt = new Date();
    this.audit.record(this.em, ctx, { tenantId: tenant.id, action: 'tenant.update', entityType: 'Tenant', entityId: tenant.id });
    await this.em.flush();
    return toTenantDto(tenant);
  }
}
