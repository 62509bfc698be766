import type { SendingWindowDto } from '@m4pris/notifications-contracts';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * One formatter per time zone (IANA names: a bounded set; an unknown one throws and is not kept).
 * Building an Intl.DateTimeFormat costs far more than using one, and every mail scheduled for a
 * person computes several local times (2.8 % of the standalone's CPU while invitations were queued).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of `at` in `timeZone`. */
function localParts(at: Date, timeZone: string): { y: number; m: number; d: number; minutes: number } {
  const parts = formatterFor(timeZone).formatToParts(at);
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { y: n('year'), m: n('month'), d: n('day'), minutes: n('hour') * 60 + n('minute') };
}

/** Minutes the zone is ahead of UTC at `at`. */
function offsetMinutes(at: Date, timeZone: string): number {
  const l = localParts(at, timeZone);
  const asUtc = Date.UTC(l.y, l.m - 1, l.d) + l.minutes * MINUTE;
  return Math.round((asUtc - Math.floor(at.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/** The instant at which the local date y-m-d, `minutes` after midnight, happens in `timeZone`. */
function zonedInstant(y: number, m: number, d: number, minutes: number, timeZone: string): Date {
  const naive = Date.UTC(y, m - 1, d) + minutes * MINUTE;
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * MINUTE;
  // Once more at the guess: the offset may differ there (daylight saving).
  guess = naive - offsetMinutes(new Date(guess), timeZone) * MINUTE;
  return new Date(guess);
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The local calendar day after y-m-d. */
function nextDay(y: number, m: number, d: number): [number, number, number] {
  const t = new Date(Date.UTC(y, m - 1, d) + DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** Whether `at` falls inside the window (start inclusive, end exclusive). */
export function inWindow(at: Date, w: SendingWindowDto): boolean {
  const { minutes } = localParts(at, w.timeZone);
  return minutes >= toMinutes(w.start) && minutes < toMinutes(w.end);
}

/** The first opening of the window strictly after `at` (today's if it is still to come, else tomorrow's). */
export function nextOpening(at: Date, w: SendingWindowDto): Date {
  const l = localParts(at, w.timeZone);
  const start = toMinutes(w.start);
  if (l.minutes < start) return zonedInstant(l.y, l.m, l.d, start, w.timeZone);
  const [y, m, d] = nextDay(l.y, l.m, l.d);
  return zonedInstant(y, m, d, start, w.timeZone);
}

/** When a single mail decided at `at` may leave: at once inside the window, else at its next opening (nothing at night). */
export function sendTime(at: Date, w: SendingWindowDto): Date {
  return inWindow(at, w) ? at : nextOpening(at, w);
}
