/** What the training page does with sessions and registers, apart from drawing them. */

export interface SessionTimes {
  id: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Sessions split into those still to come (not yet over: a session running now is among them),
 * soonest first, and those already over, most recent first. Ties keep a stable order by id.
 */
export function splitSessions<S extends SessionTimes>(sessions: readonly S[], now: number): { upcoming: S[]; past: S[] } {
  const at = (iso: string) => new Date(iso).getTime();
  const byId = (a: S, b: S) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const upcoming = sessions.filter((s) => at(s.endsAt) > now).sort((a, b) => at(a.startsAt) - at(b.startsAt) || byId(a, b));
  const past = sessions.filter((s) => at(s.endsAt) <= now).sort((a, b) => at(b.startsAt) - at(a.startsAt) || byId(a, b));
  return { upcoming, past };
}

export interface RegisterEntry {
  staffId: string;
  status: 'BOOKED' | 'WAITLISTED' | 'CANCELLED';
  waitlistPosition?: number | null;
  attendance?: 'PRESENT' | 'ABSENT' | null;
}

/** The booked learners (in the register's order) and the waiting list by place; cancelled ones are left out. */
export function registerLines<E extends RegisterEntry>(entries: readonly E[]): { booked: E[]; waiting: E[] } {
  return {
    booked: entries.filter((e) => e.status === 'BOOKED'),
    waiting: entries.filter((e) => e.status === 'WAITLISTED').sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity)),
  };
}

/** The ticks a register starts with: whoever was recorded present. */
export function initialTicks(entries: readonly RegisterEntry[]): Record<string, boolean> {
  return Object.fromEntries(entries.filter((e) => e.status === 'BOOKED').map((e) => [e.staffId, e.attendance === 'PRESENT']));
}

/** The attendance to send: one line per booked learner, present when ticked. */
export function attendanceEntries(booked: readonly RegisterEntry[], ticks: Record<string, boolean>): { staffId: string; present: boolean }[] {
  return booked.map((e) => ({ staffId: e.staffId, present: Boolean(ticks[e.staffId]) }));
}

/** Whether the ticks differ from what the register holds (unsaved changes). */
export function ticksChanged(entries: readonly RegisterEntry[], ticks: Record<string, boolean>): boolean {
  const saved = initialTicks(entries);
  return Object.keys(saved).some((id) => saved[id] !== Boolean(ticks[id]));
}

/** Trained of needed as a percentage for a progress bar (0..100; full when nothing is needed). */
export function trainedPercent(trained: number, needed: number): number {
  if (needed <= 0) return 100;
  return Math.min(100, Math.round((trained / needed) * 100));
}

/**
 * A value for `<input type="datetime-local">` (local time, minutes) to an ISO 8601 instant, or null
 * when it is not a date-time.
 */
export function localToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** An ISO 8601 instant as a value for `<input type="datetime-local">` (local time, minutes). */
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whether a session may still be moved or cancelled: not cancelled, and not started yet. */
export function canChange(s: { startsAt: string; cancelledAt?: string | null }, now: number): boolean {
  return !s.cancelledAt && new Date(s.startsAt).getTime() > now;
}

/**
 * The new times to send for a session being changed: each of start and end only when it differs
 * from what the session has (as minutes), `undefined` for one not filled in or not a date-time.
 */
export function changedTimes(session: { startsAt: string; endsAt: string }, starts: string, ends: string): { startsAt?: string; endsAt?: string } {
  const out: { startsAt?: string; endsAt?: string } = {};
  const startsAt = localToIso(starts);
  const endsAt = localToIso(ends);
  if (startsAt && starts !== isoToLocal(session.startsAt)) out.startsAt = startsAt;
  if (endsAt && ends !== isoToLocal(session.endsAt)) out.endsAt = endsAt;
  return out;
}
