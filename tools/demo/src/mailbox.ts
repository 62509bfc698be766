import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';

/**
 * The demo reads invitation links the way a person on this machine does: from the platform's mail
 * pickup directory (`DATA_DIR/mail`, where a platform without SMTP_URL writes every e-mail as an
 * `.eml` file). The API never returns an invitation token.
 */
export class Mailbox {
  /**
   * Every pickup file read so far, by name: each file is read once (its lower-case text kept to
   * find the addressee) and parsed only when it is addressed to someone the demo waits for. A
   * pilot-size run invites a few hundred people while the platform writes other mail too; reading
   * the whole directory again on every poll made waiting for one invitation cost O(files).
   */
  private readonly files = new Map<string, { raw: Buffer; lower: string; parsed?: { to: string[]; text: string } }>();

  constructor(readonly dir: string) {}

  /**
   * Waits until a mail to `to` written at or after `since` carries an invitation link, and returns
   * its token (the newest such mail). The wait is long: on a loaded machine the platform may still
   * be working through a bulk import's events (each one reaches every module) before the mail.
   */
  async invitationToken(to: string, since: Date, timeoutMs = 240_000): Promise<string> {
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

  /** Files read so far (for tests). */
  get filesRead(): number {
    return this.files.size;
  }

  private async newestToken(address: string, since: Date): Promise<string | null> {
    if (!existsSync(this.dir)) return null;
    const names = readdirSync(this.dir)
      .filter((f) => f.endsWith('.eml') && writtenAt(f) >= since.getTime())
      .sort()
      .reverse();
    for (const file of names) {
      let mail = this.files.get(file);
      if (!mail) {
        const raw = readFileSync(join(this.dir, file));
        mail = { raw, lower: raw.toString('utf8').toLowerCase() };
        // Kept only once its headers are complete: a file read while the platform was still writing
        // it (an older platform wrote in place) was kept empty and never read again.
        if (mail.lower.includes('\r\n\r\n') || mail.lower.includes('\n\n')) this.files.set(file, mail);
      }
      if (!mail.lower.includes(address)) continue;
      if (!mail.parsed) {
        const parsed = await simpleParser(mail.raw);
        const to = ([] as AddressObject[]).concat(parsed.to ?? []).flatMap((l) => l.value.map((x) => (x.address ?? '').toLowerCase()));
        mail.parsed = { to, text: parsed.text ?? '' };
      }
      if (!mail.parsed.to.includes(address)) continue;
      const m = /\/invitation#token=([^\s"<>]+)/.exec(mail.parsed.text);
      if (m) return decodeURIComponent(m[1]!);
      // Addressed to them but no link (another kind of mail, or read while it was being written): read it again next time.
      this.files.delete(file);
    }
    return null;
  }
}

/** A pickup file's name starts with the time it was written (`2026-12-02T08-01-02-345Z-…`). */
function writtenAt(file: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(file);
  return m ? Date.parse(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`) : 0;
}
