import { migrateDownAll, migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createTestDatabase, tableOptions, type TestDatabase } from '@m4pris/testing';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlSchemaGenerator } from '@mikro-orm/sql';
import { identityEntities } from '../identity.entities.js';
import { identityMigrations } from './index.js';

describe('identity migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('identity_mig');
    orm = await openServiceOrm({ service: 'identity', clientUrl: db.url, entities: identityEntities, migrations: identityMigrations });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const tables = async () =>
    (await orm.em.getConnection().execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'identity' and table_name <> 'mikro_orm_migrations' order by 1`)).map((r: { table_name: string }) => r.table_name);

  it('apply, match the entities, revert and apply again', async () => {
    expect(await migrateUp(orm)).toEqual(identityMigrations.map((m) => m.name));
    // the outbox is vacuumed every 10,000 dead rows, whatever its size (published rows stay)
    expect(await tableOptions(db.url, 'identity', 'outbox_event')).toEqual(expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=10000']));
    expect(await tables()).toEqual(expect.arrayContaining(['tenant', 'staff', 'account', 'refresh_token', 'signing_key', 'login_attempt', 'audit_entry', 'outbox_event']));
    const diff = await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');

    await migrateDownAll(orm);
    expect(await tables()).toEqual([]);

    expect(await migrateUp(orm)).toHaveLength(identityMigrations.length);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });
});
