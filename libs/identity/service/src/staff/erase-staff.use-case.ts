import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, StaffErased, type StaffIdRequest, EraseStaff } from '@m4pris/identity-contracts';
import { AccountSchema, RefreshTokenSchema } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { RoleAssignmentSchema } from '../role/role-assignment.entity.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema } from './staff.entity.js';

/**
 * Right to erasure: the staff row is anonymised (kept so that ids in consent and audit rows still
 * resolve to "an erased person"), the account, its tokens and roles are deleted, and every other
 * module is told through StaffErased.
 */
@Injectable()
export class EraseStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(EraseStaff)
  async execute(input: StaffIdRequest, ctx: RequestContext): Promise<{ ok: true }> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const staff = await this.em.findOne(StaffSchema, { id: input.staffId, ...tenantWhere(scope) });
    if (!staff) throw notFound('Staff member', 'staffId');
    if (staff.erasedAt) throw IdentityErrors.ALREADY_ERASED({ field: 'staffId' });
    const account = await this.em.findOne(AccountSchema, { staffId: staff.id });
    await this.em.transactional(async (em) => {
      Object.assign(staff, {
        firstName: 'Erased',
        lastName: 'Erased',
        email: `erased-${staff.id}@invalid`,
        position: 'Erased',
        languages: [],
        lineManagerId: null,
        previousInstitutionKind: null,
        erasedAt: new Date(),
        updatedAt: new Date(),
      });
      if (account) {
        await em.nativeDelete(RefreshTokenSchema, { accountId: account.id });
        await em.nativeDelete(RoleAssignmentSchema, { accountId: account.id });
        em.remove(account);
      }
      recordEvent(em, StaffErased, { staffId: staff.id, tenantId: staff.tenantId, accountId: account?.id ?? null }, { tenantId: staff.tenantId });
      this.audit.record(em, ctx, { tenantId: staff.tenantId, action: 'staff.erase', entityType: 'Staff', entityId: staff.id });
    });
    return { ok: true };
  }
}
