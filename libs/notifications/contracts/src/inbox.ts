import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { defineRequest, EmptyRequest, PageRequest, type Page } from '@m4pris/platform-core';
import type { MailStatus, MessageKind } from './messages.js';

/** One message in a person's in-app inbox, already in their language. */
export interface NotificationDto {
  id: string;
  kind: MessageKind;
  title: string;
  body: string;
  /** Path into the web app (relative to PUBLIC_URL). */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export class ListMyNotificationsRequest extends PageRequest {}

export class MarkNotificationsReadRequest {
  @IsArray() @ArrayUnique() @ArrayMaxSize(200) @IsUUID('all', { each: true, message: 'ids must be UUIDs' })
  ids: string[];
}

/**
 * Outgoing mail as the platform admin sees it: subject, recipient, status — never the body or the
 * link (an invitation link is a credential), nor the message's kind (it can say what a person's mail
 * is about, e.g. that a concern reached them).
 */
export interface OutgoingMailDto {
  id: string;
  recipient: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export class ListOutgoingMailRequest extends PageRequest {}

export const ListMyNotifications = defineRequest<ListMyNotificationsRequest, Page<NotificationDto>>('notifications.v1.inbox.list', ListMyNotificationsRequest);
export const CountUnread = defineRequest<EmptyRequest, { count: number }>('notifications.v1.inbox.unreadCount', EmptyRequest);
export const MarkNotificationsRead = defineRequest<MarkNotificationsReadRequest, { marked: number }>('notifications.v1.inbox.markRead', MarkNotificationsReadRequest);
export const ListOutgoingMail = defineRequest<ListOutgoingMailRequest, Page<OutgoingMailDto>>('notifications.v1.mail.list', ListOutgoingMailRequest);
