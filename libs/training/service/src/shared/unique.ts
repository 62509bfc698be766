import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { PlatformError } from '@m4pris/platform-core';

/**
 * Runs `work` (a use case's transaction) and answers a unique-constraint violation of one of the
 * named constraints with that constraint's domain error. A "taken" check that reads before it
 * writes (`count`, then insert) leaves a window: two concurrent requests both find nothing, and the
 * database's unique constraint refuses the second insert. Without this it would surface as a
 * generic CONFLICT instead of the error (and field) the first check gives.
 */
export async function refusingDuplicates<T>(work: () => Promise<T>, byConstraint: Record<string, () => PlatformError>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const constraint = e instanceof UniqueConstraintViolationException ? (e as { constraint?: unknown }).constraint : undefined;
    if (typeof constraint === 'string' && Object.hasOwn(byConstraint, constraint)) throw byConstraint[constraint]();
    throw e;
  }
}
