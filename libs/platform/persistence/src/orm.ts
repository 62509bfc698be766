import { MikroORM, type Constructor } from '@mikro-orm/core';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Migration } from '@mikro-orm/migrations';
import { messagingEntities, tenantScopeClientFor } from '@m4pris/platform-messaging';
import { databaseTls } from './tls.js';

export interface ServiceOrmOptions {
  /** Service name; also the PostgreSQL schema and the ORM context name. */
  service: string;
  /** PostgreSQL URL; its `sslmode` (and `sslrootcert`) are honoured, see `databaseTls`. */
  clientUrl: string;
  /** CA certificate file for sslmode=verify-ca/verify-full (DATABASE_SSL_CA_FILE); overrides the URL's sslrootcert. */
  sslCaFile?: string;
  entities: unknown[];
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Directory of the service's migration sources (used only to generate new ones). */
  migrationsPath?: string;
  poolMax?: number;
  debug?: boolean;
  /**
   * Sees every SQL statement before it runs (MikroORM's `onQuery` hook; BEGIN/COMMIT are not
   * passed to it). Tests use it to count the statements a request issues; it must not change them.
   */
  onQuery?: (sql: string, params: readonly unknown[]) => void;
}

/** One ORM configuration per service: its own schema, its own migrations, the outbox tables. */
export function serviceOrmConfig(o: ServiceOrmOptions): Options {
  // MikroORM reads host, port, user, password and database from the URL and drops its query, so
  // sslmode is turned into the pool's `ssl` option here: the one place every app and the migrate
  // command connect through.
  const tls = databaseTls(o.clientUrl, o.sslCaFile);
  return defineConfig({
    clientUrl: tls.url,
    // A tenant-scoped request's settings leave with its first statement, and the service's data changes
    // are reported at COMMIT (tenant-scope.ts, data-changes.ts).
    driverOptions: { ssl: tls.ssl, Client: tenantScopeClientFor(o.service) },
    schema: o.service,
    contextName: o.service,
    entities: [...o.entities, ...messagingEntities] as never[],
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: o.poolMax ?? 10 },
    debug: o.debug ?? false,
    // Row-level security (policies and the few security-definer functions it needs) is hand-written
    // in migrations and checked by each service's catalogue test, not declared on entities: keep the
    // schema diff from dropping them.
    schemaGenerator: { ignorePolicies: true, ignoreRoutines: true },
    ...(o.onQuery
      ? {
          onQuery: (sql: string, params: readonly unknown[]) => {
            o.onQuery!(sql, params);
            return sql;
          },
        }
      : {}),
    migrations: {
      tableName: 'mikro_orm_migrations',
      schema: o.service,
      path: o.migrationsPath,
      pathTs: o.migrationsPath,
      migrationsList: o.migrations,
      emit: 'ts',
      snapshot: true,
      snapshotOnMigrate: false,
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
      fileName: (timestamp: string, name?: string) => `migration-${timestamp}${name ? '-' + name : ''}`,
    },
  });
}

export async function openServiceOrm(o: ServiceOrmOptions): Promise<MikroORM> {
  return MikroORM.init(serviceOrmConfig(o));
}

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas starting together never
 * race: the first runs them, the others wait and find nothing to do.
 */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema')!;
  const conn = orm.em.getConnection();
  await conn.execute(`create schema if not exists "${schema}"`);
  const lockKey = `m4pris-migrate-${schema}`;
  await conn.execute(`select pg_advisory_lock(hashtext(?))`, [lockKey]);
  try {
    const done = await orm.migrator.up();
    return done.map((m) => m.name);
  } finally {
    await conn.execute(`select pg_advisory_unlock(hashtext(?))`, [lockKey]);
  }
}

/**
 * The names of `migrations` not yet recorded in the service's migrations table — one query, without
 * the migrator (a start with an up-to-date schema, the usual case, needs nothing more). A missing
 * schema or table means every migration is pending. `migrateUp` decides under its lock.
 */
export async function pendingMigrations(orm: MikroORM, migrations: readonly { name: string }[]): Promise<string[]> {
  const schema = orm.config.get('schema')!;
  const table = orm.config.get('migrations').tableName ?? 'mikro_orm_migrations';
  const conn = orm.em.getConnection();
  const [exists] = await conn.execute<{ t: string | null }[]>(`select to_regclass(?) as t`, [`"${schema}"."${table}"`]);
  if (!exists?.t) return migrations.map((m) => m.name);
  const rows = await conn.execute<{ name: string }[]>(`select name from "${schema}"."${table}"`);
  // MikroORM records a name without its file extension.
  const applied = new Set(rows.map((r: { name: string }) => r.name.replace(/\.[jt]s$/, '')));
  return migrations.map((m) => m.name).filter((n) => !applied.has(n.replace(/\.[jt]s$/, '')));
}

/** Reverts every migration of the service (tests prove migrations are reversible). */
export async function migrateDownAll(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.down({ to: 0 });
  return done.map((m) => m.name);
}
