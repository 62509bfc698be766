import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { MessageKind } from '@m4pris/notifications-contracts';
import { NotificationSchema } from './inbox/notification.entity.js';
import { MailDispatcher } from './mail/mail-dispatcher.js';
import { OutgoingMailSchema } from './mail/outgoing-mail.entity.js';
import { NotificationsSettings } from './notifications.settings.js';
import { PersonSchema } from './person/person.entity.js';
import { pickLocale, renderMessage } from './templates/render.js';

export interface MessageToStaff {
  tenantId: string;
  staffId: string;
  kind: MessageKind;
  params?: Record<string, string>;
  /** Path into the web app, e.g. `/relationships/<id>`. */
  path: string;
  /** Unique per message, e.g. `<event id>:<kind>:<staff id>`. */
  key: string;
  /** A calendar file (ICS) attached to the e-mail, e.g. a training session. */
  calendar?: string;
}

export interface MessageToAddress {
  tenantId: string | null;
  staffId: string | null;
  email: string;
  locale: string | null;
  kind: MessageKind;
  params?: Record<string, string>;
  path: string;
  key: string;
}

/**
 * Decides a message: renders it in the recipient's language, puts it in their inbox (staff only)
 * and queues the e-mail, in the caller's unit of work (the event handler's transaction, so an event
 * handled twice never queues twice). The dispatcher sends it once committed.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly em: EntityManager,
    private readonly dispatcher: MailDispatcher,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  link(path: string): string {
    return this.settings.PUBLIC_URL.replace(/\/+$/, '') + path;
  }

  /** A message to a staff member known to this module; nothing when they are unknown (or erased). */
  async toStaff(m: MessageToStaff): Promise<boolean> {
    const person = await this.em.findOne(PersonSchema, { staffId: m.staffId, tenantId: m.tenantId });
    if (!person) return false;
    const rendered = renderMessage(m.kind, pickLocale(person.locale), { name: person.firstName, ...m.params }, this.link(m.path));
    const now = new Date();
    this.em.create(NotificationSchema, {
      id: randomUUID(),
      tenantId: m.tenantId,
      staffId: m.staffId,
      kind: m.kind,
      idempotencyKey: m.key,
      title: rendered.title,
      body: rendered.body,
      link: m.path,
      createdAt: now,
      readAt: null,
    });
    await this.queue({ tenantId: m.tenantId, staffId: m.staffId, email: person.email, kind: m.kind, key: m.key, calendar: m.calendar }, rendered);
    return true;
  }

  /** An e-mail only (e.g. an invitation: it carries a credential and the invitee has no inbox yet). */
  async toAddress(m: MessageToAddress): Promise<void> {
    const person = m.staffId ? await this.em.findOne(PersonSchema, { staffId: m.staffId }) : null;
    const params = { ...(person ? { name: person.firstName } : {}), ...m.params };
    const rendered = renderMessage(m.kind, pickLocale(m.locale, person?.locale), params, this.link(m.path));
    await this.queue({ tenantId: m.tenantId, staffId: m.staffId, email: m.email, kind: m.kind, key: m.key }, rendered);
  }

  /** The mail row and its job, in one transaction (the caller's, or one of its own). */
  private async queue(to: { tenantId: string | null; staffId: string | null; email: string; kind: MessageKind; key: string; calendar?: string }, r: ReturnType<typeof renderMessage>): Promise<void> {
    if (!this.em.isInTransaction()) {
      await this.em.transactional(() => this.queue(to, r));
      return;
    }
    const now = new Date();
    const id = randomUUID();
    this.em.create(OutgoingMailSchema, {
      id,
      tenantId: to.tenantId,
      staffId: to.staffId,
      kind: to.kind,
      idempotencyKey: to.key,
      recipient: to.email,
      locale: r.locale,
      subject: r.subject,
      textBody: r.text,
      htmlBody: r.html,
      calendar: to.calendar ?? null,
      status: 'queued',
      attempts: 0,
      lastError: null,
      sendAfter: now,
      createdAt: now,
      sentAt: null,
    });
    await this.em.flush();
    await this.dispatcher.enqueue(this.em, id, now);
    // Committed by the caller's transaction; the kick runs after it (or the next poll finds it).
    setTimeout(() => this.dispatcher.kick(), 50).unref();
  }
}
