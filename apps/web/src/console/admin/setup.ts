import { splitRefusal, type Refusal } from '../refusal';
export type { Refusal } from '../refusal';
import type { RotaPattern, RotaShift } from './rota';

/** A refusal of the API split for a form, by each field's whole path (`shifts.0.start`); null for no error. */
export function refusalOf(error: unknown): Refusal | null {
  return error ? splitRefusal(error) : null;
}

/**
 * The messages of a refusal that no field of the form shows (a field the form does not have, or no
 * field at all), so that nothing the API said is lost.
 */
export function unshown(refusal: Refusal | null, shown: readonly string[]): string[] {
  if (!refusal) return [];
  return [...Object.entries(refusal.fields).filter(([f]) => !shown.includes(f)).map(([, m]) => m), ...refusal.other];
}

/** One row of the shift-pattern form: the day as people count it (1 = the cycle's first day). */
export interface ShiftRow {
  day: number | string;
  start: string;
  hours: number | string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export type RowProblem = 'day' | 'outOfCycle' | 'start' | 'hours';

/** What is wrong with a row before it is sent (the API checks again and says more). */
export function rowProblem(row: ShiftRow, cycleDays: number): RowProblem | null {
  const day = Number(row.day);
  if (row.day === '' || !Number.isInteger(day) || day < 1) return 'day';
  if (day > cycleDays) return 'outOfCycle';
  if (!HHMM.test(row.start)) return 'start';
  const hours = Number(row.hours);
  if (row.hours === '' || !Number.isFinite(hours) || hours < 0.5 || hours > 24) return 'hours';
  return null;
}

/** The API's shift (day 0-based) from a row. */
export function toShift(row: ShiftRow): RotaShift {
  return { day: Number(row.day) - 1, start: row.start, hours: Number(row.hours) };
}

/**
 * The pattern being typed, for the live preview: the rows that make sense so far (a half-typed row
 * is left out until it does).
 */
export function draftPattern(cycleDays: number | string, rows: readonly ShiftRow[]): RotaPattern | null {
  const cycle = Number(cycleDays);
  if (!Number.isInteger(cycle) || cycle < 1 || cycle > 56) return null;
  return { cycleDays: cycle, shifts: rows.filter((r) => rowProblem(r, cycle) === null).map(toShift) };
}

export interface ConsentTextRow {
  id: string;
  purpose: string;
  locale: string;
  version: number;
  text: string;
  publishedAt: string;
}

/**
 * The published texts by purpose, then language (the order of `languages`, others after), newest
 * version first; `current` marks the newest of each purpose and language — the one an applicant in
 * that language is shown.
 */
export function consentTable<T extends ConsentTextRow>(texts: readonly T[], languages: readonly string[]): (T & { current: boolean })[] {
  const rank = (l: string) => (languages.includes(l) ? languages.indexOf(l) : languages.length);
  const sorted = [...texts].sort((a, b) => a.purpose.localeCompare(b.purpose) || rank(a.locale) - rank(b.locale) || a.locale.localeCompare(b.locale) || b.version - a.version);
  const seen = new Set<string>();
  return sorted.map((t) => {
    const key = `${t.purpose}\u0000${t.locale}`;
    const current = !seen.has(key);
    seen.add(key);
    return { ...t, current };
  });
}

/** The version publishing would make for a purpose and language (versions count per language). */
export function nextVersion(texts: readonly Pick<ConsentTextRow, 'purpose' | 'locale' | 'version'>[], purpose: string, locale: string): number {
  return texts.filter((t) => t.purpose === purpose && t.locale === locale).reduce((v, t) => Math.max(v, t.version), 0) + 1;
}
