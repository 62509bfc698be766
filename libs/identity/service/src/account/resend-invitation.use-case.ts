import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type AccountIdRequest, type InvitationDto, ResendInvitation } from '@m4pris/identity-contracts';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { InviteStaffUseCase } from '../staff/invite-staff.use-case.js';
import { AccountSchema } from './account.entity.js';
import { InviteAccountUseCase } from './invite-account.use-case.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Sends an invited account a new invitation: a fresh token (the old link stops working) e-mailed to
 * the invitee. Exactly the authorisation and audit of inviting it again (inviteStaff for a staff
 * member's account, inviteAccount otherwise; audit action `account.resendInvitation`). Another
 * tenant's account is NOT_FOUND like a missing one.
 */
@Injectable()
export class ResendInvitationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly inviteStaff: InviteStaffUseCase,
    private readonly inviteAccount: InviteAccountUseCase,
  ) {}

  @Handles(ResendInvitation)
  async execute(input: AccountIdRequest, ctx: RequestContext): Promise<InvitationDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const account = await this.em.findOne(AccountSchema, { id: input.accountId, ...tenantWhere(scope) });
    if (!account || !account.tenantId) throw notFound('Account', 'accountId');
    if (account.status !== 'invited') throw IdentityErrors.EMAIL_TAKEN({ field: 'accountId', params: { email: account.email } });
    const audit = 'account.resendInvitation';
    return account.staffId
      ? this.inviteStaff.execute({ staffId: account.staffId }, ctx, audit)
      : this.inviteAccount.execute({ tenantId: account.tenantId, email: account.email }, ctx, audit);
  }
}
