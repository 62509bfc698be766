import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CommonErrors,
  coordinatorInstitutions,
  hasTenantRole,
  invalidInput,
  isPlatformAdmin,
  notFound,
  requireAuthenticated,
  requireTenantRole,
  resolveTenant,
  type RequestContext,
  type Role,
} from '@m4pris/platform-core';
import { StaffProjectionSchema } from '../projection/projection.entity.js';

/**
 * Who may do what in the training service:
 * - tenant admins and coordinators manage courses, sessions, enrolments and see reports;
 * - the trainer named on a session keeps that session's register;
 * - a learner (ctx.staffId) enrols, completes units, answers checks, sees their own progress and
 *   certificates; any signed-in member of the tenant may read the tenant's courses and sessions.
 * The platform admin may configure wherever a tenant admin may (courses, sessions, naming the
 * tenant) and read the aggregate reports, but sees no personal content (DOMAIN.md): no learner's
 * enrolment, booking, register or certificate, and acts for no learner. Another tenant's ids look
 * exactly like missing ones (NOT_FOUND).
 */
export const MANAGERS: readonly Role[] = ['tenant_admin', 'coordinator'];

/** For requests carrying an optional `tenantId`: the tenant acted on, after the role check. */
export function tenantFor(ctx: RequestContext, requested: string | undefined | null, roles: readonly Role[]): string {
  const tenantId = resolveTenant(ctx, requested);
  requireTenantRole(ctx, tenantId, roles, { allowPlatformAdmin: true });
  return tenantId;
}

/** Any signed-in member of a tenant (or the platform admin naming one). */
export function memberTenant(ctx: RequestContext, requested?: string | null): string {
  return resolveTenant(ctx, requested);
}

/**
 * The tenant filter for a lookup by id: the caller's tenant, or none for the platform admin.
 * Does not check roles (the caller decides with `isManager` once the row is found).
 */
export function memberScope(ctx: RequestContext): string | undefined {
  requireAuthenticated(ctx);
  if (isPlatformAdmin(ctx)) return undefined;
  if (!ctx.tenantId) throw CommonErrors.FORBIDDEN();
  return ctx.tenantId;
}

export function tenantWhere(scope: string | undefined): { tenantId?: string } {
  return scope ? { tenantId: scope } : {};
}

export function isManager(ctx: RequestContext, tenantId: string): boolean {
  return isPlatformAdmin(ctx) || hasTenantRole(ctx, tenantId, MANAGERS);
}

export function requireManager(ctx: RequestContext, tenantId: string): void {
  if (!isManager(ctx, tenantId)) throw CommonErrors.FORBIDDEN();
}

/** Tenant admins and coordinators of the tenant, who may see and act on learners' own records (not the platform admin). */
export function isLearnerManager(ctx: RequestContext, tenantId: string): boolean {
  return hasTenantRole(ctx, tenantId, MANAGERS);
}

/** For learner lists carrying an optional `tenantId`: the tenant, when the caller is one of its learner managers. */
export function learnerManagerTenant(ctx: RequestContext, requested: string | undefined | null): string {
  const tenantId = resolveTenant(ctx, requested);
  if (!isLearnerManager(ctx, tenantId)) throw CommonErrors.FORBIDDEN();
  return tenantId;
}

/**
 * The learner a request is about: the caller themself when `staffId` is absent or their own, any
 * learner of the tenant for a manager. Anybody else gets FORBIDDEN.
 */
export function learnerFor(ctx: RequestContext, tenantId: string, staffId?: string | null): { staffId: string; byManager: boolean } {
  if (!staffId || staffId === ctx.staffId) {
    if (ctx.staffId) return { staffId: ctx.staffId, byManager: false };
    throw invalidInput('staffId', 'required (you are not a staff member)');
  }
  if (!isLearnerManager(ctx, tenantId)) throw CommonErrors.FORBIDDEN();
  return { staffId, byManager: true };
}

/** Own row or manager: otherwise the row does not exist for the caller. */
export function requireOwnerOrManager(ctx: RequestContext, row: { tenantId: string; staffId?: string | null }, entity: string): void {
  if (row.staffId && row.staffId === ctx.staffId && ctx.tenantId === row.tenantId) return;
  if (isLearnerManager(ctx, row.tenantId)) return;
  throw notFound(entity, 'id');
}

/**
 * The learners inside the caller's coordinator scope (issue 13): null (everyone) for tenant admins
 * and tenant-wide coordinators; for a coordinator scoped to institutions, the staff of those
 * institutions (from the staff projection); none for a programme-only scope.
 */
export async function learnersInScope(em: EntityManager, ctx: RequestContext, tenantId: string): Promise<Set<string> | null> {
  const institutions = coordinatorInstitutions(ctx);
  if (!institutions) return null;
  const rows = await em.find(StaffProjectionSchema, { tenantId, institutionId: { $in: institutions } }, { fields: ['staffId'] });
  return new Set(rows.map((r) => r.staffId));
}

/** requireOwnerOrManager, and a manager scoped to institutions reaches only the learners of its scope (others: NOT_FOUND). */
export async function requireOwnerOrManagerInScope(em: EntityManager, ctx: RequestContext, row: { tenantId: string; staffId?: string | null }, entity: string): Promise<void> {
  requireOwnerOrManager(ctx, row, entity);
  if (row.staffId && row.staffId === ctx.staffId && ctx.tenantId === row.tenantId) return;
  const scope = await learnersInScope(em, ctx, row.tenantId);
  if (scope && !(row.staffId && scope.has(row.staffId))) throw notFound(entity, 'id');
}

export { iso } from '@m4pris/platform-core';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function percent(num: number, den: number): number | null {
  return den > 0 ? Math.round((num / den) * 1000) / 10 : null;
}
