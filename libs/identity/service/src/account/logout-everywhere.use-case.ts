import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import type { EmptyRequest, OkDto } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { AccountSchema, RefreshTokenSchema } from './account.entity.js';
import { endSessions } from './sessions.js';
import { LogoutEverywhere } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Sign out everywhere: the caller's every refresh-token family is revoked (no device can refresh) and
 * the session version goes up, so every access token already issued — this one included — is refused
 * from the next request on. Only the caller's own account; audit-logged.
 */
@Injectable()
export class LogoutEverywhereUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(LogoutEverywhere)
  async execute(_input: EmptyRequest, ctx: RequestContext): Promise<OkDto> {
    requireAuthenticated(ctx);
    // The platform's own calls hold no session to end.
    if (ctx.userId === 'system') throw CommonErrors.FORBIDDEN();
    const account = await this.em.findOne(AccountSchema, { id: ctx.userId }, { fields: ['id', 'tenantId'] });
    if (!account) return { ok: true };
    await this.em.nativeUpdate(RefreshTokenSchema, { accountId: account.id, revokedAt: null }, { revokedAt: new Date() });
    await endSessions(this.em, account.id);
    this.audit.record(this.em, ctx, { tenantId: account.tenantId ?? null, action: 'account.logoutEverywhere', entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return { ok: true };
  }
}
