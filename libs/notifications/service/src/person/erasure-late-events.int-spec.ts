import { randomUUID } from 'node:crypto';
import { StaffContactChanged, StaffErased } from '@m4pris/identity-contracts';
import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { notificationsService } from '../notifications.module.js';

/*
 * Issue 13: late events after erasure must not re-create a row. Notifications keeps a contact
 * projection of each person (person: name, e-mail, language). A contact event delivered after the
 * erasure — an older one held by a consumer that died, or one stamped later — is ignored because
 * notifications records whom it erased (erased_staff). The contact event has an order key of its own
 * (not the erasure's), so the event watermark alone let a late contact bring the address back.
 */
const T = randomUUID();

function contact(staffId: string, firstName: string) {
  return { staffId, tenantId: T, firstName, lastName: 'Late', email: `${firstName.toLowerCase()}@example.org`, locale: 'da' };
}

describe('notifications: late identity events after an erasure re-create nothing', () => {
  let h: ServiceHarness;
  const now = Date.now();
  const at = (s: number) => new Date(now + s * 1000);
  const rows = async (staffId: string) => (await h.sql('select 1 from notifications.person where staff_id = ?', [staffId])).length;

  beforeAll(async () => {
    h = await startServiceHarness(notificationsService, { settings: { PUBLIC_URL: 'https://m4pris.test', MAIL_POLL_MS: 60_000 } });
  });
  afterAll(() => h.close());

  it('a late contact event (older, or stamped after the erasure) for an erased person is ignored', async () => {
    const erased = randomUUID();
    await h.publish(StaffContactChanged, contact(erased, 'Erika'), { tenantId: T, occurredAt: at(-60) });
    expect(await rows(erased)).toBe(1);

    await h.publish(StaffErased, { staffId: erased, tenantId: T, accountId: null }, { tenantId: T, occurredAt: at(0) });
    expect(await rows(erased)).toBe(0);
    expect(await h.sql('select 1 from notifications.erased_staff where staff_id = ? and tenant_id = ?', [erased, T])).toHaveLength(1);

    await h.publish(StaffContactChanged, contact(erased, 'Erika'), { tenantId: T, occurredAt: at(-30) });
    expect(await rows(erased)).toBe(0);
    await h.publish(StaffContactChanged, contact(erased, 'Erika'), { tenantId: T, occurredAt: at(30) });
    expect(await rows(erased)).toBe(0);
    expect(JSON.stringify(await h.sql('select * from notifications.person'))).not.toContain('erika@example.org');
  });

  it('the same event for a person who was not erased is applied (control)', async () => {
    const kept = randomUUID();
    await h.publish(StaffContactChanged, contact(kept, 'Karl'), { tenantId: T, occurredAt: at(30) });
    expect(await rows(kept)).toBe(1);
  });
});
