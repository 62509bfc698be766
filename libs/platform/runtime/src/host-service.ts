import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, OutboxRelay, ServiceRuntime, type ServiceDefinition, type Transport } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { registerDbPool, unregisterDbPool, type HealthRegistry, type Logger, type PoolStats } from '@m4pris/platform-observability';

export interface HostOptions {
  transport: Transport;
  bus: Bus;
  databaseUrl: string;
  /** CA file for sslmode=verify-ca/verify-full (DATABASE_SSL_CA_FILE). */
  sslCaFile?: string;
  poolMax?: number;
  /** Run pending migrations first (standalone); distributed services refuse to start with pending ones. */
  migrate: boolean;
  logger: Logger;
  health?: HealthRegistry;
  outboxPollMs?: number;
}

export interface HostedService {
  name: string;
  orm: MikroORM;
  app: INestApplicationContext;
  relay: OutboxRelay;
  close(): Promise<void>;
}

/** Hosts one service: its ORM (own schema), its Nest module, its handlers on the bus, its outbox relay. */
export async function hostService<S extends object>(def: ServiceDefinition<S>, settings: S, o: HostOptions): Promise<HostedService> {
  const log = o.logger.child({ module: def.name });
  const orm = await openServiceOrm({
    service: def.name,
    clientUrl: o.databaseUrl,
    sslCaFile: o.sslCaFile,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: o.poolMax,
  });
  if (o.migrate) {
    const ran = await migrateUp(orm);
    if (ran.length > 0) log.info({ migrations: ran }, 'migrations applied');
  } else {
    await orm.em.getConnection().execute(`create schema if not exists "${def.name}"`).catch(() => undefined);
    const pending = await orm.migrator.getPending();
    if (pending.length > 0) {
      await orm.close();
      throw new Error(`${def.name}: ${pending.length} pending migration(s); run the migrate command first (${pending.map((m) => m.name).join(', ')})`);
    }
  }
  const app = await NestFactory.createApplicationContext(def.module(orm, settings, o.bus), { logger: false, abortOnError: false });
  await app.init();
  const relay = new OutboxRelay(orm, o.transport, def.name, log, o.outboxPollMs ?? 1000);
  const runtime = new ServiceRuntime(def.name, o.transport, orm, relay, log, { rowLevelSecurity: def.rowLevelSecurity });
  const subjects = await runtime.register(def.handlers.map((h) => app.get(h, { strict: false })));
  relay.start();
  // Pool figures for /metrics (m4p_db_pool_connections): the `pg` pool behind the ORM.
  const conn = orm.em.getConnection() as unknown as { getNativeClient?: () => Promise<PoolStats> };
  const pool = await conn.getNativeClient?.().catch(() => undefined);
  if (pool) registerDbPool(def.name, pool);
  o.health?.register(`db:${def.name}`, async () => {
    await orm.em.getConnection().execute('select 1');
    return { status: 'up', details: { outboxBacklog: relay.pending } };
  });
  log.info({ subjects: subjects.length }, 'module ready');
  return {
    name: def.name,
    orm,
    app,
    relay,
    close: async () => {
      unregisterDbPool(def.name);
      await relay.stop();
      await app.close();
      await orm.close();
    },
  };
}

/** Applies a service's pending migrations and exits (distributed deploy step). */
export async function migrateService(def: ServiceDefinition, databaseUrl: string, logger: Logger, sslCaFile?: string): Promise<string[]> {
  const orm = await openServiceOrm({ service: def.name, clientUrl: databaseUrl, sslCaFile, entities: def.entities, migrations: def.migrations, poolMax: 2 });
  try {
    const ran = await migrateUp(orm);
    logger.info({ module: def.name, migrations: ran }, ran.length ? 'migrations applied' : 'schema up to date');
    return ran;
  } finally {
    await orm.close();
  }
}
