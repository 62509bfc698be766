import { randomUUID } from 'node:crypto';
import { ShiftPatternDefined } from '@m4pris/identity-contracts';
import { startMatching, type MatchingHarness } from '../../test/harness.js';

/**
 * A shift pattern edited in identity (issue 16: updateShiftPattern publishes
 * identity.v1.shiftPattern.defined again): matching's copy of the rota, which the shift-overlap
 * criterion reads, follows the newest definition, and a late older one never overwrites it.
 */
describe('shift pattern edited: matching follows the newest rota', () => {
  let h: MatchingHarness;
  const tenantId = randomUUID();
  const base = Date.now() + 60_000;
  const at = (s: number) => new Date(base + s * 1000);
  const rota = async (id: string) => (await h.sql<{ cycle_days: number; shifts: unknown }>('select cycle_days, shifts from matching.shift_pattern where id = ?', [id]))[0];

  beforeAll(async () => {
    h = await startMatching();
  });
  afterAll(() => h.close());

  it('replaces the rota on a new definition and keeps it when an older one arrives late', async () => {
    const id = randomUUID();
    const days = [0, 1, 2, 3].map((day) => ({ day, start: '07:00', hours: 12 }));
    const nights = [0, 1, 2, 3, 4].map((day) => ({ day, start: '22:00', hours: 8 }));
    await h.publish(ShiftPatternDefined, { shiftPatternId: id, tenantId, name: '4 on 4 off', cycleDays: 8, shifts: days }, { tenantId, occurredAt: at(10) });
    expect(await rota(id)).toEqual({ cycle_days: 8, shifts: days });
    await h.publish(ShiftPatternDefined, { shiftPatternId: id, tenantId, name: 'Nights', cycleDays: 7, shifts: nights }, { tenantId, occurredAt: at(20) });
    expect(await rota(id)).toEqual({ cycle_days: 7, shifts: nights });
    await h.publish(ShiftPatternDefined, { shiftPatternId: id, tenantId, name: '4 on 4 off', cycleDays: 8, shifts: days }, { tenantId, occurredAt: at(15) }); // late
    expect(await rota(id)).toEqual({ cycle_days: 7, shifts: nights });
  });
});
