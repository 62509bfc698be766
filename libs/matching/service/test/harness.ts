import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { MikroORM } from '@mikro-orm/core';
import { newTraceId, PlatformError, validatePayload, type EventDef, type EventEnvelope, type RequestContext, type RoleGrant } from '@m4pris/platform-core';
import { Bus, InProcessTransport, OutboxRelay, ServiceRuntime } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { matchingEntities, matchingMigrations, matchingService, MatchingSettings } from '../src/index.js';

export interface MatchingHarness {
  db: TestDatabase;
  orm: MikroORM;
  bus: Bus;
  moduleRef: TestingModule;
  /** Publishes an event on the real (in-process) bus, as its producing module would; resolves once consumed. */
  publish<P extends object>(def: EventDef<P>, payload: P): Promise<void>;
  /** Events this harness saw published by matching (through its outbox relay), by subject. */
  published(subject: string): EventEnvelope[];
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startMatching(overrides: Partial<MatchingSettings> = {}): Promise<MatchingHarness> {
  const db = await createTestDatabase('matching');
  const orm = await openServiceOrm({ service: 'matching', clientUrl: db.url, entities: matchingEntities, migrations: matchingMigrations });
  await migrateUp(orm);
  const transport = new InProcessTransport();
  await transport.connect();
  const bus = new Bus(transport, 30_000);
  const settings = Object.assign(new MatchingSettings(), overrides);
  const moduleRef = await Test.createTestingModule({ imports: [matchingService.module(orm, settings, bus)] }).compile();
  const logger = createLogger('matching-test', 'silent');
  const relay = new OutboxRelay(orm, transport, 'matching', logger, 50);
  const runtime = new ServiceRuntime('matching', transport, orm, relay, logger);
  await runtime.register(matchingService.handlers.map((h) => moduleRef.get(h)));
  const seen: EventEnvelope[] = [];
  await transport.consume('programmes-probe', ['matching.v1.match.approved'], (e) => {
    seen.push(e);
    return Promise.resolve();
  });
  relay.start();
  return {
    db,
    orm,
    bus,
    moduleRef,
    publish: async (def, payload) => {
      const valid = validatePayload(def.payload, JSON.parse(JSON.stringify(payload)) as unknown) as object;
      const tenantId = (valid as { tenantId?: string }).tenantId ?? null;
      await transport.publish({ id: randomUUID(), subject: def.subject, occurredAt: new Date().toISOString(), tenantId, traceId: newTraceId(), payload: JSON.parse(JSON.stringify(valid)) as unknown });
    },
    published: (subject) => seen.filter((e) => e.subject === subject),
    sql: <T,>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params as never[]),
    close: async () => {
      await relay.stop();
      await moduleRef.close();
      await transport.close();
      await orm.close(true);
      await db.drop();
    },
  };
}

function ctx(roles: RoleGrant[], extra: Partial<RequestContext> = {}): RequestContext {
  return { roles, locale: 'en', traceId: newTraceId(), userId: randomUUID(), ...extra };
}

export const as = {
  platformAdmin: () => ctx([{ role: 'platform_admin' }]),
  tenantAdmin: (tenantId: string) => ctx([{ role: 'tenant_admin', tenantId }], { tenantId }),
  coordinator: (tenantId: string) => ctx([{ role: 'coordinator', tenantId }], { tenantId }),
  researcher: (tenantId: string) => ctx([{ role: 'researcher', tenantId }], { tenantId }),
  staff: (tenantId: string, staffId: string) => ctx([], { tenantId, staffId }),
};

export async function failure(p: Promise<unknown>): Promise<PlatformError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlatformError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

/** Waits until `check` passes (events flow asynchronously through the outbox relay). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
