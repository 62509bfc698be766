// A notifications service process for the exactly-once tests: the service's own Nest module on a
// real PostgreSQL (as a launcher hosts it), dispatching mail over SMTP with pg-boss. Run from the
// built package (dist). Environment: DATABASE_URL, SMTP_URL, and KILL_AT = `before-send` (the mail
// was rendered and queued, the row is locked, nothing handed to SMTP yet) or `after-send` (the SMTP
// server accepted the mail, the `sent` mark is not committed): at that point the process prints
// `HOOK <point> <idempotency key>` and waits to be SIGKILLed. Prints `READY`, then `SENT <key>` per
// mail handed over.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Bus, InProcessTransport } from '@m4pris/platform-messaging';
import { openServiceOrm } from '@m4pris/platform-persistence';
import { Mailer, NotificationsSettings, notificationsService } from '@m4pris/notifications-service';

const killAt = process.env.KILL_AT ?? '';
const hang = (point, key) => {
  process.stdout.write(`HOOK ${point} ${key}\n`);
  return new Promise(() => undefined);
};
const send = Mailer.prototype.send;
Mailer.prototype.send = async function (mail) {
  if (killAt === 'before-send') await hang('before-send', mail.key);
  await send.call(this, mail);
  if (killAt === 'after-send') await hang('after-send', mail.key);
  process.stdout.write(`SENT ${mail.key}\n`);
};

const settings = Object.assign(new NotificationsSettings(), {
  SMTP_URL: process.env.SMTP_URL,
  PUBLIC_URL: 'https://m4pris.test',
  MAIL_DISPATCH: 'true',
  MAIL_POLL_MS: 500,
  MAIL_LEASE_SECONDS: Number(process.env.MAIL_LEASE_SECONDS ?? 2),
  MAIL_RETRY_SECONDS: 1,
});
const orm = await openServiceOrm({ service: 'notifications', clientUrl: process.env.DATABASE_URL, entities: notificationsService.entities, migrations: notificationsService.migrations });
const transport = new InProcessTransport();
await transport.connect();
const app = await NestFactory.createApplicationContext(notificationsService.module(orm, settings, new Bus(transport, 30_000)), { logger: false });
await app.init();
process.stdout.write('READY\n');
process.once('SIGTERM', () => {
  void app.close().then(() => orm.close()).finally(() => process.exit(0));
});
