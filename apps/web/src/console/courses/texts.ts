import { splitRefusal, type Refusal } from '../refusal';
import { LOCALES, type Locale } from '../../i18n/locales';

/** A course's texts per language, as the API answered each (a missing translation comes back in the base language). */
export type PerLocale<T> = Partial<Record<Locale, T>>;

/**
 * The languages a text is not yet translated into: where the API answered with the base language's
 * text (its stand-in for a missing translation), or nothing. The base language itself is never
 * missing. A translation written identical to the base text counts as missing (it cannot be told apart).
 */
export function missingLocales(texts: PerLocale<string | undefined>, base: string): Locale[] {
  const original = texts[base as Locale];
  return LOCALES.filter((l) => {
    if (l === base) return false;
    const t = texts[l];
    return t === undefined || t.trim() === '' || (original !== undefined && t === original);
  });
}

/** The text as written in `locale`: empty when it is missing there (the editor then shows the base text as a hint). */
export function writtenIn(texts: PerLocale<string | undefined>, locale: Locale, base: string): string {
  const t = texts[locale] ?? '';
  return locale !== base && missingLocales(texts, base).includes(locale) ? '' : t;
}

/** One text of every language's copy of a course, picked by `pick` (undefined where that object is gone). */
export function textsOf<C>(copies: PerLocale<C>, pick: (course: C) => string | undefined): PerLocale<string | undefined> {
  const out: PerLocale<string | undefined> = {};
  for (const l of LOCALES) {
    const c = copies[l];
    if (c !== undefined) out[l] = pick(c);
  }
  return out;
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
