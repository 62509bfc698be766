#!/usr/bin/env node
// Renders the app's PNG icons from public/icon.svg with Debian's Chromium (the browser the tests
// already drive; no image library, nothing downloaded):
//   public/icon-192.png, public/icon-512.png            purpose "any": the SVG as it is
//   public/icon-maskable-192.png, icon-maskable-512.png  purpose "maskable": full-bleed background,
//                                                       the drawing inside the 80 % safe zone
// Run once after changing icon.svg (node scripts/icons.mjs) and commit the PNGs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const pub = join(import.meta.dirname, '..', 'public');
const svg = readFileSync(join(pub, 'icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!executablePath) throw new Error('Chromium is missing (apt-get install -y chromium)');

// The maskable variant: the rounded square's colour fills the whole canvas and the drawing is
// scaled to 80 % around the centre, so any mask shape (circle, squircle) leaves it whole.
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(svg)?.[1] ?? '#1c4e80';
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${background}"/><g transform="translate(51.2 51.2) scale(0.8)">${inner}</g></svg>`;

const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  for (const size of [192, 512]) {
    for (const [name, source, transparent] of [
      [`icon-${size}.png`, svg, true],
      [`icon-maskable-${size}.png`, maskable, false],
    ]) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}"></body></html>`);
      await page.locator('img').evaluate((img) => img.decode());
      writeFileSync(join(pub, name), await page.screenshot({ omitBackground: transparent, type: 'png' }));
      await page.close();
      console.log(`wrote public/${name}`);
    }
  }
} finally {
  await browser.close();
}
