import { describe, expect, it } from 'vitest';
import { accountOptions, countDataLines, groupRowErrors, matchesPerson, pageCount } from './csv';

describe('the staff import’s row errors', () => {
  it('groups the problems by line, lines in file order, each line’s problems in the API’s order', () => {
    const grouped = groupRowErrors([
      { line: 4, field: 'email', message: 'email must be a valid e-mail address.' },
      { line: 2, field: 'unit', message: 'Unknown unit "Ala Z" in EP Lisboa.' },
      { line: 2, field: 'hired_on', message: 'hired_on must be a date (YYYY-MM-DD).' },
      { line: 1, field: 'colour', message: 'Unknown column "colour".' },
    ]);
    expect(grouped).toEqual([
      { line: 1, problems: [{ field: 'colour', message: 'Unknown column "colour".' }] },
      {
        line: 2,
        problems: [
          { field: 'unit', message: 'Unknown unit "Ala Z" in EP Lisboa.' },
          { field: 'hired_on', message: 'hired_on must be a date (YYYY-MM-DD).' },
        ],
      },
      { line: 4, problems: [{ field: 'email', message: 'email must be a valid e-mail address.' }] },
    ]);
  });

  it('keeps every problem, also two of the same field on one line', () => {
    const grouped = groupRowErrors([
      { line: 3, field: 'line_manager_email', message: 'a' },
      { line: 3, field: 'line_manager_email', message: 'b' },
    ]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0].problems.map((p) => p.message)).toEqual(['a', 'b']);
  });

  it('no errors, no lines', () => {
    expect(groupRowErrors([])).toEqual([]);
  });
});

describe('counting and paging', () => {
  it('counts the person rows after the header, ignoring blank lines and any line ending', () => {
    expect(countDataLines('first_name,last_name\r\nAna,Sousa\r\n\r\nRui,Lima\n')).toBe(2);
    expect(countDataLines('first_name,last_name\n')).toBe(0);
    expect(countDataLines('')).toBe(0);
  });

  it('has at least one page and rounds up', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});

describe('finding a person by name or e-mail', () => {
  const p = { displayName: 'Søren Ærø Østergård', email: 'soren@example.dk' };
  it('matches part of the name or e-mail, case and accents ignored; empty matches all', () => {
    expect(matchesPerson({ displayName: 'José Álvarez', email: 'j@x.pt' }, 'alvarez')).toBe(true);
    expect(matchesPerson(p, 'SOREN@')).toBe(true);
    expect(matchesPerson(p, '  ')).toBe(true);
    expect(matchesPerson(p, 'lars')).toBe(false);
  });
});

describe('accounts a role can be given to', () => {
  it('lists staff with an account by name and e-mail, other role holders by e-mail, each once, sorted', () => {
    const options = accountOptions(
      [
        { accountId: 'a2', displayName: 'Karin Kjaer', email: 'karin@x.dk' },
        { accountId: null, displayName: 'No Account', email: 'none@x.dk' },
      ],
      [
        { accountId: 'a2', email: 'karin@x.dk' },
        { accountId: 'a9', email: 'admin@x.dk' },
      ],
    );
    expect(options).toEqual([
      { value: 'a9', label: 'admin@x.dk' },
      { value: 'a2', label: 'Karin Kjaer <karin@x.dk>' },
    ]);
  });
});
