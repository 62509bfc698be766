import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type LoginRequest, type TokenPairDto, Login } from '@m4pris/identity-contracts';
import { normaliseEmail } from '../shared/access.js';
import { AccountSchema } from './account.entity.js';
import { attemptKeys, LoginLimiter } from './login-limiter.js';
import { dummyHash, verifyPassword } from './password.js';
import { TokenIssuer } from './token-issuer.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Email + password → tokens. Unknown email and wrong password fail alike, in about the same time.
 * Throttled by LoginLimiter (OWASP: growing delays per account and per account+address, a failure
 * limit per address; a correct password from an address that has not failed is never refused).
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly limiter: LoginLimiter,
    private readonly tokens: TokenIssuer,
  ) {}

  @Handles(Login)
  async execute(input: LoginRequest, ctx: RequestContext): Promise<TokenPairDto> {
    const email = normaliseEmail(input.email);
    const keys = attemptKeys(email, ctx.clientIp);
    // Counted before the password is checked, so concurrent guesses cannot overtake the limit.
    const attempt = await this.limiter.begin(keys);
    const account = await this.em.findOne(AccountSchema, { email, status: { $ne: 'invited' } });
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyHash()), input.password);
    // A failure keeps the attempt's rows (its record) and is answered after the account's delay.
    if (!account || !account.passwordHash || !ok || account.status === 'invited') {
      await this.limiter.failed(attempt);
      throw IdentityErrors.INVALID_CREDENTIALS();
    }
    await this.limiter.succeeded(attempt);
    if (account.status === 'disabled') throw IdentityErrors.ACCOUNT_DISABLED();
    account.lastLoginAt = new Date();
    const pair = await this.tokens.issue(account);
    await this.em.flush();
    return pair;
  }
}
