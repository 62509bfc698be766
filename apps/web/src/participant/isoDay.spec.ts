import { describe, expect, it } from 'vitest';
import { isoDay } from './DuoPage';

describe('isoDay (the date chips of "log a meeting")', () => {
  it('counts back in local days across a month end', () => {
    const now = new Date(2026, 2, 1, 0, 30); // 1 March, just after midnight
    expect(isoDay(0, now)).toBe('2026-03-01');
    expect(isoDay(1, now)).toBe('2026-02-28');
    expect(isoDay(2, now)).toBe('2026-02-27');
  });
});
