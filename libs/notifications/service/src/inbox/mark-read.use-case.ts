import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import type { MarkNotificationsReadRequest } from '@m4pris/notifications-contracts';
import { NotificationSchema } from './notification.entity.js';
import { ownInbox } from './list-my-notifications.use-case.js';
import { MarkNotificationsRead } from '@m4pris/notifications-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Marks the caller's own messages read (already read ones stay as they are). An id that is not one
 * of the caller's messages — someone else's, another tenant's, or none — is NOT_FOUND, exactly like a
 * missing id, and nothing is marked.
 */
@Injectable()
export class MarkNotificationsReadUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(MarkNotificationsRead)
  async execute(input: MarkNotificationsReadRequest, ctx: RequestContext): Promise<{ marked: number }> {
    const own = ownInbox(ctx);
    if (input.ids.length === 0) return { marked: 0 };
    if (!own || (await this.em.count(NotificationSchema, { ...own, id: { $in: input.ids } })) !== input.ids.length) throw notFound('Notification', 'ids');
    const marked = await this.em.nativeUpdate(NotificationSchema, { ...own, id: { $in: input.ids }, readAt: null }, { readAt: new Date() });
    return { marked };
  }
}
