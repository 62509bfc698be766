import en from './messages/en.json';

export const LOCALES = ['en', 'da', 'pt', 'ro', 'el'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageId = keyof typeof en;
export type Messages = Record<MessageId, string>;

/** Each language's own name, so that a person who cannot read the current one still finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', da: 'Dansk', pt: 'Português', ro: 'Română', el: 'Ελληνικά' };

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  da: () => import('./messages/da.json').then((m) => m.default),
  pt: () => import('./messages/pt.json').then((m) => m.default),
  ro: () => import('./messages/ro.json').then((m) => m.default),
  el: () => import('./messages/el.json').then((m) => m.default),
};

export const englishMessages: Messages = en;

export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[locale]();
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const STORAGE_KEY = 'm4pris.locale';

/** The saved language (a device preference, not personal data), else the browser's, else English. */
export function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  for (const l of globalThis.navigator?.languages ?? []) {
    const short = l.slice(0, 2).toLowerCase();
    if (isLocale(short)) return short;
  }
  return 'en';
}

export function saveLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}
