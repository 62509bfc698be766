import type { Locale } from '@m4pris/platform-core';

/**
 * The words printed on a certificate, in the platform's five languages. Drafted by the developers
 * with machine help, not reviewed by a native speaker (docs/translations.md). `{{code}}` and
 * `{{date}}` are replaced; `certificate-text.spec.ts` checks every language has every text and the
 * same placeholders as English.
 */
export interface CertificateText {
  /** The PDF's document title (its metadata). */
  documentTitle: string;
  heading: string;
  certifies: string;
  completed: string;
  on: string;
  revoked: string;
  code: string;
  /** Printed under the code unless the operator sets TRAINING_CERTIFICATE_VERIFY_HINT. */
  verifyHint: string;
}

export const CERTIFICATE_TEXT: Readonly<Record<Locale, CertificateText>> = {
  en: {
    documentTitle: 'Certificate {{code}}',
    heading: 'Certificate of completion',
    certifies: 'This certifies that',
    completed: 'has completed the course',
    on: 'on {{date}}',
    revoked: 'REVOKED',
    code: 'Verification code: {{code}}',
    verifyHint: 'Check this certificate with its code: GraphQL query verifyCertificate(code).',
  },
  da: {
    documentTitle: 'Kursusbevis {{code}}',
    heading: 'Kursusbevis',
    certifies: 'Det bekræftes hermed, at',
    completed: 'har gennemført kurset',
    on: 'den {{date}}',
    revoked: 'TILBAGEKALDT',
    code: 'Verifikationskode: {{code}}',
    verifyHint: 'Kontrollér beviset med dets kode: GraphQL-forespørgslen verifyCertificate(code).',
  },
  pt: {
    documentTitle: 'Certificado {{code}}',
    heading: 'Certificado de conclusão',
    certifies: 'Certifica-se que',
    completed: 'concluiu o curso',
    on: 'em {{date}}',
    revoked: 'REVOGADO',
    code: 'Código de verificação: {{code}}',
    verifyHint: 'Verifique este certificado com o seu código: consulta GraphQL verifyCertificate(code).',
  },
  ro: {
    documentTitle: 'Certificat {{code}}',
    heading: 'Certificat de absolvire',
    certifies: 'Se certifică faptul că',
    completed: 'a absolvit cursul',
    on: 'la data de {{date}}',
    revoked: 'REVOCAT',
    code: 'Cod de verificare: {{code}}',
    verifyHint: 'Verificați acest certificat cu ajutorul codului său: interogarea GraphQL verifyCertificate(code).',
  },
  el: {
    documentTitle: 'Βεβαίωση {{code}}',
    heading: 'Βεβαίωση ολοκλήρωσης',
    certifies: 'Βεβαιώνεται ότι ο/η',
    completed: 'ολοκλήρωσε το μάθημα',
    on: 'στις {{date}}',
    revoked: 'ΑΝΑΚΛΗΘΗΚΕ',
    code: 'Κωδικός επαλήθευσης: {{code}}',
    verifyHint: 'Ελέγξτε αυτή τη βεβαίωση με τον κωδικό της: ερώτημα GraphQL verifyCertificate(code).',
  },
};

/** The regional form used for dates (European day-month-year order in English too). */
const DATE_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', da: 'da-DK', pt: 'pt-PT', ro: 'ro-RO', el: 'el-GR' };

export function certificateLocale(locale: string): Locale {
  return locale in CERTIFICATE_TEXT ? (locale as Locale) : 'en';
}

/** The certificate's words in `locale` (English for a language the platform does not speak). */
export function certificateText(locale: string): CertificateText {
  return CERTIFICATE_TEXT[certificateLocale(locale)];
}

/** A calendar date (YYYY-MM-DD) written out in the reader's language: "2 December 2026", "2. december 2026". */
export function formatIssuedOn(date: string, locale: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(DATE_LOCALE[certificateLocale(locale)], { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

export function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => params[name] ?? m);
}
