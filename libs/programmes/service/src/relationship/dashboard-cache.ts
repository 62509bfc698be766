import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import { KeptUntilChanged } from '@m4pris/platform-messaging';
import { ProgrammesSettings } from '../programmes.settings.js';
import type { CoordinatorScope } from '../shared/access.js';

/** What the kept figures were computed for, besides the data (whose version is `version`). */
export interface DashboardKey {
  cohortId: string;
  scope: CoordinatorScope;
  /** The attention parameters (the day, the policy's thresholds, the settings) and the weeks. */
  params: unknown[];
  weeks: number;
  /** What the data was when the figures were computed: a heard-changes stamp, or dashboardVersionSql. */
  version: string;
}

/**
 * The coordinator dashboard, kept in memory (least recently used out) and used again only while
 * nothing it counts has changed. Two ways to know:
 *
 * - **Heard changes** (the usual way): every write to the tables the dashboard reads is reported by
 *   the database (trigger `notice_change`, shared/notice-change.ts) to this process — at COMMIT for
 *   its own transactions, over LISTEN/NOTIFY for everyone else's (data-changes.ts). The whole answer
 *   is kept under the tenant's change stamp (`stamp`), so a dashboard asked again costs no statement
 *   at all. A write by another replica or outside the service reaches this process within
 *   milliseconds of its commit; a write through this process is seen by the very next request.
 * - **Versions** (while the listener is not connected, so changes could go unheard): the figures are
 *   kept under the data's version (dashboardVersionSql), read with the cohort on every request.
 *
 * Either way the stamp or version is read before the figures are computed, so kept figures are never
 * older than what they are kept under; the caller's scope, the day and the thresholds are part of
 * the key. Per process: several replicas each keep their own.
 */
@Injectable()
export class DashboardCache extends KeptUntilChanged {
  private readonly entries?: LRUCache<string, object>;

  constructor(settings: ProgrammesSettings, orm: MikroORM) {
    super(orm, settings.DASHBOARD_CACHE_ENTRIES > 0);
    if (settings.DASHBOARD_CACHE_ENTRIES > 0) this.entries = new LRUCache({ max: settings.DASHBOARD_CACHE_ENTRIES });
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  /** The stamp of the changes heard for `tenantId`, or undefined when kept answers rest on versions (or on nothing). */
  heard(tenantId: string): string | undefined {
    return this.entries ? this.changes.stamp(tenantId) : undefined;
  }

  /** The answer for `key`: a kept one when the version still matches, else `compute()`'s (then kept). */
  async get<T extends object>(key: DashboardKey, compute: () => Promise<T>): Promise<T> {
    if (!this.entries) return compute();
    const { tenantId, all, programmeIds, institutionIds } = key.scope;
    const id = JSON.stringify([key.cohortId, tenantId, all, [...programmeIds].sort(), [...institutionIds].sort(), key.params, key.weeks, key.version]);
    const kept = this.entries.get(id);
    if (kept) return kept as T;
    const fresh = await compute();
    this.entries.set(id, fresh);
    return fresh;
  }
}
