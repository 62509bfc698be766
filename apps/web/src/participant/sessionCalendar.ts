import { saveFile } from '../download';

/** What a calendar entry says about a booked session: nothing personal, only the session itself. */
export interface BookedSession {
  /** The booking's id: the entry's UID is `<bookingId>@m4pris`, the same as the booking mail's attachment, so a calendar keeps one entry. */
  bookingId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  onlineUrl?: string | null;
}

/**
 * The booked session as an iCalendar file (RFC 5545, one VEVENT, times in UTC), made in the browser
 * with the same library the notifications module uses for the mail's attachment. The library is
 * loaded only when someone asks for the file (the training page does not carry it).
 */
export async function sessionCalendar(s: BookedSession, link: string): Promise<string> {
  const { default: ical, ICalCalendarMethod } = await import('ical-generator');
  const calendar = ical({ prodId: { company: 'M4Pris', product: 'web', language: 'EN' }, method: ICalCalendarMethod.PUBLISH, name: 'M4Pris' });
  const online = s.onlineUrl && /^https?:\/\//.test(s.onlineUrl) ? s.onlineUrl : null;
  calendar.createEvent({
    id: `${s.bookingId}@m4pris`,
    start: new Date(s.startsAt),
    end: new Date(s.endsAt),
    summary: s.title,
    location: s.place ?? online,
    url: online ?? link,
    description: link,
  });
  return calendar.toString();
}

/** Offers the calendar text as a file download (`session.ics`). */
export function saveCalendar(text: string, filename = 'session.ics'): void {
  saveFile(filename, text, 'text/calendar;charset=utf-8');
}
