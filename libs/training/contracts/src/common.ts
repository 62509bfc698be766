import { SUPPORTED_LOCALES, type Locale, EmptyRequest } from '@m4pris/platform-core';

export { SUPPORTED_LOCALES as TRAINING_LOCALES };
export type TrainingLocale = Locale;

/** A text in the platform's languages; English is required and is the fallback. */
export type LocalizedText = { en: string } & Partial<Record<Locale, string>>;

/** Picks `locale`, falling back to English when the translation is missing. */
export function localize(text: LocalizedText, locale: string): string {
  const t = (text as Record<string, string | undefined>)[locale];
  return t && t.length > 0 ? t : text.en;
}

/** A real calendar date, 'YYYY-MM-DD' (one pattern for every module, in platform-core). */
export { DATE_ONLY } from '@m4pris/platform-core';

/** Minimum cell size of every aggregate this module reports: smaller cells are suppressed. */
export const MIN_CELL_SIZE = 5;

export { EmptyRequest };
