import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type AcceptInvitationRequest, type TokenPairDto, AcceptInvitation } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { AccountSchema } from './account.entity.js';
import { assertStrongPassword, hashPassword } from './password.js';
import { TokenIssuer } from './token-issuer.js';
import { hashToken } from './token-hash.js';
import { Handles } from '@m4pris/platform-messaging';

/** Sets the password, activates the account and signs the person in. */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenIssuer,
    private readonly audit: AuditLog,
  ) {}

  @Handles(AcceptInvitation)
  async execute(input: AcceptInvitationRequest, ctx: RequestContext): Promise<TokenPairDto> {
    const account = await this.em.findOne(AccountSchema, { invitationTokenHash: hashToken(input.token) });
    if (!account || account.status !== 'invited' || !account.invitationExpiresAt || account.invitationExpiresAt.getTime() <= Date.now()) {
      throw IdentityErrors.INVITATION_INVALID({ field: 'token' });
    }
    // The address is claimed by accepting: refused when the person already holds an account with it (elsewhere).
    if (await this.em.count(AccountSchema, { email: account.email, id: { $ne: account.id }, status: { $ne: 'invited' } })) {
      throw IdentityErrors.EMAIL_TAKEN({ field: 'token', params: { email: account.email } });
    }
    await assertStrongPassword(input.password, 'password', [account.email]);
    account.passwordHash = await hashPassword(input.password);
    account.status = 'active';
    account.invitationTokenHash = null;
    account.invitationExpiresAt = null;
    account.lastLoginAt = new Date();
    account.updatedAt = new Date();
    this.audit.record(this.em, { ...ctx, userId: account.id }, { tenantId: account.tenantId ?? null, action: 'account.acceptInvitation', entityType: 'Account', entityId: account.id });
    const pair = await this.tokens.issue(account);
    await this.em.flush();
    return pair;
  }
}
