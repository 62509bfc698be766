import { MikroORM } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { IsInt } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, describeWithNats, startTestNats, type TestDatabase, type TestNats } from '@m4pris/testing';
import { NatsTransport } from './nats.transport.js';
import { messagingEntities } from './outbox.entities.js';
import { OutboxRelay, recordEvent } from './outbox.js';

class ThingHappened {
  @IsInt() n: number;
}
const Happened = defineEvent('outboxtest.v1.thing.happened', ThingHappened);

async function until(cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeWithNats('transactional outbox over JetStream', () => {
  let db: TestDatabase;
  let nats: TestNats;
  let orm: MikroORM;
  let transport: NatsTransport;
  let relay: OutboxRelay;
  const received: string[] = [];
  const logger = createLogger('outbox-test', 'silent');

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    nats = await startTestNats({ requireOwned: true });
    orm = await MikroORM.init(defineConfig({ clientUrl: db.url, schema: 'outboxtest', entities: messagingEntities, allowGlobalContext: false }));
    await orm.em.getConnection().execute('create schema if not exists outboxtest');
    await orm.schema.create();
    transport = new NatsTransport({ servers: [nats.url], name: 'outbox-test', stream: 'OUTBOX_TEST', streamReplicas: 1, logger });
    await transport.connect();
    await transport.consume('outbox-test-consumer', [Happened.subject], async (e) => {
      received.push(e.id);
    });
    relay = new OutboxRelay(orm, transport, 'outboxtest', logger, 100);
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await transport?.close();
    await orm?.close();
    await nats?.stop();
    await db?.drop();
  });

  async function commitEvent(n: number): Promise<string> {
    const em = orm.em.fork();
    const id = recordEvent(em, Happened, { n }, { tenantId: null });
    await em.flush();
    return id;
  }

  async function unpublished(): Promise<number> {
    const [{ c }] = await orm.em.getConnection().execute<{ c: string }[]>('select count(*) as c from outboxtest.outbox_event where published_at is null');
    return Number(c);
  }

  it('delivers a committed event', async () => {
    const id = await commitEvent(1);
    await until(() => received.includes(id));
    // The relay marks the row published after JetStream's ack, which can come after the consumer
    // already has the event: wait for the mark rather than race it.
    await until(async () => (await unpublished()) === 0);
    expect(await unpublished()).toBe(0);
  });

  it('keeps events in the outbox while NATS is down and delivers them once it is back', async () => {
    await nats.kill();
    const id2 = await commitEvent(2);
    const id3 = await commitEvent(3);
    relay.kick();
    await new Promise((r) => setTimeout(r, 1000));
    // The change committed; its event waits.
    expect(await unpublished()).toBe(2);
    expect(received).not.toContain(id2);

    await nats.start();
    await until(() => received.includes(id2) && received.includes(id3));
    // As above: the relay's mark can follow the consumer's delivery; wait for it rather than race it.
    await until(async () => (await unpublished()) === 0);
    expect(await unpublished()).toBe(0);
    // Each event stored once in the stream (outbox id = Nats-Msg-Id) and seen by the consumer.
    expect(new Set(received).size).toBe(3);
  });

  it("reads the pending rows through the partial index of unpublished rows, not past every published one", async () => {
    // 2,000 events committed and published (the relay marks each row published; the row stays).
    const em = orm.em.fork();
    const ids = Array.from({ length: 2000 }, (_, n) => recordEvent(em, Happened, { n }, { tenantId: null }));
    await em.flush();
    await until(() => ids.every((id) => received.includes(id)), 60_000);
    await until(async () => (await unpublished()) === 0, 60_000);
    const conn = orm.em.getConnection();
    await conn.execute('analyze outboxtest.outbox_event');
    // The relay's own read: the oldest unpublished rows, in order. With a plain index on published_at
    // (or none) this plan visits every published row's entry or the whole table: it got slower with
    // every event ever published until a vacuum (bench:scale, distributed, autovacuum off).
    const plan = await conn.execute<{ 'QUERY PLAN': string }[]>(
      `explain select id from outboxtest.outbox_event where published_at is null order by occurred_at, id limit 500 for update skip locked`,
    );
    const text = plan.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('Index Scan using outbox_event_pending_index');
    expect(text).not.toContain('Sort');
  });
});
