import { SUPPORTED_LOCALES, type Locale } from '@m4pris/platform-core';
import type { MessageKind } from '@m4pris/notifications-contracts';
import { CATALOGUE } from './catalogue.js';

export interface RenderedMessage {
  locale: Locale;
  subject: string;
  /** Inbox title and body (plain text, no link). */
  title: string;
  body: string;
  /** E-mail parts: greeting, body, the link, footer. */
  text: string;
  html: string;
}

export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const c of candidates) if (c && (SUPPORTED_LOCALES as readonly string[]).includes(c)) return c as Locale;
  return 'en';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Fills `{{param}}`; a placeholder without a value is an error, never an empty gap in a message. */
function fill(template: string, params: Record<string, string>, escape: (s: string) => string = (s) => s): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = params[key];
    if (v === undefined) throw new Error(`template parameter "${key}" missing`);
    return escape(v);
  });
}

/**
 * Renders one message in one language: the discreet subject, the inbox text, and the e-mail in plain
 * text and HTML with the link into the web app. The subject never receives parameters (no names).
 */
export function renderMessage(kind: MessageKind, locale: Locale, params: Record<string, string>, link: string): RenderedMessage {
  const cat = CATALOGUE[locale];
  const m = cat.messages[kind];
  const role = params['role'];
  const withName = { name: params['name'] ?? '', ...params, ...(role !== undefined ? { role: cat.roles[role as keyof typeof cat.roles] ?? role } : {}) };
  const greeting = params['name'] ? fill(cat.greeting, withName) : '';
  const body = fill(m.body, withName);
  const text = [greeting, '', body, '', `${m.action}: ${link}`, '', '--', cat.footer].filter((l, i) => i > 0 || l).join('\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:36rem">',
    greeting ? `<p>${fill(cat.greeting, withName, escapeHtml)}</p>` : '',
    `<p>${fill(m.body, withName, escapeHtml)}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(m.action)}</a></p>`,
    `<hr><p style="color:#555;font-size:0.9em">${escapeHtml(cat.footer)}</p>`,
    '</body></html>',
  ].join('');
  return { locale, subject: m.subject, title: m.title, body, text, html };
}

/** One message of a digest: as it stands in the inbox, with its link. */
export interface DigestEntry {
  title: string;
  body: string;
  link: string;
}

/** The daily digest in one language: the discreet subject, then each message by its inbox title and text, with its link. */
export function renderDigest(locale: Locale, name: string | null, entries: DigestEntry[]): Pick<RenderedMessage, 'locale' | 'subject' | 'text' | 'html'> {
  const cat = CATALOGUE[locale];
  const d = cat.digest;
  const greeting = name ? fill(cat.greeting, { name }) : '';
  const text = [
    ...(greeting ? [greeting, ''] : []),
    d.intro,
    '',
    ...entries.flatMap((e) => [`* ${e.title}`, `  ${e.body}`, `  ${d.action}: ${e.link}`, '']),
    '--',
    cat.footer,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(d.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:36rem">',
    greeting ? `<p>${fill(cat.greeting, { name: name! }, escapeHtml)}</p>` : '',
    `<p>${escapeHtml(d.intro)}</p>`,
    ...entries.map((e) => `<h2 style="font-size:1.05em">${escapeHtml(e.title)}</h2><p>${escapeHtml(e.body)}</p><p><a href="${escapeHtml(e.link)}">${escapeHtml(d.action)}</a></p>`),
    `<hr><p style="color:#555;font-size:0.9em">${escapeHtml(cat.footer)}</p>`,
    '</body></html>',
  ].join('');
  return { locale, subject: d.subject, text, html };
}
