import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, PasswordResetRequested, type OkDto, type RequestPasswordResetRequest, type ResetPasswordRequest, RequestPasswordReset, ResetPassword } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { IdentitySettings } from '../identity.settings.js';
import { Clock } from '../shared/clock.js';
import { normaliseEmail } from '../shared/access.js';
import { accountLocale } from './account-locale.js';
import { AccountSchema, RefreshTokenSchema } from './account.entity.js';
import { attemptKeys, LoginLimiter, type AttemptKeys } from './login-limiter.js';
import { assertStrongPassword, hashPassword } from './password.js';
import { hashToken, randomToken } from './token-hash.js';

/** A reset link holds for 30 minutes (issue 20). */
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;

/** Reset requests are counted under their own keys, so they never slow anybody's sign-in. */
function resetKeys(email: string, clientIp?: string): AttemptKeys {
  const k = attemptKeys(email, clientIp);
  return { account: `reset:${k.account}`, ...(k.pair ? { pair: `reset:${k.pair}` } : {}), ...(k.address ? { address: `reset:${k.address}` } : {}) };
}

/**
 * "Forgot your password?": for an active account, a fresh single-use token (only its hash kept; a
 * new request replaces the last) and `identity.v1.password.resetRequested` to the notifications
 * module, which mails the link. The answer is the same for a known, unknown, another tenant's,
 * invited or disabled address.
 *
 * Throttled with the sign-in machinery (LoginLimiter, LOGIN_* settings) under `reset:` keys; every
 * request counts as an attempt. From one client address, repeated requests for one e-mail wait a
 * growing delay after LOGIN_PAIR_FREE_FAILURES, and the address is refused after
 * LOGIN_ADDRESS_MAX_FAILURES requests in the window (RATE_LIMITED, the same for any e-mail). Per
 * account, from everywhere: after LOGIN_ACCOUNT_FREE_FAILURES requests in the window no further mail
 * is sent (the answer stays the same), so nobody can flood a mailbox or tell an account from its
 * throttling.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly limiter: LoginLimiter,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
  ) {}

  @Handles(RequestPasswordReset)
  async execute(input: RequestPasswordResetRequest, ctx: RequestContext): Promise<OkDto> {
    const email = normaliseEmail(input.email);
    const attempt = await this.limiter.begin(resetKeys(email, ctx.clientIp));
    if (attempt.accountFailures >= this.settings.LOGIN_ACCOUNT_FREE_FAILURES) return { ok: true };
    const account = await this.em.findOne(AccountSchema, { email, status: 'active' });
    if (!account) return { ok: true };
    const token = randomToken();
    const expiresAt = new Date(this.clock.now().getTime() + PASSWORD_RESET_TTL_MS);
    account.passwordResetTokenHash = hashToken(token);
    account.passwordResetExpiresAt = expiresAt;
    account.updatedAt = this.clock.now();
    recordEvent(
      this.em,
      PasswordResetRequested,
      { accountId: account.id, tenantId: account.tenantId ?? null, staffId: account.staffId ?? null, email: account.email, token, expiresAt: expiresAt.toISOString(), locale: await accountLocale(this.em, account) },
      { tenantId: account.tenantId ?? null },
    );
    this.audit.record(this.em, ctx, { tenantId: account.tenantId ?? null, action: 'account.requestPasswordReset', entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return { ok: true };
  }
}

/**
 * Sets a new password with the token of the mail: single use, 30 minutes, the strength rule of every
 * password; ends every session of the account at once (refresh tokens revoked, session version up).
 * A wrong, used or expired token is one error, RESET_TOKEN_INVALID, that does not say which.
 */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  @Handles(ResetPassword)
  async execute(input: ResetPasswordRequest, ctx: RequestContext): Promise<OkDto> {
    const account = await this.em.findOne(AccountSchema, { passwordResetTokenHash: hashToken(input.token) });
    const now = this.clock.now();
    if (!account || account.status !== 'active' || !account.passwordResetExpiresAt || account.passwordResetExpiresAt.getTime() <= now.getTime()) {
      throw IdentityErrors.RESET_TOKEN_INVALID({ field: 'token' });
    }
    // A weak password keeps the link usable: the person tries another one.
    await assertStrongPassword(input.newPassword, 'newPassword', [account.email]);
    account.passwordHash = await hashPassword(input.newPassword);
    account.passwordResetTokenHash = null;
    account.passwordResetExpiresAt = null;
    account.updatedAt = now;
    // Whoever held a session (perhaps the reason for the reset) holds it no longer.
    await this.em.nativeUpdate(RefreshTokenSchema, { accountId: account.id, revokedAt: null }, { revokedAt: now });
    account.sessionVersion = (account.sessionVersion ?? 0) + 1;
    this.audit.record(this.em, { ...ctx, userId: account.id }, { tenantId: account.tenantId ?? null, action: 'account.resetPassword', entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return { ok: true };
  }
}
