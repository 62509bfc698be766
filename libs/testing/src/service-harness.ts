import { randomUUID } from 'node:crypto';
import { Test, type TestingModule, type TestingModuleBuilder } from '@nestjs/testing';
import type { MikroORM } from '@mikro-orm/core';
import { newTraceId, validatePayload, type EventDef } from '@m4pris/platform-core';
import type { INestMicroservice } from '@nestjs/common';
import { Bus, BusServer, InProcessTransport, OutboxRelay, type ServiceDefinition } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from './postgres.js';

export interface ServiceHarness {
  db: TestDatabase;
  orm: MikroORM;
  bus: Bus;
  transport: InProcessTransport;
  moduleRef: TestingModule;
  /** The service's Nest microservice on the bus (its handlers served by `BusServer`). */
  app: INestMicroservice;
  relay: OutboxRelay;
  /**
   * Delivers an event of another module through the real transport, validated and enveloped as that
   * module's outbox relay would; resolves once every consumer handled it. Returns the event id.
   * `occurredAt` (default now) lets a test deliver an older event late (events with an `orderKey`).
   */
  publish<P extends object>(def: EventDef<P>, payload: P, opts?: { tenantId?: string | null; occurredAt?: Date }): Promise<string>;
  /** Payloads this service recorded in its outbox for `subject`, oldest first. */
  outbox<P = Record<string, unknown>>(subject: string): Promise<P[]>;
  /** Raw SQL against the service's database. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface ServiceHarnessOptions<S extends object> {
  settings?: Partial<S>;
  /** Adjust the Nest testing module (e.g. override a clock) before it compiles. */
  configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** Called once the transport is up, before the service registers (serve another module's subject). */
  beforeRegister?: (transport: InProcessTransport) => Promise<void>;
  /** Start the outbox relay (events then leave the outbox); by default they stay where tests read them. */
  relay?: { start: boolean; pollMs?: number };
  /** Sees every SQL statement the service's ORM sends (e.g. to count the statements of one request). */
  onQuery?: (sql: string, params: readonly unknown[]) => void;
}

/**
 * One service of the platform on a real PostgreSQL database (migrated) and the real in-process
 * bus, with its handlers served exactly as a launcher serves them (a Nest microservice on `BusServer`).
 */
export async function startServiceHarness<S extends object>(def: ServiceDefinition<S>, opts: ServiceHarnessOptions<S> = {}): Promise<ServiceHarness> {
  const db = await createTestDatabase(def.name);
  const orm = await openServiceOrm({ service: def.name, clientUrl: db.url, entities: def.entities, migrations: def.migrations, onQuery: opts.onQuery });
  await migrateUp(orm);
  const transport = new InProcessTransport();
  await transport.connect();
  const bus = new Bus(transport, 30_000);
  await opts.beforeRegister?.(transport);
  const settings = Object.assign(new def.settings(), opts.settings ?? {});
  const builder = Test.createTestingModule({ imports: [def.module(orm, settings, bus)] });
  const moduleRef = await (opts.configure ? opts.configure(builder) : builder).compile();
  const logger = createLogger(`${def.name}-test`, 'silent');
  const relay = new OutboxRelay(orm, transport, def.name, logger, opts.relay?.pollMs);
  const server = new BusServer({ service: def.name, transport, orm, relay, logger, rowLevelSecurity: def.rowLevelSecurity });
  const app = moduleRef.createNestMicroservice({ strategy: server, logger: false });
  server.attach(app);
  // The server listens without `app.listen()`, which would run the module's init and bootstrap hooks
  // (mail workers, reminder schedules): tests drive those themselves, as before.
  await new Promise<void>((resolve, reject) => void server.listen((e) => (e ? reject(e instanceof Error ? e : new Error(String(e))) : resolve())));
  if (opts.relay?.start) relay.start();
  const sql = <T,>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params as never[]);
  return {
    db,
    orm,
    bus,
    transport,
    moduleRef,
    app,
    relay,
    publish: async (eventDef, payload, o = {}) => {
      const valid = JSON.parse(JSON.stringify(validatePayload(eventDef.payload, JSON.parse(JSON.stringify(payload)) as unknown))) as unknown;
      const id = randomUUID();
      const tenantId = o.tenantId !== undefined ? o.tenantId : ((payload as { tenantId?: string }).tenantId ?? null);
      await transport.publish({ id, subject: eventDef.subject, occurredAt: (o.occurredAt ?? new Date()).toISOString(), tenantId, traceId: newTraceId(), payload: valid });
      return id;
    },
    outbox: async <P,>(subject: string) =>
      (await sql<{ payload: P }>(`select payload from "${def.name}"."outbox_event" where subject = ? order by occurred_at, id`, [subject])).map((r: { payload: P }) => r.payload),
    sql,
    close: async () => {
      if (opts.relay?.start) await relay.stop();
      await app.close();
      await transport.close();
      await orm.close(true);
      await db.drop();
    },
  };
}
