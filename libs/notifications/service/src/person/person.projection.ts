import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@m4pris/platform-core';
import { notErased, OnEvent, OnEvents, recordErasure } from '@m4pris/platform-messaging';
import { StaffContactChanged, StaffErased, type StaffContactEvent, type StaffErasedEvent } from '@m4pris/identity-contracts';
import { Notifier } from '../notifier.js';
import { WEB_PATHS } from '../templates/web-paths.js';
import { PersonSchema } from './person.entity.js';

/** Keeps the projection of people (name, e-mail, language) from identity's events. */
@Injectable()
export class PersonProjection {
  constructor(
    private readonly em: EntityManager,
    private readonly notifier: Notifier,
  ) {}

  @OnEvents(StaffContactChanged)
  async contactChanged(payloads: StaffContactEvent[], envelopes: EventEnvelope[]): Promise<void> {
    // A late contact event about an erased person does not bring their address back.
    const live = await notErased(this.em, payloads.map((p, i) => ({ ...p, occurredAt: envelopes[i].occurredAt })));
    if (live.length === 0) return;
    await this.em.upsertMany(
      PersonSchema,
      live.map((p) => ({ staffId: p.staffId, tenantId: p.tenantId, firstName: p.firstName, lastName: p.lastName, email: p.email, locale: p.locale ?? null, updatedAt: new Date(p.occurredAt) })),
    );
  }

  /**
   * Erasure: the person is told (account and security: always), then the person, their inbox and
   * the addresses of their mail go. The notice is queued first, in this same transaction, from this
   * module's own copy of the address — the only place it still exists once identity has erased the
   * staff record — and is the one row that keeps the address, until the dispatcher hands it to SMTP
   * (or gives up) and overwrites it with 'erased'. The erasure is recorded, so late events about the
   * person re-create nothing.
   */
  @OnEvent(StaffErased)
  async erased(p: StaffErasedEvent, e: EventEnvelope): Promise<void> {
    await recordErasure(this.em, p, e);
    const person = await this.em.findOne(PersonSchema, { staffId: p.staffId, tenantId: p.tenantId });
    if (person) {
      await this.notifier.toAddress({ tenantId: p.tenantId, staffId: p.staffId, email: person.email, locale: person.locale ?? null, kind: 'account_erased', path: WEB_PATHS.home, key: `${e.id}:account_erased` });
    }
    const conn = this.em.getConnection();
    const tx = this.em.getTransactionContext();
    await conn.execute(`delete from "notifications"."person" where staff_id = ?`, [p.staffId], 'run', tx);
    await conn.execute(`delete from "notifications"."notification" where staff_id = ?`, [p.staffId], 'run', tx);
    // Their preferences and the messages waiting for their digest (the digest job then finds nothing).
    await conn.execute(`delete from "notifications"."preference" where staff_id = ?`, [p.staffId], 'run', tx);
    await conn.execute(`delete from "notifications"."digest_item" where staff_id = ?`, [p.staffId], 'run', tx);
    await conn.execute(`delete from "notifications"."coordinator" where staff_id = ?`, [p.staffId], 'run', tx);
    // Their duos: no more reminders (identity also ends them through programmes).
    await conn.execute(`delete from "notifications"."duo" where mentor_staff_id = ? or mentee_staff_id = ?`, [p.staffId, p.staffId], 'run', tx);
    // Their open surveys and booked seats: no more reminders.
    await conn.execute(`delete from "notifications"."survey_reminder" where staff_id = ?`, [p.staffId], 'run', tx);
    await conn.execute(`delete from "notifications"."session_seat" where staff_id = ?`, [p.staffId], 'run', tx);
    await conn.execute(
      `update "notifications"."outgoing_mail" set recipient = 'erased', text_body = null, html_body = null, calendar = null,
         status = case when status in ('queued', 'sending') then 'failed' else status end where staff_id = ? and kind <> 'account_erased'`,
      [p.staffId],
      'run',
      tx,
    );
  }
}
