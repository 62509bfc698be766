import { createHash } from 'node:crypto';
import { defineEntity, p, type EntityManager, type InferEntity } from '@mikro-orm/core';
import { CommonErrors } from '@m4pris/platform-core';

/**
 * Client-generated idempotency keys (the web app's offline queue replays a mutation until the
 * server has answered). A service that accepts them adds `IdempotencyKeySchema` to its entities, and
 * its migration creates the table with row-level security like its other tenant tables.
 *
 * One row per (tenant, caller, key): the primary key is the guard, not a check-then-insert, so two
 * replays racing each other end with one row; the second waits for the first's transaction and then
 * reads its result.
 */
export const IdempotencyKeySchema = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  properties: {
    tenantId: p.uuid().primary(),
    /**
     * Who sent it: the account id, or where the service must not keep account ids (evaluation's
     * pseudonymous answers) the respondent's participant code.
     */
    callerId: p.string().length(100).primary(),
    key: p.uuid().primary(),
    /** The request subject the key was first used with. */
    operation: p.string().length(200),
    /** SHA-256 of the request without its key: the same key with other content is a conflict. */
    requestHash: p.string().length(64),
    /** Id of what the first request created or changed; a replay answers from it. */
    resultId: p.uuid(),
    createdAt: p.datetime(),
  },
});
export type IdempotencyKey = InferEntity<typeof IdempotencyKeySchema>;

/** JSON with object keys sorted, so the same content hashes the same whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(operation: string, request: object): string {
  const { idempotencyKey: _, ...rest } = request as Record<string, unknown>;
  return createHash('sha256').update(`${operation}\n${canonical(rest)}`).digest('hex');
}

export interface IdempotencyClaim {
  tenantId: string;
  callerId: string;
  key: string;
  /** The request subject, e.g. `programmes.v1.meeting.log`. */
  operation: string;
  /** The validated request (its `idempotencyKey` is left out of the hash). */
  request: object;
  /** Id of what this request will create or change if it is the first. */
  resultId: string;
}

/**
 * Claims `key` inside the caller's transaction. Returns `null` when this request is the first with
 * the key (go on; the claim commits or rolls back with the request), or the first request's
 * `resultId` when it is a replay with the same content. The same key with other content throws
 * `common.IDEMPOTENCY_KEY_REUSED` (CONFLICT).
 */
export async function claimIdempotencyKey(em: EntityManager, claim: IdempotencyClaim): Promise<string | null> {
  const tx = em.getTransactionContext();
  if (!tx) throw new Error('claimIdempotencyKey needs a transaction (the claim must commit with the change)');
  const table = `"${em.config.get('schema')}"."idempotency_key"`;
  const hash = requestHash(claim.operation, claim.request);
  const conn = em.getConnection();
  // ON CONFLICT waits for a concurrent transaction holding the same key, then skips if it committed.
  const inserted = await conn.execute<{ result_id: string }[]>(
    `insert into ${table} (tenant_id, caller_id, key, operation, request_hash, result_id, created_at) values (?, ?, ?, ?, ?, ?, now()) on conflict do nothing returning result_id`,
    [claim.tenantId, claim.callerId, claim.key, claim.operation, hash, claim.resultId],
    'all',
    tx,
  );
  if (inserted.length > 0) return null;
  const [first] = await conn.execute<{ operation: string; request_hash: string; result_id: string }[]>(
    `select operation, request_hash, result_id from ${table} where tenant_id = ? and caller_id = ? and key = ?`,
    [claim.tenantId, claim.callerId, claim.key],
    'all',
    tx,
  );
  if (!first) throw new Error('idempotency key conflicted but is not visible');
  if (first.operation !== claim.operation || first.request_hash !== hash) {
    throw CommonErrors.IDEMPOTENCY_KEY_REUSED({ field: 'idempotencyKey', params: { field: 'idempotencyKey' } });
  }
  return first.result_id;
}
