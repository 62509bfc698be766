import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope } from '@m4pris/platform-core';

/**
 * A consumer's record of people erased (identity.v1.staff.erased): staff id and when. A service that
 * keeps a projection of people from identity's events (profile, card, contact) adds this entity to
 * its own schema, records each erasure it applies, and ignores any later-delivered event about a
 * recorded person — a redelivery, an event held by a consumer that died, or one stamped after the
 * erasure by a replica whose clock runs ahead — so an erased person's row never re-appears. The
 * event watermark (orderKey) alone does not cover this: card and contact events have keys of their
 * own, and it trusts `occurredAt`. Holds nothing about the person but the id.
 */
export const ErasedStaffSchema = defineEntity({
  name: 'ErasedStaff',
  tableName: 'erased_staff',
  properties: {
    staffId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    erasedAt: p.datetime(),
  },
});
export type ErasedStaff = InferEntity<typeof ErasedStaffSchema>;

/** Records an applied erasure (idempotent: the first erasure's time is kept). */
export async function recordErasure(em: EntityManager, e: { staffId: string; tenantId: string }, envelope?: Pick<EventEnvelope, 'occurredAt'>): Promise<void> {
  await em.getConnection().execute(
    `insert into "${em.config.get('schema')}"."erased_staff" (staff_id, tenant_id, erased_at) values (?, ?, ?) on conflict (staff_id) do nothing`,
    [e.staffId, e.tenantId, envelope ? new Date(envelope.occurredAt) : new Date()],
    'run',
    em.getTransactionContext(),
  );
}

/** Whether this consumer has applied the erasure of `staffId`: then an event about them is ignored. */
export async function isErased(em: EntityManager, staffId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ n: number }[]>(`select 1 as n from "${em.config.get('schema')}"."erased_staff" where staff_id = ?`, [staffId], 'all', em.getTransactionContext());
  return rows.length > 0;
}

/** The events of a list that are not about a person this consumer has recorded as erased (one statement; see `isErased`). */
export async function notErased<E extends { staffId: string }>(em: EntityManager, events: E[]): Promise<E[]> {
  if (events.length === 0) return [];
  const rows: { staff_id: string }[] = await em
    .getConnection()
    .execute<{ staff_id: string }[]>(
      `select staff_id from "${em.config.get('schema')}"."erased_staff" where staff_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [JSON.stringify(events.map((e) => e.staffId))],
      'all',
      em.getTransactionContext(),
    );
  const erased = new Set(rows.map((r) => r.staff_id));
  return events.filter((e) => !erased.has(e.staffId));
}
