import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/core';
import pg from 'pg';
import { CHANGE_MARK, dataChangesOf, tenantsOfMark, type DataChanges } from './data-changes.js';

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

/** What pg answers for a statement that was not sent. */
const notSent = (command: string) => ({ command, rowCount: null, rows: [], fields: [] });

/** A statement that may write (what runs outside a transaction gets its change mark read with it). */
const WRITES = /^\s*(insert|update|delete|merge|with)\b/i;

/**
 * The pooled connection of a service ORM (node-postgres `Client`; `serviceOrmConfig` installs it).
 *
 * A plain `begin` sent inside `inTenantTransaction`, not yet taken, is held back: it leaves with the
 * tenant settings and the transaction's first statement as one simple-protocol query —
 * `begin; select set_config(…); <statement>` — one round trip instead of three. A transaction that
 * ends before any statement (a request answered from memory) sends nothing at all: its COMMIT or
 * ROLLBACK is answered here. The tenant id is inlined only when it is a UUID (anything else goes the
 * parameterised way, `enterTenantScope`). A first statement that is not plain text (parameters, a
 * cursor, a callback) goes right behind the held BEGIN on the same connection, which runs its queue in
 * order; should the settings fail, PostgreSQL refuses every statement of the aborted transaction until
 * the ORM rolls it back, so nothing runs outside the scope.
 *
 * With a service's data changes (`tenantScopeClientFor`), the change mark its triggers leave
 * (data-changes.ts) is read in the same round trip as each COMMIT, and with each write sent outside
 * a transaction (PostgreSQL runs a multi-statement query as one transaction), and the tenants it
 * lists are reported before the caller sees the result.
 */
export class TenantScopeClient extends pg.Client {
  /** The scoped BEGIN not sent yet (its transaction has run no statement). */
  private heldBegin?: string;
  /** A transaction is open on this connection (its BEGIN sent or held). */
  private inTransaction = false;
  /** Where this service's changes are reported (`tenantScopeClientFor`); none here. */
  protected readonly changes?: DataChanges;

  override query(...args: unknown[]): never {
    const send = super.query.bind(this) as (...a: unknown[]) => unknown;
    const text = typeof args[0] === 'string' ? args[0] : undefined;
    const plain = text !== undefined && args.length <= 2 && (args[1] === undefined || (Array.isArray(args[1]) && args[1].length === 0));
    const held = this.heldBegin;
    if (plain && text === 'begin') {
      // A BEGIN while one is held: the held transaction never ran a statement, so it is dropped, never
      // carried into the next (another tenant's) transaction.
      this.heldBegin = undefined;
      this.inTransaction = true;
      const scope = pendingScope.getStore();
      if (!scope || scope.taken || !UUID.test(scope.tenantId)) return send(...args) as never;
      scope.taken = true;
      this.heldBegin = `begin; select set_config('${TENANT_SETTING}', '${scope.tenantId.toLowerCase()}', true), set_config('role', '${TENANT_ROLE}', true)`;
      return Promise.resolve(notSent('BEGIN')) as never;
    }
    if (plain && (text === 'commit' || text === 'rollback')) {
      this.heldBegin = undefined;
      this.inTransaction = false;
      if (held !== undefined) return Promise.resolve(notSent(text.toUpperCase())) as never;
      // A transaction aborted by an earlier error refuses the read of the mark (25P02), and PostgreSQL
      // skips the rest of the query: the COMMIT goes alone, and ends it as before (as a ROLLBACK).
      if (text === 'commit' && this.changes)
        return this.withMark(send, 'commit', 'before').catch((e: { code?: string }) => {
          if (e?.code === '25P02') return send('commit');
          throw e;
        }) as never;
      return send(...args) as never;
    }
    if (held !== undefined) {
      this.heldBegin = undefined;
      if (!plain) {
        (send(held) as Promise<unknown>).catch(() => undefined);
        return send(...args) as never;
      }
      // pg answers a multi-statement query with one result per statement: the caller's are after the two of the scope.
      return (send(`${held}; ${text}`) as Promise<unknown>).then((results) => {
        const own = (results as unknown[]).slice(2);
        return own.length === 1 ? own[0] : own;
      }) as never;
    }
    if (plain && /^\s*start\s+transaction\b/i.test(text)) this.inTransaction = true;
    if (plain && !this.inTransaction && this.changes && WRITES.test(text)) return this.withMark(send, text, 'after') as never;
    return send(...args) as never;
  }

  /**
   * `statement` and the read of the change mark (before or after it) as one query: the tenants the
   * mark lists are reported, and the statement's own result is the answer.
   */
  private withMark(send: (...a: unknown[]) => unknown, statement: string, mark: 'before' | 'after'): Promise<unknown> {
    const read = `select current_setting('${CHANGE_MARK}', true) as changed`;
    const changes = this.changes!;
    return (send(mark === 'before' ? `${read}; ${statement}` : `${statement}; ${read}`) as Promise<unknown>).then((results) => {
      const all = results as { rows: { changed?: string | null }[] }[];
      const [marked, own] = mark === 'before' ? [all[0], all.slice(1)] : [all[all.length - 1], all.slice(0, -1)];
      for (const tenant of tenantsOfMark(marked!.rows[0]?.changed)) changes.changed(tenant);
      return own.length === 1 ? own[0] : own;
    });
  }
}

/**
 * The pooled connection of `service`'s ORM: a TenantScopeClient that also reports the service's data
 * changes made through it (data-changes.ts) when their transaction commits.
 */
export function tenantScopeClientFor(service: string): typeof TenantScopeClient {
  const changes = dataChangesOf(service);
  return class ServiceClient extends TenantScopeClient {
    protected override readonly changes = changes;
  };
}
