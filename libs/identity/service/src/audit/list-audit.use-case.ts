import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { pageBounds, toPerson, type Page, type RequestContext } from '@m4pris/platform-core';
import type { AuditEntryDto, ListAuditRequest } from '@m4pris/identity-contracts';
import { iso, TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { displayNameOf } from '../staff/staff-reader.js';
import { AuditEntrySchema, type AuditEntry } from './audit-entry.entity.js';
import { ListAudit } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class ListAuditUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListAudit)
  async execute(input: ListAuditRequest, ctx: RequestContext): Promise<Page<AuditEntryDto>> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const { offset, limit } = pageBounds(input);
    const where: FilterQuery<AuditEntry> = { tenantId };
    if (input.entityType) where.entityType = input.entityType;
    // A person's id finds what was done to them and every read of their data (as one of several subjects too).
    if (input.entityId) where.$or = [{ entityId: input.entityId }, { subjectIds: { $overlap: [input.entityId] } }];
    if (input.actorId) where.actorId = input.actorId;
    if (input.module) where.module = input.module;
    const [rows, total] = await this.em.findAndCount(AuditEntrySchema, where, { orderBy: { at: 'desc', id: 'desc' }, offset, limit });
    // Subjects by name, in one statement for the page (the tenant admin may know who its staff are).
    const subjectIds = [...new Set(rows.flatMap((e) => e.subjectIds ?? []))];
    const staff = subjectIds.length ? await this.em.find(StaffSchema, { tenantId, id: { $in: subjectIds } }) : [];
    const names = new Map(staff.map((s) => [s.id, s.erasedAt ? '' : displayNameOf(s)]));
    return {
      items: rows.map((e) => ({
        id: e.id,
        tenantId: e.tenantId ?? null,
        actorId: e.actorId ?? null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId ?? null,
        module: e.module,
        subjects: (e.subjectIds ?? []).map((id) => {
          const name = names.get(id);
          return toPerson(id, name === undefined ? undefined : { staffId: id, displayName: name, workEmail: null, institutionId: null, institutionName: null, unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null }, 'name');
        }),
        subjectCount: e.subjectCount ?? null,
        traceId: e.traceId,
        at: iso(e.at),
      })),
      total,
      offset,
      limit,
    };
  }
}
