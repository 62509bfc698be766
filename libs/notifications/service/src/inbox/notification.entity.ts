import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { MessageKind } from '@m4pris/notifications-contracts';

/** One message in a staff member's in-app inbox, rendered in their language when it was created. */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  indexes: [{ properties: ['staffId', 'createdAt'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    staffId: p.uuid(),
    kind: p.string().length(40).$type<MessageKind>(),
    /** Unique per message: a redelivered event never adds a second copy. */
    idempotencyKey: p.string().length(200).unique(),
    title: p.string().length(300),
    body: p.text(),
    link: p.string().length(500),
    createdAt: p.datetime(),
    readAt: p.datetime().nullable(),
  },
});
export type Notification = InferEntity<typeof NotificationSchema>;
