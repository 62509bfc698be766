import { randomUUID } from 'node:crypto';
import { StaffErased, StaffProfileChanged } from '@m4pris/identity-contracts';
import { startEvaluation, type EvaluationHarness } from '../../test/harness.js';

/*
 * Issue 13: late events after erasure must not re-create a row. Evaluation keeps a projection of each person's facts (staff_fact: institution, hire and leaving dates) for retention outcomes and participant attributes. A profile event delivered
 * after the erasure — an older one held by a consumer that died, or one stamped later by an identity
 * replica whose clock runs ahead — is ignored because evaluation records whom it erased
 * (erased_staff); the event watermark alone trusts `occurredAt`.
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
describe('evaluation: late identity events after an erasure re-create nothing', () => {
  let h: EvaluationHarness;
  const now = Date.now();
  const at = (s: number) => new Date(now + s * 1000);
  const rows = async (staffId: string) => (await h.sql('select 1 from evaluation.staff_fact where staff_id = ?', [staffId])).length;

  beforeAll(async () => {
    h = await startEvaluation();
  });
  afterAll(() => h.close());

  it('a late profile event (older, or stamped after the erasure) for an erased person is ignored', async () => {
    const erased = randomUUID();
    await h.publish(StaffProfileChanged, profile(erased), { occurredAt: at(-60) });
    expect(await rows(erased)).toBe(1);

    await h.publish(StaffErased, { staffId: erased, tenantId: T, accountId: null }, { occurredAt: at(0) });
    expect(await rows(erased)).toBe(0);
    expect(await h.sql('select 1 from evaluation.erased_staff where staff_id = ? and tenant_id = ?', [erased, T])).toHaveLength(1);

    // Held by a consumer that died, delivered after the erasure: older than it.
    await h.publish(StaffProfileChanged, profile(erased), { occurredAt: at(-30) });
    expect(await rows(erased)).toBe(0);
    // Stamped after the erasure (a replica's clock ahead, a replay): the watermark would let it through.
    await h.publish(StaffProfileChanged, profile(erased), { occurredAt: at(30) });
    expect(await rows(erased)).toBe(0);
  });

  it('the same event for a person who was not erased is applied (control)', async () => {
    const kept = randomUUID();
    await h.publish(StaffProfileChanged, profile(kept), { occurredAt: at(30) });
    expect(await rows(kept)).toBe(1);
  });
});
