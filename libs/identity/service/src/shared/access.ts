import {
  CommonErrors,
  isPlatformAdmin,
  requireAuthenticated,
  requireTenantRole,
  resolveTenant,
  type RequestContext,
  type Role,
} from '@m4pris/platform-core';

/**
 * Who may do what in the identity service. The platform admin may act wherever a tenant admin may
 * (naming the tenant), so that a pilot can be seeded; tenant roles apply to their own tenant only.
 */
export const TENANT_ADMIN: readonly Role[] = ['tenant_admin'];
/** Staff, shift patterns: personal and rota data. */
export const STAFF_READERS: readonly Role[] = ['tenant_admin', 'coordinator'];
/** Institutions and units: organisational data only. */
export const ORG_READERS: readonly Role[] = ['tenant_admin', 'coordinator', 'researcher'];

/** For requests carrying an optional `tenantId`: the tenant acted on, after the role check. */
export function tenantFor(ctx: RequestContext, requested: string | undefined | null, roles: readonly Role[]): string {
  const tenantId = resolveTenant(ctx, requested);
  requireTenantRole(ctx, tenantId, roles, { allowPlatformAdmin: true });
  return tenantId;
}

/**
 * For requests naming a row by id: the tenant filter to look it up with (undefined for the platform
 * admin, who may reach any tenant unless `allowPlatformAdmin: false` — personal content), after the
 * role check in the caller's own tenant.
 */
export function scopeFor(ctx: RequestContext, roles: readonly Role[], opts: { allowPlatformAdmin?: boolean } = {}): string | undefined {
  requireAuthenticated(ctx);
  if (isPlatformAdmin(ctx)) {
    if (opts.allowPlatformAdmin === false) throw CommonErrors.FORBIDDEN();
    return undefined;
  }
  if (!ctx.tenantId) throw CommonErrors.FORBIDDEN();
  requireTenantRole(ctx, ctx.tenantId, roles);
  return ctx.tenantId;
}

/** `{ tenantId }` to spread into a filter, or nothing for the platform admin. */
export function tenantWhere(scope: string | undefined): { tenantId?: string } {
  return scope ? { tenantId: scope } : {};
}

export { iso } from '@m4pris/platform-core';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
