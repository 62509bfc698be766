import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { arrivalOf, type SmtpSink } from './smtp.js';

/**
 * Where a test reads mail as the recipient would: the pickup directory the notifications module
 * writes `.eml` files to without SMTP_URL (`DATA_DIR/mail`), or a real SMTP server in the test
 * process (`startSmtpSink`) when the platform runs with SMTP_URL.
 */
export type MailSource = string | SmtpSink;

export interface MailQuery {
  /** The recipient's address (compared case-insensitively). */
  to: string;
  /** Only a mail carrying a link to this path of the web app, e.g. `/invitation` or `/reset-password`. */
  link?: string;
  /** Only a mail with exactly this subject. */
  subject?: string;
  /** Only mail that arrived at or after this time (take it just before the call that sends it: a re-issued link replaces an older one). */
  since?: Date;
  /** Default 15 s. */
  timeoutMs?: number;
}

const parsed = new Map<string, Promise<ParsedMail>>();

/** The time a pickup file was written, from its name (`<ISO time with - for : and .>-<key>.eml`). */
function writtenAt(dir: string, file: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(file);
  return m ? Date.parse(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`) : statSync(join(dir, file)).mtimeMs;
}

function addressedTo(mail: ParsedMail, to: string): boolean {
  const lists = ([] as AddressObject[]).concat(mail.to ?? []);
  return lists.some((l) => l.value.some((a) => a.address?.toLowerCase() === to.toLowerCase()));
}

async function candidates(source: MailSource, q: MailQuery): Promise<{ mail: ParsedMail; at: number }[]> {
  if (typeof source !== 'string') return source.received.map((mail) => ({ mail, at: arrivalOf(mail) }));
  if (!existsSync(source)) return [];
  const out: { mail: ParsedMail; at: number }[] = [];
  for (const file of readdirSync(source).filter((f) => f.endsWith('.eml'))) {
    const at = writtenAt(source, file);
    if (q.since && at < q.since.getTime()) continue;
    const path = join(source, file);
    let mail = parsed.get(path);
    if (!mail) {
      const raw = readFileSync(path);
      // Cheap pre-filter: the address is in the headers of every mail to it.
      if (!raw.toString('utf8').toLowerCase().includes(q.to.toLowerCase())) continue;
      mail = simpleParser(raw);
      parsed.set(path, mail);
    }
    out.push({ mail: await mail, at });
  }
  return out;
}

/** Every mail to `q.to` (optionally with a link to `q.link`, since `q.since`) that has arrived, oldest first. */
export async function mailTo(source: MailSource, q: MailQuery): Promise<ParsedMail[]> {
  return (await candidates(source, q))
    .filter(({ mail, at }) => (!q.since || at >= q.since.getTime()) && addressedTo(mail, q.to) && (!q.link || (mail.text ?? '').includes(q.link)) && (!q.subject || mail.subject === q.subject))
    .sort((a, b) => a.at - b.at)
    .map((c) => c.mail);
}

/** Waits (polling) until a mail to `q.to` matching the query has arrived; resolves with the newest. */
export async function waitForMail(source: MailSource, q: MailQuery): Promise<ParsedMail> {
  const until = Date.now() + (q.timeoutMs ?? 15_000);
  for (;;) {
    const found = await mailTo(source, q);
    if (found.length) return found[found.length - 1]!;
    if (Date.now() > until) throw new Error(`no mail to ${q.to}${q.link ? ` with a ${q.link} link` : ''} arrived in ${typeof source === 'string' ? source : 'the SMTP server'}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The single-use token of a link `<PUBLIC_URL><path>#token=…` in a mail (its plain-text part). */
export function tokenInMail(mail: ParsedMail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`${escaped}#token=([^\\s"<>]+)`).exec(mail.text ?? '');
  if (!m) throw new Error(`no ${path}#token= link in the mail "${mail.subject}"`);
  return decodeURIComponent(m[1]!);
}

/** Reads the invitee's mailbox: the token of the newest invitation to `to` (since `since`). */
export async function mailedInvitationToken(source: MailSource, to: string, since?: Date): Promise<string> {
  return tokenInMail(await waitForMail(source, { to, link: '/invitation', since }), '/invitation');
}

/** Reads the mailbox: the token of the newest password reset link to `to` (since `since`). */
export async function mailedResetToken(source: MailSource, to: string, since?: Date): Promise<string> {
  return tokenInMail(await waitForMail(source, { to, link: '/reset-password', since }), '/reset-password');
}
