import { Injectable } from '@nestjs/common';
import { currentContext, moduleUnavailable, newTraceId, PlatformError, systemContext, type RequestContext } from '@m4pris/platform-core';
import { Bus } from '@m4pris/platform-messaging';
import { FindStaffIds, GetStaffByIds, type StaffDto } from '@m4pris/identity-contracts';

/**
 * Reads staff records from identity over the bus (`GetStaffByIds`). The training service acts on
 * its own here (system context, scoped to the tenant), because the request that completes a course
 * may come from the learner, who may not read staff records. Only the certificate keeps a name
 * and a language (the learner's, at the moment it is issued); nothing else in training does.
 */
@Injectable()
export class StaffNames {
  constructor(private readonly bus: Bus) {}

  private ctx(tenantId: string): RequestContext {
    return { ...systemContext(currentContext()?.traceId ?? newTraceId()), tenantId };
  }

  private async lookup(tenantId: string, ids: string[]): Promise<StaffDto[]> {
    const rows = await this.bus.request(GetStaffByIds, { ids }, this.ctx(tenantId), { timeoutMs: 5000 });
    return rows.filter((s) => s.tenantId === tenantId);
  }

  /**
   * The holder as a certificate states them: the printed name and the language the platform speaks
   * to them (null when identity does not say, an older identity); null when identity is not
   * reachable or the staff member is gone.
   */
  async holder(tenantId: string, staffId: string): Promise<{ name: string; locale: string | null } | null> {
    try {
      const [staff] = await this.lookup(tenantId, [staffId]);
      return staff ? { name: `${staff.firstName} ${staff.lastName}`.trim(), locale: staff.locale ?? null } : null;
    } catch {
      return null;
    }
  }

  /**
   * Ids of the staff whose name matches `search`, as the caller may see them: asked with the
   * caller's own context, so identity applies their rights (a caller who may not read staff finds
   * nobody). MODULE_UNAVAILABLE when identity cannot say.
   */
  async matching(search: string, ctx: RequestContext): Promise<string[]> {
    try {
      return await this.bus.request(FindStaffIds, { search }, ctx, { timeoutMs: 5000 });
    } catch (e) {
      if (e instanceof PlatformError && e.category === 'FORBIDDEN') return [];
      throw moduleUnavailable('identity');
    }
  }

  /** Display names by staff id, in one request (MODULE_UNAVAILABLE when identity cannot say). */
  async displayNames(tenantId: string, ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    try {
      return new Map((await this.lookup(tenantId, unique)).map((s) => [s.id, `${s.firstName} ${s.lastName}`.trim()]));
    } catch {
      throw moduleUnavailable('identity');
    }
  }

  /** Which of `ids` are staff of the tenant (MODULE_UNAVAILABLE when identity cannot say). */
  async known(tenantId: string, ids: string[]): Promise<Set<string>> {
    try {
      return new Set((await this.lookup(tenantId, [...new Set(ids)])).map((s) => s.id));
    } catch {
      throw moduleUnavailable('identity');
    }
  }
}
