import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { MikroORM } from '@mikro-orm/core';
import { newTraceId, PlatformError, validatePayload, type EventDef, type RequestContext, type RoleGrant } from '@m4pris/platform-core';
import { Bus, InProcessTransport, OutboxRelay, ServiceRuntime } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { Clock, evaluationEntities, evaluationMigrations, evaluationService, EvaluationSettings } from '../src/index.js';

/** A clock the tests move by hand (waves open, reminders fall due, invitations expire). */
export class TestClock extends Clock {
  day = '2026-01-05';
  override today(): string {
    return this.day;
  }
  override now(): Date {
    return new Date(`${this.day}T12:00:00Z`);
  }
}

export interface EvaluationHarness {
  db: TestDatabase;
  orm: MikroORM;
  bus: Bus;
  clock: TestClock;
  moduleRef: TestingModule;
  /** Publishes an event on the real bus exactly as its producing module would (validated envelope). */
  publish<P extends object & { tenantId: string }>(def: EventDef<P>, payload: P): Promise<string>;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startEvaluation(): Promise<EvaluationHarness> {
  const db = await createTestDatabase('evaluation');
  const orm = await openServiceOrm({ service: 'evaluation', clientUrl: db.url, entities: evaluationEntities, migrations: evaluationMigrations });
  await migrateUp(orm);
  const transport = new InProcessTransport();
  await transport.connect();
  const bus = new Bus(transport, 30_000);
  const clock = new TestClock();
  const moduleRef = await Test.createTestingModule({ imports: [evaluationService.module(orm, new EvaluationSettings(), bus)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const logger = createLogger('evaluation-test', 'silent');
  const relay = new OutboxRelay(orm, transport, 'evaluation', logger);
  const runtime = new ServiceRuntime('evaluation', transport, orm, relay, logger);
  await runtime.register(evaluationService.handlers.map((h) => moduleRef.get(h)));
  return {
    db,
    orm,
    bus,
    clock,
    moduleRef,
    publish: async (def, payload) => {
      const id = randomUUID();
      const validated = validatePayload(def.payload, JSON.parse(JSON.stringify(payload)) as unknown);
      await transport.publish({ id, subject: def.subject, occurredAt: new Date().toISOString(), tenantId: payload.tenantId, traceId: newTraceId(), payload: JSON.parse(JSON.stringify(validated)) as unknown });
      return id;
    },
    sql: <T,>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params as never[]),
    close: async () => {
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
  staff: (tenantId: string, staffId: string, locale = 'en') => ctx([], { tenantId, staffId, locale }),
  anonymous: (): RequestContext => ({ roles: [], locale: 'en', traceId: newTraceId() }),
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
