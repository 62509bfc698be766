import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { personalDataRead, type EventEnvelope, type PersonalDataReadEvent } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import { AuditEntrySchema } from './audit-entry.entity.js';

/**
 * Every module's reads of personal data end up in identity's audit log, so the tenant admin's
 * `auditLog` (filters: module, actor, subject) shows them beside identity's own entries. One entry
 * per event (one per read); the entry's id is the event id, so a redelivery adds nothing.
 */
@Injectable()
export class RecordPersonalDataReadUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvent(personalDataRead('programmes'))
  @OnEvent(personalDataRead('matching'))
  @OnEvent(personalDataRead('training'))
  @OnEvent(personalDataRead('evaluation'))
  @OnEvent(personalDataRead('notifications'))
  async execute(e: PersonalDataReadEvent, envelope: EventEnvelope): Promise<void> {
    const module = envelope.subject.split('.')[0]!;
    await this.em.upsert(
      AuditEntrySchema,
      {
        id: envelope.id,
        tenantId: envelope.tenantId,
        actorId: e.actorId ?? null,
        action: `${module}.${e.action}`,
        entityType: 'personalData',
        entityId: e.subjectIds.length === 1 ? e.subjectIds[0]! : null,
        module,
        subjectIds: e.subjectIds,
        subjectCount: e.subjectCount,
        traceId: envelope.traceId,
        at: new Date(envelope.occurredAt),
      },
      { onConflictAction: 'ignore' },
    );
  }
}
