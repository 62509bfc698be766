import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/core';
import pg from 'pg';

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

/** A tenant scope waiting for the BEGIN of its transaction; `taken` once a BEGIN carried it. */
interface PendingScope {
  readonly tenantId: string;
  taken: boolean;
}
const pendingScope = new AsyncLocalStorage<PendingScope>();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `transaction` scoped to `tenantId`. `transaction` opens one transaction (its first statement
 * is the BEGIN: `em.transactional`) and calls `scoped(em)` first thing inside it. On a pool of
 * `TenantScopeClient`s the scope has travelled with the BEGIN, in the same round trip; anywhere
 * else `scoped` sends it (`enterTenantScope`). Either way the transaction is the tenant's before
 * anything else runs in it.
 */
export async function inTenantTransaction<T>(tenantId: string, transaction: (scoped: (em: EntityManager) => Promise<void>) => Promise<T>): Promise<T> {
  const scope: PendingScope = { tenantId, taken: false };
  return pendingScope.run(scope, () =>
    transaction(async (em) => {
      const carried = scope.taken;
      // Nothing after this BEGIN may take the scope (another service's transaction started from here).
      scope.taken = true;
      if (!carried) await enterTenantScope(em, tenantId);
    }),
  );
}

/**
 * The pooled connection of a service ORM (node-postgres `Client`; `serviceOrmConfig` installs it).
 * A plain `begin` sent inside `inTenantTransaction`, not yet taken, leaves with the tenant settings
 * as one simple-protocol query — `begin; select set_config(…)` — instead of two round trips. The
 * tenant id is inlined only when it is a UUID (anything else goes the parameterised way). Should the
 * settings fail, the opened transaction is rolled back before the error is passed on, so the
 * connection goes back to the pool clean.
 */
export class TenantScopeClient extends pg.Client {
  override query(...args: unknown[]): never {
    const scope = args[0] === 'begin' && args.length <= 2 ? pendingScope.getStore() : undefined;
    const send = super.query.bind(this) as (...a: unknown[]) => Promise<unknown>;
    if (!scope || scope.taken || !UUID.test(scope.tenantId)) return send(...args) as never;
    scope.taken = true;
    const sql = `begin; select set_config('${TENANT_SETTING}', '${scope.tenantId.toLowerCase()}', true), set_config('role', '${TENANT_ROLE}', true)`;
    return send(sql).then(
      () => ({ command: 'BEGIN', rowCount: null, rows: [] }),
      async (e: unknown) => {
        await send('rollback').catch(() => undefined);
        throw e;
      },
    ) as never;
  }
}
