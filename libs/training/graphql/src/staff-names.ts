import { PlatformError, type RequestContext } from '@m4pris/platform-core';
import type { Loaders } from '@m4pris/platform-graphql';
import type { Bus } from '@m4pris/platform-messaging';
import { GetStaffByIds } from '@m4pris/identity-contracts';

/**
 * A staff member's name for people who may read staff records (coordinators, tenant admins):
 * batched through one identity `staff.byIds` request per response. Others get null.
 */
export function staffName(loaders: Loaders, bus: Bus, ctx: RequestContext, id: string): Promise<string | null> {
  return loaders
    .get<string>('training.staffName', async (ids) => {
      try {
        const rows = await bus.request(GetStaffByIds, { ids: [...ids] }, ctx);
        const names = new Map(rows.map((s) => [s.id, `${s.firstName} ${s.lastName}`.trim()]));
        return ids.map((i) => names.get(i) ?? null);
      } catch (e) {
        if (e instanceof PlatformError && (e.category === 'FORBIDDEN' || e.category === 'UNAUTHENTICATED')) return ids.map(() => null);
        throw e;
      }
    })
    .load(id);
}
