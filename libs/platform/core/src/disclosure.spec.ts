import { releasedByClosedDays } from './disclosure.js';

const day = (x: { day: string }) => x.day;
const answers = (...days: string[]) => days.map((d, i) => ({ day: d, value: i }));

describe('releasedByClosedDays (frozen releases for managers)', () => {
  it('releases nothing until k contributions have come in on closed days', () => {
    expect(releasedByClosedDays(answers('2026-01-01', '2026-01-02', '2026-01-02', '2026-01-03'), day, '2026-02-01', 5)).toEqual([]);
  });

  it('ignores the current day, which may still grow', () => {
    const a = answers('2026-01-01', '2026-01-01', '2026-01-01', '2026-01-01', '2026-02-01');
    expect(releasedByClosedDays(a, day, '2026-02-01', 5)).toHaveLength(0);
    expect(releasedByClosedDays(a, day, '2026-02-02', 5)).toHaveLength(5);
  });

  it('grows only in steps of at least k: one more answer never changes the release by one', () => {
    const base = answers(...Array.from({ length: 12 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`));
    const before = releasedByClosedDays(base, day, '2026-03-01', 5);
    expect(before).toHaveLength(10);
    const plusOne = [...base, { day: '2026-01-20', value: 99 }];
    expect(releasedByClosedDays(plusOne, day, '2026-03-01', 5)).toEqual(before);
    const plusThree = [...plusOne, { day: '2026-01-21', value: 100 }, { day: '2026-01-22', value: 101 }];
    const after = releasedByClosedDays(plusThree, day, '2026-03-01', 5);
    expect(after).toHaveLength(15);
    expect(after.slice(0, 10)).toEqual(before); // earlier releases are frozen: only appended to
  });
});
