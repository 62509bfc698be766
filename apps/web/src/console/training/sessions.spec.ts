import { describe, expect, it } from 'vitest';
import { attendanceEntries, canChange, changedTimes, initialTicks, isoToLocal, localToIso, registerLines, splitSessions, ticksChanged, trainedPercent } from './sessions';

const s = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
const now = new Date('2026-12-03T10:00:00Z').getTime();

describe('splitSessions', () => {
  it('lists sessions still to come soonest first, a running one among them, and past ones most recent first', () => {
    const sessions = [
      s('late', '2026-12-20T09:00:00Z', '2026-12-20T12:00:00Z'),
      s('old', '2026-11-01T09:00:00Z', '2026-11-01T12:00:00Z'),
      s('running', '2026-12-03T09:00:00Z', '2026-12-03T11:00:00Z'),
      s('recent', '2026-12-02T09:00:00Z', '2026-12-02T12:00:00Z'),
      s('soon', '2026-12-04T09:00:00Z', '2026-12-04T12:00:00Z'),
      s('b-same', '2026-12-04T09:00:00Z', '2026-12-04T10:00:00Z'),
    ];
    const { upcoming, past } = splitSessions(sessions, now);
    expect(upcoming.map((x) => x.id)).toEqual(['running', 'b-same', 'soon', 'late']);
    expect(past.map((x) => x.id)).toEqual(['recent', 'old']);
  });

  it('counts a session ending exactly now as over, and leaves the input unsorted', () => {
    const sessions = [s('b', '2026-12-05T09:00:00Z', '2026-12-05T10:00:00Z'), s('a', '2026-12-03T08:00:00Z', '2026-12-03T10:00:00Z')];
    expect(splitSessions(sessions, now)).toEqual({ upcoming: [sessions[0]], past: [sessions[1]] });
    expect(sessions.map((x) => x.id)).toEqual(['b', 'a']);
  });
});

describe('the register', () => {
  const entries = [
    { staffId: 'w2', status: 'WAITLISTED' as const, waitlistPosition: 2, attendance: null },
    { staffId: 'a', status: 'BOOKED' as const, waitlistPosition: null, attendance: 'PRESENT' as const },
    { staffId: 'x', status: 'CANCELLED' as const, waitlistPosition: null, attendance: null },
    { staffId: 'b', status: 'BOOKED' as const, waitlistPosition: null, attendance: null },
    { staffId: 'w1', status: 'WAITLISTED' as const, waitlistPosition: 1, attendance: null },
  ];

  it('separates the booked from the waiting list, which is in its order; cancelled places are left out', () => {
    const { booked, waiting } = registerLines(entries);
    expect(booked.map((e) => e.staffId)).toEqual(['a', 'b']);
    expect(waiting.map((e) => e.staffId)).toEqual(['w1', 'w2']);
  });

  it('starts ticked where attendance was recorded present, and sends one line per booked learner', () => {
    const ticks = initialTicks(entries);
    expect(ticks).toEqual({ a: true, b: false });
    expect(ticksChanged(entries, ticks)).toBe(false);
    const changed = { ...ticks, b: true };
    expect(ticksChanged(entries, changed)).toBe(true);
    expect(attendanceEntries(registerLines(entries).booked, changed)).toEqual([
      { staffId: 'a', present: true },
      { staffId: 'b', present: true },
    ]);
    expect(attendanceEntries(registerLines(entries).booked, {})).toEqual([
      { staffId: 'a', present: false },
      { staffId: 'b', present: false },
    ]);
  });
});

describe('trainedPercent', () => {
  it('is the share of the mentors needed who are trained, capped at 100', () => {
    expect(trainedPercent(1, 4)).toBe(25);
    expect(trainedPercent(2, 3)).toBe(67);
    expect(trainedPercent(5, 4)).toBe(100);
    expect(trainedPercent(0, 0)).toBe(100);
  });
});

describe('localToIso', () => {
  it('reads a datetime-local value as local time', () => {
    expect(localToIso('2026-12-10T09:30')).toBe(new Date(2026, 11, 10, 9, 30).toISOString());
    expect(localToIso('')).toBeNull();
    expect(localToIso('tomorrow')).toBeNull();
  });
});

describe('changing a session', () => {
  it('turns an instant into a datetime-local value and back to the same instant', () => {
    const iso = '2026-12-20T09:30:00.000Z';
    expect(isoToLocal(iso)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(localToIso(isoToLocal(iso))).toBe(iso);
    expect(isoToLocal('not a date')).toBe('');
  });

  it('may move or cancel a session only before it starts, and never a cancelled one', () => {
    expect(canChange({ startsAt: '2026-12-04T09:00:00Z' }, now)).toBe(true);
    expect(canChange({ startsAt: '2026-12-03T09:00:00Z' }, now)).toBe(false);
    expect(canChange({ startsAt: '2026-12-03T10:00:00Z' }, now)).toBe(false);
    expect(canChange({ startsAt: '2026-12-04T09:00:00Z', cancelledAt: '2026-12-02T09:00:00Z' }, now)).toBe(false);
  });

  it('sends only the times that changed', () => {
    const session = { startsAt: '2026-12-20T09:00:00.000Z', endsAt: '2026-12-20T12:00:00.000Z' };
    const [starts, ends] = [isoToLocal(session.startsAt), isoToLocal(session.endsAt)];
    expect(changedTimes(session, starts, ends)).toEqual({});
    const later = isoToLocal('2026-12-21T13:00:00.000Z');
    expect(changedTimes(session, later, ends)).toEqual({ startsAt: '2026-12-21T13:00:00.000Z' });
    expect(changedTimes(session, starts, later)).toEqual({ endsAt: '2026-12-21T13:00:00.000Z' });
    expect(changedTimes(session, '', 'nonsense')).toEqual({});
  });
});
