import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { AuditEntrySchema } from './audit-entry.entity.js';

export interface AuditFact {
  tenantId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** When it happened (default: now); an event's own time when a consumer records it. */
  at?: Date;
}

/** Adds an audit entry to the caller's unit of work (written by the use case's flush). */
@Injectable()
export class AuditLog {
  record(em: EntityManager, ctx: Pick<RequestContext, 'userId' | 'traceId'>, fact: AuditFact): void {
    em.create(AuditEntrySchema, {
      id: randomUUID(),
      tenantId: fact.tenantId,
      actorId: ctx.userId ?? null,
      action: fact.action,
      entityType: fact.entityType,
      entityId: fact.entityId ?? null,
      traceId: ctx.traceId,
      at: fact.at ?? new Date(),
    });
  }
}
