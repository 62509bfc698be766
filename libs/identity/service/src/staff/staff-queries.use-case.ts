import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { coordinatorInstitutions, notFound, pageBounds, sortClause, requireAuthenticated, type Page, type RequestContext } from '@m4pris/platform-core';
import { MAX_FOUND_STAFF_IDS, type ByIdsRequest, type FindStaffIdsRequest, type ListStaffRequest, type StaffDto, type StaffIdRequest, type StaffSortField, GetStaff, ListStaff, FindStaffIds, GetStaffByIds } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, STAFF_READERS, tenantFor, tenantWhere } from '../shared/access.js';
import { escapeLike } from '../tenant/tenant-queries.use-case.js';
import { StaffSchema, type Staff } from './staff.entity.js';
import { StaffReader } from './staff-reader.js';
import { Handles } from '@m4pris/platform-messaging';

/** Columns of each `staff` sort field (staff readers see names and e-mail addresses, so every field is theirs). */
const STAFF_SORT_COLUMNS: Record<StaffSortField, readonly string[]> = {
  name: ['lastName', 'firstName'],
  email: ['email'],
  hired_on: ['hiredOn'],
  joined_institution_on: ['joinedInstitutionOn'],
  created_at: ['createdAt'],
};

/** Tenant admins and coordinators read staff of their tenant; anyone reads their own record. Audited. */
@Injectable()
export class GetStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: StaffReader,
    private readonly audit: AuditLog,
  ) {}

  @Handles(GetStaff)
  async execute(input: StaffIdRequest, ctx: RequestContext): Promise<StaffDto> {
    requireAuthenticated(ctx);
    const own = ctx.staffId === input.staffId && ctx.tenantId;
    const scope = own ? ctx.tenantId : scopeFor(ctx, STAFF_READERS);
    const staff = await this.em.findOne(StaffSchema, { id: input.staffId, erasedAt: null, ...tenantWhere(scope) });
    const institutions = own ? null : coordinatorInstitutions(ctx);
    if (!staff || (institutions && !institutions.includes(staff.institutionId))) throw notFound('Staff member', 'staffId');
    this.audit.record(this.em, ctx, { tenantId: staff.tenantId, action: 'staff.read', entityType: 'Staff', entityId: staff.id });
    await this.em.flush();
    return this.reader.toDto(staff, own ? 'name' : 'full');
  }
}

@Injectable()
export class ListStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: StaffReader,
    private readonly audit: AuditLog,
  ) {}

  @Handles(ListStaff)
  async execute(input: ListStaffRequest, ctx: RequestContext): Promise<Page<StaffDto>> {
    const tenantId = tenantFor(ctx, input.tenantId, STAFF_READERS);
    const { offset, limit } = pageBounds(input);
    const where: FilterQuery<Staff> = { tenantId, erasedAt: null };
    if (!input.includeLeft) where.leftServiceOn = null;
    if (input.ids) where.id = { $in: input.ids };
    if (input.institutionId) where.institutionId = input.institutionId;
    // A coordinator scoped to institutions lists the staff of those institutions only.
    const institutions = coordinatorInstitutions(ctx);
    if (institutions) where.institutionId = input.institutionId ? (institutions.includes(input.institutionId) ? input.institutionId : { $in: [] }) : { $in: institutions };
    if (input.unitId) where.unitId = input.unitId;
    if (input.lineManagerId) where.lineManagerId = input.lineManagerId;
    if (input.hiredSince) where.hiredOn = { $gte: input.hiredSince };
    if (input.search) {
      const like = `%${escapeLike(input.search)}%`;
      where.$or = [{ firstName: { $ilike: like } }, { lastName: { $ilike: like } }, { email: { $ilike: like } }];
    }
    const [rows, total] = await this.em.findAndCount(StaffSchema, where, {
      orderBy: sortClause(input.orderBy, STAFF_SORT_COLUMNS, [{ lastName: 'asc', firstName: 'asc', id: 'asc' }]),
      offset,
      limit,
    });
    this.audit.record(this.em, ctx, { tenantId, action: 'staff.list', entityType: 'Staff' });
    await this.em.flush();
    return { items: await this.reader.toDtos(rows), total, offset, limit };
  }
}

/** Ids of the staff the caller may read whose name matches (first, last or "first last"), in SQL. */
@Injectable()
export class FindStaffIdsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(FindStaffIds)
  async execute(input: FindStaffIdsRequest, ctx: RequestContext): Promise<string[]> {
    const tenantId = tenantFor(ctx, undefined, STAFF_READERS);
    const like = `%${escapeLike(input.search.trim())}%`;
    const where: FilterQuery<Staff> = {
      tenantId,
      erasedAt: null,
      $or: [{ firstName: { $ilike: like } }, { lastName: { $ilike: like } }, { [raw((a) => `${a}.first_name || ' ' || ${a}.last_name`)]: { $ilike: like } }],
    };
    const institutions = coordinatorInstitutions(ctx);
    if (institutions) where.institutionId = { $in: institutions };
    const rows = await this.em.find(StaffSchema, where, { fields: ['id'], orderBy: { id: 'asc' }, limit: MAX_FOUND_STAFF_IDS });
    this.audit.record(this.em, ctx, { tenantId, action: 'staff.findIds', entityType: 'Staff' });
    await this.em.flush();
    return rows.map((r) => r.id);
  }
}

/** Batch lookup for DataLoaders; ids of other tenants are silently absent. Audited once per call. */
@Injectable()
export class GetStaffByIdsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: StaffReader,
    private readonly audit: AuditLog,
  ) {}

  @Handles(GetStaffByIds)
  async execute(input: ByIdsRequest, ctx: RequestContext): Promise<StaffDto[]> {
    const scope = scopeFor(ctx, STAFF_READERS);
    if (input.ids.length === 0) return [];
    const rows = await this.em.find(StaffSchema, { id: { $in: input.ids }, erasedAt: null, ...tenantWhere(scope) });
    this.audit.record(this.em, ctx, { tenantId: scope ?? rows[0]?.tenantId ?? null, action: 'staff.byIds', entityType: 'Staff', entityId: rows.length === 1 ? rows[0]!.id : null });
    await this.em.flush();
    return this.reader.toDtos(rows);
  }
}
