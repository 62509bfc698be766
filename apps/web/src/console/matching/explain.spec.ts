import { describe, expect, it } from 'vitest';
import { bars, highlights, scoreBand } from './explain';

const c = (criterion: 'SHIFT_OVERLAP' | 'SAME_UNIT' | 'SHARED_LANGUAGE' | 'FUNCTIONS' | 'PREFERENCES', value: number, points: number, weight = 10) => ({ criterion, value, points, weight });

describe('the explanation of a proposal', () => {
  it('highlights at most three weighted criteria met at least half-way, by points', () => {
    const breakdown = [c('SAME_UNIT', 1, 10), c('SHIFT_OVERLAP', 0.9, 30), c('SHARED_LANGUAGE', 1, 5), c('FUNCTIONS', 0.4, 12), c('PREFERENCES', 1, 4)];
    expect(highlights(breakdown)).toEqual(['SHIFT_OVERLAP', 'SAME_UNIT', 'SHARED_LANGUAGE']);
  });

  it('never highlights a criterion without weight, and may highlight none', () => {
    expect(highlights([c('SAME_UNIT', 1, 0, 0), c('FUNCTIONS', 0.2, 3)])).toEqual([]);
  });

  it('shows bars for weighted criteria as whole percentages, clamped, by points', () => {
    expect(bars([c('SAME_UNIT', 0, 0), c('SHIFT_OVERLAP', 0.876, 26.28), c('PREFERENCES', 1.2, 0, 0)])).toEqual([
      { criterion: 'SHIFT_OVERLAP', percent: 88, points: 26.3 },
      { criterion: 'SAME_UNIT', percent: 0, points: 0 },
    ]);
  });

  it('puts a score in a band for its colour', () => {
    expect([scoreBand(85), scoreBand(70), scoreBand(55), scoreBand(12)]).toEqual(['high', 'high', 'medium', 'low']);
  });
});
