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

export { iso } from '@m4pris/platform-core';
