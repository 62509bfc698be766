import { gql } from '../../platform.js';
import { ok } from '../../fixtures.js';
import type { CaseContext, OperationCases } from '../operations.js';
import { tokenOf } from '../world.js';

/**
 * How the assurance suites call the notifications module's GraphQL operations. Messages reach the
 * seeded staff through events (a duo started: both are told), so the mentor and the mentee have some.
 */

/** The ids of the role's own messages in tenant `t` (empty for a role that received none, or anonymous).
 *  They are added to `t`'s secrets: another tenant's answer must never contain them. */
async function ownMessageIds({ w, t, role }: CaseContext): Promise<string[]> {
  const token = tokenOf(w, t, role);
  if (!token) return [];
  const r = await ok(gql(w.p.url, `query { myNotifications(page: { limit: 5 }) { items { id } } }`, {}, token));
  const ids = (r.myNotifications.items as { id: string }[]).map((n) => n.id);
  for (const id of ids) t.secrets.add(id);
  return ids;
}

export const notificationsOperations: OperationCases = {
  myNotifications: { document: `query { myNotifications(page: { limit: 10 }) { total items { id kind title body link createdAt readAt } } }` },
  unreadCount: { document: `query { unreadCount }` },
  markNotificationsRead: {
    document: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
    variables: async (c) => ({ ids: await ownMessageIds(c) }),
  },
  outgoingMail: { document: `query { outgoingMail(page: { limit: 10 }) { total items { id recipient subject status attempts } } }` },
  myNotificationPreferences: { document: `query { myNotificationPreferences { digest categories { category enabled switchable } window { start end timeZone } } }` },
  updateMyNotificationPreferences: {
    document: `mutation($input: UpdateMyNotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { digest categories { category enabled } } }`,
    variables: async () => ({ input: { mutedCategories: [], digest: false } }),
  },
  notificationSettings: { document: `query { notificationSettings { senderName subjectPrefix window { start end timeZone } } }` },
  updateNotificationSettings: {
    document: `mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { window { start end timeZone } } }`,
    // A whole-day window: the suites' mail keeps going at any hour.
    variables: async () => ({ input: { windowStart: '00:00', windowEnd: '24:00' } }),
  },
};
