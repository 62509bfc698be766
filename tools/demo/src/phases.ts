/**
 * Where a demo run's time goes: each phase's span (from its first start to its last end, over the
 * tenants that ran it side by side) and the longest a single tenant spent in it. Printed as a table
 * at the end of the run and carried by `--json` (`phases`), so a run's figures can be compared
 * phase by phase with an earlier one.
 */
export interface PhaseTiming {
  phase: string;
  /** Seconds since the run started when the phase first started / last ended. */
  from: number;
  to: number;
  /** The longest one tenant (or the whole run, for a phase run once) spent in it, in seconds. */
  longest: number;
  /** How many times it ran (once per tenant for a tenant's step). */
  runs: number;
}

export class Phases {
  private readonly spans = new Map<string, { from: number; to: number; longest: number; runs: number }>();

  constructor(
    private readonly clock: { readonly started: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Times one call of `fn` under `phase` (several calls of one phase are merged). */
  async time<R>(phase: string, fn: () => Promise<R>): Promise<R> {
    const start = this.now();
    try {
      return await fn();
    } finally {
      this.record(phase, start, this.now());
    }
  }

  /** The same as `time`: a tenant's part of a phase the tenants run side by side. */
  tenant<R>(phase: string, fn: () => Promise<R>): Promise<R> {
    return this.time(phase, fn);
  }

  private record(phase: string, start: number, end: number): void {
    const s = this.spans.get(phase);
    const took = end - start;
    if (!s) this.spans.set(phase, { from: start, to: end, longest: took, runs: 1 });
    else {
      s.from = Math.min(s.from, start);
      s.to = Math.max(s.to, end);
      s.longest = Math.max(s.longest, took);
      s.runs++;
    }
  }

  summary(): PhaseTiming[] {
    const sec = (ms: number) => Math.round(ms / 100) / 10;
    return [...this.spans].map(([phase, s]) => ({ phase, from: sec(s.from - this.clock.started), to: sec(s.to - this.clock.started), longest: sec(s.longest), runs: s.runs }));
  }

  /** `phase  from–to s  longest s` lines, in the order the phases first ran. */
  table(): string {
    const rows = this.summary();
    const width = Math.max(5, ...rows.map((r) => r.phase.length));
    return [
      `${'phase'.padEnd(width)}  ${'span (s since start)'.padStart(20)}  ${'longest'.padStart(8)}`,
      ...rows.map((r) => `${r.phase.padEnd(width)}  ${`${r.from.toFixed(1)}–${r.to.toFixed(1)}`.padStart(20)}  ${`${r.longest.toFixed(1)} s`.padStart(8)}${r.runs > 1 ? ` (×${r.runs})` : ''}`),
    ].join('\n');
  }
}
