import { randomUUID } from 'node:crypto';
import { newTraceId, PlatformError, type RequestContext, type RoleGrant, type ScopeType } from '@m4pris/platform-core';

function ctx(roles: RoleGrant[], extra: Partial<RequestContext> = {}): RequestContext {
  return { roles, locale: 'en', traceId: newTraceId(), userId: randomUUID(), ...extra };
}

/** Request contexts of each kind of caller, as the gateway would build them from a token. */
export const as = {
  system: (): RequestContext => ({ roles: [{ role: 'platform_admin' }], locale: 'en', traceId: newTraceId(), userId: 'system' }),
  platformAdmin: (userId?: string) => ctx([{ role: 'platform_admin' }], userId ? { userId } : {}),
  tenantAdmin: (tenantId: string, extra: Partial<RequestContext> = {}) => ctx([{ role: 'tenant_admin', tenantId }], { tenantId, ...extra }),
  coordinator: (tenantId: string, opts: { scopeType?: ScopeType; scopeId?: string; staffId?: string } = {}) =>
    ctx([{ role: 'coordinator', tenantId, ...(opts.scopeType ? { scopeType: opts.scopeType, scopeId: opts.scopeId } : {}) }], { tenantId, ...(opts.staffId ? { staffId: opts.staffId } : {}) }),
  researcher: (tenantId: string) => ctx([{ role: 'researcher', tenantId }], { tenantId }),
  /** A signed-in staff member without a role grant (a mentor, a mentee, a learner). */
  staff: (tenantId: string, staffId: string, locale = 'en') => ctx([], { tenantId, staffId, locale }),
  /** A signed-in account of the tenant with no role and no staff record. */
  member: (tenantId: string, extra: Partial<RequestContext> = {}) => ctx([], { tenantId, ...extra }),
  anonymous: (): RequestContext => ({ roles: [], locale: 'en', traceId: newTraceId() }),
};

/** The PlatformError a promise rejects with (fails the test when it resolves). */
export async function failure(p: Promise<unknown>): Promise<PlatformError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PlatformError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}
