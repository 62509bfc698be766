import { PlatformError, SUPPORTED_LOCALES, validatePayload } from '@m4pris/platform-core';
import { PublishConsentTextRequest } from './consent.js';
import { CONSENT_TEMPLATES, consentTemplate } from './consent-templates.js';

/** The CI check of the shipped consent texts: every template in every language, each one publishable. */
describe('consent-text templates', () => {
  it('ship the programme participation consent', () => {
    // programmes' PROGRAMME_PARTICIPATION_PURPOSE (identity's contracts do not import programmes').
    expect(Object.keys(CONSENT_TEMPLATES)).toContain('programme.participation');
  });

  for (const [purpose, texts] of Object.entries(CONSENT_TEMPLATES)) {
    it(`${purpose}: exists in every language, none a copy of another, each valid as a published text`, () => {
      const problems: string[] = [];
      for (const locale of SUPPORTED_LOCALES) {
        const text = texts[locale];
        if (!text?.trim()) {
          problems.push(`${purpose} lacks ${locale}`);
          continue;
        }
        if (locale !== 'en' && text === texts.en) problems.push(`${purpose} ${locale} is the English text`);
        try {
          validatePayload(PublishConsentTextRequest, { purpose, locale, text });
        } catch (e) {
          problems.push(`${purpose} ${locale}: ${e instanceof PlatformError ? JSON.stringify(e.fields ?? e.message) : String(e)}`);
        }
      }
      expect(Object.keys(texts).sort()).toEqual([...SUPPORTED_LOCALES].sort());
      expect(problems).toEqual([]);
    });
  }

  it('finds a template by purpose and locale, and nothing for an unknown one', () => {
    expect(consentTemplate('programme.participation', 'el')).toMatch(/^Συμφωνώ να συμμετάσχω/);
    expect(consentTemplate('programme.participation', 'fr')).toBeUndefined();
    expect(consentTemplate('evaluation.surveys', 'en')).toBeUndefined();
  });
});
