import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type RefreshRequest, type TokenPairDto, RefreshTokens } from '@m4pris/identity-contracts';
import { AccountSchema, RefreshTokenSchema } from './account.entity.js';
import { TokenIssuer } from './token-issuer.js';
import { hashToken } from './token-hash.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Rotation: a refresh token is good once. Presenting a used one means it leaked: the whole family
 * is revoked, and the caller must sign in again.
 */
@Injectable()
export class RefreshTokensUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenIssuer,
  ) {}

  @Handles(RefreshTokens)
  async execute(input: RefreshRequest, _ctx: RequestContext): Promise<TokenPairDto> {
    const row = await this.em.findOne(RefreshTokenSchema, { tokenHash: hashToken(input.refreshToken) });
    if (!row || row.revokedAt) throw IdentityErrors.TOKEN_INVALID();
    const now = new Date();
    if (row.usedAt) return this.reused(row.familyId, now);
    if (row.expiresAt.getTime() <= now.getTime()) throw IdentityErrors.TOKEN_INVALID();
    // Claim the token atomically: of two concurrent refreshes, one wins and the other is a reuse.
    const claimed = await this.em.nativeUpdate(RefreshTokenSchema, { id: row.id, usedAt: null }, { usedAt: now });
    if (claimed === 0) return this.reused(row.familyId, now);
    const account = await this.em.findOne(AccountSchema, { id: row.accountId });
    if (!account) throw IdentityErrors.TOKEN_INVALID();
    if (account.status !== 'active') throw IdentityErrors.ACCOUNT_DISABLED();
    const pair = await this.tokens.issue(account, row.familyId);
    await this.em.flush();
    return pair;
  }

  private async reused(familyId: string, now: Date): Promise<never> {
    await this.em.nativeUpdate(RefreshTokenSchema, { familyId, revokedAt: null }, { revokedAt: now });
    throw IdentityErrors.TOKEN_REUSED();
  }
}
