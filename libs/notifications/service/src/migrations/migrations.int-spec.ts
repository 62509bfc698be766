import { migrateDownAll, migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createTestDatabase, tableOptions, rlsCatalogue, rlsViolations, type TestDatabase } from '@m4pris/testing';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlSchemaGenerator } from '@mikro-orm/sql';
import { notificationsEntities } from '../notifications.entities.js';
import { notificationsMigrations } from './index.js';

describe('notifications migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('notif_mig');
    orm = await openServiceOrm({ service: 'notifications', clientUrl: db.url, entities: notificationsEntities, migrations: notificationsMigrations });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const tables = async () =>
    (await orm.em.getConnection().execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'notifications' and table_name <> 'mikro_orm_migrations' order by 1`)).map((r: { table_name: string }) => r.table_name);

  it('apply, match the entities, revert and apply again', async () => {
    expect(await migrateUp(orm)).toEqual(notificationsMigrations.map((m) => m.name));
    // the outbox is vacuumed every 10,000 dead rows, whatever its size (published rows stay)
    expect(await tableOptions(db.url, 'notifications', 'outbox_event')).toEqual(expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=10000']));
    expect(await tables()).toEqual(expect.arrayContaining(['person', 'notification', 'outgoing_mail', 'outbox_event', 'processed_event']));
    const diff = await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');

    await migrateDownAll(orm);
    expect(await tables()).toEqual([]);

    expect(await migrateUp(orm)).toHaveLength(notificationsMigrations.length);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('row-level security: every table with tenant_id (and every table the tenant role may read) has tenant_isolation', async () => {
    const catalogue = await rlsCatalogue(db.url, 'notifications');
    expect(rlsViolations(catalogue)).toEqual([]);
    expect(catalogue.filter((t) => t.hasPolicy).length).toBeGreaterThanOrEqual(catalogue.filter((t) => t.hasTenantId).length);
    // Bookkeeping the tenant role never touches: no grant at all.
    for (const t of ['processed_event', 'mikro_orm_migrations']) expect(catalogue.find((c) => c.table === t)?.tenantRoleCanSelect).toBe(false);
  });
});
