import type { RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { CountUnread, MarkNotificationsRead } from '@m4pris/notifications-contracts';
import { NotificationsResolver } from './notifications.resolver.js';

describe('NotificationsResolver', () => {
  it('asks the notifications service over the bus with the caller context', async () => {
    const calls: unknown[][] = [];
    const bus = {
      request: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve(args[0] === CountUnread ? { count: 3 } : { marked: 1 });
      },
    } as unknown as Bus;
    const ctx: RequestContext = { roles: [], locale: 'en', traceId: 't1' };
    const r = new NotificationsResolver(bus);
    await expect(r.unreadCount(ctx)).resolves.toBe(3);
    await expect(r.markNotificationsRead(['x'], ctx)).resolves.toBe(1);
    expect(calls).toEqual([
      [CountUnread, {}, ctx],
      [MarkNotificationsRead, { ids: ['x'] }, ctx],
    ]);
  });
});
