import type { RequestContext, Role, RoleGrant } from './context.js';
import { CommonErrors } from './errors.js';

/** Authorisation checks every service applies again itself; the gateway is not the only guard. */
export function isPlatformAdmin(ctx: RequestContext): boolean {
  return ctx.roles.some((r) => r.role === 'platform_admin');
}

export function requireAuthenticated(ctx: RequestContext): asserts ctx is RequestContext & { userId: string } {
  if (!ctx.userId) throw CommonErrors.UNAUTHENTICATED();
}

/** Grants of the given roles that apply to `tenantId` (platform admin is not a tenant role). */
export function grantsFor(ctx: RequestContext, tenantId: string, roles: readonly Role[]): RoleGrant[] {
  return ctx.roles.filter((g) => roles.includes(g.role) && g.tenantId === tenantId);
}

export function hasTenantRole(ctx: RequestContext, tenantId: string, roles: readonly Role[]): boolean {
  return grantsFor(ctx, tenantId, roles).length > 0;
}

/**
 * Passes when the caller is platform admin (if allowed) or holds one of `roles` in `tenantId`.
 * Fails with FORBIDDEN when signed in, UNAUTHENTICATED otherwise.
 */
export function requireTenantRole(
  ctx: RequestContext,
  tenantId: string,
  roles: readonly Role[],
  opts: { allowPlatformAdmin?: boolean } = {},
): void {
  requireAuthenticated(ctx);
  if (opts.allowPlatformAdmin && isPlatformAdmin(ctx)) return;
  if (!hasTenantRole(ctx, tenantId, roles)) throw CommonErrors.FORBIDDEN();
}

export function requirePlatformAdmin(ctx: RequestContext): void {
  requireAuthenticated(ctx);
  if (!isPlatformAdmin(ctx)) throw CommonErrors.FORBIDDEN();
}

/**
 * The tenant an operation acts on: an explicit id for the platform admin, otherwise the caller's own.
 * A tenant user naming another tenant gets NOT_FOUND, exactly like a missing id.
 */
export function resolveTenant(ctx: RequestContext, requested?: string | null): string {
  requireAuthenticated(ctx);
  if (isPlatformAdmin(ctx)) {
    if (!requested) throw CommonErrors.INVALID_INPUT({ field: 'tenantId', params: { field: 'tenantId', reason: 'required' } });
    return requested;
  }
  if (!ctx.tenantId) throw CommonErrors.FORBIDDEN();
  if (requested && requested !== ctx.tenantId) throw CommonErrors.NOT_FOUND({ field: 'tenantId', params: { entity: 'Tenant' } });
  return ctx.tenantId;
}

/**
 * The institutions a scoped coordinator follows, or null when the caller is not confined (tenant
 * admin, tenant-wide coordinator, platform admin). A coordinator scoped to programmes only follows
 * no institution's people here (an empty list).
 */
export function coordinatorInstitutions(ctx: RequestContext): string[] | null {
  if (isPlatformAdmin(ctx) || !ctx.tenantId) return null;
  const mine = ctx.roles.filter((g) => g.tenantId === ctx.tenantId);
  if (mine.some((g) => g.role === 'tenant_admin')) return null;
  const grants = mine.filter((g) => g.role === 'coordinator');
  if (grants.length === 0 || grants.some((g) => !g.scopeType || g.scopeType === 'tenant')) return null;
  return grants.filter((g) => g.scopeType === 'institution' && g.scopeId).map((g) => g.scopeId!);
}
