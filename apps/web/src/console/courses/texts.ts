import { splitRefusal, type Refusal } from '../refusal';
import { LOCALES, type Locale } from '../../i18n/locales';

/** A course's texts per language: only the languages a text is written in (as the API lists them). */
export type PerLocale<T> = Partial<Record<Locale, T>>;

/** A text's translations as the API lists them (`titleTranslations`, `textTranslations`, …). */
export interface Translation {
  locale: string;
  text: string;
}

/** The API's list of a text's translations, by language (languages the web app does not know left out). */
export function perLocale(translations: readonly Translation[]): PerLocale<string> {
  const out: PerLocale<string> = {};
  for (const t of translations) if ((LOCALES as readonly string[]).includes(t.locale)) out[t.locale as Locale] = t.text;
  return out;
}

/**
 * The languages a text is not yet translated into: those it is not written in (nothing, or only
 * spaces). The base language itself is never missing. A translation that reads like the base text
 * is a translation: the API lists exactly which languages a text is written in.
 */
export function missingLocales(texts: PerLocale<string | undefined>, base: string): Locale[] {
  return LOCALES.filter((l) => l !== base && (texts[l] ?? '').trim() === '');
}

/** The text as written in `locale`: empty when it is missing there (the editor then shows the base text as a hint). */
export function writtenIn(texts: PerLocale<string | undefined>, locale: Locale): string {
  return texts[locale] ?? '';
}

/** The place an item moves to (one up or down), or null at either end. */
export function movedTo(index: number, direction: -1 | 1, count: number): number | null {
  const to = index + direction;
  return to < 0 || to >= count ? null : to;
}

/**
 * A refusal split for the form by the input's field name (`options[2].id` is `options`), every message
 * of a field joined; what no field of the form (`placed`) shows goes above the buttons.
 */
export function refusalOf(error: unknown, placed: readonly string[]): Refusal {
  return splitRefusal(error, { keyOf: (p) => p.replace(/[[.].*$/, ''), placed, joinMessages: true });
}
