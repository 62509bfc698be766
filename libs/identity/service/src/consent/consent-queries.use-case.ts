import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, resolveTenant, type RequestContext } from '@m4pris/platform-core';
import type { ConsentRecordDto, ConsentTextDto, ListConsentTextsRequest } from '@m4pris/identity-contracts';
import { ConsentRecordSchema, ConsentTextSchema } from './consent.entity.js';
import { toConsentRecordDto, toConsentTextDto } from './consent.mapper.js';
import { ListConsentTexts, ListMyConsents } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/** Any member of the tenant reads its consent texts (to consent to them). */
@Injectable()
export class ListConsentTextsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListConsentTexts)
  async execute(input: ListConsentTextsRequest, ctx: RequestContext): Promise<ConsentTextDto[]> {
    const tenantId = resolveTenant(ctx, input.tenantId);
    const rows = await this.em.find(
      ConsentTextSchema,
      { tenantId, ...(input.purpose ? { purpose: input.purpose } : {}) },
      { orderBy: { purpose: 'asc', locale: 'asc', version: 'desc' } },
    );
    return rows.map(toConsentTextDto);
  }
}

/** The caller's own consent history. */
@Injectable()
export class ListMyConsentsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListMyConsents)
  async execute(_input: object, ctx: RequestContext): Promise<ConsentRecordDto[]> {
    requireAuthenticated(ctx);
    const rows = await this.em.find(ConsentRecordSchema, { accountId: ctx.userId }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
    return rows.map(toConsentRecordDto);
  }
}
