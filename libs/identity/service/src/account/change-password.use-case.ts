import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type ChangePasswordRequest, type OkDto, ChangePassword } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { AccountSchema, RefreshTokenSchema } from './account.entity.js';
import { attemptKeys, LoginLimiter } from './login-limiter.js';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Own password only; signs out every other session (all refresh tokens revoked). Guesses of the
 * current password are throttled exactly like sign-ins (LoginLimiter, same keys).
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly limiter: LoginLimiter,
  ) {}

  @Handles(ChangePassword)
  async execute(input: ChangePasswordRequest, ctx: RequestContext): Promise<OkDto> {
    requireAuthenticated(ctx);
    const account = await this.em.findOne(AccountSchema, { id: ctx.userId });
    if (!account) throw IdentityErrors.INVALID_CREDENTIALS({ field: 'currentPassword' });
    // The current password is a guess like a sign-in's: the same throttle, the same keys.
    const attempt = await this.limiter.begin(attemptKeys(account.email, ctx.clientIp));
    if (!account.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
      await this.limiter.failed(attempt);
      throw IdentityErrors.INVALID_CREDENTIALS({ field: 'currentPassword' });
    }
    await this.limiter.succeeded(attempt);
    await assertStrongPassword(input.newPassword, 'newPassword', [account.email]);
    account.passwordHash = await hashPassword(input.newPassword);
    account.updatedAt = new Date();
    await this.em.nativeUpdate(RefreshTokenSchema, { accountId: account.id, revokedAt: null }, { revokedAt: new Date() });
    // Every access token already issued ends now, not when it expires.
    account.sessionVersion = (account.sessionVersion ?? 0) + 1;
    this.audit.record(this.em, ctx, { tenantId: account.tenantId ?? null, action: 'account.changePassword', entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return { ok: true };
  }
}
