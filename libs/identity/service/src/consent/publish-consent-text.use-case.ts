import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { invalidInput, type RequestContext } from '@m4pris/platform-core';
import { consentTemplate, type ConsentTextDto, type PublishConsentTextRequest, PublishConsentText } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { ConsentTextSchema } from './consent.entity.js';
import { toConsentTextDto } from './consent.mapper.js';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Publishes the next version of a consent text for (tenant, purpose, locale). Texts never change. No
 * text given: the platform's template for the purpose in that locale (CONSENT_TEMPLATES).
 */
@Injectable()
export class PublishConsentTextUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(PublishConsentText)
  async execute(input: PublishConsentTextRequest, ctx: RequestContext): Promise<ConsentTextDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const body = input.text ?? consentTemplate(input.purpose, input.locale);
    if (body === undefined) throw invalidInput('text', 'required (the platform has no template for this purpose)');
    const latest = await this.em.findOne(
      ConsentTextSchema,
      { tenantId, purpose: input.purpose, locale: input.locale },
      { orderBy: { version: 'desc' }, fields: ['version'] },
    );
    const text = this.em.create(ConsentTextSchema, {
      id: randomUUID(),
      tenantId,
      purpose: input.purpose,
      locale: input.locale,
      version: (latest?.version ?? 0) + 1,
      text: body,
      publishedAt: new Date(),
    });
    this.audit.record(this.em, ctx, { tenantId, action: 'consent.publishText', entityType: 'ConsentText', entityId: text.id });
    await this.em.flush();
    return toConsentTextDto(text);
  }
}
