import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import type { MikroORM } from '@mikro-orm/core';
import { newTraceId, PlatformError, type RequestContext, type RoleGrant } from '@m4pris/platform-core';
import { Bus, InProcessTransport, OutboxRelay, ServiceRuntime } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { identityEntities, identityMigrations, identityService, IdentitySettings } from '../src/index.js';

export interface IdentityHarness {
  db: TestDatabase;
  orm: MikroORM;
  bus: Bus;
  moduleRef: TestingModule;
  /** Raw SQL against the identity schema. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startIdentity(overrides: Partial<IdentitySettings> = {}): Promise<IdentityHarness> {
  const db = await createTestDatabase('identity');
  const orm = await openServiceOrm({ service: 'identity', clientUrl: db.url, entities: identityEntities, migrations: identityMigrations });
  await migrateUp(orm);
  const transport = new InProcessTransport();
  await transport.connect();
  const bus = new Bus(transport, 30_000);
  const settings = Object.assign(new IdentitySettings(), overrides);
  const moduleRef = await Test.createTestingModule({ imports: [identityService.module(orm, settings, bus)] }).compile();
  const logger = createLogger('identity-test', 'silent');
  // Not started: events stay in the outbox, where the tests look for them.
  const relay = new OutboxRelay(orm, transport, 'identity', logger);
  const runtime = new ServiceRuntime('identity', transport, orm, relay, logger);
  await runtime.register(identityService.handlers.map((h) => moduleRef.get(h)));
  return {
    db,
    orm,
    bus,
    moduleRef,
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
  coordinator: (tenantId: string) => ctx([{ role: 'coordinator', tenantId }], { tenantId }),
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
