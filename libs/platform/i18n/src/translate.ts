import { interpolate } from '@m4pris/platform-core';
import { da } from './catalogues/da.js';
import { el } from './catalogues/el.js';
import { en } from './catalogues/en.js';
import { pt } from './catalogues/pt.js';
import { ro } from './catalogues/ro.js';

export type Catalogue = Record<string, string>;

/**
 * Catalogues by locale. English holds the platform's own messages; module error messages are
 * written in English once, beside their codes (defineErrors), and arrive here as the fallback.
 * The other languages may be partial: a missing key falls back to English.
 */
export const CATALOGUES: Record<string, Catalogue> = { en, da, pt, ro, el };

export function negotiateLocale(header: string | undefined, fallback = 'en'): string {
  if (!header) return fallback;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase().split('-')[0]!;
    if (tag in CATALOGUES) return tag;
  }
  return fallback;
}

export function translate(locale: string, key: string, params: Record<string, string | number> = {}, englishFallback?: string): string {
  const text = CATALOGUES[locale]?.[key] ?? en[key] ?? englishFallback ?? key;
  return interpolate(text, params);
}
