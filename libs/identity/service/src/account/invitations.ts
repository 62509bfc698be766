import { Inject, Injectable } from '@nestjs/common';
import type { InvitationDto } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';
import type { Account } from './account.entity.js';
import { hashToken, randomToken } from './token-hash.js';

/** Puts a fresh single-use invitation on an account (only its hash is kept). */
@Injectable()
export class Invitations {
  constructor(@Inject(IdentitySettings) private readonly settings: IdentitySettings) {}

  issue(account: Account): InvitationDto {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.settings.INVITATION_TTL_DAYS * 86_400_000);
    account.invitationTokenHash = hashToken(token);
    account.invitationExpiresAt = expiresAt;
    account.updatedAt = new Date();
    return { accountId: account.id, email: account.email, token, expiresAt: expiresAt.toISOString() };
  }
}
