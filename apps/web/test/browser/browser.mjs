// What every browser test file needs: Debian's Chromium and its flags, axe with the project's bar
// (0 serious or critical), screenshots on request, and the English-string scan of a translated page.
// Every browser test file imports these (no file keeps its own copy).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';

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

/** The literal parts (5+ characters) of English messages that a page in `locale` must not show. */
export function englishOnly(locale) {
  const en = messages('en');
  const other = messages(locale);
  return Object.keys(en)
    .filter((k) => en[k] !== other[k])
    .flatMap((k) => en[k].split(/\{[^}]*\}|[{}#]/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 5 && !Object.values(other).some((d) => d.includes(s)));
}
