import { CommonErrors, requireAuthenticated, requireTenantRole, type RequestContext, type Role } from '@m4pris/platform-core';

/**
 * Who runs matching: the coordinator of the tenant. Runs, proposals and pair rules name the people
 * who applied and who is paired with whom, so they are coordinator-only (DOMAIN.md: the tenant admin
 * sees configuration and aggregates, never the duos). The platform admin sees no personal data.
 */
export const MATCHERS: readonly Role[] = ['coordinator'];

/** Configuration and counts (the weights of a programme, the pool sizes of cohorts): also the tenant admin. */
export const MATCHING_CONFIGURERS: readonly Role[] = ['coordinator', 'tenant_admin'];

/** The caller's tenant after the role check; a row of another tenant is then simply not found. */
export function matcherTenant(ctx: RequestContext, roles: readonly Role[] = MATCHERS): string {
  requireAuthenticated(ctx);
  if (!ctx.tenantId) throw CommonErrors.FORBIDDEN();
  requireTenantRole(ctx, ctx.tenantId, roles);
  return ctx.tenantId;
}

/**
 * Whether a cohort lies in the caller's scope. Tenant admins and tenant-wide coordinators: every
 * cohort of the tenant. A coordinator scoped to a programme: that programme's cohorts. A coordinator
 * scoped to institutions: cohorts confined to those institutions (a tenant-wide cohort, or one that
 * also recruits elsewhere, names people outside the scope and is not theirs).
 */
export function cohortInScope(ctx: RequestContext, cohort: { tenantId: string; programmeId: string; institutionIds: string[] }): boolean {
  if (cohort.tenantId !== ctx.tenantId) return false;
  const mine = ctx.roles.filter((g) => g.tenantId === ctx.tenantId);
  if (mine.some((g) => g.role === 'tenant_admin')) return true;
  const grants = mine.filter((g) => g.role === 'coordinator');
  if (grants.some((g) => !g.scopeType || g.scopeType === 'tenant')) return true;
  if (grants.some((g) => g.scopeType === 'programme' && g.scopeId === cohort.programmeId)) return true;
  const institutions = new Set(grants.filter((g) => g.scopeType === 'institution' && g.scopeId).map((g) => g.scopeId!));
  return cohort.institutionIds.length > 0 && cohort.institutionIds.every((i) => institutions.has(i));
}

export { iso } from '@m4pris/platform-core';
