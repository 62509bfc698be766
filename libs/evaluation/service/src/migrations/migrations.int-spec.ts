import { migrateDownAll, migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createTestDatabase, tableOptions, rlsCatalogue, rlsViolations, type TestDatabase } from '@m4pris/testing';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlSchemaGenerator } from '@mikro-orm/sql';
import { evaluationEntities } from '../evaluation.entities.js';
import { evaluationMigrations } from './index.js';

describe('evaluation migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('evaluation_mig');
    orm = await openServiceOrm({ service: 'evaluation', clientUrl: db.url, entities: evaluationEntities, migrations: evaluationMigrations });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const tables = async () =>
    (await orm.em.getConnection().execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'evaluation' and table_name <> 'mikro_orm_migrations' order by 1`)).map((r: { table_name: string }) => r.table_name);

  it('apply, match the entities, revert and apply again', async () => {
    expect(await migrateUp(orm)).toEqual(evaluationMigrations.map((m) => m.name));
    // the outbox is vacuumed every 10,000 dead rows, whatever its size (published rows stay)
    expect(await tableOptions(db.url, 'evaluation', 'outbox_event')).toEqual(expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=10000']));
    expect(await tables()).toEqual(expect.arrayContaining(['participant', 'participant_link', 'invitation_key', 'invitation', 'survey_response', 'survey_plan', 'instrument_text', 'relationship_fact', 'staff_fact', 'tenant_fact', 'processed_event']));
    const diff = await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');

    await migrateDownAll(orm);
    expect(await tables()).toEqual([]);

    expect(await migrateUp(orm)).toHaveLength(evaluationMigrations.length);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('survey-opening-announced: rows already open when issued count as announced (the sweep does not repeat them), later waves do not', async () => {
    const conn = orm.em.getConnection();
    // back to just before survey-opening-announced (later migrations are reverted with it)
    const step = evaluationMigrations.findIndex((m) => m.name === 'migration-20261202210845-survey-opening-announced');
    expect(step).toBeGreaterThan(0);
    await orm.migrator.down({ to: evaluationMigrations[step - 1]!.name });
    const row = (wave: string, opensOn: string, createdAt: string) =>
      conn.execute(
        `insert into evaluation.invitation (id, tenant_id, programme_id, participant_code, role, wave, instruments, opens_on, due_on, remind_on, created_at)
         values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'PTEST', 'mentee', ?, '["who5"]', ?, '2027-01-01', '2026-12-25', ?)`,
        [wave, opensOn, createdAt],
      );
    await row('baseline', '2026-01-05', '2026-01-05T23:30:00Z'); // issued the day it opened
    await row('closure', '2026-01-04', '2026-01-05T08:00:00Z'); // issued after it opened
    await row('midpoint', '2026-04-06', '2026-01-05T08:00:00Z'); // issued ahead of its opening
    await migrateUp(orm);
    const rows = await conn.execute<{ wave: string; announced: string | null }[]>(`select wave, to_char(opening_announced_at at time zone 'UTC', 'YYYY-MM-DD') as announced from evaluation.invitation order by wave`);
    expect(rows.map((r: { wave: string; announced: string | null }) => [r.wave, r.announced])).toEqual([
      ['baseline', '2026-01-05'],
      ['closure', '2026-01-05'],
      ['midpoint', null],
    ]);
    await conn.execute(`delete from evaluation.invitation where participant_code = 'PTEST'`);
  });

  it('row-level security: every table with tenant_id (and every table the tenant role may read) has tenant_isolation', async () => {
    const catalogue = await rlsCatalogue(db.url, 'evaluation');
    expect(rlsViolations(catalogue)).toEqual([]);
    expect(catalogue.filter((t) => t.hasPolicy).length).toBeGreaterThanOrEqual(catalogue.filter((t) => t.hasTenantId).length);
    // Bookkeeping the tenant role never touches: no grant at all.
    for (const t of ['processed_event', 'mikro_orm_migrations']) expect(catalogue.find((c) => c.table === t)?.tenantRoleCanSelect).toBe(false);
  });
});
