import { interpolate } from '@m4pris/platform-core';
import { CATALOGUE_MODULES, CATALOGUES_BY_MODULE, LOCALES, type Catalogue, type Locale } from './catalogues/index.js';

export type { Catalogue, Locale };
export { CATALOGUE_MODULES, CATALOGUES_BY_MODULE, LOCALES };

/**
 * Catalogues by locale: the module catalogues (`catalogues/<module>/<locale>.ts`, one file per
 * language per module, see docs/translations.md) merged. English is complete; a key another
 * language lacks falls back to English (the CI check, catalogues.spec.ts, fails when one does).
 */
export const CATALOGUES: Record<string, Catalogue> = Object.fromEntries(
  LOCALES.map((l) => [l, Object.assign({}, ...CATALOGUE_MODULES.map((m) => CATALOGUES_BY_MODULE[m][l])) as Catalogue]),
);
const en = CATALOGUES.en;

export function negotiateLocale(header: string | undefined, fallback = 'en'): string {
  if (!header) return fallback;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
    if (tag in CATALOGUES) return tag;
  }
  return fallback;
}

/**
 * The message of `key` in `locale`, its parameters made readable: `field`/`other` (a dotted input
 * path) become the field's label (`fields.<name>`), `entity` its name (`entities.<Entity>`), `reason`
 * a validation reason (`reasons.*`, recognised from its English text), any other text parameter a
 * value's name where the catalogue has one (`values.<value>`, e.g. a cohort state).
 */
export function translate(locale: string, key: string, params: Record<string, string | number> = {}, englishFallback?: string): string {
  const text = CATALOGUES[locale]?.[key] ?? en[key] ?? englishFallback ?? key;
  return interpolate(text, localiseParams(locale, params));
}

function lookup(locale: string, key: string): string | undefined {
  return CATALOGUES[locale]?.[key] ?? en[key];
}

export function localiseParams(locale: string, params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') out[k] = v;
    else if (k === 'field' || k === 'other') out[k] = v ? fieldLabel(locale, v) : v;
    else if (k === 'entity') out[k] = lookup(locale, `entities.${v}`) ?? v;
    else if (k === 'reason') out[k] = translateReason(locale, v, typeof params.field === 'string' ? params.field : undefined);
    else out[k] = translateValue(locale, v);
  }
  return out;
}

/** A value's name (`values.<value>`); a list joined with " or " / ", " is translated item by item. */
function translateValue(locale: string, v: string): string {
  const own = lookup(locale, `values.${v}`);
  if (own) return own;
  for (const sep of [' or ', ', ']) {
    if (v.includes(sep)) {
      const parts = v.split(sep);
      if (parts.every((p) => lookup(locale, `values.${p}`))) return parts.map((p) => lookup(locale, `values.${p}`)).join(sep === ' or ' ? ` ${lookup(locale, 'values.$or') ?? 'or'} ` : sep);
    }
  }
  return v;
}

/**
 * The readable label of an input path: `input.hiredOn` → "Hired on"; `rows[3].email` → "E-mail
 * (row 4)"; an unknown name stays as it is.
 */
export function fieldLabel(locale: string, path: string): string {
  const segments = path.split('.');
  const last = segments.at(-1)!;
  const name = last.replace(/\[\d+\]$/, '');
  const label = lookup(locale, `fields.${name}`) ?? name;
  const row = /(?:^|\.)rows\[(\d+)\]/.exec(path);
  if (row) return interpolate(lookup(locale, 'fields.$row') ?? '{{label}} (row {{n}})', { label, n: Number(row[1]) + 1 });
  const item = /\[(\d+)\]/.exec(path);
  if (item) return interpolate(lookup(locale, 'fields.$item') ?? '{{label}} (no. {{n}})', { label, n: Number(item[1]) + 1 });
  return label;
}

interface ReasonPattern {
  key: string;
  regex: RegExp;
  names: string[];
}

/** English reasons (`reasons.*`) as patterns: `{{n}}` matches any text. Longest first, so the most specific wins. */
const REASON_PATTERNS: ReasonPattern[] = Object.entries(en)
  .filter(([k]) => k.startsWith('reasons.'))
  .sort(([, a], [, b]) => b.length - a.length)
  .map(([key, text]) => {
    const names: string[] = [];
    const source = text
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const m = /^\{\{(\w+)\}\}$/.exec(part);
        if (m) {
          names.push(m[1]);
          return '(.+?)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    return { key, regex: new RegExp(`^${source}\\.?$`, 'i'), names };
  });

/**
 * A validation reason in the reader's language. Reasons come from the validators in English and
 * often repeat the field first ("hiredOn must be a date as YYYY-MM-DD", "each value in languages
 * must …"): the field is dropped (the message names it already) and the rest is looked up among the
 * English reasons; an unknown reason stays in English.
 */
export function translateReason(locale: string, reason: string, field?: string): string {
  const last = field?.split('.').at(-1)?.replace(/\[\d+\]$/, '');
  let rest = reason.trim();
  const each = /^each value in (\S+) (.*)$/.exec(rest);
  if (each) rest = each[2]!;
  else if (last) {
    const first = rest.split(' ')[0];
    if (first === last || first.endsWith(`.${last}`)) rest = rest.slice(first.length + 1);
  }
  for (const p of REASON_PATTERNS) {
    const m = p.regex.exec(rest);
    if (!m) continue;
    const params = Object.fromEntries(p.names.map((n, i) => [n, m[i + 1]]));
    const text = lookup(locale, p.key)!;
    const localised = interpolate(text, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k === 'field' || k === 'other' ? fieldLabel(locale, v) : translateValue(locale, v)])));
    return each ? interpolate(lookup(locale, 'reasons.$each') ?? 'each value {{reason}}', { reason: localised }) : localised;
  }
  return reason;
}

/**
 * The text of `key` for the number `n`, in the reader's language. A plural text lists its forms by
 * the language's plural categories (Intl.PluralRules: `one`, `few`, `many`, `other`…), `#` standing
 * for the number: `"one: # mentor | other: # mentors"`, in Romanian
 * `"one: # mentor | few: # mentori | other: # de mentori"`. A language names the categories it
 * needs; a category it leaves out reads as its `other`. A text without forms is used as it is.
 */
export function translatePlural(locale: string, key: string, n: number, params: Record<string, string | number> = {}): string {
  const lang = CATALOGUES[locale]?.[key] ? locale : 'en';
  const text = CATALOGUES[lang]?.[key] ?? key;
  const forms = new Map<string, string>();
  for (const part of text.split(' | ')) {
    const m = /^(zero|one|two|few|many|other): ?([\s\S]*)$/.exec(part.trim());
    if (m) forms.set(m[1], m[2]);
  }
  const category = new Intl.PluralRules(intlTag(lang)).select(n);
  const chosen = forms.size === 0 ? text : (forms.get(category) ?? forms.get('other') ?? text);
  return interpolate(chosen.replace(/#/g, new Intl.NumberFormat(intlTag(lang)).format(n)), params);
}

/** Items joined as the reader's language lists them ("a, b and c", "a, b og c", "α, β και γ"). */
export function listOf(locale: string, items: string[]): string {
  const lang = locale in CATALOGUES ? locale : 'en';
  return new Intl.ListFormat(intlTag(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** The catalogue text of `key` in `locale` (else English, else undefined), without interpolation. */
export function catalogueText(locale: string, key: string): string | undefined {
  return lookup(locale, key);
}

/**
 * The Intl tag of a platform language: Portuguese is European Portuguese (its plural of 0 differs
 * from Brazil's), English British (as the catalogues write it: "a, b and c").
 */
function intlTag(locale: string): string {
  return locale === 'pt' ? 'pt-PT' : locale === 'en' ? 'en-GB' : locale;
}
