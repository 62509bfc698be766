import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import { KeptUntilChanged } from '@m4pris/platform-messaging';
import type { SessionStateDto } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';

interface Kept {
  state: SessionStateDto;
  /** The account's tenant ('*' for an account of none): whose changes make it stale. */
  tenantId: string;
  stamp: string;
}

/**
 * The session check's answers (GetSessionState: on every authenticated request), kept in memory per
 * account and used again only while nothing they were read from has changed. The trigger
 * `notice_change` on account, tenant and role_assignment (shared/notice-change.ts) reports every
 * write as a change of its tenant — to this process at COMMIT, to every other over LISTEN/NOTIFY
 * (platform-messaging data-changes.ts) — and a kept answer holds only while its tenant's change
 * stamp is the one it was read under. So a sign-out everywhere, a disabled or erased account, a
 * role taken away or a module switched off through this process holds from the very next request,
 * and one made by another replica or in SQL by hand within milliseconds of its commit. While the
 * listener is not connected nothing is kept (every check reads the database, as without the cache),
 * and each reconnection forgets what was kept before. Per process; least recently used out.
 */
@Injectable()
export class SessionCache extends KeptUntilChanged {
  private readonly entries?: LRUCache<string, Kept>;

  constructor(settings: IdentitySettings, orm: MikroORM) {
    super(orm, settings.SESSION_CACHE_ENTRIES > 0);
    if (settings.SESSION_CACHE_ENTRIES > 0) this.entries = new LRUCache({ max: settings.SESSION_CACHE_ENTRIES });
  }

  /** True while answers can be kept (a listener is connected). */
  get live(): boolean {
    return this.entries !== undefined && this.changes.stamp('*') !== undefined;
  }

  /** The session state of `accountId`: a kept one while nothing it was read from changed, else `read()`'s. */
  async get(accountId: string, read: () => Promise<{ state: SessionStateDto; tenantId?: string | null }>): Promise<SessionStateDto> {
    const entries = this.entries;
    if (!entries) return (await read()).state;
    const kept = entries.get(accountId);
    if (kept && this.changes.stamp(kept.tenantId) === kept.stamp) return kept.state;
    const before = this.changes.heardSoFar;
    const fresh = await read();
    // No such account (never, or erased): nothing to keep.
    if (fresh.tenantId === undefined) {
      entries.delete(accountId);
      return fresh.state;
    }
    const tenantId = fresh.tenantId ?? '*';
    const stamp = this.changes.stamp(tenantId);
    // Kept only when nothing at all was heard while it was read (so it is not older than its stamp).
    if (stamp !== undefined && this.changes.heardSoFar === before) entries.set(accountId, { state: fresh.state, tenantId, stamp });
    else entries.delete(accountId);
    return fresh.state;
  }
}
