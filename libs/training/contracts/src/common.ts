import { SUPPORTED_LOCALES, type Locale, EmptyRequest } from '@m4pris/platform-core';

export { SUPPORTED_LOCALES as TRAINING_LOCALES };
export type TrainingLocale = Locale;

/**
 * A text in the platform's languages. The shipped curricula always have English; a course a tenant
 * writes itself has its base language (`CourseContent.baseLocale`) and may lack English.
 */
export type LocalizedText = Partial<Record<Locale, string>>;

/**
 * Picks `locale`; where that translation is missing, the base language (`base`, English unless
 * given), then English, then any language the text exists in.
 */
export function localize(text: LocalizedText, locale: string, base = 'en'): string {
  const t = text as Record<string, string | undefined>;
  for (const l of [locale, base, 'en']) {
    const v = t[l];
    if (v && v.length > 0) return v;
  }
  return Object.values(t).find((v) => !!v && v.length > 0) ?? '';
}

/** A real calendar date, 'YYYY-MM-DD' (one pattern for every module, in platform-core). */
export { DATE_ONLY } from '@m4pris/platform-core';

/** Minimum cell size of every aggregate this module reports: smaller cells are suppressed. */
export const MIN_CELL_SIZE = 5;

export { EmptyRequest };
