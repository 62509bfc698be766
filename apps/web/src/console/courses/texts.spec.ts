import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { missingLocales, movedTo, perLocale, refusalOf, writtenIn } from './texts';

describe('the translations of a course text', () => {
  // Written in Greek, translated into Danish, and into English with the same words as the Greek (a name).
  const api = [
    { locale: 'el', text: 'Ενεργητική ακρόαση' },
    { locale: 'da', text: 'Aktiv lytning' },
    { locale: 'en', text: 'Ενεργητική ακρόαση' },
    { locale: 'ro', text: '  ' },
    { locale: 'fr', text: 'Écoute active' },
  ];
  const texts = perLocale(api);

  it('are taken from the API’s list, languages the app does not speak left out', () => {
    expect(texts).toEqual({ el: 'Ενεργητική ακρόαση', da: 'Aktiv lytning', en: 'Ενεργητική ακρόαση', ro: '  ' });
    expect(perLocale([])).toEqual({});
  });

  it('are missing exactly where nothing is written; a translation that reads like the base text is not missing; never the base language', () => {
    expect(missingLocales(texts, 'el')).toEqual(['pt', 'ro']);
    expect(missingLocales({ el: 'x' }, 'el')).toEqual(['en', 'da', 'pt', 'ro']);
    expect(missingLocales({}, 'el')).toEqual(['en', 'da', 'pt', 'ro']);
    expect(missingLocales({ en: 'A', da: 'A', pt: 'A', ro: 'A', el: 'A' }, 'en')).toEqual([]);
  });

  it('are edited from what is written in that language, empty where missing', () => {
    expect(writtenIn(texts, 'da')).toBe('Aktiv lytning');
    expect(writtenIn(texts, 'en')).toBe('Ενεργητική ακρόαση');
    expect(writtenIn(texts, 'pt')).toBe('');
    expect(writtenIn(texts, 'el')).toBe('Ενεργητική ακρόαση');
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
