import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CATEGORY_OF, type MessageKind } from '@m4pris/notifications-contracts';
import { NotificationSchema } from './inbox/notification.entity.js';
import { MailDispatcher } from './mail/mail-dispatcher.js';
import { OutgoingMailSchema } from './mail/outgoing-mail.entity.js';
import { NotificationsSettings } from './notifications.settings.js';
import { PersonSchema } from './person/person.entity.js';
import { DigestItemSchema } from './preferences/preferences.entities.js';
import { DeliveryRulesReader } from './preferences/preferences.use-cases.js';
import { nextOpening, sendTime } from './preferences/sending-window.js';
import { Clock } from './reminders/clock.js';
import { pickLocale, renderMessage, type RenderedMessage } from './templates/render.js';
import type { WebPath } from './templates/web-paths.js';

export interface MessageToStaff {
  tenantId: string;
  staffId: string;
  kind: MessageKind;
  params?: Record<string, string>;
  /** Path into the web app: one of its routes (`WEB_PATHS`). */
  path: WebPath;
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
  /** A route of the web app, or one with a fragment (`/invitation#token=…`). */
  path: WebPath | `${WebPath}#${string}`;
  key: string;
}

/** What `queue` stores: the mail, its rendering, when it may leave and who it says it is from. */
interface Queued {
  tenantId: string | null;
  staffId: string | null;
  email: string;
  kind: MessageKind | 'digest';
  key: string;
  calendar?: string;
  sendAfter: Date;
  senderName: string | null;
  subjectPrefix: string | null;
}

/**
 * Decides a message: renders it in the recipient's language, puts it in their inbox (staff only,
 * at once) and queues the e-mail, in the caller's unit of work (the event handler's transaction, so
 * an event handled twice never queues twice). The dispatcher sends it once committed.
 *
 * The e-mail of a staff member follows their preferences and their tenant's settings: a category
 * they turned off sends no e-mail (the inbox still has it); with the daily digest it waits for the
 * digest (`digest_item`, one mail at the window's next opening); otherwise it leaves at once inside
 * the sending window, else at the window's next opening (nothing at night). Account and security
 * messages (`CATEGORY_OF` = account) ignore all three: they are always sent, at once — a
 * password-reset link that lives 30 minutes cannot wait for the morning.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly em: EntityManager,
    private readonly dispatcher: MailDispatcher,
    private readonly rules: DeliveryRulesReader,
    private readonly clock: Clock,
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
    const now = this.clock.now();
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
    const rules = await this.rules.forStaff(m.tenantId, m.staffId);
    const account = CATEGORY_OF[m.kind] === 'account';
    if (!account && rules.muted.includes(CATEGORY_OF[m.kind])) {
      await this.em.flush();
      return true;
    }
    if (!account && rules.digest) {
      const dueAt = nextOpening(now, rules.window);
      this.em.create(DigestItemSchema, { id: randomUUID(), tenantId: m.tenantId, staffId: m.staffId, kind: m.kind, idempotencyKey: m.key, title: rendered.title, body: rendered.body, link: m.path, dueAt, createdAt: now });
      await this.em.flush();
      await this.dispatcher.enqueueDigest(this.em, { tenantId: m.tenantId, staffId: m.staffId, dueAt: dueAt.toISOString() });
      return true;
    }
    const sendAfter = account ? now : sendTime(now, rules.window);
    await this.queue({ tenantId: m.tenantId, staffId: m.staffId, email: person.email, kind: m.kind, key: m.key, calendar: m.calendar, sendAfter, senderName: rules.senderName, subjectPrefix: rules.subjectPrefix }, rendered);
    return true;
  }

  /** An e-mail only (e.g. an invitation: it carries a credential and the invitee has no inbox yet). */
  async toAddress(m: MessageToAddress): Promise<void> {
    const person = m.staffId ? await this.em.findOne(PersonSchema, { staffId: m.staffId }) : null;
    const params = { ...(person ? { name: person.firstName } : {}), ...m.params };
    const rendered = renderMessage(m.kind, pickLocale(m.locale, person?.locale), params, this.link(m.path));
    const tenant = await this.rules.forTenant(m.tenantId);
    // Account and security messages only: always sent, at once (see above).
    await this.queue({ tenantId: m.tenantId, staffId: m.staffId, email: m.email, kind: m.kind, key: m.key, sendAfter: this.clock.now(), senderName: tenant.senderName, subjectPrefix: tenant.subjectPrefix }, rendered);
  }

  /** The mail row and its job, in one transaction (the caller's, or one of its own). The tenant's subject prefix goes before the subject. */
  async queue(to: Queued, r: Pick<RenderedMessage, 'locale' | 'subject' | 'text' | 'html'>): Promise<void> {
    if (!this.em.isInTransaction()) {
      await this.em.transactional(() => this.queue(to, r));
      return;
    }
    const now = this.clock.now();
    const id = randomUUID();
    this.em.create(OutgoingMailSchema, {
      id,
      tenantId: to.tenantId,
      staffId: to.staffId,
      kind: to.kind,
      idempotencyKey: to.key,
      recipient: to.email,
      locale: r.locale,
      subject: to.subjectPrefix ? `${to.subjectPrefix} ${r.subject}` : r.subject,
      senderName: to.senderName,
      textBody: r.text,
      htmlBody: r.html,
      calendar: to.calendar ?? null,
      status: 'queued',
      attempts: 0,
      lastError: null,
      sendAfter: to.sendAfter,
      createdAt: now,
      sentAt: null,
    });
    await this.em.flush();
    // Due now: the job is due at once (by the job scheduler's time); later (the window's opening): at that time.
    await this.dispatcher.enqueue(this.em, id, to.sendAfter > now ? to.sendAfter : null);
    // Committed by the caller's transaction; the kick runs after it (or the next poll finds it).
    setTimeout(() => this.dispatcher.kick(), 50).unref();
  }
}
