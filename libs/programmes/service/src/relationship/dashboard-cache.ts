import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { ProgrammesSettings } from '../programmes.settings.js';
import type { CoordinatorScope } from '../shared/access.js';

/** What the cached figures were computed for, besides the data (whose version is `version`). */
export interface DashboardKey {
  cohortId: string;
  scope: CoordinatorScope;
  /** The attention parameters (the day, the policy's thresholds, the settings) and the weeks. */
  params: unknown[];
  weeks: number;
  /** dashboardVersionSql, read in the same request. */
  version: string;
}

/**
 * The coordinator dashboard's figures, kept in memory (least recently used out) and used again only
 * while nothing they count has changed: the key holds the data's version (dashboardVersionSql), read
 * with the cohort on every request, beside the caller's scope, the day and the thresholds. A write
 * anywhere in the scope's duos or applications changes the version, so the next dashboard is
 * computed afresh; nothing is ever invalidated by hand. The version is read before the figures are
 * computed, so kept figures are never older than the version they are kept under. Per process: several replicas of the
 * service each keep their own, and agree because the key is made of the data.
 */
@Injectable()
export class DashboardCache {
  private readonly entries?: LRUCache<string, object>;

  constructor(settings: ProgrammesSettings) {
    if (settings.DASHBOARD_CACHE_ENTRIES > 0) this.entries = new LRUCache({ max: settings.DASHBOARD_CACHE_ENTRIES });
  }

  get enabled(): boolean {
    return this.entries !== undefined;
  }

  /** The figures for `key`: kept ones when the version still matches, else `compute()`'s (then kept). */
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
