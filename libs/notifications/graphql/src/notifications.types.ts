import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@m4pris/platform-graphql';
import { MAIL_STATUSES, MESSAGE_CATEGORIES, MESSAGE_KINDS } from '@m4pris/notifications-contracts';

const enumOf = <T extends readonly string[]>(values: T) => Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, string>;
export const MessageKindEnum = enumOf(MESSAGE_KINDS);
export const MailStatusEnum = enumOf(MAIL_STATUSES);
registerEnumType(MessageKindEnum, { name: 'MessageKind', description: 'What a message is about.' });
registerEnumType(MailStatusEnum, { name: 'MailStatus', description: 'Where an outgoing e-mail is.' });

@ObjectType('Notification', { description: 'A message in your in-app inbox, in your language.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => MessageKindEnum) kind: string;
  @Field(() => String) title: string;
  @Field(() => String) body: string;
  @Field(() => String, { description: 'Path into the web app.' }) link: string;
  @Field(() => String) createdAt: string;
  @Field(() => String, { nullable: true }) readAt: string | null;
}
export const NotificationPage = Paginated(Notification, 'NotificationPage');

@ObjectType('OutgoingMail', { description: 'An e-mail of this instance: subject, recipient and status; never its body or link (an invitation link is a credential), nor what kind of message it is.' })
export class OutgoingMail {
  @Field(() => ID) id: string;
  @Field(() => String) recipient: string;
  @Field(() => String) subject: string;
  @Field(() => MailStatusEnum) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => String) createdAt: string;
  @Field(() => String, { nullable: true }) sentAt: string | null;
}
export const OutgoingMailPage = Paginated(OutgoingMail, 'OutgoingMailPage');

export const MessageCategoryEnum = enumOf(MESSAGE_CATEGORIES);
registerEnumType(MessageCategoryEnum, { name: 'MessageCategory', description: 'A group of messages a person may turn off (ACCOUNT: account and security messages, always sent).' });

@ObjectType('SendingWindow', { description: 'When e-mail is sent: between start and end (HH:MM), local time in timeZone. A mail due outside waits for the next opening; the inbox has it at once.' })
export class SendingWindow {
  @Field(() => String) start: string;
  @Field(() => String, { description: '24:00 means until midnight.' }) end: string;
  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Copenhagen.' }) timeZone: string;
}

@ObjectType('CategoryPreference', { description: 'Whether e-mail of a category is on (the inbox always has every message).' })
export class CategoryPreference {
  @Field(() => MessageCategoryEnum) category: string;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => Boolean, { description: 'False for ACCOUNT: always on.' }) switchable: boolean;
}

@ObjectType('NotificationPreferences', { description: 'Your notification preferences, with your organisation\'s sending window (read-only).' })
export class NotificationPreferences {
  @Field(() => [CategoryPreference]) categories: CategoryPreference[];
  @Field(() => Boolean, { description: 'One e-mail a day gathering the day\'s messages, at the window\'s opening, instead of single mails.' }) digest: boolean;
  @Field(() => SendingWindow) window: SendingWindow;
}

@InputType('UpdateMyNotificationPreferencesInput')
export class UpdateMyNotificationPreferencesInput {
  @Field(() => [MessageCategoryEnum], { nullable: true, description: 'The categories whose e-mail is off; every other one is on. ACCOUNT cannot be turned off.' })
  mutedCategories?: string[];
  @Field(() => Boolean, { nullable: true }) digest?: boolean;
}

@ObjectType('NotificationSettings', { description: 'The organisation\'s settings of its e-mail (tenant admin).' })
export class NotificationSettings {
  @Field(() => SendingWindow) window: SendingWindow;
  @Field(() => String, { nullable: true, description: 'Display name of the sender.' }) senderName: string | null;
  @Field(() => String, { nullable: true, description: 'Put before every subject, e.g. [HMPS].' }) subjectPrefix: string | null;
}

@InputType('UpdateNotificationSettingsInput')
export class UpdateNotificationSettingsInput {
  @Field(() => String, { nullable: true, description: 'HH:MM' }) windowStart?: string;
  @Field(() => String, { nullable: true, description: 'HH:MM (24:00: until midnight); after windowStart.' }) windowEnd?: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone.' }) timeZone?: string;
  @Field(() => String, { nullable: true, description: 'Null or empty: none.' }) senderName?: string | null;
  @Field(() => String, { nullable: true, description: 'Null or empty: none.' }) subjectPrefix?: string | null;
}
