import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { NotificationsSettings } from '../notifications.settings.js';

export interface MailToSend {
  /** The idempotency key: also the Message-ID, so a receiving server can drop a duplicate. */
  key: string;
  /** The tenant's sender name, shown instead of MAIL_FROM's (the address stays MAIL_FROM's). */
  senderName?: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  /** A calendar file (ICS), attached as `calendar.ics`. */
  calendar?: string | null;
}

/**
 * Hands mail to SMTP (SMTP_URL), or — without SMTP_URL — writes each mail as an .eml file under
 * DATA_DIR/mail/ with nodemailer's stream transport (a pickup directory a person can open).
 * nodemailer is loaded at the first mail, not at start (issue 21: ~5 MiB of an idle service's heap).
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private transporter?: Promise<Transporter>;
  readonly pickupDir?: string;

  constructor(@Inject(NotificationsSettings) private readonly settings: NotificationsSettings) {
    if (!settings.SMTP_URL) {
      this.pickupDir = resolve(settings.DATA_DIR, 'mail');
      mkdirSync(this.pickupDir, { recursive: true });
    }
  }

  /** The transport, created at the first mail (a failed load is retried at the next). */
  private transport(): Promise<Transporter> {
    this.transporter ??= import('nodemailer').then(
      ({ default: nodemailer }) =>
        this.settings.SMTP_URL
          ? nodemailer.createTransport(this.settings.SMTP_URL)
          : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
      (e: unknown) => {
        this.transporter = undefined;
        throw e;
      },
    );
    return this.transporter;
  }

  /** MAIL_FROM's address (without its display name). */
  private get fromAddress(): string {
    return /<([^>]+)>/.exec(this.settings.MAIL_FROM)?.[1] ?? this.settings.MAIL_FROM.trim();
  }

  /** Where mail goes, for the start-up line. */
  describe(): string {
    return this.pickupDir
      ? `mail: no SMTP_URL set — each e-mail is written as an .eml file in ${this.pickupDir}`
      : `mail: sending over SMTP (${new URL(this.settings.SMTP_URL!).host})`;
  }

  async send(mail: MailToSend): Promise<void> {
    const transporter = await this.transport();
    const info = (await transporter.sendMail({
      from: mail.senderName ? { name: mail.senderName, address: this.fromAddress } : this.settings.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.key}@m4pris>`,
      headers: { 'Content-Language': mail.locale },
      ...(mail.calendar ? { attachments: [{ filename: 'calendar.ics', content: mail.calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] } : {}),
    })) as { message?: Buffer };
    if (this.pickupDir && info.message) {
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.key.replace(/[^A-Za-z0-9_-]/g, '_')}.eml`;
      // Written under a temporary name, then renamed: a reader of the directory (a mail client, the
      // demo) never sees a half-written .eml — the demo once read one while it was still empty and
      // waited for an invitation that was already there.
      const tmp = join(this.pickupDir, `.${name}.tmp`);
      writeFileSync(tmp, info.message, { mode: 0o600 });
      renameSync(tmp, join(this.pickupDir, name));
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Nothing to close when no mail was sent; a transport still loading is closed once it is there.
    const transporter = this.transporter;
    this.transporter = undefined;
    if (transporter) (await transporter.catch(() => undefined))?.close();
  }
}
