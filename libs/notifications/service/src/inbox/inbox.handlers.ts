import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CountUnread,
  ListMyNotifications,
  ListOutgoingMail,
  MarkNotificationsRead,
  type ListMyNotificationsRequest,
  type ListOutgoingMailRequest,
  type MarkNotificationsReadRequest,
} from '@m4pris/notifications-contracts';
import { ListOutgoingMailUseCase } from '../mail/list-outgoing-mail.use-case.js';
import { CountUnreadUseCase } from './count-unread.use-case.js';
import { ListMyNotificationsUseCase } from './list-my-notifications.use-case.js';
import { MarkNotificationsReadUseCase } from './mark-read.use-case.js';

/** Bus adapters: one line each — the bus has validated the payload; call one use case. */
@Injectable()
export class InboxHandlers {
  constructor(
    private readonly list: ListMyNotificationsUseCase,
    private readonly unread: CountUnreadUseCase,
    private readonly markRead: MarkNotificationsReadUseCase,
    private readonly mail: ListOutgoingMailUseCase,
  ) {}

  @Handles(ListMyNotifications) myNotifications(p: ListMyNotificationsRequest, ctx: RequestContext) { return this.list.execute(p, ctx); }
  @Handles(CountUnread) unreadCount(p: object, ctx: RequestContext) { return this.unread.execute(p, ctx); }
  @Handles(MarkNotificationsRead) markNotificationsRead(p: MarkNotificationsReadRequest, ctx: RequestContext) { return this.markRead.execute(p, ctx); }
  @Handles(ListOutgoingMail) outgoingMail(p: ListOutgoingMailRequest, ctx: RequestContext) { return this.mail.execute(p, ctx); }
}
