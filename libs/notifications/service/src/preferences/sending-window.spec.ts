import { inWindow, nextOpening, sendTime } from './sending-window.js';

const copenhagen = { start: '08:00', end: '20:00', timeZone: 'Europe/Copenhagen' };

describe('the sending window', () => {
  it('inside the window a mail leaves at once', () => {
    const at = new Date('2027-01-12T10:30:00Z'); // 11:30 in Copenhagen (winter, UTC+1)
    expect(inWindow(at, copenhagen)).toBe(true);
    expect(sendTime(at, copenhagen)).toEqual(at);
  });

  it('at night it waits for the opening, in the tenant\'s time zone (winter and summer time)', () => {
    expect(sendTime(new Date('2027-01-12T22:15:00Z'), copenhagen)).toEqual(new Date('2027-01-13T07:00:00Z'));
    expect(sendTime(new Date('2027-01-12T05:00:00Z'), copenhagen)).toEqual(new Date('2027-01-12T07:00:00Z'));
    expect(sendTime(new Date('2027-07-12T19:30:00Z'), copenhagen)).toEqual(new Date('2027-07-13T06:00:00Z'));
    // The night the clocks go forward (28 March 2027): 08:00 is 06:00 UTC.
    expect(sendTime(new Date('2027-03-28T00:30:00Z'), copenhagen)).toEqual(new Date('2027-03-28T06:00:00Z'));
    // The end is exclusive: 20:00 sharp is night.
    expect(inWindow(new Date('2027-01-12T19:00:00Z'), copenhagen)).toBe(false);
  });

  it('the digest goes at the next opening after the message: tomorrow\'s when the window is open', () => {
    expect(nextOpening(new Date('2027-01-12T10:30:00Z'), copenhagen)).toEqual(new Date('2027-01-13T07:00:00Z'));
    expect(nextOpening(new Date('2027-01-12T06:59:00Z'), copenhagen)).toEqual(new Date('2027-01-12T07:00:00Z'));
    expect(nextOpening(new Date('2027-12-31T23:00:00Z'), { start: '08:00', end: '20:00', timeZone: 'UTC' })).toEqual(new Date('2028-01-01T08:00:00Z'));
  });

  it('a window to midnight (24:00) and a whole-day window', () => {
    expect(inWindow(new Date('2027-01-12T23:59:00Z'), { start: '06:00', end: '24:00', timeZone: 'UTC' })).toBe(true);
    expect(inWindow(new Date('2027-01-12T03:00:00Z'), { start: '00:00', end: '24:00', timeZone: 'UTC' })).toBe(true);
  });
});
