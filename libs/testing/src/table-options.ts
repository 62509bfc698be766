import pg from 'pg';

/** A table's storage parameters as the catalogue holds them (`pg_class.reloptions`, e.g. `autovacuum_vacuum_threshold=10000`); [] when none are set. */
export async function tableOptions(url: string, schema: string, table: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ reloptions: string[] | null }>(
      `select c.reloptions from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = $2`,
      [schema, table],
    );
    return rows[0]?.reloptions ?? [];
  } finally {
    await c.end();
  }
}
