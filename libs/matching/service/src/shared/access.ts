import { CommonErrors, requireAuthenticated, requireTenantRole, type RequestContext, type Role } from '@m4pris/platform-core';

/** Who runs matching: the coordinator and the tenant admin of the tenant (never the platform admin: no personal data). */
export const MATCHERS: readonly Role[] = ['coordinator', 'tenant_admin'];

/** The caller's tenant after the role check; a row of another tenant is then simply not found. */
export function matcherTenant(ctx: RequestContext): string {
  requireAuthenticated(ctx);
  if (!ctx.tenantId) throw CommonErrors.FORBIDDEN();
  requireTenantRole(ctx, ctx.tenantId, MATCHERS);
  return ctx.tenantId;
}

export { iso } from '@m4pris/platform-core';
