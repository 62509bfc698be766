/** Who is asking, carried in the context header of every bus message. */
export const ROLES = ['platform_admin', 'tenant_admin', 'coordinator', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_TYPES = ['tenant', 'institution', 'programme'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export interface RoleGrant {
  role: Role;
  /** Absent only for platform_admin. */
  tenantId?: string;
  scopeType?: ScopeType;
  /** institution or programme id when scopeType is not 'tenant'. */
  scopeId?: string;
}

export interface RequestContext {
  /** The caller's own tenant (absent for the platform admin and anonymous callers). */
  tenantId?: string;
  /** Account id of the caller. */
  userId?: string;
  /** Staff id of the caller, when the account belongs to a staff member. */
  staffId?: string;
  roles: RoleGrant[];
  locale: string;
  traceId: string;
  /** Client address as seen by the gateway (rate limits). */
  clientIp?: string;
  /**
   * The modules the caller's tenant has enabled, as identity said when the gateway checked the
   * session (see `moduleEnabled`). Absent in contexts the platform makes itself (system work, event
   * consumers, callers without a tenant): no module is refused for those.
   */
  enabledModules?: string[];
}

/**
 * The signed-in caller's own account as identity read it for this request's session check (the
 * gateway asks identity on every authenticated request anyway): what `me` answers without the staff
 * record. Kept at the gateway for the request; never part of the context header.
 */
export interface SessionAccount {
  accountId: string;
  email: string;
  tenantId: string | null;
  /** The account's grants now, oldest first (as in its tokens). */
  roles: RoleGrant[];
  /** The language the platform speaks to the account: its own choice, else its tenant's default, else English. */
  locale: string;
}

/**
 * Modules every tenant has, whatever its `enabledModules`: identity (accounts, staff) and
 * notifications (the mail identity's invitations and password resets travel by).
 */
export const ALWAYS_ENABLED_MODULES = ['identity', 'notifications'] as const;

/**
 * Whether a request in `ctx` may reach `module`: yes unless the context names its tenant's enabled
 * modules and `module` is not among them (nor always enabled). Checked by every service's runtime on
 * each bus request (platform-messaging), so it holds over both transports and for module-to-module
 * requests made on a person's behalf.
 */
export function moduleEnabled(ctx: RequestContext, module: string): boolean {
  if (!ctx.tenantId || !ctx.enabledModules) return true;
  return (ALWAYS_ENABLED_MODULES as readonly string[]).includes(module) || ctx.enabledModules.includes(module);
}

export const SUPPORTED_LOCALES = ['en', 'da', 'pt', 'ro', 'el'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function anonymousContext(traceId: string, locale = 'en'): RequestContext {
  return { roles: [], locale, traceId };
}

/** A context for work the system does on its own (migrations, seeds, event consumers). */
export function systemContext(traceId: string): RequestContext {
  return { roles: [{ role: 'platform_admin' }], locale: 'en', traceId, userId: 'system' };
}
