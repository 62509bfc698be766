import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { PgBoss, fromKysely, type JobWithMetadata } from 'pg-boss';
import { NotificationsSettings } from '../notifications.settings.js';
import { Mailer } from './mailer.js';

interface ClaimedMail {
  id: string;
  sender_name: string | null;
  idempotency_key: string;
  recipient: string;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  calendar: string | null;
  locale: string;
}

/** A job names the mail to send; the mail itself (and any personal data) stays in `outgoing_mail`. */
export interface MailJob {
  mailId: string;
}

/** A person's daily digest, due at the sending window's opening (`dueAt`, ISO). */
export interface DigestJob {
  tenantId: string;
  staffId: string;
  dueAt: string;
}

/** Sends the digest of a job (DigestSender); set by it, so the dispatcher needs no notifier. */
export type DigestHandler = (job: JobWithMetadata<DigestJob>) => Promise<void>;

/** A job id (UUID) derived from a key: the same digest is queued once, however many messages join it. */
export function jobIdOf(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** pg-boss keeps its tables in a schema of its own, next to the service's. */
export const JOBS_SCHEMA = 'notifications_jobs';
/** One job per mail; its id is the mail's id, so a mail is never queued twice. */
export const MAIL_QUEUE = 'notifications-mail';
/** A job that used up its attempts (SMTP kept refusing, or dispatchers kept dying holding it). */
export const MAIL_DEAD_QUEUE = 'notifications-mail-dead';
/** One job per person and window opening: their daily digest. */
export const DIGEST_QUEUE = 'notifications-digest';
const BATCH = 20;

/** SQL: the recipient kept after a mail left, except the erasure notice's (its person is gone). */
const FORGET_RECIPIENT = `case when kind = 'account_erased' then 'erased' else recipient end`;

/** The transaction a MikroORM entity manager is in, as pg-boss's `db` (jobs change with the rows). */
export function inTransaction(em: EntityManager): { db: ReturnType<typeof fromKysely> } | Record<string, never> {
  const trx = em.getTransactionContext<Parameters<typeof fromKysely>[0]>();
  return trx ? { db: fromKysely(trx) } : {};
}

/**
 * Sends the queued mail with pg-boss (PostgreSQL-backed jobs): one job per mail, queued in the
 * transaction that decided the message, due at the mail's `send_after`.
 *
 * Exactly once: a job sends its mail inside one transaction that locks the mail row
 * (`for update skip locked`, status `queued`), hands it to SMTP, marks it `sent` and completes the
 * job — all or nothing. A dispatcher that dies before that commit leaves the row `queued` and the
 * job active; pg-boss retries the job after MAIL_LEASE_SECONDS (another replica or the restarted
 * process takes it). A job whose row is already `sent` or `failed` completes without sending. The
 * one window left is a process dying after the SMTP server accepted the mail and before the commit:
 * the retry carries the same Message-ID (the idempotency key), so a receiving server can drop it.
 *
 * SMTP failures: the job fails and pg-boss retries it with exponential backoff (MAIL_RETRY_SECONDS,
 * doubling, at most an hour) until MAIL_MAX_ATTEMPTS; then the mail is marked `failed` (bodies
 * cleared) and the job goes to the dead-letter queue.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  readonly boss: PgBoss;
  private started?: Promise<void>;
  private workerIds: string[] = [];
  /** Set by DigestSender. */
  digestHandler?: DigestHandler;
  private readonly table = '"notifications"."outgoing_mail"';

  constructor(
    private readonly orm: MikroORM,
    private readonly mailer: Mailer,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {
    const driver = (orm.config.get('driverOptions') ?? {}) as { ssl?: unknown };
    const supervise = Math.max(1, Math.min(60, settings.MAIL_LEASE_SECONDS));
    this.boss = new PgBoss({
      connectionString: orm.config.get('clientUrl'),
      ...(driver.ssl ? { ssl: driver.ssl as never } : {}),
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'm4pris-notifications-jobs',
      superviseIntervalSeconds: supervise,
      monitorIntervalSeconds: supervise,
    });
    this.boss.on('error', (e: Error) => process.stderr.write(`notifications: job queue error: ${e.message}\n`));
  }

  /** Starts pg-boss (installing or migrating its schema under its own advisory lock) and the queues, once. */
  ready(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      if (!(await this.boss.getQueue(MAIL_DEAD_QUEUE))) await this.boss.createQueue(MAIL_DEAD_QUEUE);
      const options = {
        retryLimit: this.settings.MAIL_MAX_ATTEMPTS - 1,
        retryDelay: this.settings.MAIL_RETRY_SECONDS,
        retryBackoff: true,
        retryDelayMax: 3600,
        expireInSeconds: this.settings.MAIL_LEASE_SECONDS,
        deadLetter: MAIL_DEAD_QUEUE,
      };
      if (await this.boss.getQueue(MAIL_QUEUE)) await this.boss.updateQueue(MAIL_QUEUE, options);
      else await this.boss.createQueue(MAIL_QUEUE, options);
      const digestOptions = { retryLimit: this.settings.MAIL_MAX_ATTEMPTS - 1, retryDelay: this.settings.MAIL_RETRY_SECONDS, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: this.settings.MAIL_LEASE_SECONDS };
      if (!(await this.boss.getQueue(DIGEST_QUEUE))) await this.boss.createQueue(DIGEST_QUEUE, digestOptions);
    })();
    return this.started;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.MAIL_DISPATCH !== 'true') return;
    process.stdout.write(`  ${this.mailer.describe()}\n`);
    await this.start();
  }

  /** Starts the workers of this process: due mail, and mail whose job ran out of attempts. */
  async start(): Promise<void> {
    await this.ready();
    // pg-boss polls at most every 500 ms (a new message also wakes the worker: `kick`).
    const pollingIntervalSeconds = Math.max(500, this.settings.MAIL_POLL_MS) / 1000;
    this.workerIds.push(
      await this.boss.work<MailJob>(MAIL_QUEUE, { batchSize: BATCH, includeMetadata: true, pollingIntervalSeconds }, async (jobs) => {
        await this.handle(jobs as JobWithMetadata<MailJob>[]);
      }),
      await this.boss.work<DigestJob>(DIGEST_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: Math.max(pollingIntervalSeconds, 5) }, async (jobs) => {
        for (const job of jobs as JobWithMetadata<DigestJob>[]) await this.digestHandler?.(job);
      }),
      await this.boss.work<MailJob>(MAIL_DEAD_QUEUE, { batchSize: BATCH, pollingIntervalSeconds: Math.max(pollingIntervalSeconds, 5) }, async (jobs) => {
        for (const job of jobs) await this.giveUp(job.data.mailId, 'no attempt left');
      }),
    );
  }

  /** Queues the job for a mail row, due at `sendAfter` (null: now), in the transaction of `em` when it is in one (else on its own). */
  async enqueue(em: EntityManager, mailId: string, sendAfter: Date | null): Promise<void> {
    await this.ready();
    await this.boss.send(MAIL_QUEUE, { mailId } satisfies MailJob, { id: mailId, ...(sendAfter ? { startAfter: sendAfter } : {}), ...inTransaction(em) });
  }

  /**
   * Queues the digest job of a person for a window opening, in the transaction of `em`: its id is
   * derived from person and opening, so the day's further messages queue nothing more.
   */
  async enqueueDigest(em: EntityManager, job: DigestJob): Promise<void> {
    await this.ready();
    await this.boss.send(DIGEST_QUEUE, job, { id: jobIdOf(`digest:${job.staffId}:${job.dueAt}`), startAfter: new Date(job.dueAt), ...inTransaction(em) });
  }

  /** Look for due mail now (after a message was decided) instead of at the next poll. */
  kick(): void {
    for (const id of this.workerIds) this.boss.notifyWorker(id);
  }

  /** Sends everything due now in this process (tests, tools), digests first; resolves with the number of mails sent. */
  async drain(): Promise<number> {
    await this.ready();
    for (;;) {
      const jobs = (await this.boss.fetch<DigestJob>(DIGEST_QUEUE, { batchSize: BATCH, includeMetadata: true })) as JobWithMetadata<DigestJob>[];
      if (jobs.length === 0) break;
      for (const job of jobs) await this.digestHandler?.(job);
    }
    let sent = 0;
    for (;;) {
      const jobs = (await this.boss.fetch<MailJob>(MAIL_QUEUE, { batchSize: BATCH, includeMetadata: true })) as JobWithMetadata<MailJob>[];
      if (jobs.length === 0) return sent;
      sent += await this.handle(jobs);
    }
  }

  private async handle(jobs: JobWithMetadata<MailJob>[]): Promise<number> {
    let sent = 0;
    for (const job of jobs) if (await this.sendOne(job)) sent++;
    return sent;
  }

  /** One job: lock the row, hand it to SMTP, mark it sent and complete the job — one transaction. */
  private async sendOne(job: JobWithMetadata<MailJob>): Promise<boolean> {
    const attempt = job.retryCount + 1;
    let failure: Error | undefined;
    let sent = false;
    await this.orm.em.fork().transactional(async (em) => {
      const conn = em.getConnection();
      const trx = em.getTransactionContext();
      const [mail] = await conn.execute<ClaimedMail[]>(
        `select id, idempotency_key, sender_name, recipient, subject, text_body, html_body, calendar, locale from ${this.table} where id = ? and status = 'queued' for update skip locked`,
        [job.data.mailId],
        'all',
        trx,
      );
      if (!mail) {
        const [row] = await conn.execute<{ status: string }[]>(`select status from ${this.table} where id = ?`, [job.data.mailId], 'all', trx);
        // Held by another dispatcher (a retried job while the first is still at it): let this one retry.
        if (row?.status === 'queued') throw new Error('mail held by another dispatcher');
        // Already sent, failed or erased: nothing to send.
        await this.boss.complete(MAIL_QUEUE, job.id, undefined, inTransaction(em));
        return;
      }
      try {
        await this.mailer.send({ key: mail.idempotency_key, senderName: mail.sender_name, to: mail.recipient, subject: mail.subject, text: mail.text_body ?? '', html: mail.html_body ?? '', locale: mail.locale, calendar: mail.calendar });
      } catch (e) {
        failure = e as Error;
        const last = attempt >= this.settings.MAIL_MAX_ATTEMPTS;
        await conn.execute(
          `update ${this.table} set status = ?, attempts = ?, last_error = ?
            ${last ? `, text_body = null, html_body = null, calendar = null, recipient = ${FORGET_RECIPIENT}` : ''} where id = ?`,
          [last ? 'failed' : 'queued', attempt, String(failure.message).slice(0, 500), mail.id],
          'run',
          trx,
        );
        await this.boss.fail(MAIL_QUEUE, job.id, { message: String(failure.message).slice(0, 500) }, inTransaction(em));
        return;
      }
      // Sent: the bodies (an invitation link is a credential) are not kept.
      // The notice of an erasure is the last trace of the address: forgotten once handed over.
      await conn.execute(
        `update ${this.table} set status = 'sent', sent_at = now(), attempts = ?, last_error = null, text_body = null, html_body = null, calendar = null, recipient = ${FORGET_RECIPIENT} where id = ?`,
        [attempt, mail.id],
        'run',
        trx,
      );
      await this.boss.complete(MAIL_QUEUE, job.id, undefined, inTransaction(em));
      sent = true;
    }).catch(async (e: Error) => {
      // The transaction did not commit (held elsewhere, database trouble): pg-boss retries the job.
      await this.boss.fail(MAIL_QUEUE, job.id, { message: String(e.message).slice(0, 500) }).catch(() => undefined);
    });
    return sent && !failure;
  }

  /** A job that used up its attempts: its mail (if still queued) is marked failed and its bodies go. */
  private async giveUp(mailId: string, reason: string): Promise<void> {
    await this.orm.em.fork().getConnection().execute(
      `update ${this.table} set status = 'failed', last_error = ?, text_body = null, html_body = null, calendar = null, recipient = ${FORGET_RECIPIENT} where id = ? and status = 'queued'`,
      [reason, mailId],
    );
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}

