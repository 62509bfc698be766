import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { pageBounds, requireAuthenticated, type Page, type RequestContext } from '@m4pris/platform-core';
import { type ListMyNotificationsRequest, type NotificationDto, ListMyNotifications } from '@m4pris/notifications-contracts';
import { NotificationSchema, type Notification } from './notification.entity.js';
import { Handles } from '@m4pris/platform-messaging';

export function toNotificationDto(n: Notification): NotificationDto {
  return { id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), readAt: n.readAt ? n.readAt.toISOString() : null };
}

/**
 * The caller's own inbox: always filtered by the caller's staff id and tenant. Messages go to staff
 * members; an account without a staff record (a tenant admin, a researcher, the platform admin) has
 * an empty inbox (null here).
 */
export function ownInbox(ctx: RequestContext): { staffId: string; tenantId: string } | null {
  requireAuthenticated(ctx);
  return ctx.staffId && ctx.tenantId ? { staffId: ctx.staffId, tenantId: ctx.tenantId } : null;
}

@Injectable()
export class ListMyNotificationsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListMyNotifications)
  async execute(input: ListMyNotificationsRequest, ctx: RequestContext): Promise<Page<NotificationDto>> {
    const where = ownInbox(ctx);
    const { offset, limit } = pageBounds(input);
    if (!where) return { items: [], total: 0, offset, limit };
    const [items, total] = await this.em.findAndCount(NotificationSchema, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit });
    return { items: items.map(toNotificationDto), total, offset, limit };
  }
}
