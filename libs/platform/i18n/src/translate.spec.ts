import { CATALOGUES, fieldLabel, listOf, negotiateLocale, translate, translatePlural, translateReason } from './translate.js';

describe('translate', () => {
  it('uses the locale, falls back to English, then to the given text', () => {
    expect(translate('da', 'errors.common.FORBIDDEN')).toBe('Du har ikke adgang til dette.');
    expect(translate('da', 'errors.nowhere.NEW_CODE', {}, 'A message not catalogued yet.')).toBe('A message not catalogued yet.');
    expect(translate('xx', 'errors.common.CONFLICT')).toBe('This conflicts with existing data.');
  });

  it('interpolates parameters, naming objects and values in the reader\'s language', () => {
    expect(translate('pt', 'errors.common.NOT_FOUND', { entity: 'Staff member' })).toBe('Não encontrado: Funcionário.');
    expect(translate('el', 'errors.identity.ROLE_SCOPE_INVALID', { role: 'researcher', scope: 'institution' })).toBe('Ο ρόλος ερευνητής δεν μπορεί να έχει εμβέλεια κατάστημα κράτησης.');
    expect(translate('en', 'errors.identity.EMAIL_TAKEN', { email: 'a@b.dk' })).toBe('The email address a@b.dk is already in use.');
  });

  it('gives fields readable labels, with the row of a list', () => {
    expect(fieldLabel('en', 'input.hiredOn')).toBe('Hired on');
    expect(fieldLabel('da', 'hiredOn')).toBe('Ansat den');
    expect(fieldLabel('ro', 'rows[3].email')).toBe('E-mail (rândul 4)');
    expect(fieldLabel('el', 'somethingUnknown')).toBe('somethingUnknown');
  });

  it('translates the validators\' reasons, dropping the field they repeat', () => {
    expect(translate('da', 'errors.common.INVALID_INPUT', { field: 'hiredOn', reason: 'hiredOn must be a date as YYYY-MM-DD' })).toBe(
      'Ugyldig værdi i feltet "Ansat den": skal være en dato som ÅÅÅÅ-MM-DD',
    );
    expect(translateReason('pt', 'firstName must be shorter than or equal to 100 characters', 'input.firstName')).toBe('pode ter no máximo 100 caracteres');
    expect(translateReason('el', 'each value in languages must be ISO 639 codes such as da', 'languages')).toBe('κάθε τιμή: πρέπει να είναι κωδικοί γλώσσας ISO 639, π.χ. el');
    // A reason nobody catalogued stays as it is (and the English scan of the e2e journey finds it).
    expect(translateReason('ro', 'is a brand-new rule', 'x')).toBe('is a brand-new rule');
  });

  it('chooses the plural form by the language\'s plural rules', () => {
    expect(translatePlural('en', 'match.count.mentor', 1)).toBe('1 mentor');
    expect(translatePlural('en', 'match.count.mentor', 3)).toBe('3 mentors');
    expect(translatePlural('ro', 'match.count.mentor', 1)).toBe('1 mentor');
    expect(translatePlural('ro', 'match.count.mentor', 3)).toBe('3 mentori');
    expect(translatePlural('ro', 'match.count.mentor', 20)).toBe('20 de mentori');
    expect(translatePlural('el', 'match.count.mentee', 2)).toBe('2 καθοδηγούμενοι');
    expect(translatePlural('pt', 'match.detail.needsMet', 1, { met: 1 })).toBe('1 de 1 necessidade nos pontos fortes do mentor');
    // A language without the key reads English; a text without forms is used as it is.
    expect(translatePlural('xx', 'match.count.mentee', 2)).toBe('2 mentees');
    expect(translatePlural('da', 'match.rule.same_person', 2)).toBe('samme person');
  });

  it('lists items as the language does', () => {
    expect(listOf('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(listOf('da', ['a', 'b', 'c'])).toBe('a, b og c');
    expect(listOf('el', ['α', 'β'])).toBe('α και β');
  });

  it('negotiates Accept-Language', () => {
    expect(negotiateLocale('ro-RO,ro;q=0.9,en;q=0.8')).toBe('ro');
    expect(negotiateLocale('fr-FR,fr;q=0.9')).toBe('en');
  });

  it('has the same placeholders as English in every translation', () => {
    // The set of names: a plural text repeats them once per form, and languages have different numbers of forms.
    const placeholders = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();
    for (const [locale, cat] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(cat)) {
        const english = CATALOGUES.en[key];
        if (!english || key.startsWith('reasons.')) continue;
        expect({ locale, key, p: placeholders(text) }).toEqual({ locale, key, p: placeholders(english) });
      }
    }
  });
});
