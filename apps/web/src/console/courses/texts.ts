import { CombinedGraphQLErrors } from '@apollo/client';
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
 * A refusal split for the form: each invalid field's messages (by the input's field name, so
 * `options[2].id` is `options`) to show next to that field, and the rest to show above the buttons.
 * The messages are the API's, already in the reader's language.
 */
export function refusalOf(error: unknown, placed: readonly string[]): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  if (!error) return { fields, other };
  if (!CombinedGraphQLErrors.is(error)) return { fields, other: [(error as Error).message] };
  for (const e of error.errors) {
    const listed = (e.extensions?.fields as { field?: string; message: string }[] | undefined) ?? [{ message: e.message }];
    for (const f of listed) {
      const name = f.field?.replace(/[[.].*$/, '');
      if (name && placed.includes(name)) fields[name] = fields[name] ? `${fields[name]} ${f.message}` : f.message;
      else other.push(f.message);
    }
  }
  return { fields, other };
}
