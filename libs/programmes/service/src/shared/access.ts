import {
  CommonErrors,
  isPlatformAdmin,
  requireAuthenticated,
  resolveTenant,
  type RequestContext,
} from '@m4pris/platform-core';

/**
 * Who may see what in the programmes module (DOMAIN.md, "Confidentiality"):
 * - tenant admin: programme policy and aggregates (the dashboard) — no individual duo;
 * - coordinator: process metadata of the duos and applications in their scope (tenant-wide, a
 *   programme, or an institution: the mentee's / applicant's institution) — never content;
 * - mentor and mentee: their own relationship's content;
 * - platform admin: configuration only (programmes and policies, to seed a pilot), no people;
 * - anyone else, another institution's coordinator, another tenant: nothing — a foreign id looks
 *   exactly like a missing one (NOT_FOUND).
 */

/** The part of a tenant a coordinator follows. */
export interface CoordinatorScope {
  tenantId: string;
  all: boolean;
  programmeIds: string[];
  institutionIds: string[];
}

export function isTenantAdmin(ctx: RequestContext, tenantId: string): boolean {
  return ctx.roles.some((g) => g.role === 'tenant_admin' && g.tenantId === tenantId);
}

/** The caller's coordinator scope in their own tenant, or null when they coordinate nothing. */
export function coordinatorScope(ctx: RequestContext): CoordinatorScope | null {
  if (!ctx.tenantId) return null;
  const grants = ctx.roles.filter((g) => g.role === 'coordinator' && g.tenantId === ctx.tenantId);
  if (grants.length === 0) return null;
  const scope: CoordinatorScope = { tenantId: ctx.tenantId, all: false, programmeIds: [], institutionIds: [] };
  for (const g of grants) {
    if (!g.scopeType || g.scopeType === 'tenant') scope.all = true;
    else if (g.scopeType === 'programme' && g.scopeId) scope.programmeIds.push(g.scopeId);
    else if (g.scopeType === 'institution' && g.scopeId) scope.institutionIds.push(g.scopeId);
  }
  return scope;
}

/** Coordinator scope, failing with FORBIDDEN (signed in) or UNAUTHENTICATED. */
export function requireCoordinator(ctx: RequestContext): CoordinatorScope {
  requireAuthenticated(ctx);
  const scope = coordinatorScope(ctx);
  if (!scope) throw CommonErrors.FORBIDDEN();
  return scope;
}

/** The scope in which the caller runs cohorts: a tenant admin tenant-wide, a coordinator theirs; else null. */
export function cohortManagerScope(ctx: RequestContext): CoordinatorScope | null {
  if (ctx.tenantId && isTenantAdmin(ctx, ctx.tenantId)) return { tenantId: ctx.tenantId, all: true, programmeIds: [], institutionIds: [] };
  return coordinatorScope(ctx);
}

/** Coordinator or tenant admin (the tenant admin runs cohorts like a tenant-wide coordinator). */
export function requireCohortManager(ctx: RequestContext): CoordinatorScope {
  requireAuthenticated(ctx);
  const scope = cohortManagerScope(ctx);
  if (!scope) throw CommonErrors.FORBIDDEN();
  return scope;
}

/** Whether a row (a duo, an application) lies in the coordinator's scope. */
export function inScope(scope: CoordinatorScope, row: { tenantId: string; programmeId: string; institutionId: string }): boolean {
  if (row.tenantId !== scope.tenantId) return false;
  return scope.all || scope.programmeIds.includes(row.programmeId) || scope.institutionIds.includes(row.institutionId);
}

/** Whether a programme is visible to the coordinator (programme scope, or a programme covering one of their institutions). */
export function programmeInScope(scope: CoordinatorScope, programme: { id: string; tenantId: string; institutionIds: string[] }): boolean {
  if (programme.tenantId !== scope.tenantId) return false;
  if (scope.all || scope.programmeIds.includes(programme.id)) return true;
  if (scope.institutionIds.length === 0) return false;
  return programme.institutionIds.length === 0 || programme.institutionIds.some((i) => scope.institutionIds.includes(i));
}

/** A SQL-side filter equivalent to `inScope`, for lists and aggregates. */
export function scopeFilter(scope: CoordinatorScope): Record<string, unknown> {
  if (scope.all) return { tenantId: scope.tenantId };
  return { tenantId: scope.tenantId, $or: [{ programmeId: { $in: scope.programmeIds } }, { institutionId: { $in: scope.institutionIds } }] };
}

/** Programme configuration: tenant admin, or the platform admin naming the tenant. */
export function requirePolicyAdmin(ctx: RequestContext, requestedTenant?: string | null): string {
  const tenantId = resolveTenant(ctx, requestedTenant);
  if (isPlatformAdmin(ctx)) return tenantId;
  if (!isTenantAdmin(ctx, tenantId)) throw CommonErrors.FORBIDDEN();
  return tenantId;
}

/** The caller as a staff member of their tenant (mentors, mentees, support contacts). */
export function requireStaff(ctx: RequestContext): { tenantId: string; staffId: string } {
  requireAuthenticated(ctx);
  if (!ctx.tenantId || !ctx.staffId) throw CommonErrors.FORBIDDEN();
  return { tenantId: ctx.tenantId, staffId: ctx.staffId };
}

export { iso } from '@m4pris/platform-core';
