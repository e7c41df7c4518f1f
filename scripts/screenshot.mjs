#!/usr/bin/env node
/**
 * Screenshots pages of a built site at phone and desktop widths, light and dark, for looking at
 * what readers see: node scripts/screenshot.mjs [--dir .tmp/site] [--base /a/b-c/] path…
 * PNGs go to .tmp/shots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const dir = option('dir', '.tmp/site');
const base = option('base', '/a/b-c/');
const full = option('full', 'yes') === 'yes';
const paths = args.length > 0 ? args : [''];

const server = await serve({ dir, base, port: 4399 });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
mkdirSync('.tmp/shots', { recursive: true });
for (const [label, width, height] of [['phone', 360, 780], ['desktop', 1280, 900]]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(`http://127.0.0.1:4399${base}${path}`);
      await page.waitForTimeout(300);
      const name = `${(path || 'home').replace(/[^a-z0-9]+/gi, '_')}-${label}-${scheme}.png`;
      await page.screenshot({ path: `.tmp/shots/${name}`, fullPage: full });
      console.log(`.tmp/shots/${name}`);
    }
    await page.close();
  }
}
await browser.close();
server.close();
