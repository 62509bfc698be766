import { randomUUID } from 'node:crypto';
import { StaffContactChanged, StaffErased } from '@m4pris/identity-contracts';
import { describeLateEventsAfterErasure, startServiceHarness } from '@m4pris/testing';
import { notificationsService } from '../notifications.module.js';

/*
 * Issue 13: Notifications keeps a contact projection of each person (person: name, e-mail, language).
 * Events about a person delivered after their erasure bring back neither the row nor the address (the
 * shared suite in @m4pris/testing says how). The contact event has an order key of its own (not the
 * erasure's), so the event watermark alone let a late contact bring the address back.
 */
const T = randomUUID();

describeLateEventsAfterErasure('notifications', async () => {
  const h = await startServiceHarness(notificationsService, { settings: { PUBLIC_URL: 'https://m4pris.test', MAIL_POLL_MS: 60_000 } });
  return {
    schema: 'notifications',
    tenantId: T,
    projections: [
      {
        table: 'notifications.person',
        publish: (staffId, name, occurredAt) =>
          h.publish(StaffContactChanged, { staffId, tenantId: T, firstName: name, lastName: 'Late', email: `${name.toLowerCase()}@example.org`, locale: 'da' }, { tenantId: T, occurredAt }),
      },
    ],
    erase: (staffId, occurredAt) => h.publish(StaffErased, { staffId, tenantId: T, accountId: null }, { tenantId: T, occurredAt }),
    sql: (q, p) => h.sql(q, p),
    close: () => h.close(),
  };
});
