import { ROLES, SUPPORTED_LOCALES } from '@m4pris/platform-core';
import { MESSAGE_KINDS } from '@m4pris/notifications-contracts';
import { CATALOGUE, FORBIDDEN_IN_SUBJECTS, MESSAGE_PARAMS } from './catalogue.js';
import { renderDigest, renderMessage } from './render.js';

const NAME = 'Zebedee';
const PARTNER = 'Quintus Marlowe';
const params = { name: NAME, partner: PARTNER, expires: '2026-12-09', date: '2026-12-02', role: 'coordinator', due: '2026-12-16', session: 'Active listening', starts: '2027-01-14 09:00 UTC' };
const everyForbidden = Object.values(FORBIDDEN_IN_SUBJECTS).flat();

describe('message templates', () => {
  for (const locale of SUPPORTED_LOCALES) {
    describe(locale, () => {
      it('has every message, with every part filled', () => {
        for (const kind of MESSAGE_KINDS) {
          const m = CATALOGUE[locale].messages[kind];
          expect(m).toBeDefined();
          for (const part of ['subject', 'title', 'body', 'action'] as const) expect(m[part].trim()).not.toBe('');
        }
      });

      it('renders every message (HTML and plain text) with the link and no unfilled placeholder', () => {
        for (const kind of MESSAGE_KINDS) {
          const r = renderMessage(kind, locale, params, 'https://m4pris.test/x');
          expect(r.text).toContain('https://m4pris.test/x');
          expect(r.html).toContain('href="https://m4pris.test/x"');
          expect(r.html).toContain(`lang="${locale}"`);
          for (const part of [r.subject, r.title, r.body, r.text, r.html]) expect(part).not.toMatch(/\{\{|\}\}/);
          for (const p of MESSAGE_PARAMS[kind]) {
            // A role code is shown by its name in the reader's language, never as the code.
            if (p === 'role') expect(r.body).toContain(CATALOGUE[locale].roles.coordinator);
            else expect(r.body).toContain(params[p as keyof typeof params]);
          }
        }
      });

      it('keeps subjects discreet: the prefix, no forbidden word in any of the five languages, no names', () => {
        for (const kind of MESSAGE_KINDS) {
          const { subject } = renderMessage(kind, locale, params, 'https://m4pris.test/x');
          expect(subject.startsWith('M4Pris: ')).toBe(true);
          for (const word of everyForbidden) expect(subject.toLowerCase()).not.toContain(word.toLowerCase());
          expect(subject).not.toContain(NAME);
          expect(subject).not.toContain('Quintus');
          expect(subject).not.toContain('Marlowe');
        }
      });
    });
  }

  it('renders the daily digest in every language: discreet subject, each message with its link, names escaped', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const d = renderDigest(locale, NAME, [
        { title: 'One <b>', body: 'First', link: 'https://m4pris.test/duo' },
        { title: 'Two', body: 'Second', link: 'https://m4pris.test/training' },
      ]);
      expect(d.subject.startsWith('M4Pris: ')).toBe(true);
      expect(d.subject).not.toContain(NAME);
      for (const word of everyForbidden) expect(d.subject.toLowerCase()).not.toContain(word.toLowerCase());
      for (const part of [d.text, d.html]) for (const x of ['First', 'Second', 'https://m4pris.test/duo', 'https://m4pris.test/training']) expect(part).toContain(x);
      expect(d.html).toContain('One &lt;b&gt;');
      expect(d.html).toContain(`lang="${locale}"`);
    }
  });

  it('names every role in every language', () => {
    for (const locale of SUPPORTED_LOCALES) for (const role of ROLES) expect(CATALOGUE[locale].roles[role].trim()).not.toBe('');
    expect(renderMessage('role_granted', 'da', { role: 'researcher' }, 'https://m4pris.test/x').body).toContain('forsker');
  });

  it('keeps account and security messages free of what they are about: no token, password or name in a notice to the data-protection contact', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const r = renderMessage('role_granted_notice', locale, { role: 'tenant_admin', date: '2026-12-02' }, 'https://m4pris.test/');
      expect(r.text).not.toContain(NAME);
      expect(r.text).not.toMatch(/token/i);
    }
  });

  it('tells the support contact only that a message needs attention, in every language: no word of what it is about', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const r = renderMessage('support_attention', locale, { name: NAME }, 'https://m4pris.test/console/concerns');
      // The words people read (the link's path names the support inbox page, which is not read as text).
      for (const word of everyForbidden) expect(`${r.subject}\n${r.title}\n${r.body}`.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it('says of a duo ended by leaving only that it ended, in every language: no partner, no reason beyond leaving the service', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const r = renderMessage('duo_ended_left_service', locale, { name: NAME, partner: PARTNER }, 'https://m4pris.test/duo');
      expect(r.text).not.toContain('Quintus');
      expect(MESSAGE_PARAMS.duo_ended_left_service).toEqual([]);
    }
  });

  it('fails on a missing parameter rather than sending a gap', () => {
    expect(() => renderMessage('matched', 'en', { name: NAME }, 'https://m4pris.test/x')).toThrow(/partner/);
  });

  it('escapes names in the HTML part', () => {
    const r = renderMessage('matched', 'en', { name: '<b>x</b>', partner: '<script>alert(1)</script>' }, 'https://m4pris.test/x');
    expect(r.html).not.toContain('<script>');
    expect(r.html).toContain('&lt;script&gt;');
  });
});
