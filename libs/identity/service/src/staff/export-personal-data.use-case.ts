import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, PlatformError, personalDataPart, requireAuthenticated, type PersonalDataSection, type RequestContext } from '@m4pris/platform-core';
import { Bus, Handles } from '@m4pris/platform-messaging';
import { createLogger } from '@m4pris/platform-observability';
import { MODULE_CONTENT_BY_SUBJECT_ONLY, type OptionalStaffIdRequest, type PersonalDataExportDto, ExportPersonalData } from '@m4pris/identity-contracts';
import { AccountSchema, type Account } from '../account/account.entity.js';
import { AuditEntrySchema } from '../audit/audit-entry.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { ConsentRecordSchema } from '../consent/consent.entity.js';
import { RoleAssignmentSchema } from '../role/role-assignment.entity.js';
import { iso, scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { TenantSchema } from '../tenant/tenant.entity.js';
import { StaffSchema, type Staff } from './staff.entity.js';
import { toStaffDto } from './staff.mapper.js';

const logger = createLogger('identity');

/**
 * How long identity waits for one module's part before listing it as incomplete: well inside the
 * gateway's own request timeout (REQUEST_TIMEOUT_MS, 5 s by default), so a module that hangs makes
 * the document incomplete instead of failing the whole export.
 */
const PART_TIMEOUT_MS = 3000;

/**
 * A data subject's own data (GDPR Art. 15/20), or a tenant admin's export for a staff member.
 *
 * The data subject's own export gathers every module the tenant has enabled over the bus
 * (`personalDataPart(module)`, in parallel) and puts each answer under `modules.<name>`; a module
 * that does not answer is listed in `incomplete` and the document says `complete: false`, never
 * silently missing. A tenant admin's export on someone's behalf holds the identity part only:
 * programme content (duo notes, concerns, reflections …) is confidential to the duo (DOMAIN.md), so
 * the person exports it themselves; `moduleContent` says so in the document.
 */
@Injectable()
export class ExportPersonalDataUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly bus: Bus,
  ) {}

  @Handles(ExportPersonalData)
  async execute(input: OptionalStaffIdRequest, ctx: RequestContext): Promise<PersonalDataExportDto> {
    requireAuthenticated(ctx);
    let staff: Staff | null = null;
    let account: Account | null = null;
    const self = !input.staffId || input.staffId === ctx.staffId;
    if (self) {
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
      // What was done to them, and every module's reads of their data (as one subject among several too).
      this.em.find(
        AuditEntrySchema,
        { $or: [{ entityId: { $in: subjectIds } }, ...(staff ? [{ subjectIds: { $overlap: [staff.id] } }] : [])] },
        { orderBy: { at: 'asc' } },
      ),
    ]);
    const parts = self && staff ? await this.moduleParts(staff, ctx) : null;
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
      accessLog: log.map((e) => ({ at: iso(e.at), action: e.action, module: e.module, actorId: e.actorId ?? null })),
      moduleContent: parts ? 'included' : staff ? MODULE_CONTENT_BY_SUBJECT_ONLY : 'none',
      modules: parts?.modules ?? {},
      incomplete: parts?.incomplete ?? [],
      complete: parts ? parts.incomplete.length === 0 : true,
    };
  }

  /** Every enabled module's part, asked in parallel; the ones that do not answer are listed, not dropped. */
  private async moduleParts(staff: Staff, ctx: RequestContext): Promise<{ modules: Record<string, PersonalDataSection>; incomplete: string[] }> {
    const tenant = await this.em.findOne(TenantSchema, { id: staff.tenantId });
    const enabled = (tenant?.enabledModules ?? []).filter((m) => m !== 'identity').sort();
    const answers = await Promise.allSettled(enabled.map((m) => this.bus.request(personalDataPart(m), { staffId: staff.id }, ctx, { timeoutMs: PART_TIMEOUT_MS })));
    const modules: Record<string, PersonalDataSection> = {};
    const incomplete: string[] = [];
    answers.forEach((a, i) => {
      const name = enabled[i];
      if (a.status === 'fulfilled') modules[name] = a.value;
      else {
        incomplete.push(name);
        const e = a.reason as unknown;
        logger.warn({ staffId: staff.id, module: name, code: e instanceof PlatformError ? e.code : 'error' }, 'personal data export: a module did not give its part; listed as incomplete');
      }
    });
    return { modules, incomplete };
  }
}
