import type { EntityManager } from '@mikro-orm/core';

/**
 * PostgreSQL row-level security, the backstop behind every use case's own tenant filter.
 *
 * Services connect as the owner of their schema (a superuser in tests and standalone), and owners
 * bypass RLS. So a request handled for a tenant runs in one transaction that first does
 * `SET LOCAL ROLE m4pris_tenant` (a NOLOGIN role without BYPASSRLS that owns nothing) and sets
 * `m4pris.tenant_id` for that transaction only: every policy `tenant_isolation` of the service
 * compares rows' `tenant_id` with it. Both settings end with the transaction, so a pooled
 * connection never carries them to the next request.
 */
export const TENANT_ROLE = 'm4pris_tenant';
/** The transaction-local setting the policies read: `current_setting('m4pris.tenant_id', true)`. */
export const TENANT_SETTING = 'm4pris.tenant_id';
/** Name of the policy each tenant table carries (the catalogue test looks for it). */
export const TENANT_POLICY = 'tenant_isolation';

/** Switches the transaction `em` runs in to the tenant role, scoped to `tenantId`. */
export async function enterTenantScope(em: EntityManager, tenantId: string): Promise<void> {
  const tx = em.getTransactionContext();
  if (!tx) throw new Error('enterTenantScope needs a transaction (SET LOCAL would not last)');
  await em.getConnection().execute(`select set_config('${TENANT_SETTING}', ?, true) as tenant, set_config('role', '${TENANT_ROLE}', true) as role`, [tenantId], 'all', tx);
}
