import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, type RequestContext } from '@m4pris/platform-core';
import { recordEvent } from '@m4pris/platform-messaging';
import { IdentityErrors, TenantCreated, type CreateTenantRequest, type TenantDto } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { normaliseEmail } from '../shared/access.js';
import { TenantSchema } from './tenant.entity.js';
import { toTenantDto, withAlwaysEnabled } from './tenant.mapper.js';

@Injectable()
export class CreateTenantUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: CreateTenantRequest, ctx: RequestContext): Promise<TenantDto> {
    requirePlatformAdmin(ctx);
    if (await this.em.count(TenantSchema, { code: input.code })) {
      throw IdentityErrors.TENANT_CODE_TAKEN({ field: 'code', params: { code: input.code } });
    }
    const now = new Date();
    const tenant = this.em.create(TenantSchema, {
      id: randomUUID(),
      code: input.code,
      name: input.name,
      country: input.country,
      defaultLocale: input.defaultLocale,
      enabledModules: withAlwaysEnabled(input.enabledModules),
      dataProtectionContactEmail: input.dataProtectionContactEmail ? normaliseEmail(input.dataProtectionContactEmail) : null,
      createdAt: now,
      updatedAt: now,
    });
    recordEvent(this.em, TenantCreated, { tenantId: tenant.id, code: tenant.code, country: tenant.country, enabledModules: tenant.enabledModules }, { tenantId: tenant.id });
    this.audit.record(this.em, ctx, { tenantId: tenant.id, action: 'tenant.create', entityType: 'Tenant', entityId: tenant.id });
    await this.em.flush();
    return toTenantDto(tenant);
  }
}
