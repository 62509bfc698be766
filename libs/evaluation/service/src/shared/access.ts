import { Injectable } from '@nestjs/common';
import { CommonErrors, hasTenantRole, requireAuthenticated, type RequestContext, type Role } from '@m4pris/platform-core';

/**
 * Who may do what in the evaluation service (DOMAIN.md, confidentiality):
 * - researchers design survey plans, load instrument wording, analyse and export pseudonymised data;
 * - tenant admins and coordinators see aggregates only (suppressed cells), never a response;
 * - a respondent (a staff member) sees their own invitations, answers and scores;
 * - the platform admin sees no personal content here.
 */
export const DESIGNERS: readonly Role[] = ['researcher'];
export const TEXT_LOADERS: readonly Role[] = ['researcher', 'tenant_admin'];
export const AGGREGATE_READERS: readonly Role[] = ['researcher', 'tenant_admin', 'coordinator'];
export const EXPORTERS: readonly Role[] = ['researcher'];

/** The caller's own tenant, after checking they hold one of `roles` there. */
export function tenantOf(ctx: RequestContext, roles: readonly Role[]): string {
  requireAuthenticated(ctx);
  if (!ctx.tenantId || !hasTenantRole(ctx, ctx.tenantId, roles)) throw CommonErrors.FORBIDDEN();
  return ctx.tenantId;
}

/** The calling staff member (a respondent) and their tenant. */
export function respondentOf(ctx: RequestContext): { tenantId: string; staffId: string } {
  requireAuthenticated(ctx);
  if (!ctx.tenantId || !ctx.staffId) throw CommonErrors.FORBIDDEN();
  return { tenantId: ctx.tenantId, staffId: ctx.staffId };
}

/** Today's date (UTC, YYYY-MM-DD); a provider so tests can move time. */
@Injectable()
export class Clock {
  today(): string {
    return new Date().toISOString().slice(0, 10);
  }
  now(): Date {
    return new Date();
  }
}

export { addDays, addMonths } from '@m4pris/platform-core';

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
