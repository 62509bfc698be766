import type { TriggerDef } from '@mikro-orm/core';
import { noticeChangeTrigger } from '@m4pris/platform-messaging';

/**
 * On every table the session check reads (account, tenant, role_assignment): each write is reported
 * as a change of the row's tenant (the tenant table's own `id`), to this process at COMMIT and to
 * every other over PostgreSQL's LISTEN/NOTIFY (platform-messaging data-changes.ts), so the session
 * states kept in memory (account/session-cache.ts) are read again after it. Kept by the database, so
 * no write path, not even one outside the service, can forget it.
 */
export const noticeChange = (tenantColumn?: string): TriggerDef => noticeChangeTrigger('identity', tenantColumn);
