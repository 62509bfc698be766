import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { missingLocales, movedTo, refusalOf, textsOf, writtenIn } from './texts';

describe('the translations of a course text', () => {
  // Written in Greek, translated into Danish; the API stands in the Greek for every other language.
  const texts = { el: 'Ενεργητική ακρόαση', da: 'Aktiv lytning', en: 'Ενεργητική ακρόαση', pt: 'Ενεργητική ακρόαση', ro: '' };

  it('are missing where the API answered with the base text, or nothing; never in the base language', () => {
    expect(missingLocales(texts, 'el')).toEqual(['en', 'pt', 'ro']);
    expect(missingLocales({ el: 'x' }, 'el')).toEqual(['en', 'da', 'pt', 'ro']);
    expect(missingLocales({ en: 'A', da: 'B', pt: 'C', ro: 'D', el: 'E' }, 'en')).toEqual([]);
  });

  it('are edited from what is written in that language, empty where missing', () => {
    expect(writtenIn(texts, 'da', 'el')).toBe('Aktiv lytning');
    expect(writtenIn(texts, 'en', 'el')).toBe('');
    expect(writtenIn(texts, 'el', 'el')).toBe('Ενεργητική ακρόαση');
  });

  it('are picked from each language’s copy of the course, undefined where the object is gone', () => {
    const copies = { en: { title: 'T', units: [] as string[] }, da: { title: 'D', units: ['u'] } };
    expect(textsOf(copies, (c) => c.title)).toEqual({ en: 'T', da: 'D' });
    expect(textsOf(copies, (c) => c.units[0])).toEqual({ en: undefined, da: 'u' });
  });
});

describe('moving a module or unit', () => {
  it('goes one place up or down, and nowhere past either end', () => {
    expect(movedTo(1, -1, 3)).toBe(0);
    expect(movedTo(1, 1, 3)).toBe(2);
    expect(movedTo(0, -1, 3)).toBeNull();
    expect(movedTo(2, 1, 3)).toBeNull();
  });
});

describe('a refusal', () => {
  const refusal = new CombinedGraphQLErrors({
    errors: [
      {
        message: 'A question needs at least two answer options.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'options', message: 'A question needs at least two answer options.' },
            { field: 'correctOptions', message: 'Mark at least one option as the right answer.' },
            { field: 'options[1].id', message: 'Unknown option.' },
            { field: 'passMark', message: 'Between 0 and 100.' },
          ],
        },
      },
      { message: 'Not found.' },
    ],
  });

  it('puts each message next to its field, by the field’s name, and the rest apart', () => {
    expect(refusalOf(refusal, ['options', 'correctOptions', 'text'])).toEqual({
      fields: { options: 'A question needs at least two answer options. Unknown option.', correctOptions: 'Mark at least one option as the right answer.' },
      other: ['Between 0 and 100.', 'Not found.'],
    });
  });

  it('is nothing without an error, and a network failure is one message apart', () => {
    expect(refusalOf(undefined, ['text'])).toEqual({ fields: {}, other: [] });
    expect(refusalOf(new Error('Failed to fetch'), ['text'])).toEqual({ fields: {}, other: ['Failed to fetch'] });
  });
});
