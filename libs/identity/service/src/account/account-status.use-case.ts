import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type AccountIdRequest, DisableAccount, EnableAccount } from '@m4pris/identity-contracts';
import { announceDisabled } from './account-locale.js';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN } from '../shared/access.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { todayIso } from '../staff/leavers.js';
import { AccountSchema, type Account } from './account.entity.js';
import { Handles } from '@m4pris/platform-messaging';

/** An account of the tenant admin's own tenant (never their own, never a platform admin's): NOT_FOUND otherwise. */
async function tenantAccount(em: EntityManager, ctx: RequestContext, accountId: string): Promise<Account> {
  const tenantId = scopeFor(ctx, TENANT_ADMIN, { allowPlatformAdmin: false });
  const account = await em.findOne(AccountSchema, { id: accountId, tenantId });
  if (!account) throw notFound('Account', 'accountId');
  if (account.id === ctx.userId) throw CommonErrors.FORBIDDEN();
  return account;
}

/** A tenant admin disables an account: it can no longer sign in (the gateway refuses its tokens). Audited. */
@Injectable()
export class DisableAccountUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(DisableAccount)
  async execute(input: AccountIdRequest, ctx: RequestContext): Promise<{ ok: true }> {
    const account = await tenantAccount(this.em, ctx, input.accountId);
    if (account.status !== 'disabled') {
      account.status = 'disabled';
      account.invitationTokenHash = null;
      account.invitationExpiresAt = null;
      account.updatedAt = new Date();
      this.audit.record(this.em, ctx, { tenantId: account.tenantId ?? null, action: 'account.disable', entityType: 'Account', entityId: account.id });
      await announceDisabled(this.em, account);
      await this.em.flush();
    }
    return { ok: true };
  }
}

/** A tenant admin re-enables a disabled account: active again (invited when it never had a password); never a leaver's. Audited. */
@Injectable()
export class EnableAccountUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(EnableAccount)
  async execute(input: AccountIdRequest, ctx: RequestContext): Promise<{ ok: true }> {
    const account = await tenantAccount(this.em, ctx, input.accountId);
    if (account.staffId) {
      const staff = await this.em.findOne(StaffSchema, { id: account.staffId });
      if (!staff || staff.erasedAt || (staff.leftServiceOn && staff.leftServiceOn <= todayIso())) throw IdentityErrors.STAFF_HAS_LEFT({ field: 'accountId' });
    }
    if (account.status === 'disabled') {
      account.status = account.passwordHash ? 'active' : 'invited';
      account.updatedAt = new Date();
      this.audit.record(this.em, ctx, { tenantId: account.tenantId ?? null, action: 'account.enable', entityType: 'Account', entityId: account.id });
      await this.em.flush();
    }
    return { ok: true };
  }
}
