import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { NotificationsSettings } from '../notifications.settings.js';
import { Mailer } from './mailer.js';

interface ClaimedMail {
  id: string;
  idempotency_key: string;
  recipient: string;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  calendar: string | null;
  locale: string;
  attempts: number;
}

/** How long a dispatcher may hold a mail it claimed before another replica may take it over. */
const LEASE_SECONDS = 300;
const BATCH = 50;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min, … at most one hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

/** SQL: the recipient kept after a mail left, except the erasure notice's (its person is gone). */
const FORGET_RECIPIENT = `case when kind = 'account_erased' then 'erased' else recipient end`;

/**
 * Sends the queued mail from PostgreSQL, shared safely by replicas: a mail is claimed
 * (`for update skip locked`, status `sending`, a lease) in its own committed statement before it
 * is handed to SMTP, and marked `sent` right after. A replica that dies holding a claim leaves it
 * to be taken over after the lease; a failure is retried with exponential backoff until
 * MAIL_MAX_ATTEMPTS, then marked `failed`. Each mail carries its idempotency key as Message-ID.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = true;
  private readonly table = '"notifications"."outgoing_mail"';

  constructor(
    private readonly orm: MikroORM,
    private readonly mailer: Mailer,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.MAIL_DISPATCH !== 'true') return;
    process.stdout.write(`  ${this.mailer.describe()}\n`);
    this.start();
  }

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.settings.MAIL_POLL_MS);
      this.timer.unref();
    };
    tick();
  }

  /** Look for due mail now (after a message was decided). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        setTimeout(() => this.kick(), 20).unref();
      }
    });
    this.running.catch(() => undefined);
  }

  /** Sends everything due; resolves with the number sent. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return sent;
      for (const mail of claimed) if (await this.sendOne(mail)) sent++;
    }
  }

  private async claim(): Promise<ClaimedMail[]> {
    return this.orm.em.fork().getConnection().execute<ClaimedMail[]>(
      `update ${this.table} set status = 'sending', attempts = attempts + 1, lease_until = now() + make_interval(secs => ?)
        where id in (select id from ${this.table}
                      where (status = 'queued' and send_after <= now()) or (status = 'sending' and lease_until < now())
                      order by send_after, id limit ? for update skip locked)
        returning id, idempotency_key, recipient, subject, text_body, html_body, calendar, locale, attempts`,
      [LEASE_SECONDS, BATCH],
    );
  }

  private async sendOne(mail: ClaimedMail): Promise<boolean> {
    const conn = this.orm.em.fork().getConnection();
    try {
      await this.mailer.send({ key: mail.idempotency_key, to: mail.recipient, subject: mail.subject, text: mail.text_body ?? '', html: mail.html_body ?? '', locale: mail.locale, calendar: mail.calendar });
    } catch (e) {
      const failed = mail.attempts >= this.settings.MAIL_MAX_ATTEMPTS;
      await conn.execute(
        `update ${this.table} set status = ?, lease_until = null, last_error = ?, send_after = now() + make_interval(secs => ?)
          ${failed ? `, text_body = null, html_body = null, calendar = null, recipient = ${FORGET_RECIPIENT}` : ''} where id = ?`,
        [failed ? 'failed' : 'queued', String((e as Error).message).slice(0, 500), retryDelaySeconds(mail.attempts), mail.id],
      );
      return false;
    }
    // Sent: the bodies (an invitation link is a credential) are not kept.
    // The notice of an erasure is the last trace of the address: forgotten once handed over.
    await conn.execute(
      `update ${this.table} set status = 'sent', sent_at = now(), lease_until = null, last_error = null, text_body = null, html_body = null, calendar = null, recipient = ${FORGET_RECIPIENT} where id = ?`,
      [mail.id],
    );
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }
}
