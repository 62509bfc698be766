import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@m4pris/platform-messaging';
import { InvitationIssued, type InvitationDto } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';
import type { Account } from './account.entity.js';
import { hashToken, randomToken } from './token-hash.js';
import { localeOf } from './token-issuer.js';

/**
 * Puts a fresh single-use invitation on an account (only its hash is kept) and records
 * `identity.v1.invitation.issued` in the same unit of work, so the notifications module e-mails the
 * link to the invitee once the change commits. The event always names a language: the one given
 * (the invitee's own), else the tenant's default, so that the first administrator of a Portuguese
 * tenant, who has chosen nothing yet, is invited in Portuguese.
 */
@Injectable()
export class Invitations {
  constructor(
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
    private readonly em: EntityManager,
  ) {}

  async issue(account: Account, locale: string | null = null): Promise<InvitationDto> {
    const language = locale ?? account.locale ?? (await localeOf(this.em, account.tenantId));
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.settings.INVITATION_TTL_DAYS * 86_400_000);
    account.invitationTokenHash = hashToken(token);
    account.invitationExpiresAt = expiresAt;
    account.updatedAt = new Date();
    recordEvent(
      this.em,
      InvitationIssued,
      { accountId: account.id, tenantId: account.tenantId ?? null, staffId: account.staffId ?? null, email: account.email, token, expiresAt: expiresAt.toISOString(), locale: language },
      { tenantId: account.tenantId ?? null },
    );
    // The token goes to the invitee's mailbox only (issue 13): never back to whoever invited.
    return { accountId: account.id, email: account.email, expiresAt: expiresAt.toISOString() };
  }
}
