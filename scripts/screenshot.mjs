#!/usr/bin/env node
/**
 * Screenshots pages of a built site at phone and desktop widths, light and dark, for looking at
 * what readers see: node scripts/screenshot.mjs [--dir .tmp/site] [--base /a/b-c/] [--no-full] path…
 * PNGs go to .tmp/shots/ (whole pages unless --no-full).
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    dir: { type: 'string', default: '.tmp/site' },
    base: { type: 'string', default: '/a/b-c/' },
    full: { type: 'boolean', default: true },
  },
});
const { dir, base, full } = values;
const paths = positionals.length > 0 ? positionals : [''];

const server = await serve({ dir, base, port: 4399 });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
mkdirSync('.tmp/shots', { recursive: true });
for (const [label, width, height] of [
  ['phone', 360, 780],
  ['desktop', 1280, 900],
]) {
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
