import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPlatformAdmin, notFound, type RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type InvitationDto, type StaffIdRequest, InviteStaff } from '@m4pris/identity-contracts';
import { AccountSchema } from '../account/account.entity.js';
import { Invitations } from '../account/invitations.js';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema } from './staff.entity.js';
import { toContactEvent } from './staff.mapper.js';
import { Handles } from '@m4pris/platform-messaging';

/** Creates (or re-invites) the staff member's account; the token goes to their mailbox only (notifications), never to the inviter. */
@Injectable()
export class InviteStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly invitations: Invitations,
    private readonly audit: AuditLog,
  ) {}

  @Handles(InviteStaff)
  async execute(input: StaffIdRequest, ctx: RequestContext, auditAction = 'staff.invite'): Promise<InvitationDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    // Accounts inside a tenant are the tenant admin's to give (the platform admin: the first admin only).
    if (isPlatformAdmin(ctx)) throw IdentityErrors.PLATFORM_ADMIN_CONFINED({ field: 'staffId' });
    const staff = await this.em.findOne(StaffSchema, { id: input.staffId, erasedAt: null, ...tenantWhere(scope) });
    if (!staff) throw notFound('Staff member', 'staffId');
    let account = await this.em.findOne(AccountSchema, { staffId: staff.id });
    if (account && account.status !== 'invited') throw IdentityErrors.EMAIL_TAKEN({ field: 'staffId', params: { email: staff.email } });
    if (!account) {
      // Only the own tenant's accounts block (another tenant's is neither an obstacle nor disclosed).
      if (await this.em.count(AccountSchema, { email: staff.email, tenantId: staff.tenantId })) throw IdentityErrors.EMAIL_TAKEN({ field: 'staffId', params: { email: staff.email } });
      const now = new Date();
      account = this.em.create(AccountSchema, {
        id: randomUUID(),
        email: staff.email,
        passwordHash: null,
        status: 'invited',
        tenantId: staff.tenantId,
        staffId: staff.id,
        invitationTokenHash: null,
        invitationExpiresAt: null,
        passwordResetTokenHash: null,
        passwordResetExpiresAt: null,
        lastLoginAt: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    const invitation = await this.invitations.issue(account, toContactEvent(staff).locale);
    this.audit.record(this.em, ctx, { tenantId: staff.tenantId, action: auditAction, entityType: 'Staff', entityId: staff.id });
    await this.em.flush();
    return invitation;
  }
}
