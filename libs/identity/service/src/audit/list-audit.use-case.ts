import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { pageBounds, type Page, type RequestContext } from '@m4pris/platform-core';
import type { AuditEntryDto, ListAuditRequest } from '@m4pris/identity-contracts';
import { iso, TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { AuditEntrySchema, type AuditEntry } from './audit-entry.entity.js';

@Injectable()
export class ListAuditUseCase {
  constructor(private readonly em: EntityManager) {}

  async execute(input: ListAuditRequest, ctx: RequestContext): Promise<Page<AuditEntryDto>> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const { offset, limit } = pageBounds(input);
    const where: FilterQuery<AuditEntry> = { tenantId };
    if (input.entityType) where.entityType = input.entityType;
    if (input.entityId) where.entityId = input.entityId;
    if (input.actorId) where.actorId = input.actorId;
    const [rows, total] = await this.em.findAndCount(AuditEntrySchema, where, { orderBy: { at: 'desc', id: 'desc' }, offset, limit });
    return {
      items: rows.map((e) => ({
        id: e.id,
        tenantId: e.tenantId ?? null,
        actorId: e.actorId ?? null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId ?? null,
        traceId: e.traceId,
        at: iso(e.at),
      })),
      total,
      offset,
      limit,
    };
  }
}
