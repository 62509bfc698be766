import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { MikroORM } from '@mikro-orm/core';
import { decodeContext, newTraceId, PlatformError, type EventDef, type RequestContext, type RoleGrant } from '@m4pris/platform-core';
import { Bus, InProcessTransport, OutboxRelay, ServiceRuntime } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { GetStaffByIds, type StaffDto } from '@m4pris/identity-contracts';
import { trainingEntities, trainingMigrations, trainingService, TrainingSettings } from '../src/index.js';

export interface Person {
  id: string;
  tenantId: string;
  firstName: string;
  lastName: string;
}

export interface TrainingHarness {
  db: TestDatabase;
  orm: MikroORM;
  bus: Bus;
  transport: InProcessTransport;
  moduleRef: TestingModule;
  /** Staff members identity knows about (answered on the real bus as identity's `GetStaffByIds` would). */
  staff: Map<string, Person>;
  person(tenantId: string, firstName?: string, lastName?: string): Person;
  /** Identity stops answering (MODULE_UNAVAILABLE-like failures) while false. */
  setIdentityUp(up: boolean): void;
  /** Publishes an event of another module through the real transport, as that module would. */
  publish<P extends object>(def: EventDef<P>, payload: P, tenantId: string): Promise<void>;
  /** Raw SQL against the training schema. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  outbox(subject: string): Promise<{ payload: Record<string, unknown>; tenant_id: string }[]>;
  close(): Promise<void>;
}

export async function startTraining(): Promise<TrainingHarness> {
  const db = await createTestDatabase('training');
  const orm = await openServiceOrm({ service: 'training', clientUrl: db.url, entities: trainingEntities, migrations: trainingMigrations });
  await migrateUp(orm);
  const transport = new InProcessTransport();
  await transport.connect();
  const bus = new Bus(transport, 30_000);
  const staff = new Map<string, Person>();
  let identityUp = true;
  // Identity is another module's service: the test answers its request on the real bus, with the
  // same tenant rule (system callers name the tenant in the context; other tenants' staff are absent).
  await transport.serve(GetStaffByIds.subject, 'identity', (body, headers) => {
    if (!identityUp) return Promise.resolve({ ok: false as const, error: { category: 'MODULE_UNAVAILABLE' as const, code: 'common.MODULE_UNAVAILABLE', messageKey: 'errors.common.MODULE_UNAVAILABLE', message: 'down' } });
    const ctx = decodeContext(headers);
    const { ids } = JSON.parse(body) as { ids: string[] };
    const rows: Partial<StaffDto>[] = ids.map((id) => staff.get(id)).filter((p): p is Person => !!p && (!ctx.tenantId || p.tenantId === ctx.tenantId));
    return Promise.resolve({ ok: true as const, data: rows });
  });
  const settings = new TrainingSettings();
  const moduleRef = await Test.createTestingModule({ imports: [trainingService.module(orm, settings, bus)] }).compile();
  const logger = createLogger('training-test', 'silent');
  // Not started: events stay in the outbox, where the tests look for them.
  const relay = new OutboxRelay(orm, transport, 'training', logger);
  const runtime = new ServiceRuntime('training', transport, orm, relay, logger);
  await runtime.register(trainingService.handlers.map((h) => moduleRef.get(h)));
  const sql = <T,>(query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(query, params as never[]);
  return {
    db,
    orm,
    bus,
    transport,
    moduleRef,
    staff,
    person(tenantId, firstName = 'Ana', lastName = 'Pereira') {
      const p = { id: randomUUID(), tenantId, firstName, lastName };
      staff.set(p.id, p);
      return p;
    },
    setIdentityUp: (up) => {
      identityUp = up;
    },
    publish: async (def, payload, tenantId) => {
      await transport.publish({ id: randomUUID(), subject: def.subject, occurredAt: new Date().toISOString(), tenantId, traceId: newTraceId(), payload });
    },
    sql,
    outbox: (subject) => sql(`select payload, tenant_id from training.outbox_event where subject = ? order by occurred_at`, [subject]),
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
  coordinator: (tenantId: string, staffId?: string) => ctx([{ role: 'coordinator', tenantId }], { tenantId, ...(staffId ? { staffId } : {}) }),
  researcher: (tenantId: string) => ctx([{ role: 'researcher', tenantId }], { tenantId }),
  /** A staff member signed in (a learner, a trainer): no role grant. */
  staff: (p: { id: string; tenantId: string }, locale = 'en') => ctx([], { tenantId: p.tenantId, staffId: p.id, locale }),
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
