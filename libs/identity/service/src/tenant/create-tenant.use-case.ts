import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requirePlatformAdmin, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, TenantCreated, type CreateTenantRequest, type TenantDto, CreateTenant } from '@m4pris/identity-contracts';
import { InviteAccountUseCase } from '../account/invite-account.use-case.js';
import { AuditLog } from '../audit/audit-log.js';
import { AssignRoleUseCase } from '../role/assign-role.use-case.js';
import { normaliseEmail } from '../shared/access.js';
import { TenantSchema } from './tenant.entity.js';
import { toTenantDto, withAlwaysEnabled } from './tenant.mapper.js';

/**
 * A new tenant (platform admin only), and with `firstAdministrator` its first administrator in the
 * same step: the account invited into the tenant (the link goes to their mailbox, in the tenant's
 * default language, as the account has chosen none yet) and granted tenant_admin. All of it is one
 * transaction: when any part is refused, nothing is written and no event leaves the outbox.
 */
@Injectable()
export class CreateTenantUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly inviteAccount: InviteAccountUseCase,
    private readonly assignRole: AssignRoleUseCase,
  ) {}

  @Handles(CreateTenant)
  async execute(input: CreateTenantRequest, ctx: RequestContext): Promise<TenantDto> {
    requirePlatformAdmin(ctx);
    // The injected EntityManager resolves to the transaction's fork inside (MikroORM's
    // TransactionContext), so the invitation and the grant below are written in it too.
    return this.em.transactional(async (em) => {
      if (await em.count(TenantSchema, { code: input.code })) {
        throw IdentityErrors.TENANT_CODE_TAKEN({ field: 'code', params: { code: input.code } });
      }
      const now = new Date();
      const tenant = em.create(TenantSchema, {
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
      recordEvent(em, TenantCreated, { tenantId: tenant.id, code: tenant.code, country: tenant.country, enabledModules: tenant.enabledModules }, { tenantId: tenant.id });
      this.audit.record(em, ctx, { tenantId: tenant.id, action: 'tenant.create', entityType: 'Tenant', entityId: tenant.id });
      await em.flush();
      if (input.firstAdministrator) {
        const invitation = await this.inviteAccount.execute({ tenantId: tenant.id, email: input.firstAdministrator.email }, ctx);
        await this.assignRole.execute({ accountId: invitation.accountId, role: 'tenant_admin', tenantId: tenant.id }, ctx);
      }
      return toTenantDto(tenant);
    });
  }
}
