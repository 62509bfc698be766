import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPlatformAdmin, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type InvitationDto, type InviteAccountRequest, InviteAccount } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { RoleAssignmentSchema } from '../role/role-assignment.entity.js';
import { normaliseEmail, TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { AccountSchema } from './account.entity.js';
import { Invitations } from './invitations.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * An account in a tenant for someone who is not staff (a researcher, another tenant admin). The
 * platform admin may invite only the tenant's first administrator: while the tenant has no other
 * account (re-inviting that one account is allowed) and no tenant admin.
 */
@Injectable()
export class InviteAccountUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly invitations: Invitations,
    private readonly audit: AuditLog,
  ) {}

  @Handles(InviteAccount)
  async execute(input: InviteAccountRequest, ctx: RequestContext, auditAction = 'account.invite'): Promise<InvitationDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const email = normaliseEmail(input.email);
    if (isPlatformAdmin(ctx)) {
      const others = await this.em.count(AccountSchema, { tenantId, email: { $ne: email } });
      const admins = await this.em.count(RoleAssignmentSchema, { tenantId, role: 'tenant_admin' });
      if (others || admins) throw IdentityErrors.PLATFORM_ADMIN_CONFINED({ field: 'tenantId' });
    }
    // The tenant knows its own accounts; another tenant's account of this address is neither an
    // obstacle nor disclosed: the invitation is issued alike, and only the mailbox owner can accept it.
    if (await this.em.count(AccountSchema, { email, tenantId, $or: [{ status: { $ne: 'invited' } }, { staffId: { $ne: null } }] })) {
      throw IdentityErrors.EMAIL_TAKEN({ field: 'email', params: { email } });
    }
    let account = await this.em.findOne(AccountSchema, { email, tenantId, status: 'invited', staffId: null });
    const now = new Date();
    account ??= this.em.create(AccountSchema, {
      id: randomUUID(),
      email,
      passwordHash: null,
      status: 'invited',
      tenantId,
      staffId: null,
      invitationTokenHash: null,
      invitationExpiresAt: null,
      passwordResetTokenHash: null,
      passwordResetExpiresAt: null,
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const invitation = await this.invitations.issue(account);
    this.audit.record(this.em, ctx, { tenantId, action: auditAction, entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return invitation;
  }
}
