import { migrateDownAll, migrateUp, openServiceOrm } from '@m4pris/platform-persistence';
import { createTestDatabase, tableOptions, rlsCatalogue, rlsViolations, type TestDatabase } from '@m4pris/testing';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlSchemaGenerator } from '@mikro-orm/sql';
import { programmesEntities } from '../programmes.entities.js';
import { programmesMigrations } from './index.js';

describe('programmes migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('programmes_mig');
    orm = await openServiceOrm({ service: 'programmes', clientUrl: db.url, entities: programmesEntities, migrations: programmesMigrations });
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const tables = async () =>
    (await orm.em.getConnection().execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'programmes' and table_name <> 'mikro_orm_migrations' order by 1`)).map((r: { table_name: string }) => r.table_name);

  it('apply, match the entities, revert and apply again', async () => {
    expect(await migrateUp(orm)).toEqual(programmesMigrations.map((m) => m.name));
    // the outbox is vacuumed every 10,000 dead rows, whatever its size (published rows stay)
    expect(await tableOptions(db.url, 'programmes', 'outbox_event')).toEqual(expect.arrayContaining(['autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=10000']));
    expect(await tables()).toEqual(expect.arrayContaining(['programme', 'policy_version', 'cohort', 'application', 'relationship', 'meeting', 'concern', 'staff_profile', 'outbox_event', 'processed_event']));
    const diff = await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');

    await migrateDownAll(orm);
    expect(await tables()).toEqual([]);

    expect(await migrateUp(orm)).toHaveLength(programmesMigrations.length);
    expect((await (orm.schema as unknown as SqlSchemaGenerator).getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('confidentiality-platform-wording: stored copies of the old English defaults (confidentiality text, support contact) become empty (the platform wording), own texts stay; down restores them', async () => {
    const conn = orm.em.getConnection();
    const wording = 'migration-20261203041223-confidentiality-platform-wording';
    // The migrations after it are reverted first and applied again with it.
    const from = programmesMigrations.slice(programmesMigrations.findIndex((m) => m.name === wording)).map((m) => m.name);
    expect(from[0]).toBe(wording);
    const downToBeforeWording = async () => {
      for (let i = 0; i < from.length; i++) await orm.migrator.down();
    };
    const english = "What you discuss stays between the two of you. Exceptions: a risk to someone's safety, a criminal offence, or a serious breach of security must be reported through the proper channel.";
    const own = 'Alt bliver mellem os, undtagen når nogens sikkerhed er i fare.';
    await downToBeforeWording();
    const row = (version: number, text: string) =>
      conn.execute(
        `insert into programmes.policy_version (id, tenant_id, programme_id, version, policy, created_at) values (gen_random_uuid(), gen_random_uuid(), 'a0000000-0000-4000-8000-0000000000c1', ?, ?::jsonb, now())`,
        [version, JSON.stringify({ durationMonths: 6, confidentialityText: text, supportContact: contactOf(version) })],
      );
    // Version 1 keeps the shipped English support contact, version 2 has its own.
    const englishContact = { name: 'Occupational health', howToReach: 'Ask the programme coordinator for the current contact details.', supportStaffId: null };
    const ownContact = { name: 'HR-afdelingen', howToReach: 'Lokal 4410', supportStaffId: null };
    const contactOf = (version: number) => (version === 1 ? englishContact : ownContact);
    const contacts = async () =>
      (await conn.execute<{ version: number; contact: unknown }[]>(
        `select version, policy->'supportContact' as contact from programmes.policy_version where programme_id = 'a0000000-0000-4000-8000-0000000000c1' order by version`,
      )).map((r: { version: number; contact: unknown }) => [r.version, r.contact]);
    await row(1, english);
    await row(2, own);
    const texts = async () =>
      (await conn.execute<{ version: number; text: string; months: number }[]>(
        `select version, policy->>'confidentialityText' as text, (policy->>'durationMonths')::int as months from programmes.policy_version where programme_id = 'a0000000-0000-4000-8000-0000000000c1' order by version`,
      )).map((r: { version: number; text: string; months: number }) => [r.version, r.text, r.months]);

    expect(await migrateUp(orm)).toEqual(from);
    expect(await texts()).toEqual([
      [1, '', 6],
      [2, own, 6],
    ]);
    expect(await contacts()).toEqual([
      [1, { name: '', howToReach: '', supportStaffId: null }],
      [2, ownContact],
    ]);
    await downToBeforeWording();
    expect(await texts()).toEqual([
      [1, english, 6],
      [2, own, 6],
    ]);
    expect(await contacts()).toEqual([
      [1, englishContact],
      [2, ownContact],
    ]);
    expect(await migrateUp(orm)).toEqual(from);
    await conn.execute(`delete from programmes.policy_version where programme_id = 'a0000000-0000-4000-8000-0000000000c1'`);
  });

  it('row-level security: every table with tenant_id (and every table the tenant role may read) has tenant_isolation', async () => {
    const catalogue = await rlsCatalogue(db.url, 'programmes');
    expect(rlsViolations(catalogue)).toEqual([]);
    expect(catalogue.filter((t) => t.hasPolicy).length).toBeGreaterThanOrEqual(catalogue.filter((t) => t.hasTenantId).length);
    // Bookkeeping the tenant role never touches: no grant at all.
    for (const t of ['processed_event', 'mikro_orm_migrations']) expect(catalogue.find((c) => c.table === t)?.tenantRoleCanSelect).toBe(false);
  });
});
