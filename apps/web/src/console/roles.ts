import type { ConsoleMeQuery } from '../gql/graphql';

type Grant = ConsoleMeQuery['me']['roles'][number];

/** The areas of the app a person may use, from `me` and from whether concerns are routed to them. */
export interface Areas {
  coordinator: boolean;
  /** Concerns are routed to this person as a programme's support contact. */
  support: boolean;
  /** A staff member: has the participant's app (duo, training, surveys). */
  participant: boolean;
  /** Holds the researcher role: the survey plan, reports and pseudonymised exports. */
  researcher: boolean;
  /** Holds the tenant administrator role: staff, the CSV import, invitations, roles, the audit log. */
  admin: boolean;
  /** Holds the platform administrator role (no tenant): tenants and their modules, instance health, outgoing mail. */
  platform: boolean;
}

export function areasOf(me: Pick<ConsoleMeQuery['me'], 'roles' | 'staff'>, routedConcerns: number): Areas {
  return {
    coordinator: me.roles.some((r) => r.role === 'COORDINATOR'),
    support: routedConcerns > 0,
    participant: me.staff != null,
    researcher: me.roles.some((r) => r.role === 'RESEARCHER'),
    admin: me.roles.some((r) => r.role === 'TENANT_ADMIN'),
    platform: me.roles.some((r) => r.role === 'PLATFORM_ADMIN'),
  };
}

/**
 * Where `/console` leads: the coordinator's board first, else the tenant administrator's staff list,
 * else the support contact's inbox, else the researcher's desk, else (the platform administrator, who
 * holds no tenant role) the tenants of the instance.
 */
export function consoleHome(a: Areas): string | null {
  if (a.coordinator) return '/console/cohorts';
  if (a.admin) return '/console/admin/staff';
  if (a.support) return '/console/concerns';
  if (a.researcher) return '/console/research';
  if (a.platform) return '/console/platform/tenants';
  return null;
}

/**
 * Programmes a coordinator runs, as the programmes service decides (`programmeInScope`): every
 * programme for a tenant-wide grant; else those named by programme-scoped grants, and, for an
 * institution-scoped grant, tenant-wide programmes and those open to one of its institutions.
 */
export function programmesInScope<P extends { id: string; institutionIds: readonly string[] }>(roles: readonly Grant[], programmes: readonly P[]): P[] {
  const grants = roles.filter((r) => r.role === 'COORDINATOR');
  if (grants.some((g) => !g.scopeType || g.scopeType === 'TENANT')) return [...programmes];
  const ids = new Set(grants.filter((g) => g.scopeType === 'PROGRAMME').map((g) => g.scopeId));
  const institutions = new Set(grants.filter((g) => g.scopeType === 'INSTITUTION').map((g) => g.scopeId));
  return programmes.filter((p) => ids.has(p.id) || (institutions.size > 0 && (p.institutionIds.length === 0 || p.institutionIds.some((i) => institutions.has(i)))));
}
