/** One shift of a rota cycle: on cycle day `day` (0-based) from `start` (local HH:MM) for `hours`. */
export interface RotaShift {
  day: number;
  start: string;
  hours: number;
}

export interface RotaPattern {
  cycleDays: number;
  shifts: readonly RotaShift[];
}

/**
 * Which hours a person on `pattern` works, over `days` days from their day 0: `grid[d][h]` is true
 * when a shift covers any part of hour h of day d. The person's day d is cycle day
 * `(d + offsetDays) mod cycleDays` (the staff record's shift offset); a shift past midnight runs
 * into the next day, and the last cycle day's night shift into the first day of the next cycle.
 */
export function rotaGrid(pattern: RotaPattern, offsetDays: number, days: number): boolean[][] {
  const grid = Array.from({ length: days }, () => Array<boolean>(24).fill(false));
  const cycle = Math.max(1, pattern.cycleDays);
  const offset = ((offsetDays % cycle) + cycle) % cycle;
  const lastHour = days * 24;
  for (let k = -1; (k - 1) * cycle <= days; k++) {
    for (const s of pattern.shifts) {
      const [hh, mm] = s.start.split(':').map(Number);
      const from = (s.day - offset + k * cycle) * 24 + (hh ?? 0) + (mm ?? 0) / 60;
      const to = from + s.hours;
      for (let h = Math.max(0, Math.floor(from)); h < Math.min(lastHour, Math.ceil(to)); h++) grid[Math.floor(h / 24)][h % 24] = true;
    }
  }
  return grid;
}

/** Hours both people work (the overlap of two rotas over the same days). */
export function overlapGrid(a: boolean[][], b: boolean[][]): boolean[][] {
  return a.map((row, d) => row.map((on, h) => on && (b[d]?.[h] ?? false)));
}

export function countHours(grid: boolean[][]): number {
  return grid.reduce((n, row) => n + row.filter(Boolean).length, 0);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Days after which two cycles line up again (their least common multiple), at most `cap`. */
export function daysToShow(cycleA: number, cycleB: number | null, cap = 28): number {
  const a = Math.max(1, cycleA);
  if (!cycleB) return Math.min(a, cap);
  const b = Math.max(1, cycleB);
  return Math.min((a / gcd(a, b)) * b, cap);
}
