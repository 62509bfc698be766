import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A versioned consent text per (tenant, purpose, locale). */
export const ConsentTextSchema = defineEntity({
  name: 'ConsentText',
  tableName: 'consent_text',
  uniques: [{ properties: ['tenantId', 'purpose', 'locale', 'version'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    purpose: p.string().length(64),
    locale: p.string().length(5),
    version: p.integer(),
    text: p.text(),
    publishedAt: p.datetime(),
  },
});
export type ConsentText = InferEntity<typeof ConsentTextSchema>;

/** Append-only: a withdrawal is a record with granted = false. */
export const ConsentRecordSchema = defineEntity({
  name: 'ConsentRecord',
  tableName: 'consent_record',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    consentTextId: p.uuid().index(),
    accountId: p.uuid().index(),
    staffId: p.uuid().nullable().index(),
    purpose: p.string().length(64),
    version: p.integer(),
    granted: p.boolean(),
    recordedAt: p.datetime(),
  },
});
export type ConsentRecord = InferEntity<typeof ConsentRecordSchema>;
