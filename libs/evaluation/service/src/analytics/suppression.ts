/** A cell of a published partition (the groups of a breakdown, the states of a wave). */
export interface Cell {
  key: string;
  n: number;
}

/**
 * Which cells of one partition must be hidden when the partition's total is published.
 *
 * Primary suppression hides every non-empty cell under the minimum size `k`. Complementary
 * (secondary) suppression then makes sure the hidden cells can never be recovered by subtracting
 * the shown cells from the published total: whatever can be derived is only the hidden cells'
 * combined figure, so the smallest shown non-empty cells are hidden too, one at a time, until the
 * hidden cells together hold at least `k` people — or every cell is hidden. (Two hidden cells of 3
 * and 1 would otherwise give away a figure about 4 people.)
 */
export function suppressedKeys(cells: readonly Cell[], k: number): Set<string> {
  const hidden = new Set(cells.filter((c) => c.n > 0 && c.n < k).map((c) => c.key));
  const shown = cells.filter((c) => c.n > 0 && !hidden.has(c.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  let held = cells.filter((c) => hidden.has(c.key)).reduce((a, c) => a + c.n, 0);
  while (hidden.size > 0 && held < k && shown.length > 0) {
    const next = shown.shift()!;
    hidden.add(next.key);
    held += next.n;
  }
  return hidden;
}
