import { migrateDownAll, migrateUp, openServiceOrm, pendingMigrations } from '@m4pris/platform-persistence';
import { createTestDatabase, tableOptions, type TestDatabase } from '@m4pris/testing';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlSchemaGenerator } from '@mikro-orm/sql';
import { matchingEntities } from '../matching.entities.js';
import { matchingMigrations } from './index.js';

describe('matching migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('matching_mig');
    orm = await openServiceOrm({ service: 'matching', clientUrl: db.url, entities: matchingEntities, migrations: matchingMigrations });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const tables = async () =>
    (await orm.em.getConnection().execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'matching' and table_name <> 'mikro_orm_migrations' order by 1`)).map((r: { table_name: string }) => r.table_name);

  it('apply, match the entities, revert and apply again', async () => {
    const names = matchingMigrations.map((m) => m.name);
    // The launchers' cheap check (no schema, no table yet: everything is pending).
    expect(await pendingMigrations(orm, matchingMigrations)).toEqual(names);
    expect(await migrateUp(orm)).toEqual(names);
    // the outbox is vacuumed every 10,000 dead rows, whatever its size (published rows stay)
    expect(await tableOptions(db.url, 'matching', 'outbox_event')).toEqual(expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=10000']));
    expect(await pendingMigrations(orm, matchingMigrations)).toEqual([]);
    expect(await tables()).toEqual(expect.arrayContaining(['cohort', 'participant', 'staff_profile', 'shift_pattern', 'trained_mentor', 'duo', 'match_run', 'proposal', 'unmatched', 'pair_rule', 'weights', 'outbox_event', 'processed_event']));
    const diff = await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');

    await migrateDownAll(orm);
    expect(await tables()).toEqual([]);
    expect(await pendingMigrations(orm, matchingMigrations)).toEqual(names);

    expect(await migrateUp(orm)).toHaveLength(matchingMigrations.length);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });
});
