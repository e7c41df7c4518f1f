#!/usr/bin/env node
/**
 * `npm run bench`: what the site costs a reader and an author, as numbers. Prints tables and
 * writes bench-results/bench-<date>.json. Not part of `npm test`: numbers, not assertions.
 *   npm run bench                  everything
 *   npm run bench -- --quick       skip Lighthouse and the 800-post corpus
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';
import { pageWeights } from './bench/weights.mjs';
import { sliderLatency } from './bench/latency.mjs';
import { trainingSpeed } from './bench/training.mjs';
import { audit, withChrome } from './bench/lighthouse.mjs';
import { corpusBuildTime, timeBuild } from './bench/build-scale.mjs';

const quick = process.argv.includes('--quick');
const BASE = '/bench/';
const SITE = '.tmp/bench-site';
const PORT = 4388;
const report = { date: new Date().toISOString(), quick };

console.log('Building the site…');
report.buildSeconds = Number(timeBuild('.', SITE, { BASE_PATH: BASE, SITE_URL: 'http://127.0.0.1' }).toFixed(2));
console.log(`Build: ${report.buildSeconds} s`);

report.weights = pageWeights(SITE, BASE);
console.log('\nBytes per page (JS budget: 25 KB gzip)');
console.table(report.weights.map((w) => ({ page: w.page, 'JS up front (gzip)': w.jsUpFrontGzip, 'JS all figures (gzip)': w.jsGzip, 'JS brotli': w.jsBrotli, 'CSS gzip': w.cssGzip, 'total (gzip)': w.totalGzip })));

const server = await serve({ dir: SITE, base: BASE, port: PORT });
const origin = `http://127.0.0.1:${PORT}`;
const pages = report.weights.map((w) => w.page).filter((p) => p !== '404.html').map((p) => `${origin}${BASE}${p.replace(/index\.html$/, '')}`);
const chromePath = ensureChromium();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
const page = await browser.newPage();

report.latency = [];
for (const throttle of [1, 4]) {
  for (const url of pages.filter((u) => u.includes('/posts/'))) {
    for (const row of await sliderLatency(page, url, { throttle })) report.latency.push({ page: url.slice(origin.length), throttle, ...row });
  }
}
console.log('\nSlider input → updated figure, ms (target: work median ≤ 4 ms, also at 4× throttling)');
console.table(report.latency.map((r) => ({ page: r.page, figure: r.figure, CPU: `${r.throttle}×`, n: r.samples, 'work median': r.workMedian.toFixed(2), 'work p95': r.workP95.toFixed(2), 'with frame median': r.frameMedian.toFixed(1), 'with frame p95': r.frameP95.toFixed(1) })));

report.training = await trainingSpeed(page, `${origin}${BASE}`);
console.log('\nDying-ReLU training in Chromium (target ≥ 5,000 steps/s)');
console.table(report.training);
await browser.close();

if (!quick) {
  report.lighthouse = [];
  await withChrome(chromePath, async (port) => {
    for (const url of pages.filter((u) => u.endsWith(BASE) || u.includes('/posts/'))) {
      report.lighthouse.push({ page: url.slice(origin.length), ...(await audit(url, port)) });
    }
  });
  console.log('\nLighthouse, mobile (targets: 100 in all four, LCP ≤ 1300 ms, CLS 0)');
  console.table(report.lighthouse);
}
server.close();

report.buildScale = [];
for (const count of quick ? [50, 200] : [50, 200, 800]) {
  console.log(`Building a corpus of ${count} posts…`);
  report.buildScale.push(corpusBuildTime(count));
}
console.log('\nBuild time by corpus size (target: flat time per post)');
console.table(report.buildScale);

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${report.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote ${file}`);
