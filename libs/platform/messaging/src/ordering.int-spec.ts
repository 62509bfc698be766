import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { IsInt, IsString } from 'class-validator';
import { defineEvent, type EventEnvelope } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { OnEvent } from './nest/contract.decorators.js';
import { instancesModule, startBusMicroservice, type BusMicroservice } from './nest/bus.host.js';
import { InProcessTransport } from './in-process.transport.js';
import { messagingEntities } from './outbox.entities.js';
import { OutboxRelay } from './outbox.js';

class ThingChanged {
  @IsString() thingId: string;
  @IsInt() version: number;
}
const Changed = defineEvent('ordertest.v1.thing.changed', ThingChanged, { orderKey: (p) => `thing:${p.thingId}` });
const Removed = defineEvent('ordertest.v1.thing.removed', ThingChanged, { orderKey: (p) => `thing:${p.thingId}` });
const Counted = defineEvent('ordertest.v1.thing.counted', ThingChanged);

/** What the consumer applied, in order. */
const applied: string[] = [];

class Consumer {
  @OnEvent(Changed) changed(p: ThingChanged) {
    applied.push(`changed ${p.thingId} v${p.version}`);
    return Promise.resolve();
  }
  @OnEvent(Removed) removed(p: ThingChanged) {
    applied.push(`removed ${p.thingId} v${p.version}`);
    return Promise.resolve();
  }
  @OnEvent(Counted) counted(p: ThingChanged) {
    applied.push(`counted ${p.thingId} v${p.version}`);
    return Promise.resolve();
  }
}

/**
 * Regression (fault suite: a consumer SIGKILLed while holding an event gets it again 30 s later,
 * after newer events of the same staff member): an event with an `orderKey` that is older than one
 * already applied for its key is recorded as processed but not applied.
 */
describe('late events with an order key do not overwrite newer ones', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let transport: InProcessTransport;
  let service: BusMicroservice;
  const logger = createLogger('ordering-test', 'silent');

  beforeAll(async () => {
    db = await createTestDatabase('ordering');
    orm = await MikroORM.init(defineConfig({ clientUrl: db.url, schema: 'ordertest', entities: messagingEntities, allowGlobalContext: false }));
    await orm.em.getConnection().execute('create schema if not exists ordertest');
    await orm.schema.create();
    transport = new InProcessTransport();
    await transport.connect();
    service = await startBusMicroservice(instancesModule([new Consumer()]), { service: 'ordertest', transport, orm, relay: new OutboxRelay(orm, transport, 'ordertest', logger), logger });
  });

  afterAll(async () => {
    await service?.app.close();
    await transport?.close();
    await orm?.close();
    await db?.drop();
  });

  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s)).toISOString();
  const envelope = (def: { subject: string }, thingId: string, version: number, second: number): EventEnvelope => ({
    id: randomUUID(),
    subject: def.subject,
    occurredAt: at(second),
    tenantId: null,
    traceId: randomUUID().replace(/-/g, ''),
    payload: { thingId, version },
  });

  async function processed(ids: string[]): Promise<number> {
    const rows = await orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ordertest.processed_event where event_id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
    return Number(rows[0]!.n);
  }

  it('applies newer events, skips an older one delivered late, and still records it as processed', async () => {
    const v1 = envelope(Changed, 'a', 1, 1);
    const v2 = envelope(Changed, 'a', 2, 2);
    const v3 = envelope(Changed, 'a', 3, 3);
    await transport.publish(v2);
    await transport.publish(v1); // late: older than v2
    await transport.publish(v3);
    await transport.publish(v1); // and once more: a duplicate
    expect(applied).toEqual(['changed a v2', 'changed a v3']);
    expect(await processed([v1.id, v2.id, v3.id])).toBe(3);
  });

  it('shares the key across subjects (a late change does not undo a removal); other keys and unkeyed events are independent', async () => {
    applied.length = 0;
    await transport.publish(envelope(Removed, 'b', 2, 20));
    await transport.publish(envelope(Changed, 'b', 1, 10));
    await transport.publish(envelope(Changed, 'c', 1, 10));
    await transport.publish(envelope(Counted, 'b', 1, 5));
    await transport.publish(envelope(Counted, 'b', 0, 1));
    expect(applied).toEqual(['removed b v2', 'changed c v1', 'counted b v1', 'counted b v0']);
  });

  it('applies two events of the same key and the same instant in the order they come', async () => {
    applied.length = 0;
    await transport.publish(envelope(Changed, 'd', 1, 30));
    await transport.publish(envelope(Changed, 'd', 2, 30));
    expect(applied).toEqual(['changed d v1', 'changed d v2']);
  });
});
