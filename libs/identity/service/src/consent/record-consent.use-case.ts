import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import { recordEvent } from '@m4pris/platform-messaging';
import { ConsentRecorded, type ConsentRecordDto, type RecordConsentRequest } from '@m4pris/identity-contracts';
import { AccountSchema } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { ConsentRecordSchema, ConsentTextSchema } from './consent.entity.js';
import { toConsentRecordDto } from './consent.mapper.js';

/** The caller consents (or withdraws: granted = false) for themselves, to a text of their tenant. Append-only. */
@Injectable()
export class RecordConsentUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: RecordConsentRequest, ctx: RequestContext): Promise<ConsentRecordDto> {
    requireAuthenticated(ctx);
    const account = await this.em.findOne(AccountSchema, { id: ctx.userId });
    if (!account) throw CommonErrors.UNAUTHENTICATED();
    if (!account.tenantId) throw CommonErrors.FORBIDDEN();
    const text = await this.em.findOne(ConsentTextSchema, { id: input.consentTextId, tenantId: account.tenantId });
    if (!text) throw notFound('Consent text', 'consentTextId');
    const record = this.em.create(ConsentRecordSchema, {
      id: randomUUID(),
      tenantId: text.tenantId,
      consentTextId: text.id,
      accountId: account.id,
      staffId: account.staffId ?? null,
      purpose: text.purpose,
      version: text.version,
      granted: input.granted,
      recordedAt: new Date(),
    });
    recordEvent(
      this.em,
      ConsentRecorded,
      { tenantId: text.tenantId, accountId: account.id, staffId: account.staffId ?? null, purpose: text.purpose, version: text.version, granted: input.granted },
      { tenantId: text.tenantId },
    );
    this.audit.record(this.em, ctx, { tenantId: text.tenantId, action: input.granted ? 'consent.grant' : 'consent.withdraw', entityType: 'ConsentRecord', entityId: record.id });
    await this.em.flush();
    return toConsentRecordDto(record);
  }
}
