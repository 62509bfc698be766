/**
 * Frozen releases of an aggregate shown to managers (disclosure control over time; see
 * docs/disclosure-control.md).
 *
 * Contributions (a person's answer, a pair of scores) arrive on a day. Only closed days count (the
 * day of the query may still grow), and the released set grows only in steps that each add at least
 * `k` contributions: walking the closed days in order, a release is cut after the day on which at
 * least `k` contributions have come in since the previous cut. What is shown is everything up to the
 * last cut. So two answers to the same question, however far apart in time, differ by nothing or by
 * at least `k` people's contributions; no sequence of reads, together with knowing who answered and
 * when, isolates one person's answer. The set depends only on the data (append-only by day), so no
 * snapshot table is needed: the same data always give the same release.
 */
export function releasedByClosedDays<T>(items: readonly T[], dayOf: (item: T) => string, today: string, k: number): T[] {
  const closed = items.filter((i) => dayOf(i) < today);
  const byDay = new Map<string, T[]>();
  for (const i of closed) byDay.set(dayOf(i), [...(byDay.get(dayOf(i)) ?? []), i]);
  const released: T[] = [];
  let pending: T[] = [];
  for (const day of [...byDay.keys()].sort()) {
    pending.push(...byDay.get(day)!);
    if (pending.length >= k) {
      released.push(...pending);
      pending = [];
    }
  }
  return released;
}
