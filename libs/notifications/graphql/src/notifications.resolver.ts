import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  CountUnread,
  GetMyNotificationPreferences,
  GetNotificationSettings,
  ListMyNotifications,
  ListOutgoingMail,
  MarkNotificationsRead,
  UpdateMyNotificationPreferences,
  UpdateNotificationSettings,
  type UpdateMyNotificationPreferencesRequest,
} from '@m4pris/notifications-contracts';
import {
  Notification,
  NotificationPage,
  NotificationPreferences,
  NotificationSettings,
  OutgoingMailPage,
  UpdateMyNotificationPreferencesInput,
  UpdateNotificationSettingsInput,
} from './notifications.types.js';

/** GraphQL adapter of the inbox and the outgoing-mail list: each field is one bus request. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => NotificationPage, { description: 'Your in-app inbox, newest first.' })
  myNotifications(@Ctx() ctx: RequestContext, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.bus.request(ListMyNotifications, { ...page }, ctx);
  }

  @Query(() => Int, { description: 'How many messages in your inbox are unread.' })
  async unreadCount(@Ctx() ctx: RequestContext) {
    return (await this.bus.request(CountUnread, {}, ctx)).count;
  }

  @Mutation(() => Int, { description: 'Marks your own messages read; returns how many changed.' })
  async markNotificationsRead(@Args('ids', { type: () => [ID] }) ids: string[], @Ctx() ctx: RequestContext) {
    return (await this.bus.request(MarkNotificationsRead, { ids }, ctx)).marked;
  }

  @Query(() => OutgoingMailPage, { description: 'Platform admin: outgoing e-mail by subject, recipient and status (never bodies or links).' })
  outgoingMail(@Ctx() ctx: RequestContext, @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput) {
    return this.bus.request(ListOutgoingMail, { ...page }, ctx);
  }

  @Query(() => NotificationPreferences, { description: 'Your notification preferences (staff members: the people messages go to).' })
  myNotificationPreferences(@Ctx() ctx: RequestContext) {
    return this.bus.request(GetMyNotificationPreferences, {}, ctx);
  }

  @Mutation(() => NotificationPreferences, { description: 'Turns e-mail categories on or off and chooses the daily digest. Account and security messages are always sent.' })
  updateMyNotificationPreferences(@Args('input') input: UpdateMyNotificationPreferencesInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateMyNotificationPreferences, input as UpdateMyNotificationPreferencesRequest, ctx);
  }

  @Query(() => NotificationSettings, { description: 'Tenant admin: the sending window, sender name and subject prefix of the organisation\'s e-mail.' })
  notificationSettings(@Ctx() ctx: RequestContext) {
    return this.bus.request(GetNotificationSettings, {}, ctx);
  }

  @Mutation(() => NotificationSettings, { description: 'Tenant admin: sets the sending window (default 08:00–20:00), its time zone, the sender name and the subject prefix.' })
  updateNotificationSettings(@Args('input') input: UpdateNotificationSettingsInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateNotificationSettings, input, ctx);
  }
}
