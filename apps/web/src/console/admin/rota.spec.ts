import { describe, expect, it } from 'vitest';
import { countHours, daysToShow, overlapGrid, rotaGrid } from './rota';

const hoursOn = (row: boolean[]) => row.flatMap((on, h) => (on ? [h] : []));

describe('the rota grid (days × hours)', () => {
  // 2 days on (07:00–19:00), 2 nights on (19:00–07:00), 4 off: an 8-day cycle.
  const fourOnFourOff = {
    cycleDays: 8,
    shifts: [
      { day: 0, start: '07:00', hours: 12 },
      { day: 1, start: '07:00', hours: 12 },
      { day: 2, start: '19:00', hours: 12 },
      { day: 3, start: '19:00', hours: 12 },
    ],
  };

  it('marks the hours of day shifts and runs night shifts into the next morning', () => {
    const g = rotaGrid(fourOnFourOff, 0, 8);
    expect(hoursOn(g[0])).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(hoursOn(g[2])).toEqual([19, 20, 21, 22, 23]);
    expect(hoursOn(g[3])).toEqual([0, 1, 2, 3, 4, 5, 6, 19, 20, 21, 22, 23]);
    expect(hoursOn(g[4])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(hoursOn(g[5])).toEqual([]);
    expect(countHours(g)).toBe(48);
  });

  it('starts the person at their offset in the cycle, and the cycle wraps (last night into day 0)', () => {
    const g = rotaGrid(fourOnFourOff, 3, 8);
    // Day 0 is cycle day 3: the tail of cycle day 2's night, then cycle day 3's night.
    expect(hoursOn(g[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 19, 20, 21, 22, 23]);
    // Day 5 is cycle day 0 again.
    expect(hoursOn(g[5])).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    // Day 7 is cycle day 2: its night starts at 19:00, and the night of the previous cycle's day 3 does not reach it.
    expect(hoursOn(g[7])).toEqual([19, 20, 21, 22, 23]);
  });

  it('covers part-hours: 06:30 for 8 hours marks 06 to 14', () => {
    const g = rotaGrid({ cycleDays: 1, shifts: [{ day: 0, start: '06:30', hours: 8 }] }, 0, 1);
    expect(hoursOn(g[0])).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('the overlap of two rotas is the hours both work', () => {
    const weekDays = { cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '08:00', hours: 8 })) };
    const a = rotaGrid(fourOnFourOff, 0, 56);
    const b = rotaGrid(weekDays, 0, 56);
    const both = overlapGrid(a, b);
    expect(hoursOn(both[0])).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(hoursOn(both[2])).toEqual([]);
    expect(countHours(both)).toBeGreaterThan(0);
    expect(countHours(both)).toBeLessThan(countHours(b));
  });

  it('shows the days until two cycles line up again, capped', () => {
    expect(daysToShow(8, null)).toBe(8);
    expect(daysToShow(8, 4)).toBe(8);
    expect(daysToShow(4, 6)).toBe(12);
    expect(daysToShow(8, 7)).toBe(28);
    expect(daysToShow(8, 7, 60)).toBe(56);
  });
});
