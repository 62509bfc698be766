import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { MikroORM } from '@mikro-orm/core';
import { newTraceId, PlatformError, type EventDef, type RequestContext, type RoleGrant, type ScopeType } from '@m4pris/platform-core';
import { Bus, InProcessTransport, OutboxRelay, ServiceRuntime } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { programmesEntities, programmesMigrations, programmesService, ProgrammesSettings } from '../src/index.js';

export interface ProgrammesHarness {
  db: TestDatabase;
  orm: MikroORM;
  bus: Bus;
  transport: InProcessTransport;
  moduleRef: TestingModule;
  /** Delivers an event of another module through the real transport, as that module's outbox relay would. */
  publish<P extends object>(def: EventDef<P>, payload: P): Promise<void>;
  /** Payloads of events the programmes service recorded in its outbox, oldest first. */
  events<P = Record<string, unknown>>(def: EventDef<object>): Promise<P[]>;
  /** Raw SQL against the programmes schema. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startProgrammes(overrides: Partial<ProgrammesSettings> = {}): Promise<ProgrammesHarness> {
  const db = await createTestDatabase('programmes');
  const orm = await openServiceOrm({ service: 'programmes', clientUrl: db.url, entities: programmesEntities, migrations: programmesMigrations });
  await migrateUp(orm);
  const transport = new InProcessTransport();
  await transport.connect();
  const bus = new Bus(transport, 30_000);
  const settings = Object.assign(new ProgrammesSettings(), overrides);
  const moduleRef = await Test.createTestingModule({ imports: [programmesService.module(orm, settings, bus)] }).compile();
  const logger = createLogger('programmes-test', 'silent');
  // Not started: events stay in the outbox, where the tests look for them.
  const relay = new OutboxRelay(orm, transport, 'programmes', logger);
  const runtime = new ServiceRuntime('programmes', transport, orm, relay, logger);
  await runtime.register(programmesService.handlers.map((h) => moduleRef.get(h)));
  return {
    db,
    orm,
    bus,
    transport,
    moduleRef,
    publish: async (def, payload) => {
      const tenantId = (payload as { tenantId?: string }).tenantId ?? null;
      await transport.publish({ id: randomUUID(), subject: def.subject, occurredAt: new Date().toISOString(), tenantId, traceId: newTraceId(), payload });
    },
    events: async <P,>(def: EventDef<object>) =>
      (
        await orm.em
          .getConnection()
          .execute<{ payload: P }[]>(`select payload from "programmes"."outbox_event" where subject = ? order by occurred_at, id`, [def.subject])
      ).map((r: { payload: P }) => r.payload),
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
  system: (): RequestContext => ({ roles: [{ role: 'platform_admin' }], locale: 'en', traceId: newTraceId(), userId: 'system' }),
  platformAdmin: (userId?: string) => ctx([{ role: 'platform_admin' }], userId ? { userId } : {}),
  tenantAdmin: (tenantId: string, extra: Partial<RequestContext> = {}) => ctx([{ role: 'tenant_admin', tenantId }], { tenantId, ...extra }),
  coordinator: (tenantId: string, scope?: { scopeType: ScopeType; scopeId: string }) => ctx([{ role: 'coordinator', tenantId, ...scope }], { tenantId }),
  staff: (tenantId: string, staffId: string) => ctx([], { tenantId, staffId }),
  researcher: (tenantId: string) => ctx([{ role: 'researcher', tenantId }], { tenantId }),
  member: (tenantId: string, extra: Partial<RequestContext> = {}) => ctx([], { tenantId, ...extra }),
  anonymous: (): RequestContext => ({ roles: [], locale: 'en', traceId: newTraceId() }),
};

/** The PlatformError a promise rejects with (fails the test when it resolves). */
export async function failure(p: Promise<unknown>): Promise<PlatformError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlatformError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}
