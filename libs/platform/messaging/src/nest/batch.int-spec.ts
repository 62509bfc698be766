import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { IsInt, IsString } from 'class-validator';
import { currentContext, defineEvent, newTraceId, type EventEnvelope } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, describeWithNats, startTestNats, type TestDatabase, type TestNats } from '@m4pris/testing';
import { InProcessTransport } from '../in-process.transport.js';
import { NatsTransport } from '../nats.transport.js';
import { messagingEntities, OutboxEventSchema } from '../outbox.entities.js';
import { OutboxRelay, recordEvent } from '../outbox.js';
import { instancesModule, startBusMicroservice, type BusMicroservice } from './bus.host.js';
import { OnEvent, OnEvents } from './contract.decorators.js';

/*
 * Batched consumption: the events of a relay pass reach each consumer together, and a run of one
 * tenant's events is handled in one transaction with the same dedupe, ordering and redelivery as one
 * event per transaction. Effects are rows the handlers write in the consumer's transaction, so only
 * what committed is seen.
 */
class ThingChanged {
  @IsString() thingId: string;
  @IsInt() version: number;
}
const Changed = defineEvent('batchtest.v1.thing.changed', ThingChanged, { orderKey: (p) => `thing:${p.thingId}` });
const Counted = defineEvent('batchtest.v1.thing.counted', ThingChanged);
const Listed = defineEvent('batchtest.v1.thing.listed', ThingChanged, { orderKey: (p) => `listed:${p.thingId}` });

/** The lists an `@OnEvents` handler was called with (labels), in order. */
const listCalls: string[][] = [];

/** Things whose handler throws (a poison event) while listed. */
const poisoned = new Set<string>();

class Consumer {
  constructor(private readonly orm: MikroORM) {}

  private async apply(kind: string, p: ThingChanged, envelope: EventEnvelope): Promise<void> {
    if (poisoned.has(p.thingId)) throw new Error(`poison ${p.thingId}`);
    const em = this.orm.em;
    await em
      .getConnection()
      .execute(
        `insert into batchtest.applied (event_id, label, envelope_tenant, context_tenant, tx) values (?, ?, ?, ?, txid_current())`,
        [envelope.id, `${kind} ${p.thingId} v${p.version}`, envelope.tenantId, currentContext()?.tenantId ?? null],
        'run',
        em.getTransactionContext(),
      );
  }
  @OnEvent(Changed) changed(p: ThingChanged, envelope: EventEnvelope) {
    return this.apply('changed', p, envelope);
  }
  @OnEvent(Counted) counted(p: ThingChanged, envelope: EventEnvelope) {
    return this.apply('counted', p, envelope);
  }
  @OnEvents(Listed) async listed(payloads: ThingChanged[], envelopes: EventEnvelope[]) {
    expect(payloads.every((p) => p instanceof ThingChanged)).toBe(true);
    listCalls.push(payloads.map((p) => `${p.thingId} v${p.version}`));
    for (const [i, p] of payloads.entries()) await this.apply('listed', p, envelopes[i]);
  }
}

let second = 0;
const envelope = (def: { subject: string }, thingId: string, version: number, opts: { tenantId?: string | null; at?: number } = {}): EventEnvelope => ({
  id: randomUUID(),
  subject: def.subject,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + (opts.at ?? ++second) * 1000).toISOString(),
  tenantId: opts.tenantId ?? null,
  traceId: newTraceId(),
  payload: { thingId, version },
});

/** A throwaway database with the messaging tables and the table the consumer's handlers write. */
async function consumerDatabase(name: string): Promise<{ db: TestDatabase; orm: MikroORM }> {
  const db = await createTestDatabase(name);
  const orm = await MikroORM.init(defineConfig({ clientUrl: db.url, schema: 'batchtest', entities: messagingEntities, allowGlobalContext: false }));
  await orm.em.getConnection().execute('create schema if not exists batchtest');
  await orm.schema.create();
  await orm.em
    .getConnection()
    .execute('create table batchtest.applied (seq serial primary key, event_id uuid not null, label text not null, envelope_tenant uuid, context_tenant uuid, tx bigint not null)');
  return { db, orm };
}

const appliedIn = (orm: MikroORM): Promise<Applied[]> =>
  orm.em.getConnection().execute<Applied[]>('select event_id, label, envelope_tenant, context_tenant, tx from batchtest.applied order by seq');

async function processedIn(orm: MikroORM, ids: string[]): Promise<number> {
  const rows: { n: string }[] = await orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from batchtest.processed_event where event_id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
  return Number(rows[0].n);
}

interface Applied {
  event_id: string;
  label: string;
  envelope_tenant: string | null;
  context_tenant: string | null;
  tx: string;
}

describe('batched consumption (one transaction per run of a tenant’s events)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let transport: InProcessTransport;
  let relay: OutboxRelay;
  let service: BusMicroservice;
  const logger = createLogger('batch-test', 'silent');

  beforeAll(async () => {
    ({ db, orm } = await consumerDatabase('batch'));
    transport = new InProcessTransport();
    await transport.connect();
    relay = new OutboxRelay(orm, transport, 'batchtest', logger);
    service = await startBusMicroservice(instancesModule([new Consumer(orm)]), { service: 'batchtest', transport, orm, relay, logger });
  });

  afterAll(async () => {
    await service?.app.close();
    await transport?.close();
    await orm?.close(true);
    await db?.drop();
  });

  beforeEach(async () => {
    poisoned.clear();
    await orm.em.getConnection().execute('truncate batchtest.applied, batchtest.processed_event, batchtest.event_watermark, batchtest.outbox_event');
  });

  const applied = () => appliedIn(orm);
  const labels = async () => (await applied()).map((a) => a.label);
  const processed = (ids: string[]) => processedIn(orm, ids);

  it('handles a run of one tenant’s events in one transaction, in order, each in its own context', async () => {
    const tenant = randomUUID();
    const events = [envelope(Changed, 'a', 1, { tenantId: tenant }), envelope(Counted, 'a', 1, { tenantId: tenant }), envelope(Changed, 'b', 1, { tenantId: tenant })];
    expect(await transport.publishBatch(events)).toEqual({ handled: 3 });
    const rows = await applied();
    expect(rows.map((r) => r.label)).toEqual(['changed a v1', 'counted a v1', 'changed b v1']);
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
    expect(rows.every((r) => r.context_tenant === tenant)).toBe(true);
    expect(await processed(events.map((e) => e.id))).toBe(3);
  });

  it('splits a batch across tenants: each run of one tenant in its own transaction, never another tenant’s context', async () => {
    const [t1, t2] = [randomUUID(), randomUUID()];
    const events = [
      envelope(Changed, 'a', 1, { tenantId: t1 }),
      envelope(Changed, 'b', 1, { tenantId: t1 }),
      envelope(Changed, 'c', 1, { tenantId: t2 }),
      envelope(Changed, 'd', 1, { tenantId: t1 }),
      envelope(Counted, 'e', 1, { tenantId: null }),
    ];
    expect(await transport.publishBatch(events)).toEqual({ handled: 5 });
    const rows = await applied();
    expect(rows.map((r) => r.label)).toEqual(['changed a v1', 'changed b v1', 'changed c v1', 'changed d v1', 'counted e v1']);
    for (const r of rows) expect(r.context_tenant).toBe(r.envelope_tenant);
    const tx = rows.map((r) => r.tx);
    expect(tx[0]).toBe(tx[1]);
    expect(new Set([tx[1], tx[2], tx[3], tx[4]]).size).toBe(4);
  });

  it('applies an event delivered twice inside a batch, or already processed before it, once', async () => {
    const before = envelope(Counted, 'x', 0);
    await transport.publish(before);
    const a = envelope(Counted, 'x', 1);
    const b = envelope(Counted, 'x', 2);
    expect(await transport.publishBatch([a, before, b, a, { ...a }])).toEqual({ handled: 5 });
    expect(await labels()).toEqual(['counted x v0', 'counted x v1', 'counted x v2']);
    expect(await processed([before.id, a.id, b.id])).toBe(3);
  });

  it('keeps the order key’s guarantee inside a batch and against the watermark before it', async () => {
    await transport.publish(envelope(Changed, 'k', 5, { at: 50 }));
    const v2 = envelope(Changed, 'a', 2, { at: 2 });
    const v1 = envelope(Changed, 'a', 1, { at: 1 }); // late: older than v2, in the same batch
    const v3 = envelope(Changed, 'a', 3, { at: 3 });
    const k4 = envelope(Changed, 'k', 4, { at: 40 }); // older than the watermark a single event left
    const same1 = envelope(Changed, 's', 1, { at: 9 });
    const same2 = envelope(Changed, 's', 2, { at: 9 }); // same instant: applied in the order they come
    const counted = envelope(Counted, 'a', 0, { at: 0 }); // no order key: never stale
    expect(await transport.publishBatch([v2, v1, v3, k4, same1, same2, counted])).toEqual({ handled: 7 });
    expect(await labels()).toEqual(['changed k v5', 'changed a v2', 'changed a v3', 'changed s v1', 'changed s v2', 'counted a v0']);
    // Stale events are processed (not offered again), and the watermark the batch left holds for single events after it.
    expect(await processed([v1.id, k4.id])).toBe(2);
    await transport.publish(envelope(Changed, 'a', 0, { at: 2 }));
    await transport.publish(envelope(Changed, 's', 0, { at: 8 }));
    expect((await labels()).slice(6)).toEqual([]);
    const marks: { key: string; at: Date }[] = await orm.em.getConnection().execute<{ key: string; at: Date }[]>(`select key, occurred_at as at from batchtest.event_watermark order by key`);
    expect(marks.map((m) => [m.key, new Date(m.at).toISOString()])).toEqual([
      ['thing:a', v3.occurredAt],
      ['thing:k', new Date(Date.UTC(2026, 0, 1, 12, 0, 50)).toISOString()],
      ['thing:s', same2.occurredAt],
    ]);
  });

  it('hands an @OnEvents handler one event as a list of one, and a batch’s consecutive events of its subject together — never two of one key, skipped events left out', async () => {
    listCalls.length = 0;
    await transport.publish(envelope(Listed, 'a', 0));
    expect(listCalls).toEqual([['a v0']]);
    listCalls.length = 0;
    const stale = envelope(Listed, 'a', -1, { at: -100 }); // older than a v0: skipped
    const b1 = envelope(Listed, 'b', 1);
    const events = [envelope(Listed, 'a', 1), stale, b1, envelope(Listed, 'c', 1), b1, envelope(Listed, 'b', 2), envelope(Counted, 'x', 1), envelope(Listed, 'd', 1)];
    expect(await transport.publishBatch(events)).toEqual({ handled: events.length });
    expect(listCalls).toEqual([['a v1', 'b v1', 'c v1'], ['b v2'], ['d v1']]);
    expect(await labels()).toEqual(['listed a v0', 'listed a v1', 'listed b v1', 'listed c v1', 'listed b v2', 'counted x v1', 'listed d v1']);
    // All in one transaction (one tenant): the run's order across handlers is kept.
    expect(new Set((await applied()).slice(1).map((r) => r.tx)).size).toBe(1);
  });

  it('rolls a batch with a failing event back and handles the others one by one: those before it commit, it and the rest come again', async () => {
    const events = [envelope(Changed, 'p', 1), envelope(Counted, 'q', 1), envelope(Changed, 'poison', 1), envelope(Changed, 'r', 1), envelope(Counted, 's', 1)];
    poisoned.add('poison');
    const outcome = await transport.publishBatch(events);
    expect(outcome.handled).toBe(2);
    expect(String(outcome.error)).toContain('poison');
    expect(await labels()).toEqual(['changed p v1', 'counted q v1']);
    expect(await processed(events.map((e) => e.id))).toBe(2);
    // No watermark of the rolled-back batch is left behind (the key of the event after the poison included).
    const marks: { key: string }[] = await orm.em.getConnection().execute<{ key: string }[]>(`select key from batchtest.event_watermark order by key`);
    expect(marks.map((m) => m.key)).toEqual(['thing:p']);

    // Delivered again (the whole batch, as the relay offers it): the first two are duplicates now.
    poisoned.clear();
    expect(await transport.publishBatch(events)).toEqual({ handled: 5 });
    expect(await labels()).toEqual(['changed p v1', 'counted q v1', 'changed poison v1', 'changed r v1', 'counted s v1']);
  });

  it('through the outbox relay: a pass is published up to the event a consumer failed on, which is retried with the rest', async () => {
    const commit = async (thingId: string, version: number) => {
      const em = orm.em.fork();
      const id = recordEvent(em, Changed, { thingId, version }, { tenantId: null });
      await em.flush();
      await new Promise((r) => setTimeout(r, 5)); // the relay's order (occurred_at, id) is the order of these commits
      return id;
    };
    const ids = [await commit('m', 1), await commit('n', 1), await commit('poison', 1), await commit('o', 1)];
    poisoned.add('poison');
    expect(await relay.drain()).toBe(2);
    const rows = await orm.em.fork().find(OutboxEventSchema, {}, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    expect(rows.map((r) => [r.id, r.publishedAt !== null])).toEqual(ids.map((id, i) => [id, i < 2]));
    const failed = rows.find((r) => r.id === ids[2])!;
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain('poison');
    expect(await labels()).toEqual(['changed m v1', 'changed n v1']);

    poisoned.clear();
    expect(await relay.drain()).toBe(2);
    expect(await labels()).toEqual(['changed m v1', 'changed n v1', 'changed poison v1', 'changed o v1']);
  });
});

describeWithNats('batched consumption over JetStream', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let nats: TestNats;
  let transport: NatsTransport;
  let service: BusMicroservice | undefined;
  const logger = createLogger('nats-batch-test', 'silent');

  beforeAll(async () => {
    ({ db, orm } = await consumerDatabase('natsbatch'));
    nats = await startTestNats();
    transport = new NatsTransport({ servers: [nats.url], name: 'nats-batch-test', stream: 'BATCH_TEST', streamReplicas: 1, logger });
    await transport.connect();
  });

  afterAll(async () => {
    await service?.app.close();
    await transport?.close();
    await orm?.close(true);
    await nats?.stop();
    await db?.drop();
  });

  async function eventually(what: () => Promise<boolean>): Promise<void> {
    for (const deadline = Date.now() + 20_000; !(await what()); await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() > deadline) throw new Error('not reached in 20 s');
    }
  }

  const label = (e: EventEnvelope) => `counted ${(e.payload as ThingChanged).thingId} v${(e.payload as ThingChanged).version}`;

  it('hands the consumer what it has pulled in batches, each in one transaction, acked after commit', async () => {
    const events = Array.from({ length: 10 }, (_, i) => envelope(Counted, `t${i}`, i));
    for (const e of events) await transport.publish(e);
    // The durable consumer is created now and reads the stream from its start: all ten are waiting.
    service = await startBusMicroservice(instancesModule([new Consumer(orm)]), { service: 'natsbatch', transport, orm, relay: new OutboxRelay(orm, transport, 'batchtest', logger), logger });
    await eventually(async () => (await appliedIn(orm)).length >= events.length);
    const rows = await appliedIn(orm);
    expect(rows.map((r) => r.label)).toEqual(events.map(label));
    expect(new Set(rows.map((r) => r.tx)).size).toBeLessThan(events.length);
    expect(await processedIn(orm, events.map((e) => e.id))).toBe(events.length);
  });

  it('applies the other events of a batch with a failing one, and redelivers that one alone', async () => {
    await orm.em.getConnection().execute('truncate batchtest.applied');
    poisoned.add('poison');
    const events = [envelope(Counted, 'u0', 0), envelope(Counted, 'u1', 1), envelope(Counted, 'poison', 2), envelope(Counted, 'u3', 3), envelope(Counted, 'u4', 4)];
    await Promise.all(events.map((e) => transport.publish(e)));
    const others = events.filter((e) => (e.payload as ThingChanged).thingId !== 'poison').map(label);
    await eventually(async () => (await appliedIn(orm)).length >= others.length);
    expect((await appliedIn(orm)).map((r) => r.label).sort()).toEqual(others.sort());
    poisoned.clear();
    await eventually(async () => (await appliedIn(orm)).length === events.length);
    expect((await appliedIn(orm)).map((r) => r.label).sort()).toEqual(events.map(label).sort());
    expect(await processedIn(orm, events.map((e) => e.id))).toBe(events.length);
  });

  it('the relay hands a pass over at once, stored in the order given; an event over the size limit ends the pass before it and nothing after it is sent', async () => {
    await orm.em.getConnection().execute('truncate batchtest.applied');
    const nc = await connect({ servers: [nats.url] });
    const jsm = await jetstreamManager(nc);
    const stored = async () => (await jsm.streams.info('BATCH_TEST')).state.messages;
    try {
      const pass = Array.from({ length: 120 }, (_, i) => envelope(Counted, `p${i}`, i));
      expect(await transport.publishBatch(pass)).toEqual({ handled: pass.length });
      await eventually(async () => (await appliedIn(orm)).length === pass.length);
      expect((await appliedIn(orm)).map((r) => r.label)).toEqual(pass.map(label));

      await orm.em.getConnection().execute('truncate batchtest.applied');
      const before = await stored();
      const huge = envelope(Counted, 'h'.repeat(transport.maxMessageBytes()! + 10), 2);
      const refused = [envelope(Counted, 'q0', 0), envelope(Counted, 'q1', 1), huge, envelope(Counted, 'q3', 3)];
      const outcome = await transport.publishBatch(refused);
      expect(outcome.handled).toBe(2);
      expect(outcome.error).toBeDefined();
      await eventually(async () => (await appliedIn(orm)).length === 2);
      expect((await appliedIn(orm)).map((r) => r.label)).toEqual(refused.slice(0, 2).map(label));
      expect(await stored()).toBe(before + 2);
    } finally {
      await nc.close();
    }
  });

  it('acks every message of a burst longer than a pull on its first delivery: none held until the ack wait redelivers it', async () => {
    await orm.em.getConnection().execute('truncate batchtest.applied');
    const nc = await connect({ servers: [nats.url] });
    const jsm = await jetstreamManager(nc);
    const durable = 'natsbatch__batchtest_v1_thing_counted';
    const deliveries = async () => (await jsm.consumers.info('BATCH_TEST', durable)).delivered.consumer_seq;
    try {
      const before = await deliveries();
      // More than one pull (64), all at once: the consumer gathers what it holds while re-pulling.
      const events = Array.from({ length: 150 }, (_, i) => envelope(Counted, `b${i}`, i));
      await Promise.all(events.map((e) => transport.publish(e)));
      // Without every message acked on its first delivery, the last ones come only after the 30 s ack wait.
      await eventually(async () => (await appliedIn(orm)).length === events.length && (await jsm.consumers.info('BATCH_TEST', durable)).num_ack_pending === 0);
      expect(await deliveries()).toBe(before + events.length);
      expect(await processedIn(orm, events.map((e) => e.id))).toBe(events.length);
    } finally {
      await nc.close();
    }
  });
});
