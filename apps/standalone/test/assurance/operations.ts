import type { Role, TenantWorld, World } from './world.js';

/** What a case's variables builder gets: the world, the tenant whose objects to use, the caller's role. */
export interface CaseContext {
  w: World;
  /** The tenant whose objects the variables point at (the caller's own tenant in the matrix; the other tenant in the isolation suite). */
  t: TenantWorld;
  /** The role the call is made as (its token comes from the caller's tenant). */
  role: Role;
}

/**
 * How the assurance suites call one GraphQL operation (a field of Query or Mutation).
 *
 * - `document`: one operation calling exactly this field with a small selection set, e.g.
 *   `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`.
 * - `variables`: the variables for a call as `role` on tenant `t`'s objects. It may create a fresh
 *   object first (with `t`'s own tokens) when the operation uses one up (ending a duo, withdrawing an
 *   application, erasing a person), so every allowed role can succeed. Called once per call.
 * - `accept`: codes that still count as "allowed" for this operation, each with the reason (for
 *   state an earlier allowed call changed, e.g. `{ CONFLICT: 'the first allowed role already closed it' }`).
 *   An allowed call must otherwise succeed (no errors).
 * - `leakCheck` (queries only, isolation suite): `'refuse'` (default) when a foreign id must give
 *   NOT_FOUND or FORBIDDEN; `'no-leak'` when the operation is a list whose optional id filter may
 *   answer an empty result, which then must contain none of the other tenant's strings.
 */
export interface OperationCase {
  document: string;
  variables?: (c: CaseContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  accept?: Record<string, string>;
  leakCheck?: 'refuse' | 'no-leak';
}

export type OperationCases = Record<string, OperationCase>;
