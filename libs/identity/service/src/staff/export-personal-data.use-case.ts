import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import type { OptionalStaffIdRequest, PersonalDataExportDto } from '@m4pris/identity-contracts';
import { AccountSchema, type Account } from '../account/account.entity.js';
import { AuditEntrySchema } from '../audit/audit-entry.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { ConsentRecordSchema } from '../consent/consent.entity.js';
import { RoleAssignmentSchema } from '../role/role-assignment.entity.js';
import { iso, scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema, type Staff } from './staff.entity.js';
import { toStaffDto } from './staff.mapper.js';

/** A data subject's own data (GDPR Art. 15/20), or a tenant admin's export for a staff member. */
@Injectable()
export class ExportPersonalDataUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: OptionalStaffIdRequest, ctx: RequestContext): Promise<PersonalDataExportDto> {
    requireAuthenticated(ctx);
    let staff: Staff | null = null;
    let account: Account | null = null;
    if (!input.staffId || input.staffId === ctx.staffId) {
      account = await this.em.findOne(AccountSchema, { id: ctx.userId });
      if (!account) throw CommonErrors.UNAUTHENTICATED();
      if (account.staffId) staff = await this.em.findOne(StaffSchema, { id: account.staffId, erasedAt: null });
    } else {
      // Someone else's data: their tenant's admin only. The platform admin sees no personal
      // content (DOMAIN.md), so it is not let through here as it is for configuration.
      const scope = scopeFor(ctx, TENANT_ADMIN, { allowPlatformAdmin: false });
      staff = await this.em.findOne(StaffSchema, { id: input.staffId, erasedAt: null, ...tenantWhere(scope) });
      if (!staff) throw notFound('Staff member', 'staffId');
      account = await this.em.findOne(AccountSchema, { staffId: staff.id });
    }
    const subjectIds = [staff?.id, account?.id].filter((x): x is string => !!x);
    const [roles, consents, log] = await Promise.all([
      account ? this.em.find(RoleAssignmentSchema, { accountId: account.id }) : Promise.resolve([]),
      account ? this.em.find(ConsentRecordSchema, { accountId: account.id }, { orderBy: { recordedAt: 'asc' } }) : Promise.resolve([]),
      this.em.find(AuditEntrySchema, { entityId: { $in: subjectIds } }, { orderBy: { at: 'asc' } }),
    ]);
    this.audit.record(this.em, ctx, { tenantId: staff?.tenantId ?? account?.tenantId ?? null, action: 'staff.export', entityType: staff ? 'Staff' : 'Account', entityId: staff?.id ?? account?.id ?? null });
    await this.em.flush();
    return {
      exportedAt: new Date().toISOString(),
      staff: staff ? toStaffDto(staff, account) : null,
      account: account
        ? { id: account.id, email: account.email, status: account.status, createdAt: iso(account.createdAt), lastLoginAt: iso(account.lastLoginAt) }
        : null,
      roles: roles.map((r) => ({ role: r.role, tenantId: r.tenantId ?? null, scopeType: r.scopeType ?? null, scopeId: r.scopeId ?? null })),
      consents: consents.map((c) => ({ purpose: c.purpose, version: c.version, granted: c.granted, recordedAt: iso(c.recordedAt) })),
      accessLog: log.map((e) => ({ at: iso(e.at), action: e.action, actorId: e.actorId ?? null })),
    };
  }
}
