import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { IdentityErrors, type InvitationDto, type InviteAccountRequest } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { normaliseEmail, TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { AccountSchema } from './account.entity.js';
import { Invitations } from './invitations.js';

/** An account in a tenant for someone who is not staff (a researcher, another tenant admin). */
@Injectable()
export class InviteAccountUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly invitations: Invitations,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: InviteAccountRequest, ctx: RequestContext): Promise<InvitationDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const email = normaliseEmail(input.email);
    let account = await this.em.findOne(AccountSchema, { email });
    if (account && (account.status !== 'invited' || account.tenantId !== tenantId || account.staffId)) {
      throw IdentityErrors.EMAIL_TAKEN({ field: 'email', params: { email } });
    }
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
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const invitation = this.invitations.issue(account);
    this.audit.record(this.em, ctx, { tenantId, action: 'account.invite', entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return invitation;
  }
}
