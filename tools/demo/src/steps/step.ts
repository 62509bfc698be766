import type { StaffSpec, TenantSpec } from '../dataset.js';
import type { GraphQLClient } from '../graphql-client.js';

/**
 * What a module's demo step gets for one tenant. Steps run after the identity part (tenant,
 * institutions, units, shift patterns, staff, admin/coordinator/researcher accounts) and in the
 * order of `STEPS`; each must be idempotent (look up first, create only what is missing).
 */
export interface TenantRun {
  spec: TenantSpec;
  tenantId: string;
  /** Institution name (lower case) → id. */
  institutionIds: Map<string, string>;
  /** Staff email (lower case) → staff id, for every staff member of the tenant. */
  staffIds: Map<string, string>;
  /** Signed in as the platform admin. */
  admin: GraphQLClient;
  /** Signed in as the tenant admin / the tenant-wide coordinator / the researcher. */
  asTenantAdmin(): Promise<GraphQLClient>;
  asCoordinator(): Promise<GraphQLClient>;
  asResearcher(): Promise<GraphQLClient>;
  /** Signed in as a staff member of this tenant; invites and activates the account if needed. */
  asStaff(email: string): Promise<GraphQLClient>;
  /**
   * Invites, ahead of `asStaff`, the people a step is about to need (those without an active
   * account), a few at a time: their mails are written while the first are activated.
   */
  inviteAhead(emails: readonly string[]): Promise<void>;
  /**
   * Runs `fn` over `items` with a few calls in flight (one limit shared by every tenant of the
   * run). Draw random numbers before, never inside `fn`: the order the calls run in varies.
   */
  parallel<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]>;
  /** Seeded random numbers in [0, 1): the same seed gives the same demo. */
  random(): number;
  /** The demo's "today" (YYYY-MM-DD); histories are generated backwards from it. */
  today: string;
  /** Modules the gateway serves. */
  modules: ReadonlySet<string>;
  log(message: string): void;
}

export interface DemoStep {
  /** The module whose API the step uses; skipped when the gateway does not serve it. */
  module: string;
  /** What the per-phase timings call it (default: `module`). */
  label?: string;
  /** Creates what is missing for one tenant. */
  run(t: TenantRun): Promise<void>;
  /** Counts for the summary table and `--json`, read back from the API. */
  totals(t: TenantRun): Promise<Record<string, number>>;
}

export type { StaffSpec, TenantSpec };

/**
 * Asks `done` every half second until it says yes (true) or `ms` have passed (false): how the demo
 * waits for one module to hear what another did, as a person would look again.
 */
export async function pollUntil(done: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 500));
  }
}
