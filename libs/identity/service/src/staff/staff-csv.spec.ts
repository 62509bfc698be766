import { SUPPORTED_LOCALES } from '@m4pris/platform-core';
import { parseStaffCsv, validateStaffRecords, type ImportLookups } from './staff-csv.js';
import { CSV_MESSAGES, describeProblem } from './staff-csv.messages.js';

const lookups: ImportLookups = {
  institutions: new Map([['ep lisboa', { id: 'i1', kind: 'adult', region: 'Lisboa' }]]),
  units: new Map([['i1|ala a', 'u1']]),
  shiftPatterns: new Map([['weekly', 'p1']]),
  existingStaff: new Map([['chief@example.pt', 's0']]),
};
const header = 'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,unit,shift_pattern,shift_offset_days,languages,line_manager_email,previous_institution_kind';

function check(lines: string[]) {
  const parsed = parseStaffCsv([header, ...lines].join('\n'));
  expect(parsed.errors).toEqual([]);
  return validateStaffRecords(parsed.records, lookups);
}

describe('staff CSV', () => {
  it('turns a good row into a staff row', () => {
    const { rows, errors } = check(['Ana,Sousa,ANA@example.pt,Guarda,yes,2025-01-15,2025-02-01,EP Lisboa,Ala A,Weekly,3,pt; EN,chief@example.pt,youth']);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 2, email: 'ana@example.pt', supervisesOthers: true, institutionId: 'i1', unitId: 'u1', shiftPatternId: 'p1', shiftOffsetDays: 3, languages: ['pt', 'en'], lineManagerEmail: 'chief@example.pt', previousInstitutionKind: 'youth' });
  });

  it('reports every problem with its line and column', () => {
    const { errors } = check([
      ',Sousa,ana@example.pt,Guarda,no,2025-02-30,2025-02-01,EP Lisboa,Ala B,Nights,400,pt;english,,prison',
      'Rui,Lima,chief@example.pt,Guarda,no,2025-01-01,2025-01-01,EP Lisboa,,,,,,',
    ]);
    expect(errors.map((e) => `${e.line}:${e.field}`)).toEqual([
      '2:first_name',
      '2:hired_on',
      '2:previous_institution_kind',
      '2:unit',
      '2:shift_pattern',
      '2:shift_offset_days',
      '2:languages',
      '3:email',
    ]);
  });

  it('finds duplicate emails, unknown line managers and loops within the file', () => {
    const { errors } = check([
      'A,A,a@example.pt,G,no,2025-01-01,2025-01-01,EP Lisboa,,,,,b@example.pt,',
      'B,B,b@example.pt,G,no,2025-01-01,2025-01-01,EP Lisboa,,,,,a@example.pt,',
      'C,C,A@example.pt,G,no,2025-01-01,2025-01-01,EP Lisboa,,,,,,',
      'D,D,d@example.pt,G,no,2025-01-01,2025-01-01,EP Lisboa,,,,,nobody@example.pt,',
    ]);
    expect(errors.map((e) => `${e.line}:${e.field}`)).toEqual(['2:line_manager_email', '3:line_manager_email', '4:email', '5:line_manager_email']);
  });

  it('checks the header', () => {
    expect(parseStaffCsv('first_name,email,salary\n').errors.map((e) => `${e.line}:${e.field}`)).toEqual(['1:salary', '1:last_name', '1:position', '1:hired_on', '1:joined_institution_on', '1:institution']);
    expect(parseStaffCsv('').errors[0]!.line).toBe(1);
    expect(parseStaffCsv('a,"b\n').errors[0]!.field).toBe('csv');
  });

  it('counts lines from the header, skipping blank lines', () => {
    const parsed = parseStaffCsv(`${header}\n\nAna,S,a@example.pt,G,no,2025-01-01,2025-01-01,EP Lisboa,,,,,,`);
    expect(parsed.records[0]!.line).toBe(3);
  });

  it('says "wrong number of columns" for a short or long row, and nothing else about it', () => {
    const { rows, errors } = check([
      'Ana,Sousa,ana@example.pt,Guarda,no,2025-01-01',
      'Rui,Lima,rui@example.pt,Guarda,no,2025-01-01,2025-01-01,EP Lisboa,,,,,,,extra',
      'Eva,Reis,eva@example.pt,Guarda,no,2025-01-01,2025-01-01,EP Lisboa,,,,,,',
    ]);
    expect(errors.map((e) => describeProblem(e, 'en'))).toEqual([
      { line: 2, field: 'csv', message: 'Wrong number of columns: 6 instead of 14.' },
      { line: 3, field: 'csv', message: 'Wrong number of columns: 15 instead of 14.' },
    ]);
    expect(rows.map((r) => r.email)).toEqual(['eva@example.pt']);
  });

  it("checks the unit, the line manager's e-mail and the boolean column", () => {
    const { errors } = check([
      'Ana,Sousa,ana@example.pt,Guarda,maybe,2025-01-01,2025-01-01,EP Lisboa,Ala Z,,,,chief-at-example.pt,',
      'Rui,Lima,rui@example.pt,Guarda,Y,2025-01-01,2025-01-01,EP Lisboa,ala a,,,,rui@example.pt,',
    ]);
    expect(errors.map((e) => describeProblem(e, 'en'))).toEqual([
      { line: 2, field: 'supervises_others', message: 'supervises_others must be true or false (also yes/no, y/n, 1/0).' },
      { line: 2, field: 'unit', message: 'Unknown unit "Ala Z" in EP Lisboa.' },
      { line: 2, field: 'line_manager_email', message: 'line_manager_email must be a valid e-mail address.' },
      { line: 3, field: 'line_manager_email', message: 'A staff member cannot be their own line manager.' },
    ]);
  });

  it('reports in the caller\'s language, every message in every language with the same placeholders', () => {
    const { errors } = check(['Ana,Sousa,ana@example.pt,Guarda,no,2025-01-01']);
    expect(describeProblem(errors[0]!, 'da').message).toBe('Forkert antal kolonner: 6 i stedet for 14.');
    expect(describeProblem(errors[0]!, 'el').message).toBe('Λάθος αριθμός στηλών: 6 αντί για 14.');
    const placeholders = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, texts] of Object.entries(CSV_MESSAGES)) {
      for (const locale of SUPPORTED_LOCALES) {
        const text = (texts as Record<string, string>)[locale];
        expect({ key, locale, has: typeof text === 'string' && text.length > 0 }).toEqual({ key, locale, has: true });
        expect({ key, locale, p: placeholders(text!) }).toEqual({ key, locale, p: placeholders(texts.en) });
      }
    }
  });

  it("says why a malformed file could not be read in the caller's language (the parser's own reason included)", () => {
    const files = {
      quoteNotClosed: ['Ana,Sousa,"ana@example.pt,Guarda'],
      openingQuote: ['Ana,Sou"sa,ana@example.pt'],
      closingQuote: ['Ana,"Sousa"x,ana@example.pt'],
      afterQuote: ['Ana,"Sousa" x,ana@example.pt'],
    };
    const englishReasons = [/Quote Not Closed/i, /Invalid Opening Quote/i, /Invalid Closing Quote/i, /parsing is finished|a quote is found|instead of delimiter|non trimable/i];
    const parseErrors = (lines: string[]) => parseStaffCsv([header, ...lines].join('\n')).errors;
    for (const [name, lines] of Object.entries(files)) {
      const errors = parseErrors(lines);
      expect({ name, keys: errors.map((e) => e.key) }).toEqual({ name, keys: ['unreadable'] });
      expect(describeProblem(errors[0], 'en').message).toMatch(/^The file could not be read as CSV: (Quote Not Closed|Invalid (Opening|Closing) Quote): .*line 2/);
      for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
        const message = describeProblem(errors[0], locale).message;
        expect({ name, locale, message, english: englishReasons.filter((r) => r.test(message)).map(String) }).toEqual({ name, locale, message, english: [] });
        expect({ name, locale, line: message.includes('2') }).toEqual({ name, locale, line: true });
      }
    }
    expect(describeProblem(parseErrors(files.quoteNotClosed)[0], 'da').message).toBe(
      'Filen kunne ikke læses som CSV: et anførselstegn er ikke lukket: filen slutter, mens et anførselstegn fra linje 2 stadig er åbent',
    );
    expect(describeProblem(parseErrors(files.openingQuote)[0], 'pt').message).toBe(
      'Não foi possível ler o ficheiro como CSV: há aspas a meio de um valor na linha 2 (o valor é "Sou"); coloque o valor inteiro entre aspas e duplique as aspas que ele contém',
    );
    // A reason the catalogue does not know is not passed on in English: the line is named instead.
    const unknown = { line: 7, field: 'csv', key: 'unreadable' as const, params: { reason: 'Something new: the parser changed its words' } };
    expect(describeProblem(unknown, 'ro').message).toBe('Fișierul nu a putut fi citit ca CSV începând cu rândul 7.');
    expect(describeProblem(unknown, 'en').message).toBe('The file could not be read as CSV: Something new: the parser changed its words');
  });
});
