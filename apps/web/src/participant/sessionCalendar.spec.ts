import { describe, expect, it } from 'vitest';
import { sessionCalendar } from './sessionCalendar';

/** Unfolds RFC 5545 content lines (a line starting with a space continues the one before). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('a booked session as a calendar file', () => {
  const session = { bookingId: 'b-7', title: 'Mentor training, day 1', startsAt: '2027-01-14T09:00:00.000Z', endsAt: '2027-01-14T15:30:00.000Z', place: 'Vridsløse, room 2', onlineUrl: null };

  it('holds one event with the booking mail’s UID, the times in UTC, the place and the link', async () => {
    const l = lines(await sessionCalendar(session, 'https://m4pris.example/training'));
    expect(l[0]).toBe('BEGIN:VCALENDAR');
    expect(l.filter((x) => x === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(l).toContain('UID:b-7@m4pris');
    expect(l).toContain('DTSTART:20270114T090000Z');
    expect(l).toContain('DTEND:20270114T153000Z');
    expect(l).toContain('SUMMARY:Mentor training\\, day 1');
    expect(l).toContain('LOCATION:Vridsløse\\, room 2');
    expect(l).toContain('URL;VALUE=URI:https://m4pris.example/training');
  });

  it('uses an online session’s address as its place and never a link that is not http(s)', async () => {
    const online = lines(await sessionCalendar({ ...session, place: null, onlineUrl: 'https://meet.example/abc' }, 'https://m4pris.example/training'));
    expect(online).toContain('LOCATION:https://meet.example/abc');
    expect(online).toContain('URL;VALUE=URI:https://meet.example/abc');
    const odd = lines(await sessionCalendar({ ...session, place: null, onlineUrl: 'javascript:alert(1)' }, 'https://m4pris.example/training'));
    expect(odd.join('\n')).not.toContain('javascript:');
    expect(odd).toContain('URL;VALUE=URI:https://m4pris.example/training');
  });
});
