import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { messagingEntities } from '../outbox.entities.js';
import { claimEvents } from './event-claims.js';

/*
 * A consumer's claims cost what its batch holds, not what its tables hold: with 20,000 watermarks of
 * the consumer already kept, claiming a batch of 3 events reads a handful of watermark rows. (Read
 * through a join with the batch's keys, the planner scanned every watermark of the consumer: 295 ms a
 * batch at 107,000 keys in bench:scale's distributed run, growing with every staff member imported.)
 */
describe('claimEvents at scale', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const consumer = 'claims-test';

  beforeAll(async () => {
    db = await createTestDatabase('claims');
    orm = await MikroORM.init(defineConfig({ clientUrl: db.url, schema: 'claimstest', entities: messagingEntities, allowGlobalContext: false }));
    await orm.em.getConnection().execute('create schema if not exists claimstest');
    await orm.schema.create();
    await orm.em
      .getConnection()
      .execute(`insert into claimstest.event_watermark (consumer, key, occurred_at) select ?, 'staff:' || n, now() - interval '1 day' from generate_series(1, 20000) as n`, [consumer]);
    await orm.em.getConnection().execute('analyze claimstest.event_watermark');
  });

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('reads and writes only the watermarks of the batch', async () => {
    const now = new Date().toISOString();
    const events = [
      { id: randomUUID(), orderKey: 'staff:17', occurredAt: now },
      { id: randomUUID(), orderKey: 'staff:19999', occurredAt: now },
      { id: randomUUID(), orderKey: 'staff:new', occurredAt: now },
    ];
    const { outcomes, read } = await orm.em.fork().transactional(async (em) => {
      const outcomes = await claimEvents(em, consumer, events);
      // this transaction's own counters: rows the table's scans returned and fetched, and the entries its primary key returned
      const [stats] = await em
        .getConnection()
        .execute<{ returned: string; fetched: string; entries: string }[]>(
          `select pg_stat_get_xact_tuples_returned('claimstest.event_watermark'::regclass) as returned,
                  pg_stat_get_xact_tuples_fetched('claimstest.event_watermark'::regclass) as fetched,
                  pg_stat_get_xact_tuples_returned('claimstest.event_watermark_pkey'::regclass) as entries`,
          [],
          'all',
          em.getTransactionContext(),
        );
      return { outcomes, read: Number(stats.returned) + Number(stats.fetched) + Number(stats.entries) };
    });
    expect(outcomes).toEqual(['ok', 'ok', 'ok']);
    // 3 keys: their rows are read for update and written; a scan of the consumer's watermarks reads 20,000
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(100);
    const rows = await orm.em
      .getConnection()
      .execute<{ key: string; advanced: boolean }[]>(`select key, occurred_at > now() - interval '1 hour' as advanced from claimstest.event_watermark where key in ('staff:17', 'staff:19999', 'staff:new', 'staff:18') order by key`);
    expect(rows).toEqual([
      { key: 'staff:17', advanced: true },
      { key: 'staff:18', advanced: false },
      { key: 'staff:19999', advanced: true },
      { key: 'staff:new', advanced: true },
    ]);
  });
});
