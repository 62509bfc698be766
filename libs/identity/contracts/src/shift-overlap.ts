import type { ShiftDto } from './institution.js';

export interface Rota {
  cycleDays: number;
  shifts: ShiftDto[];
  /** The staff member's position in the cycle: day `offsetDays` of the pattern falls on day 0 of the common calendar. */
  offsetDays: number;
}

const MAX_HORIZON_DAYS = 366;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Minutes-on-shift intervals of a rota over `horizonDays`, in minutes from day 0. */
export function shiftIntervals(r: Rota, horizonDays: number): [number, number][] {
  const out: [number, number][] = [];
  // Shifts started in the cycle before day 0 may run into it (night shifts).
  for (let day = -1; day < horizonDays; day++) {
    const patternDay = (((day + r.offsetDays) % r.cycleDays) + r.cycleDays) % r.cycleDays;
    for (const s of r.shifts) {
      if (s.day !== patternDay) continue;
      const [h, m] = s.start.split(':').map(Number) as [number, number];
      const start = day * 1440 + h * 60 + m;
      const end = start + Math.round(s.hours * 60);
      const a = Math.max(start, 0);
      const b = Math.min(end, horizonDays * 1440);
      if (b > a) out.push([a, b]);
    }
  }
  return merge(out);
}

function merge(iv: [number, number][]): [number, number][] {
  const sorted = [...iv].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const cur of sorted) {
    const last = out[out.length - 1];
    if (last && cur[0] <= last[1]) last[1] = Math.max(last[1], cur[1]);
    else out.push([cur[0], cur[1]]);
  }
  return out;
}

/**
 * Hours two staff members are on shift together over one common cycle (the least common multiple of
 * their cycles, capped at a year), and that cycle's length in days.
 */
export function shiftOverlap(a: Rota, b: Rota): { hours: number; horizonDays: number } {
  const lcm = (a.cycleDays / gcd(a.cycleDays, b.cycleDays)) * b.cycleDays;
  const horizonDays = Math.min(lcm, MAX_HORIZON_DAYS);
  const x = shiftIntervals(a, horizonDays);
  const y = shiftIntervals(b, horizonDays);
  let i = 0;
  let j = 0;
  let minutes = 0;
  while (i < x.length && j < y.length) {
    const lo = Math.max(x[i][0], y[j][0]);
    const hi = Math.min(x[i][1], y[j][1]);
    if (hi > lo) minutes += hi - lo;
    if (x[i][1] < y[j][1]) i++;
    else j++;
  }
  return { hours: minutes / 60, horizonDays };
}
