import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarSession {
  /** Stable per booking, so a calendar updates the entry it already has rather than adding one. */
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  onlineUrl?: string | null;
  /** The page in the web app about the person's training. */
  link: string;
  /** A revision of the entry (new times, a cancellation): higher than the one before, so calendars replace it. 0 when first sent. */
  sequence?: number;
  /** The session was cancelled: the file cancels the entry (METHOD:CANCEL, STATUS:CANCELLED). */
  cancelled?: boolean;
}

/**
 * A training session as a calendar file (RFC 5545, one VEVENT, times in UTC), attached to the
 * mail that tells the learner they have a seat: no corporate calendar integration needed.
 * Nothing personal goes in it: the session's title, times, place and the link. New times and a
 * cancellation send the same entry (same UID) again with a higher SEQUENCE, so the calendar moves
 * or removes the entry it has.
 */
export function sessionCalendar(s: CalendarSession): string {
  const calendar = ical({ prodId: { company: 'M4Pris', product: 'notifications', language: 'EN' }, method: s.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH, name: 'M4Pris' });
  calendar.createEvent({
    sequence: s.sequence ?? 0,
    ...(s.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    id: s.uid,
    start: new Date(s.startsAt),
    end: new Date(s.endsAt),
    summary: s.title,
    location: s.place ?? s.onlineUrl ?? null,
    url: s.onlineUrl ?? s.link,
    description: s.link,
  });
  return calendar.toString();
}

/** "2027-01-14 09:00 UTC": the start as written in a message body (the calendar file has the exact time). */
export function utcDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
