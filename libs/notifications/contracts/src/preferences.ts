import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsTimeZone, Matches, MaxLength } from 'class-validator';
import { defineRequest, EmptyRequest } from '@m4pris/platform-core';
import { MESSAGE_CATEGORIES, type MessageCategory } from './messages.js';

/** Categories a person may turn off: everything but `account` (account and security messages are always sent). */
export const SWITCHABLE_CATEGORIES = MESSAGE_CATEGORIES.filter((c) => c !== 'account') as Exclude<MessageCategory, 'account'>[];

/** The tenant's sending window: e-mail goes out between `start` and `end` (HH:MM, local time in `timeZone`). */
export interface SendingWindowDto {
  start: string;
  end: string;
  timeZone: string;
}

/** The window of a tenant that set none (the service's MAIL_DEFAULT_WINDOW, MAIL_DEFAULT_TIME_ZONE). */
export const DEFAULT_WINDOW: SendingWindowDto = { start: '08:00', end: '20:00', timeZone: 'UTC' };

export interface CategoryPreferenceDto {
  category: MessageCategory;
  enabled: boolean;
  /** False for `account`: always on. */
  switchable: boolean;
}

/** A person's own notification preferences, with the tenant's sending window (read-only for them). */
export interface NotificationPreferencesDto {
  categories: CategoryPreferenceDto[];
  /** One e-mail a day gathering the day's messages, instead of single mails. */
  digest: boolean;
  window: SendingWindowDto;
}

export class UpdateMyNotificationPreferencesRequest {
  /** The categories to turn off (every other one is on); `account` cannot be turned off. */
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(10) @IsIn(MESSAGE_CATEGORIES, { each: true })
  mutedCategories?: MessageCategory[];

  @IsOptional() @IsBoolean()
  digest?: boolean;
}

/** The tenant's notification settings (tenant admin). */
export interface NotificationSettingsDto {
  window: SendingWindowDto;
  /** Display name of the sender of the tenant's e-mail (the address stays MAIL_FROM's). */
  senderName: string | null;
  /** Put before every subject, e.g. `[HMPS]`. */
  subjectPrefix: string | null;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class UpdateNotificationSettingsRequest {
  @IsOptional() @IsString() @Matches(HHMM, { message: 'windowStart must be a time HH:MM' })
  windowStart?: string;

  /** 24:00: until midnight. */
  @IsOptional() @IsString() @Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'windowEnd must be a time HH:MM' })
  windowEnd?: string;

  @IsOptional() @IsString() @IsTimeZone()
  timeZone?: string;

  /** Null clears it. No quotes, angle brackets or line breaks (it goes into a mail header). */
  @IsOptional() @IsString() @MaxLength(60) @Matches(/^[^"<>\r\n\\]*$/, { message: 'senderName must not contain quotes, angle brackets or line breaks' })
  senderName?: string | null;

  @IsOptional() @IsString() @MaxLength(30) @Matches(/^[^\r\n]*$/, { message: 'subjectPrefix must be one line' })
  subjectPrefix?: string | null;
}

export const GetMyNotificationPreferences = defineRequest<EmptyRequest, NotificationPreferencesDto>('notifications.v1.preferences.mine', EmptyRequest);
export const UpdateMyNotificationPreferences = defineRequest<UpdateMyNotificationPreferencesRequest, NotificationPreferencesDto>(
  'notifications.v1.preferences.update',
  UpdateMyNotificationPreferencesRequest,
);
export const GetNotificationSettings = defineRequest<EmptyRequest, NotificationSettingsDto>('notifications.v1.settings.get', EmptyRequest);
export const UpdateNotificationSettings = defineRequest<UpdateNotificationSettingsRequest, NotificationSettingsDto>('notifications.v1.settings.update', UpdateNotificationSettingsRequest);
