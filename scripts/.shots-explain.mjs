import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';
const base = '/a/b-c/';
const server = await serve({ dir: '.tmp/site-explain', base, port: 4437 });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
mkdirSync('.tmp/shots-explain', { recursive: true });
const targets = [
  ['posts/sigmoid/', ['#depth-gradients', 'table', 'h2#is-the-quarter-the-real-culprit']],
  ['posts/relu/', ['#depth-relu']],
  ['posts/activation-is-all-you-need/', ['ol.series-map']],
  ['posts/dying-relu/', ['h3#exactly-when-death-is-permanent']],
  ['posts/leaky-relu/', ['table']],
];
for (const [label, width] of [['w390', 390], ['w1280', 1280]]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  for (const [path, sels] of targets) {
    await page.goto(`http://127.0.0.1:4437${base}${path}`);
    for (const sel of sels) {
      const el = page.locator(sel).first();
      await el.scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      const name = `.tmp/shots-explain/${path.replace(/[^a-z0-9]+/gi, '_')}${sel.replace(/[^a-z0-9]+/gi, '_')}-${label}.png`;
      const target = sel.startsWith('h') ? page : el;
      await target.screenshot({ path: name });
      console.log(name);
    }
  }
  await page.close();
}
await browser.close();
server.close();
