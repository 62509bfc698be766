import { suppressedKeys } from './suppression.js';

describe('suppressedKeys (minimum cell size with complementary suppression)', () => {
  it('shows every cell that passes when none is small', () => {
    expect([...suppressedKeys([{ key: 'mentor', n: 6 }, { key: 'mentee', n: 9 }], 5)]).toEqual([]);
  });

  it('hides a small cell AND its complement, so the total minus the shown cells reveals nothing', () => {
    // total 11 pairs is published; mentor 3 is under k = 5
    const hidden = suppressedKeys([{ key: 'mentor', n: 3 }, { key: 'mentee', n: 8 }], 5);
    expect(hidden).toEqual(new Set(['mentor', 'mentee']));
  });

  it('hides the smallest passing cell as the complement, leaving the others shown', () => {
    const hidden = suppressedKeys(
      [
        { key: 'a', n: 2 },
        { key: 'b', n: 12 },
        { key: 'c', n: 7 },
        { key: 'd', n: 30 },
      ],
      5,
    );
    expect(hidden).toEqual(new Set(['a', 'c']));
  });

  it('needs no complement when the hidden cells already hold at least k together', () => {
    const hidden = suppressedKeys(
      [
        { key: 'a', n: 2 },
        { key: 'b', n: 4 },
        { key: 'c', n: 20 },
      ],
      5,
    );
    expect(hidden).toEqual(new Set(['a', 'b']));
  });

  it('keeps hiding while the hidden cells together hold fewer than k (3 + 1 pairs would give a figure about 4 people)', () => {
    const cells = [
      { key: 'a', n: 3 },
      { key: 'b', n: 1 },
      { key: 'c', n: 6 },
      { key: 'd', n: 20 },
    ];
    expect(suppressedKeys(cells, 5)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('hides every cell when even all of them together hold fewer than k', () => {
    expect(suppressedKeys([{ key: 'a', n: 1 }, { key: 'b', n: 2 }], 5)).toEqual(new Set(['a', 'b']));
  });

  it('ignores empty cells (nothing to hide, and not a useful complement)', () => {
    const hidden = suppressedKeys(
      [
        { key: 'a', n: 0 },
        { key: 'b', n: 3 },
        { key: 'c', n: 9 },
      ],
      5,
    );
    expect(hidden).toEqual(new Set(['b', 'c']));
  });

  it('uses the stricter threshold for sensitive cells (k = 10)', () => {
    expect(suppressedKeys([{ key: 'x', n: 9 }, { key: 'y', n: 10 }], 10)).toEqual(new Set(['x', 'y']));
  });

  it('leaves no group recoverable by subtraction from a published total and mean', () => {
    // Published: overall n and mean change; per group: n and mean change unless hidden.
    const groups = [
      { key: 'inst-a', n: 3, mean: -4 },
      { key: 'inst-b', n: 6, mean: 5 },
      { key: 'inst-c', n: 9, mean: 2 },
    ];
    const total = groups.reduce((a, g) => a + g.n, 0);
    const overall = groups.reduce((a, g) => a + g.n * g.mean, 0) / total;
    const hidden = suppressedKeys(groups, 5);
    const shown = groups.filter((g) => !hidden.has(g.key));
    const hiddenGroups = groups.filter((g) => hidden.has(g.key));
    // What an attacker can derive: the hidden groups' combined n and mean…
    const rest = total - shown.reduce((a, g) => a + g.n, 0);
    const restMean = (overall * total - shown.reduce((a, g) => a + g.n * g.mean, 0)) / rest;
    // …which must never be a single small group's own figure.
    expect(hiddenGroups.length).toBeGreaterThan(1);
    expect(rest).toBeGreaterThanOrEqual(5);
    expect(hiddenGroups.some((g) => g.n === rest && g.mean === restMean)).toBe(false);
  });
});
