import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import { EvaluationErrors, type InstrumentDto, type InstrumentTextDto, type LoadInstrumentTextRequest, ListInstruments, LoadInstrumentText } from '@m4pris/evaluation-contracts';
import { TEXT_LOADERS, tenantOf } from '../shared/access.js';
import { INSTRUMENTS } from './catalogue.js';
import { InstrumentTextSchema } from './instrument-text.entity.js';
import { OWN_ITEM_TEXTS } from './own-items.translations.js';
import { Handles } from '@m4pris/platform-messaging';

/** The registry (scoring keys, licences) with the locales whose wording the caller's tenant has. */
@Injectable()
export class ListInstrumentsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListInstruments)
  async execute(_: object, ctx: RequestContext): Promise<InstrumentDto[]> {
    requireAuthenticated(ctx);
    const texts = ctx.tenantId ? await this.em.find(InstrumentTextSchema, { tenantId: ctx.tenantId }, { fields: ['instrumentCode', 'locale'] }) : [];
    return Object.values(INSTRUMENTS).map(({ signpost: _s, ...def }) => ({
      ...def,
      textLocales: [...new Set([...Object.keys(OWN_ITEM_TEXTS[def.code] ?? {}), ...texts.filter((t) => t.instrumentCode === def.code).map((t) => t.locale)])].sort(),
    }));
  }
}

/**
 * A tenant loads the wording of an instrument in one locale from its licensed or official source
 * (replacing an earlier load). Every item needs its text; anchors match the response range.
 */
@Injectable()
export class LoadInstrumentTextUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(LoadInstrumentText)
  async execute(input: LoadInstrumentTextRequest, ctx: RequestContext): Promise<InstrumentTextDto> {
    const tenantId = tenantOf(ctx, TEXT_LOADERS);
    if (input.tenantId && input.tenantId !== tenantId) throw EvaluationErrors.PROGRAMME_NOT_FOUND({ field: 'tenantId' });
    const def = INSTRUMENTS[input.instrumentCode];
    const known = new Set(def.items.map((i) => i.id));
    const items: Record<string, string> = {};
    input.items.forEach((it, i) => {
      if (!known.has(it.itemId)) throw EvaluationErrors.TEXT_INVALID({ field: `items[${i}].itemId`, params: { field: `items[${i}].itemId`, reason: `${it.itemId} is not an item of ${def.code}` } });
      items[it.itemId] = it.text.trim();
    });
    const missing = def.items.filter((i) => !items[i.id]).map((i) => i.id);
    if (missing.length) throw EvaluationErrors.TEXT_INVALID({ field: 'items', params: { field: 'items', reason: `missing ${missing.join(', ')}` } });
    const anchorCount = def.responseMax - def.responseMin + 1;
    if (input.anchors.length !== anchorCount) throw EvaluationErrors.TEXT_INVALID({ field: 'anchors', params: { field: 'anchors', reason: `${def.code} needs ${anchorCount} anchor labels` } });
    const row =
      (await this.em.findOne(InstrumentTextSchema, { tenantId, instrumentCode: def.code, locale: input.locale })) ??
      this.em.create(InstrumentTextSchema, { id: randomUUID(), tenantId, instrumentCode: def.code, locale: input.locale, instructions: null, anchors: [], items: {}, source: '', loadedAt: new Date() });
    Object.assign(row, { instructions: input.instructions ?? null, anchors: input.anchors, items, source: input.source, loadedAt: new Date() });
    await this.em.flush();
    return { instrumentCode: def.code, locale: row.locale, items: Object.keys(items).length, source: row.source, loadedAt: row.loadedAt.toISOString() };
  }
}
