import { randomUUID } from 'node:crypto';
import { migrateDownAll, migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createTestDatabase, tableOptions, rlsCatalogue, rlsViolations, type TestDatabase } from '@m4pris/testing';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlSchemaGenerator } from '@mikro-orm/sql';
import { trainingEntities } from '../training.entities.js';
import { trainingMigrations } from './index.js';

describe('training migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('training_mig');
    orm = await openServiceOrm({ service: 'training', clientUrl: db.url, entities: trainingEntities, migrations: trainingMigrations });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const tables = async () =>
    (await orm.em.getConnection().execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'training' and table_name <> 'mikro_orm_migrations' order by 1`)).map((r: { table_name: string }) => r.table_name);

  it('apply, match the entities, revert and apply again', async () => {
    expect(await migrateUp(orm)).toEqual(trainingMigrations.map((m) => m.name));
    // the outbox is vacuumed every 10,000 dead rows, whatever its size (published rows stay)
    expect(await tableOptions(db.url, 'training', 'outbox_event')).toEqual(expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=10000']));
    expect(await tables()).toEqual(expect.arrayContaining(['course', 'course_version', 'training_session', 'booking', 'enrolment', 'unit_progress', 'feedback_response', 'certificate', 'staff_projection', 'cohort_participant', 'cohort_policy', 'outbox_event', 'processed_event']));
    const diff = await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');

    await migrateDownAll(orm);
    expect(await tables()).toEqual([]);

    expect(await migrateUp(orm)).toHaveLength(trainingMigrations.length);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it("certificate-locale: existing certificates get the language their stored course title is written in, else English; down drops it", async () => {
    const conn = orm.em.getConnection();
    const step = trainingMigrations.findIndex((m) => m.name === 'migration-20261203041500-certificate-locale');
    await migrateUp(orm);
    // back to just before it (down's `to` is the migration left applied)
    await orm.migrator.down({ to: trainingMigrations[step - 1]!.name });
    expect((await conn.execute(`select column_name from information_schema.columns where table_schema = 'training' and table_name = 'certificate' and column_name = 'locale'`)).length).toBe(0);
    const tenant = randomUUID();
    const greek = randomUUID(); // written in Greek, translated into Danish, the Danish title the same as the Greek one
    const english = randomUUID();
    await conn.execute(`insert into "training"."course_version" ("id", "tenant_id", "course_id", "version", "content", "created_at") values (?, ?, ?, 1, ?, now()), (?, ?, ?, 1, ?, now())`, [
      randomUUID(), tenant, greek, JSON.stringify({ baseLocale: 'el', title: { da: 'Μέντορες', el: 'Μέντορες', pt: 'Mentores' } }),
      randomUUID(), tenant, english, JSON.stringify({ title: { en: 'Peer mentor training', ro: 'Formarea mentorilor' } }),
    ]);
    const cert = (course: string, title: string, code: string) => [randomUUID(), tenant, randomUUID(), course, code, title];
    const rows = [cert(greek, 'Mentores', 'AAAA-AAAA-AAA2'), cert(greek, 'Μέντορες', 'AAAA-AAAA-AAA3'), cert(english, 'Formarea mentorilor', 'AAAA-AAAA-AAA4'), cert(english, 'A title edited since', 'AAAA-AAAA-AAA5'), cert(randomUUID(), 'No snapshot', 'AAAA-AAAA-AAA6')];
    for (const r of rows) {
      await conn.execute(`insert into "training"."certificate" ("id", "tenant_id", "enrolment_id", "course_id", "course_version", "code", "holder_name", "course_title", "issued_on") values (?, ?, ?, ?, 1, ?, 'Ana Pop', ?, '2026-12-01')`, r);
    }
    await migrateUp(orm);
    const after = await conn.execute<{ code: string; locale: string }[]>(`select code, locale from "training"."certificate" where tenant_id = ? order by code`, [tenant]);
    expect(after.map((r: { code: string; locale: string }) => [r.code, r.locale])).toEqual([
      ['AAAA-AAAA-AAA2', 'pt'],
      ['AAAA-AAAA-AAA3', 'el'], // the base language first among those with the same title
      ['AAAA-AAAA-AAA4', 'ro'],
      ['AAAA-AAAA-AAA5', 'en'],
      ['AAAA-AAAA-AAA6', 'en'],
    ]);
    await conn.execute(`delete from "training"."certificate" where tenant_id = ?`, [tenant]);
    await conn.execute(`delete from "training"."course_version" where tenant_id = ?`, [tenant]);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('row-level security: every table with tenant_id (and every table the tenant role may read) has tenant_isolation', async () => {
    const catalogue = await rlsCatalogue(db.url, 'training');
    expect(rlsViolations(catalogue)).toEqual([]);
    expect(catalogue.filter((t) => t.hasPolicy).length).toBeGreaterThanOrEqual(catalogue.filter((t) => t.hasTenantId).length);
    // Bookkeeping the tenant role never touches: no grant at all.
    for (const t of ['processed_event', 'mikro_orm_migrations']) expect(catalogue.find((c) => c.table === t)?.tenantRoleCanSelect).toBe(false);
  });
});
