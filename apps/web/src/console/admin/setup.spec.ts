import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { consentTable, draftPattern, nextVersion, refusalOf, rowProblem, toShift, unshown } from './setup';
import { countHours, rotaGrid } from './rota';

const refused = (errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ data: null, errors });

describe('a refusal split for a form', () => {
  it('puts each field’s message by its path and keeps what names no field', () => {
    const r = refusalOf(
      refused([
        {
          message: 'Name is too short.',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'name', message: 'Name is too short.' }, { field: 'shifts.1.start', message: 'start must be HH:MM (24-hour)' }] },
        },
        { message: 'You may not do this.', extensions: { code: 'FORBIDDEN' } },
      ]),
    );
    expect(r).toEqual({ fields: { name: 'Name is too short.', 'shifts.1.start': 'start must be HH:MM (24-hour)' }, other: ['You may not do this.'] });
    // The form shows name and the shift rows; nothing is lost.
    expect(unshown(r, ['name', 'shifts.1.start'])).toEqual(['You may not do this.']);
    expect(unshown(r, ['name'])).toEqual(['start must be HH:MM (24-hour)', 'You may not do this.']);
  });

  it('keeps the first message of a field named twice, and a network error as it is', () => {
    const r = refusalOf(refused([{ message: 'a', extensions: { fields: [{ field: 'windowStart', message: 'first' }, { field: 'windowStart', message: 'second' }] } }]));
    expect(r?.fields).toEqual({ windowStart: 'first' });
    expect(refusalOf(new Error('Failed to fetch'))).toEqual({ fields: {}, other: ['Failed to fetch'] });
    expect(refusalOf(undefined)).toBeNull();
    expect(unshown(null, [])).toEqual([]);
  });
});

describe('the shift pattern being typed', () => {
  it('checks a row: day within the cycle (counted from 1), a time HH:MM, 0.5 to 24 hours', () => {
    expect(rowProblem({ day: 1, start: '07:00', hours: 12 }, 8)).toBeNull();
    expect(rowProblem({ day: '', start: '07:00', hours: 12 }, 8)).toBe('day');
    expect(rowProblem({ day: 0, start: '07:00', hours: 12 }, 8)).toBe('day');
    expect(rowProblem({ day: 1.5, start: '07:00', hours: 12 }, 8)).toBe('day');
    expect(rowProblem({ day: 9, start: '07:00', hours: 12 }, 8)).toBe('outOfCycle');
    expect(rowProblem({ day: 8, start: '7:00', hours: 12 }, 8)).toBe('start');
    expect(rowProblem({ day: 8, start: '24:00', hours: 12 }, 8)).toBe('start');
    expect(rowProblem({ day: 8, start: '19:00', hours: 0.25 }, 8)).toBe('hours');
    expect(rowProblem({ day: 8, start: '19:00', hours: '' }, 8)).toBe('hours');
    expect(rowProblem({ day: 8, start: '19:00', hours: 24 }, 8)).toBeNull();
  });

  it('sends the day 0-based, as the API counts it', () => {
    expect(toShift({ day: 3, start: '19:00', hours: '12' })).toEqual({ day: 2, start: '19:00', hours: 12 });
  });

  it('previews the rows that make sense so far, and nothing for an impossible cycle', () => {
    const rows = [
      { day: 1, start: '07:00', hours: 12 },
      { day: 2, start: '19:00', hours: 12 },
      { day: 3, start: '19:', hours: 12 }, // still being typed
    ];
    const draft = draftPattern('4', rows);
    expect(draft).toEqual({ cycleDays: 4, shifts: [{ day: 0, start: '07:00', hours: 12 }, { day: 1, start: '19:00', hours: 12 }] });
    const grid = rotaGrid(draft!, 0, 4);
    expect(countHours(grid)).toBe(24);
    // The night shift of day 2 runs into the morning of day 3.
    expect(grid[2].slice(0, 7).every(Boolean)).toBe(true);
    expect(draftPattern(0, rows)).toBeNull();
    expect(draftPattern(57, rows)).toBeNull();
    expect(draftPattern('', rows)).toBeNull();
  });
});

describe('consent texts by purpose and language', () => {
  const text = (purpose: string, locale: string, version: number) => ({ id: `${purpose}-${locale}-${version}`, purpose, locale, version, text: '…', publishedAt: '2026-12-01T10:00:00Z' });
  const texts = [text('programme.participation', 'en', 1), text('programme.participation', 'da', 1), text('evaluation.surveys', 'en', 1), text('programme.participation', 'da', 2), text('programme.participation', 'xx', 1)];

  it('orders by purpose, then language (the app’s order, others after), newest version first; the newest is current', () => {
    const rows = consentTable(texts, ['en', 'da', 'pt', 'ro', 'el']);
    expect(rows.map((r) => `${r.purpose}/${r.locale}/v${r.version}${r.current ? '*' : ''}`)).toEqual([
      'evaluation.surveys/en/v1*',
      'programme.participation/en/v1*',
      'programme.participation/da/v2*',
      'programme.participation/da/v1',
      'programme.participation/xx/v1*',
    ]);
  });

  it('counts versions per purpose and language', () => {
    expect(nextVersion(texts, 'programme.participation', 'da')).toBe(3);
    expect(nextVersion(texts, 'programme.participation', 'en')).toBe(2);
    expect(nextVersion(texts, 'programme.participation', 'el')).toBe(1);
    expect(nextVersion(texts, 'other.purpose', 'en')).toBe(1);
  });
});
