import { shiftOverlap, type Rota } from './shift-overlap.js';

const days: Rota = { cycleDays: 7, offsetDays: 0, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '07:00', hours: 8 })) };
const nights: Rota = { cycleDays: 7, offsetDays: 0, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '22:00', hours: 9 })) };
// 4-on-4-off, 12-hour day shifts.
const fourOnFourOff = (offsetDays: number): Rota => ({
  cycleDays: 8,
  offsetDays,
  shifts: [0, 1, 2, 3].map((day) => ({ day, start: '07:00', hours: 12 })),
});

describe('shiftOverlap', () => {
  it('counts full overlap of identical weekly rotas', () => {
    expect(shiftOverlap(days, days)).toEqual({ hours: 40, horizonDays: 7 });
  });

  it('finds no overlap between day and night shifts that do not touch', () => {
    expect(shiftOverlap(days, nights).hours).toBe(0);
  });

  it('counts night shifts running past midnight, including the one wrapping the cycle', () => {
    const late: Rota = { cycleDays: 7, offsetDays: 0, shifts: [{ day: 6, start: '20:00', hours: 8 }] };
    const early: Rota = { cycleDays: 7, offsetDays: 0, shifts: [{ day: 0, start: '00:00', hours: 2 }] };
    // Day 6 20:00 → day 7 04:00 wraps into day 0 of the next cycle: 2 hours with the early shift.
    expect(shiftOverlap(late, early).hours).toBe(2);
  });

  it('uses the common cycle of different rota lengths', () => {
    const r = shiftOverlap(fourOnFourOff(0), days);
    expect(r.horizonDays).toBe(56);
    // Over 56 days the 4-on-4-off worker works 28 days, of which 20 fall on weekdays: 8h overlap each.
    expect(r.hours).toBe(20 * 8);
  });

  it('depends on the phase of each worker in their cycle', () => {
    expect(shiftOverlap(fourOnFourOff(0), fourOnFourOff(0)).hours).toBe(48);
    expect(shiftOverlap(fourOnFourOff(0), fourOnFourOff(4)).hours).toBe(0);
    expect(shiftOverlap(fourOnFourOff(0), fourOnFourOff(2)).hours).toBe(24);
  });
});
