import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { MailStatus, MessageKind } from '@m4pris/notifications-contracts';

/**
 * One e-mail, rendered when the message was decided and sent by the dispatcher exactly once
 * (`idempotencyKey` is unique and is the Message-ID); its pg-boss job has the same id and is due
 * at `sendAfter`. The bodies are cleared once sent: an
 * invitation link is a credential and has no business staying in the database.
 */
export const OutgoingMailSchema = defineEntity({
  name: 'OutgoingMail',
  tableName: 'outgoing_mail',
  indexes: [{ properties: ['status', 'sendAfter'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().nullable().index(),
    staffId: p.uuid().nullable().index(),
    kind: p.string().length(40).$type<MessageKind | 'digest'>(),
    idempotencyKey: p.string().length(200).unique(),
    recipient: p.string().length(254),
    /** The tenant's sender name when it set one (display name of the From header). */
    senderName: p.string().length(60).nullable(),
    locale: p.string().length(5),
    subject: p.string().length(300),
    textBody: p.text().nullable(),
    htmlBody: p.text().nullable(),
    /** A calendar file (ICS) sent as an attachment; cleared with the bodies once sent. */
    calendar: p.text().nullable(),
    status: p.string().length(20).$type<MailStatus>(),
    attempts: p.integer(),
    lastError: p.string().length(500).nullable(),
    sendAfter: p.datetime(),
    createdAt: p.datetime(),
    sentAt: p.datetime().nullable(),
  },
});
export type OutgoingMail = InferEntity<typeof OutgoingMailSchema>;
