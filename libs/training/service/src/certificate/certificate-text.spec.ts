import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { SUPPORTED_LOCALES } from '@m4pris/platform-core';
import { CURRICULUM_TRANSLATIONS, DEFAULT_CURRICULA } from '../course/default-curricula.js';
import { CERTIFICATE_TEXT, certificateText, fill, formatIssuedOn } from './certificate-text.js';
import { renderCertificatePdf } from './certificate-pdf.js';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('certificate text', () => {
  it.each(SUPPORTED_LOCALES)('%s has every text, none empty, with the English placeholders', (locale) => {
    const en = CERTIFICATE_TEXT.en;
    const t = CERTIFICATE_TEXT[locale];
    expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(t[key].trim()).not.toBe('');
      expect(placeholders(t[key])).toEqual(placeholders(en[key]));
      if (locale !== 'en' && key !== 'verifyHint') expect(`${key}: ${t[key]}`).not.toBe(`${key}: ${en[key]}`);
    }
  });

  it('falls back to English for a language the platform does not speak', () => {
    expect(certificateText('fr')).toBe(CERTIFICATE_TEXT.en);
    expect(certificateText('ro').heading).toBe('Certificat de absolvire');
  });

  it('writes the date out in the reader’s language', () => {
    expect(formatIssuedOn('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatIssuedOn('2026-12-02', 'da')).toBe('2. december 2026');
    expect(formatIssuedOn('2026-12-02', 'pt')).toBe('2 de dezembro de 2026');
    expect(formatIssuedOn('2026-12-02', 'ro')).toBe('2 decembrie 2026');
    expect(formatIssuedOn('2026-12-02', 'el')).toBe('2 Δεκεμβρίου 2026');
    expect(fill(CERTIFICATE_TEXT.el.on, { date: formatIssuedOn('2026-03-01', 'el') })).toBe('στις 1 Μαρτίου 2026');
  });
});

/** The minimal part of fontkit (pdfkit's font engine) this test reads. */
interface Font {
  hasGlyphForCodePoint(cp: number): boolean;
}
const requireFromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = requireFromPdfkit('fontkit') as { openSync(path: string): Font };
const require = createRequire(import.meta.url);

/** Every letter a certificate can print: its own words, the shipped course titles, and the languages' alphabets. */
const ALPHABETS = [
  'ăâîșțĂÂÎȘȚşţŞŢ', // Romanian (comma below, and the older cedilla forms still found in names)
  'æøåÆØÅéÉ', // Danish
  'ãõçáéíóúâêôàÃÕÇÁÉÍÓÚÂÊÔÀ', // Portuguese
  'αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώΆΈΉΊΌΎΏϊϋΐΰΪΫ', // Greek, monotonic
];
const PRINTED = [
  ...ALPHABETS,
  ...Object.values(CERTIFICATE_TEXT).flatMap((t) => Object.values(t)),
  ...DEFAULT_CURRICULA.flatMap((c) => [c.title, ...Object.values(CURRICULUM_TRANSLATIONS).map((t) => t[c.key].title)]),
].join('');
const CHARS = [...new Set([...PRINTED].filter((ch) => ch.trim() !== ''))];

describe('certificate font', () => {
  it.each(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'])('%s has a glyph for every letter of the five languages', (file) => {
    const font = fontkit.openSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    expect(CHARS.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!))).toEqual([]);
  });

  /** The code points the PDF's embedded fonts map to real glyphs (their ToUnicode maps, the .notdef entry left out). */
  function mappedCodePoints(pdf: Buffer): Set<number> {
    const text = pdf.toString('latin1');
    const out = new Set<number>();
    for (const m of text.matchAll(/stream\r?\n/g)) {
      const start = m.index + m[0].length;
      const end = text.indexOf('endstream', start);
      let body: string;
      try {
        body = inflateSync(pdf.subarray(start, end)).toString('latin1');
      } catch {
        continue;
      }
      if (!body.includes('beginbfrange')) continue;
      const entries = [...body.matchAll(/\[([^\]]*)\]/g)].flatMap((r) => [...r[1].matchAll(/<([0-9a-f ]+)>/gi)].map((e) => e[1]));
      for (const e of entries.slice(1)) for (const hex of e.split(' ')) out.add(parseInt(hex, 16));
    }
    return out;
  }

  it('embeds the Romanian and Greek letters of a certificate as real glyphs', async () => {
    const pdf = await renderCertificatePdf({
      holderName: 'Ioana Ștefănescu Țâru',
      courseTitle: CURRICULUM_TRANSLATIONS.el['mentor-core'].title,
      issuedOn: '2026-12-02',
      code: 'ABCD-EFGH-JKLM',
      valid: false,
      locale: 'el',
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const mapped = mappedCodePoints(pdf);
    const expected = [...new Set([...'Ioana Ștefănescu Țâru', ...CURRICULUM_TRANSLATIONS.el['mentor-core'].title, ...CERTIFICATE_TEXT.el.heading, ...CERTIFICATE_TEXT.el.revoked, ...'Δεκεμβρίου'])].filter((c) => c !== ' ');
    expect(expected.filter((ch) => !mapped.has(ch.codePointAt(0)!))).toEqual([]);
  });

  it('prints the operator’s own hint as set, the shipped one in the reader’s language otherwise', async () => {
    const print = { holderName: 'Ana Pop', courseTitle: 'Curs', issuedOn: '2026-12-02', code: 'ABCD-EFGH-JKLM', valid: true, locale: 'ro' };
    // of the Romanian words, only the shipped hint ("Verificați …") has a ț
    const shipped = mappedCodePoints(await renderCertificatePdf(print));
    expect(shipped.has('ț'.codePointAt(0)!)).toBe(true);
    expect(shipped.has('ă'.codePointAt(0)!)).toBe(true);
    const own = mappedCodePoints(await renderCertificatePdf({ ...print, verifyHint: 'https://verify.example.org' }));
    expect(own.has('ț'.codePointAt(0)!)).toBe(false);
  });
});
