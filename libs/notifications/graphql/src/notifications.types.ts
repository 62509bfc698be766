import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@m4pris/platform-graphql';
import { MAIL_STATUSES, MESSAGE_KINDS } from '@m4pris/notifications-contracts';

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

@ObjectType('OutgoingMail', { description: 'An e-mail of this instance: never its body or link (an invitation link is a credential).' })
export class OutgoingMail {
  @Field(() => ID) id: string;
  @Field(() => MessageKindEnum) kind: string;
  @Field(() => String) recipient: string;
  @Field(() => String) subject: string;
  @Field(() => MailStatusEnum) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => String) createdAt: string;
  @Field(() => String, { nullable: true }) sentAt: string | null;
}
export const OutgoingMailPage = Paginated(OutgoingMail, 'OutgoingMailPage');
