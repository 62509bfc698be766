/** A cell of a published partition (the groups of a breakdown, the states of a wave). */
export interface Cell {
  key: string;
  n: number;
}

/**
 * Which cells of one partition must be hidden when the partition's total is published.
 *
 * Primary suppression hides every non-empty cell under the minimum size `k`. Complementary
 * (secondary) suppression then makes sure a hidden cell can never be recovered by subtracting the
 * shown cells from the published total: when exactly one cell is hidden, the smallest shown
 * non-empty cell is hidden with it. (With two or more hidden cells only their sum can be derived.)
 */
export function suppressedKeys(cells: readonly Cell[], k: number): Set<string> {
  const hidden = new Set(cells.filter((c) => c.n > 0 && c.n < k).map((c) => c.key));
  if (hidden.size === 1) {
    const complement = cells.filter((c) => c.n > 0 && !hidden.has(c.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key))[0];
    if (complement) hidden.add(complement.key);
  }
  return hidden;
}
