import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { JobWithMetadata } from 'pg-boss';
import { DIGEST_QUEUE, inTransaction, MailDispatcher, type DigestJob } from '../mail/mail-dispatcher.js';
import { Notifier } from '../notifier.js';
import { PersonSchema } from '../person/person.entity.js';
import { pickLocale, renderDigest } from '../templates/render.js';
import { DeliveryRulesReader } from './preferences.use-cases.js';

interface Item {
  id: string;
  title: string;
  body: string;
  link: string;
}

/**
 * The daily digest of a person who chose one mail a day: at the window's opening, their waiting
 * messages (`digest_item`, due then or earlier) become one mail in their language. In one
 * transaction: the items are locked and deleted, the mail queued (idempotency key
 * `digest:<staff>:<opening>`, unique) and the digest job completed — so a digest goes once, even if
 * its job is run again or by two replicas.
 */
@Injectable()
export class DigestSender {
  constructor(
    private readonly orm: MikroORM,
    private readonly dispatcher: MailDispatcher,
    private readonly notifier: Notifier,
    private readonly rules: DeliveryRulesReader,
  ) {
    dispatcher.digestHandler = (job) => this.send(job);
  }

  async send(job: JobWithMetadata<DigestJob>): Promise<void> {
    const { tenantId, staffId, dueAt } = job.data;
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        const trx = em.getTransactionContext();
        const items = await conn.execute<Item[]>(
          `select id, title, body, link from "notifications"."digest_item" where staff_id = ? and tenant_id = ? and due_at <= ? order by created_at, id for update`,
          [staffId, tenantId, new Date(dueAt)],
          'all',
          trx,
        );
        const person = items.length > 0 ? await em.findOne(PersonSchema, { staffId, tenantId }) : null;
        if (person) {
          const tenant = await this.rules.forTenant(tenantId);
          const rendered = renderDigest(pickLocale(person.locale), person.firstName, items.map((i: Item) => ({ title: i.title, body: i.body, link: this.notifier.link(i.link) })));
          await this.notifier.queue({ tenantId, staffId, email: person.email, kind: 'digest', key: `digest:${staffId}:${dueAt}`, sendAfter: new Date(), senderName: tenant.senderName, subjectPrefix: tenant.subjectPrefix }, rendered);
        }
        if (items.length > 0) await conn.execute(`delete from "notifications"."digest_item" where id in (${items.map(() => '?').join(',')})`, items.map((i: Item) => i.id), 'run', trx);
        await this.dispatcher.boss.complete(DIGEST_QUEUE, job.id, undefined, inTransaction(em));
      });
    } catch (e) {
      await this.dispatcher.boss.fail(DIGEST_QUEUE, job.id, { message: String((e as Error).message).slice(0, 500) }).catch(() => undefined);
    }
  }
}
