// What every browser test file needs: Debian's Chromium and its flags, axe with the project's bar
// (0 serious or critical), screenshots on request, and the English-string scan of a translated page.
// Every browser test file imports these (no file keeps its own copy).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { CATALOGUES_BY_MODULE } from '@m4pris/platform-i18n';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = process.env.WEB_SCREENSHOTS; // a folder to keep screenshots in (optional)

export const messages = (l) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', 'messages', `${l}.json`), 'utf8'));

export async function axe(page, name) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `axe on ${name}: serious or critical violations`,
  );
}

export async function shot(page, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The literal parts (5+ characters) of a message: what is left between its placeholders. */
const literalParts = (text) =>
  text
    .split(/\{[^}]*\}|[{}#]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 5);

/**
 * The literal parts (5+ characters) of English messages that a page in `locale` must not show: the
 * app's own catalogue, and with `platform` the platform catalogues of those modules
 * (libs/platform/i18n/src/catalogues/<module>/), whose texts the API writes into pages (e.g. the
 * programme's confidentiality wording on the duo page). A part that some text in `locale` also
 * contains (a name, a shared word) is not counted.
 */
export function englishOnly(locale, { platform = [] } = {}) {
  const en = messages('en');
  const other = messages(locale);
  const english = Object.keys(en)
    .filter((k) => en[k] !== other[k])
    .flatMap((k) => literalParts(en[k]));
  const translated = Object.values(other);
  for (const module of platform) {
    const catalogue = CATALOGUES_BY_MODULE[module];
    assert.ok(catalogue, `no platform catalogue "${module}"`);
    // Plural texts ("one: # mentee | other: # mentees") are scanned form by form.
    const forms = (text) => text.split(' | ').map((f) => f.replace(/^(zero|one|two|few|many|other): ?/, ''));
    english.push(...Object.keys(catalogue.en).filter((k) => catalogue.en[k] !== catalogue[locale][k]).flatMap((k) => forms(catalogue.en[k]).flatMap(literalParts)));
    translated.push(...Object.values(catalogue[locale]));
  }
  return [...new Set(english)].filter((s) => !translated.some((d) => d.includes(s)));
}
