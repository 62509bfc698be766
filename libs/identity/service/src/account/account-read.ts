import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleGrant, SessionAccount } from '@m4pris/platform-core';
import { chooseLocale, toGrant } from './token-issuer.js';

/** The account row as `me` and the session check read it, with its tenant and its grants. */
export interface AccountRow {
  id: string;
  email: string;
  status: string;
  session_version: number;
  tenant_id: string | null;
  staff_id: string | null;
  locale: string | null;
  enabled_modules: string[] | null;
  default_locale: string | null;
  roles: { role: RoleGrant['role']; tenantId: string | null; scopeType: RoleGrant['scopeType'] | null; scopeId: string | null }[];
}

/**
 * The account, its tenant's modules and default language, and its grants (oldest first, as in the
 * token), in one statement: both `me` (GetMe) and the session check on every authenticated request
 * read it, so it is one round trip.
 */
export async function readAccount(em: EntityManager, accountId: string): Promise<AccountRow | undefined> {
  const [row] = await em.getConnection().execute<AccountRow[]>(
    `select a.id, a.email, a.status, a.session_version, a.tenant_id, a.staff_id, a.locale, t.enabled_modules, t.default_locale,
            coalesce((select json_agg(json_build_object('role', r.role, 'tenantId', r.tenant_id, 'scopeType', r.scope_type, 'scopeId', r.scope_id) order by r.created_at, r.id)
                        from "identity"."role_assignment" r where r.account_id = a.id), '[]') as roles
       from "identity"."account" a left join "identity"."tenant" t on t.id = a.tenant_id
      where a.id = ?`,
    [accountId],
    'all',
    em.getTransactionContext(),
  );
  return row;
}

/** What `me` shows of the account without its staff record. */
export function sessionAccountOf(row: AccountRow): SessionAccount {
  return { accountId: row.id, email: row.email, tenantId: row.tenant_id ?? null, roles: row.roles.map(toGrant), locale: chooseLocale(row.locale, row.default_locale) };
}
