import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * A real SMTP server in the test process (smtp-server) that parses what it receives (mailparser).
 * `refuse` makes the next n mails fail with a temporary error (451), as a busy server would.
 */
export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  refuse(n: number): void;
  /** Resolves once at least `n` mails arrived (polls; fails after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

const arrivals = new WeakMap<ParsedMail, number>();

/** When the SMTP server received a mail (ms since the epoch). */
export function arrivalOf(mail: ParsedMail): number {
  return arrivals.get(mail) ?? 0;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          arrivals.set(mail, Date.now());
          received.push(mail);
          callback();
        },
        (e: Error) => callback(e),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (n) => {
      refusals = n;
    },
    waitFor: async (n, timeoutMs = 15_000) => {
      const until = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} mails at the SMTP server, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Parses a raw message (an .eml file of the pickup directory) as the SMTP sink does. */
export function parseMail(raw: Buffer | string): Promise<ParsedMail> {
  return simpleParser(raw);
}
