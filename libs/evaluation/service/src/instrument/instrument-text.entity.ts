import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The wording of one instrument in one locale, loaded by a tenant from its licensed source. */
export const InstrumentTextSchema = defineEntity({
  name: 'InstrumentText',
  tableName: 'instrument_text',
  uniques: [{ properties: ['tenantId', 'instrumentCode', 'locale'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    instrumentCode: p.string().length(32),
    locale: p.string().length(5),
    instructions: p.text().nullable(),
    anchors: p.json<string[]>(),
    items: p.json<Record<string, string>>(),
    source: p.string().length(500),
    loadedAt: p.datetime(),
  },
});
export type InstrumentText = InferEntity<typeof InstrumentTextSchema>;
