import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';

/**
 * The demo reads invitation links the way a person on this machine does: from the platform's mail
 * pickup directory (`DATA_DIR/mail`, where a platform without SMTP_URL writes every e-mail as an
 * `.eml` file). The API never returns an invitation token.
 */
export class Mailbox {
  private readonly seen = new Map<string, { to: string[]; text: string }>();

  constructor(readonly dir: string) {}

  /**
   * Waits until a mail to `to` written at or after `since` carries an invitation link, and returns
   * its token (the newest such mail).
   */
  async invitationToken(to: string, since: Date, timeoutMs = 30_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    const address = to.toLowerCase();
    for (;;) {
      const token = await this.newestToken(address, since);
      if (token) return token;
      if (Date.now() > until) {
        throw new Error(
          `No invitation mail to ${to} arrived in ${this.dir} within ${timeoutMs / 1000} s. The demo reads mail from the pickup directory of a platform ` +
            `started without SMTP_URL on this machine (DATA_DIR/mail); pass --mail-dir when it is elsewhere.`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async newestToken(address: string, since: Date): Promise<string | null> {
    if (!existsSync(this.dir)) return null;
    const files = readdirSync(this.dir)
      .filter((f) => f.endsWith('.eml') && writtenAt(f) >= since.getTime())
      .sort()
      .reverse();
    for (const file of files) {
      let mail = this.seen.get(file);
      if (!mail) {
        const raw = readFileSync(join(this.dir, file));
        if (!raw.toString('utf8').toLowerCase().includes(address)) continue;
        const parsed = await simpleParser(raw);
        const to = ([] as AddressObject[]).concat(parsed.to ?? []).flatMap((l) => l.value.map((a) => (a.address ?? '').toLowerCase()));
        mail = { to, text: parsed.text ?? '' };
        this.seen.set(file, mail);
      }
      if (!mail.to.includes(address)) continue;
      const m = /\/invitation#token=([^\s"<>]+)/.exec(mail.text);
      if (m) return decodeURIComponent(m[1]!);
    }
    return null;
  }
}

/** A pickup file's name starts with the time it was written (`2026-12-02T08-01-02-345Z-…`). */
function writtenAt(file: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(file);
  return m ? Date.parse(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`) : 0;
}
