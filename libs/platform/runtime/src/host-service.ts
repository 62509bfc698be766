import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, OutboxRelay, startBusMicroservice, type BusMicroservice, type ServiceDefinition, type Transport } from '@m4pris/platform-messaging';
import { migrateUp, openServiceOrm, pendingMigrations } from '@m4pris/platform-persistence';
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
  /** Sees every SQL statement of the service's ORM before it runs (tests count statements per request). */
  onQuery?: (sql: string, params: readonly unknown[]) => void;
}

/** Milliseconds each start-up phase of one module took (printed by the launchers). */
export interface HostTimings {
  /** MikroORM.init: entity discovery, the pool's first connection. */
  orm: number;
  /** The applied-migrations check, and the migrations themselves when some were pending. */
  migrations: number;
  /** Nest microservice (the module on `BusServer`): providers built, init and bootstrap hooks. */
  nest: number;
  /** Message handlers found and served on the bus (NATS: subscriptions, JetStream consumers). */
  handlers: number;
  /** The names of the migrations applied now (none when the schema was up to date). */
  applied: string[];
}

export interface HostedService {
  name: string;
  orm: MikroORM;
  app: INestApplicationContext;
  relay: OutboxRelay;
  timings: HostTimings;
  close(): Promise<void>;
}

/** A module whose handlers are registered but whose outbox relay has not started (see `prepareService`). */
export interface PreparedService extends HostedService {
  /** Starts publishing its outbox (once every module of the process has registered its consumers). */
  start(): void;
}

const since = (t: number) => Math.round(performance.now() - t);

/** Hosts one service: its ORM (own schema), its Nest module, its handlers on the bus, its outbox relay. */
export async function hostService<S extends object>(def: ServiceDefinition<S>, settings: S, o: HostOptions): Promise<HostedService> {
  const prepared = await prepareService(def, settings, o);
  prepared.start();
  return prepared;
}

/**
 * Everything of `hostService` but the outbox relay: a launcher hosting several modules in one
 * process (standalone) prepares them in parallel — each has its own schema, migrations, Nest module
 * and subjects — and starts the relays once every consumer is registered, so an event published at
 * start-up (the in-process bus keeps none) reaches every module.
 */
export async function prepareService<S extends object>(def: ServiceDefinition<S>, settings: S, o: HostOptions): Promise<PreparedService> {
  const log = o.logger.child({ module: def.name });
  let t = performance.now();
  const orm = await openServiceOrm({
    service: def.name,
    clientUrl: o.databaseUrl,
    sslCaFile: o.sslCaFile,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: o.poolMax,
    ...(o.onQuery ? { onQuery: o.onQuery } : {}),
  });
  const timings: HostTimings = { orm: since(t), migrations: 0, nest: 0, handlers: 0, applied: [] };
  t = performance.now();
  try {
    // One query answers the usual case (every migration applied) without the migrator.
    const pending = await pendingMigrations(orm, def.migrations);
    if (pending.length > 0 && o.migrate) {
      timings.applied = await migrateUp(orm);
      if (timings.applied.length > 0) log.info({ migrations: timings.applied }, 'migrations applied');
    } else if (pending.length > 0) {
      throw new Error(`${def.name}: ${pending.length} pending migration(s); run the migrate command first (${pending.join(', ')})`);
    }
  } catch (e) {
    await orm.close();
    throw e;
  }
  timings.migrations = since(t);
  const relay = new OutboxRelay(orm, o.transport, def.name, log, o.outboxPollMs ?? 1000);
  let hosted: BusMicroservice;
  try {
    hosted = await startBusMicroservice(def.module(orm, settings, o.bus), {
      service: def.name,
      transport: o.transport,
      orm,
      relay,
      logger: log,
      rowLevelSecurity: def.rowLevelSecurity,
    });
  } catch (e) {
    await orm.close();
    throw e;
  }
  const { app } = hosted;
  const subjects = hosted.server.subjects;
  timings.nest = hosted.timings.nest;
  timings.handlers = hosted.timings.handlers;
  // Pool figures for /metrics (m4p_db_pool_connections): the `pg` pool behind the ORM.
  const conn = orm.em.getConnection() as unknown as { getNativeClient?: () => Promise<PoolStats> };
  const pool = await conn.getNativeClient?.().catch(() => undefined);
  if (pool) registerDbPool(def.name, pool);
  o.health?.register(`db:${def.name}`, async () => {
    await orm.em.getConnection().execute('select 1');
    return { status: 'up', details: { outboxBacklog: relay.pending } };
  });
  log.info({ subjects: subjects.length, startMs: { orm: timings.orm, migrations: timings.migrations, nest: timings.nest, handlers: timings.handlers } }, 'module ready');
  let started = false;
  return {
    name: def.name,
    orm,
    app,
    relay,
    timings,
    start: () => {
      if (started) return;
      started = true;
      relay.start();
    },
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
    const ran = (await pendingMigrations(orm, def.migrations)).length > 0 ? await migrateUp(orm) : [];
    logger.info({ module: def.name, migrations: ran }, ran.length ? 'migrations applied' : 'schema up to date');
    return ran;
  } finally {
    await orm.close();
  }
}
