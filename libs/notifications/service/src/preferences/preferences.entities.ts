import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { MessageCategory, MessageKind } from '@m4pris/notifications-contracts';

/** A person's own choices: categories whose e-mail is off, and the daily digest. No row: everything on, no digest. */
export const PreferenceSchema = defineEntity({
  name: 'Preference',
  tableName: 'preference',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    mutedCategories: p.json<MessageCategory[]>(),
    digest: p.boolean(),
    updatedAt: p.datetime(),
  },
});
export type Preference = InferEntity<typeof PreferenceSchema>;

/** A tenant's settings for its mail: the sending window (local time in `timeZone`), sender name, subject prefix. No row: the defaults. */
export const TenantSettingsSchema = defineEntity({
  name: 'TenantSettings',
  tableName: 'tenant_settings',
  properties: {
    tenantId: p.uuid().primary(),
    windowStart: p.string().length(5),
    windowEnd: p.string().length(5),
    timeZone: p.string().length(64),
    senderName: p.string().length(60).nullable(),
    subjectPrefix: p.string().length(30).nullable(),
    updatedAt: p.datetime(),
  },
});
export type TenantSettings = InferEntity<typeof TenantSettingsSchema>;

/**
 * A message waiting for its person's daily digest (they chose one mail a day): already rendered in
 * their language for the inbox (title, body) with its path. Removed when the digest is queued.
 */
export const DigestItemSchema = defineEntity({
  name: 'DigestItem',
  tableName: 'digest_item',
  indexes: [{ properties: ['staffId', 'dueAt'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    staffId: p.uuid(),
    kind: p.string().length(40).$type<MessageKind>(),
    idempotencyKey: p.string().length(200).unique(),
    title: p.string().length(300),
    body: p.text(),
    link: p.string().length(500),
    /** The window's opening the digest goes out at. */
    dueAt: p.datetime(),
    createdAt: p.datetime(),
  },
});
export type DigestItem = InferEntity<typeof DigestItemSchema>;
