import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, type RequestContext } from '@m4pris/platform-core';
import type { BootstrapAdminDto, BootstrapAdminRequest } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { RoleAssignmentSchema } from '../role/role-assignment.entity.js';
import { normaliseEmail } from '../shared/access.js';
import { AccountSchema } from './account.entity.js';
import { assertLongEnough, generatePassword, hashPassword } from './password.js';
import { BootstrapAdmin } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/** System only, idempotent: the first platform admin, created by the launcher on first start. */
@Injectable()
export class BootstrapAdminUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(BootstrapAdmin)
  async execute(input: BootstrapAdminRequest, ctx: RequestContext): Promise<BootstrapAdminDto> {
    if (ctx.userId !== 'system') throw CommonErrors.FORBIDDEN();
    const email = normaliseEmail(input.email);
    if (await this.em.count(AccountSchema, { email, status: { $ne: 'invited' } })) return { created: false };
    if (input.password !== undefined) assertLongEnough(input.password);
    const password = input.password ?? generatePassword();
    const now = new Date();
    const account = this.em.create(AccountSchema, {
      id: randomUUID(),
      email,
      passwordHash: await hashPassword(password),
      status: 'active',
      tenantId: null,
      staffId: null,
      invitationTokenHash: null,
      invitationExpiresAt: null,
      passwordResetTokenHash: null,
      passwordResetExpiresAt: null,
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
    });
    this.em.create(RoleAssignmentSchema, { id: randomUUID(), accountId: account.id, role: 'platform_admin', tenantId: null, scopeType: null, scopeId: null, createdAt: now });
    this.audit.record(this.em, ctx, { tenantId: null, action: 'account.bootstrapAdmin', entityType: 'Account', entityId: account.id });
    await this.em.flush();
    return input.password === undefined ? { created: true, generatedPassword: password } : { created: true };
  }
}
