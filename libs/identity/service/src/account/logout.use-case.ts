import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import type { LogoutRequest, OkDto } from '@m4pris/identity-contracts';
import { RefreshTokenSchema } from './account.entity.js';
import { endSessions } from './sessions.js';
import { hashToken } from './token-hash.js';
import { Logout } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Revokes the token's whole family and ends the account's access tokens at once (session version).
 * Unknown tokens are ignored (logout is idempotent).
 */
@Injectable()
export class LogoutUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(Logout)
  async execute(input: LogoutRequest, _ctx: RequestContext): Promise<OkDto> {
    const row = await this.em.findOne(RefreshTokenSchema, { tokenHash: hashToken(input.refreshToken) });
    if (row) {
      await this.em.nativeUpdate(RefreshTokenSchema, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
      // Its access tokens end now too (every device's: the others refresh theirs).
      await endSessions(this.em, row.accountId);
    }
    return { ok: true };
  }
}
