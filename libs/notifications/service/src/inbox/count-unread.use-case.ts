import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { NotificationSchema } from './notification.entity.js';
import { ownInbox } from './list-my-notifications.use-case.js';
import { CountUnread } from '@m4pris/notifications-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class CountUnreadUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(CountUnread)
  async execute(_: object, ctx: RequestContext): Promise<{ count: number }> {
    const own = ownInbox(ctx);
    return { count: own ? await this.em.count(NotificationSchema, { ...own, readAt: null }) : 0 };
  }
}
