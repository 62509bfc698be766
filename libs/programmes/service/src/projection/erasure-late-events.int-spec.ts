import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * Issue 13: late events after erasure must not re-create a row. Programmes keeps two projections of
 * people from identity's events (staff_profile, staff_card). A profile or card event delivered after
 * the erasure — an older one held by a consumer that died, or one stamped later by an identity
 * replica whose clock runs ahead — is ignored because programmes records whom it erased
 * (erased_staff). The card event has an order key of its own, so the event watermark alone let a
 * late card bring the name back.
 */
const T = randomUUID();
const INSTITUTION = randomUUID();

function profile(staffId: string) {
  return {
    staffId,
    tenantId: T,
    institutionId: INSTITUTION,
    institutionKind: 'adult' as const,
    region: 'North',
    unitId: null,
    position: 'Prison officer',
    supervisesOthers: false,
    hiredOn: '2025-01-01',
    joinedInstitutionOn: '2025-01-01',
    previousInstitutionKind: null,
    shiftPatternId: null,
    shiftOffsetDays: 0,
    languages: ['da'],
    lineManagerId: null,
    leftServiceOn: null,
  };
}
function card(staffId: string, name: string) {
  return { staffId, tenantId: T, displayName: name, workEmail: `${name.toLowerCase()}@example.org`, institutionId: INSTITUTION, institutionName: 'North prison', unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null };
}

describe('programmes: late identity events after an erasure re-create nothing', () => {
  let h: ProgrammesHarness;
  const now = Date.now();
  const at = (s: number) => new Date(now + s * 1000);
  const rows = async (staffId: string) => ({
    profile: (await h.sql('select 1 from programmes.staff_profile where staff_id = ?', [staffId])).length,
    card: (await h.sql('select 1 from programmes.staff_card where staff_id = ?', [staffId])).length,
  });

  beforeAll(async () => {
    h = await startProgrammes();
  });
  afterAll(() => h.close());

  it('a late profile or card event (older, or stamped after the erasure) for an erased person is ignored', async () => {
    const erased = randomUUID();
    await h.publish(StaffProfileChanged, profile(erased), { occurredAt: at(-60) });
    await h.publish(StaffCardChanged, card(erased, 'Erika'), { occurredAt: at(-60) });
    expect(await rows(erased)).toEqual({ profile: 1, card: 1 });

    await h.publish(StaffErased, { staffId: erased, tenantId: T, accountId: null }, { occurredAt: at(0) });
    expect(await rows(erased)).toEqual({ profile: 0, card: 0 });
    const record = await h.sql<{ tenant_id: string; erased_at: Date }>('select tenant_id, erased_at from programmes.erased_staff where staff_id = ?', [erased]);
    expect(record).toHaveLength(1);
    expect(record[0].tenant_id).toBe(T);

    // Held by a consumer that died, delivered after the erasure: older than it.
    await h.publish(StaffProfileChanged, profile(erased), { occurredAt: at(-30) });
    await h.publish(StaffCardChanged, card(erased, 'Erika'), { occurredAt: at(-30) });
    expect(await rows(erased)).toEqual({ profile: 0, card: 0 });
    // Stamped after the erasure (a replica's clock ahead, a replay): the watermark would let it through.
    await h.publish(StaffProfileChanged, profile(erased), { occurredAt: at(30) });
    await h.publish(StaffCardChanged, card(erased, 'Erika'), { occurredAt: at(30) });
    expect(await rows(erased)).toEqual({ profile: 0, card: 0 });
    expect(JSON.stringify(await h.sql('select * from programmes.staff_card'))).not.toContain('Erika');
  });

  it('the same events for a person who was not erased are applied (control)', async () => {
    const kept = randomUUID();
    await h.publish(StaffProfileChanged, profile(kept), { occurredAt: at(30) });
    await h.publish(StaffCardChanged, card(kept, 'Karl'), { occurredAt: at(30) });
    expect(await rows(kept)).toEqual({ profile: 1, card: 1 });
  });
});
