import { noticeChangeTrigger } from '@m4pris/platform-messaging';

/**
 * On every table the coordinator dashboard reads (directly, or through the duo's row that
 * `touch_duo` updates): each write is reported as a change of the row's tenant, to this process at
 * COMMIT and to every other over PostgreSQL's LISTEN/NOTIFY (data-changes.ts), so dashboards kept in
 * memory (dashboard-cache.ts) are computed again after it. Kept by the database, so no write path,
 * not even one outside the service, can forget it.
 */
export const noticeChange = noticeChangeTrigger('programmes');
