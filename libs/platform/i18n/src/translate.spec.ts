import { CATALOGUES, negotiateLocale, translate } from './translate.js';

describe('translate', () => {
  it('uses the locale, falls back to English, then to the given text', () => {
    expect(translate('da', 'errors.common.FORBIDDEN')).toBe('Du har ikke adgang til dette.');
    expect(translate('da', 'errors.common.CONFLICT')).toBe('This conflicts with existing data.');
    expect(translate('el', 'errors.identity.EMAIL_TAKEN', { email: 'a@b.dk' }, 'The email address {{email}} is already in use.')).toBe(
      'The email address a@b.dk is already in use.',
    );
  });

  it('interpolates parameters', () => {
    expect(translate('pt', 'errors.common.NOT_FOUND', { entity: 'Staff member' })).toBe('Staff member não encontrado.');
  });

  it('negotiates Accept-Language', () => {
    expect(negotiateLocale('ro-RO,ro;q=0.9,en;q=0.8')).toBe('ro');
    expect(negotiateLocale('fr-FR,fr;q=0.9')).toBe('en');
  });

  it('has the same placeholders as English in every translation', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [locale, cat] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(cat)) {
        const english = CATALOGUES.en![key];
        if (!english) continue;
        expect({ locale, key, p: placeholders(text) }).toEqual({ locale, key, p: placeholders(english) });
      }
    }
  });
});
