import { describe, expect, it } from 'vitest';
import { bars, scoreBand } from './explain';

const c = (criterion: 'SHIFT_OVERLAP' | 'SAME_UNIT' | 'SHARED_LANGUAGE' | 'FUNCTIONS' | 'PREFERENCES', value: number, points: number, weight = 10, detail = `${criterion} detail`) => ({ criterion, value, points, weight, detail });

describe('the breakdown of a proposal', () => {
  it('shows bars for weighted criteria as whole percentages, clamped, by points, with the API’s detail', () => {
    expect(bars([c('SAME_UNIT', 0, 0, 10, 'different units'), c('SHIFT_OVERLAP', 0.876, 26.28, 30, '40 h together over 14 days'), c('PREFERENCES', 1.2, 0, 0)])).toEqual([
      { criterion: 'SHIFT_OVERLAP', percent: 88, points: 26.3, detail: '40 h together over 14 days' },
      { criterion: 'SAME_UNIT', percent: 0, points: 0, detail: 'different units' },
    ]);
  });

  it('orders criteria that gave the same points by name, and clamps a value below zero', () => {
    expect(bars([c('SHARED_LANGUAGE', -0.2, 5), c('FUNCTIONS', 0.5, 5)]).map((b) => [b.criterion, b.percent])).toEqual([
      ['FUNCTIONS', 50],
      ['SHARED_LANGUAGE', 0],
    ]);
  });

  it('puts a score in a band for its colour', () => {
    expect([scoreBand(85), scoreBand(70), scoreBand(55), scoreBand(12)]).toEqual(['high', 'high', 'medium', 'low']);
  });
});
