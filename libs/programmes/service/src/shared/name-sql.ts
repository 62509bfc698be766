import { raw, type EntityManager } from '@mikro-orm/core';
import { containsPattern } from '@m4pris/platform-core';

/**
 * SQL over programmes' own projection of display names (`staff_card`), for lists whose callers may
 * see the names (a coordinator's applications and duos): sorting and searching happen in the
 * database, inside the list's own scope filter, so neither can reach a row the caller does not see.
 * Each call makes new fragments (MikroORM recognises a raw fragment once per query).
 */
export function displayNameSort(em: EntityManager, column: string): string {
  return raw((alias) => `(select lower(c.display_name) from ${cards(em)} c where c.staff_id = ${alias}.${column} and c.tenant_id = ${alias}.tenant_id)`);
}

/** A filter entry: one of `columns` names a person whose display name contains `search` (case-insensitive). */
export function displayNameMatches(em: EntityManager, columns: string[], search: string): Record<string, unknown[]> {
  const key = raw(
    (alias) =>
      `exists (select 1 from ${cards(em)} c where c.tenant_id = ${alias}.tenant_id and c.staff_id in (${columns.map((col) => `${alias}.${col}`).join(', ')}) and c.display_name ilike ?)`,
    [containsPattern(search)],
  );
  return { [key]: [] };
}

/** The projection's table in the service's own schema. */
function cards(em: EntityManager): string {
  const schema = em.config.get('schema');
  return schema ? `"${schema}".staff_card` : 'staff_card';
}
