#!/usr/bin/env node
/**
 * `npm run bench`: what the site costs a reader and an author, as numbers. Prints tables and
 * writes bench-results/bench-<date>.json and .md. Not part of `npm test`: numbers, not assertions.
 * The site is built under a deep base path and served with gzip, as GitHub Pages serves it.
 *   npm run bench                  everything
 *   npm run bench -- --quick       skip Lighthouse and the 800-post corpus
 *   npm run bench -- --readme      also replace the README's "Latest bench" table
 *   npm run bench -- --runs 5      Lighthouse runs per page (median; default 3)
 *   npm run bench -- --no-corpus   skip the generated 50/200/800-post builds (a few minutes)
 * Run it on a quiet machine: Lighthouse's CPU numbers scale with whatever else is running.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './find-chromium.mjs';
import { serve } from './serve.mjs';
import { onRequestChunks, pageWeights } from './bench/weights.mjs';
import { quantile, sliderLatency } from './bench/latency.mjs';
import { loadCost } from './bench/load.mjs';
import { trainingSpeed } from './bench/training.mjs';
import { medianAudit, withChrome } from './bench/lighthouse.mjs';
import { corpusBuildTime, timeBuild } from './bench/build-scale.mjs';
import { markdownReport, TARGETS, updateReadme } from './bench/report.mjs';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    corpus: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const { quick } = options;
const lighthouseRuns = Number(options.runs);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--runs must be a positive integer, got ${options.runs}`);
// A deep base, like a fork's GitHub Pages site (https://<user>.github.io/<repo>/).
const BASE = '/bench/deep-base/';
const SITE = '.tmp/bench-site';
const PORT = 4388;
const report = { date: new Date().toISOString(), quick, base: BASE, machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}` };

console.log('Building the site…');
report.buildSeconds = Number(timeBuild('.', SITE, { BASE_PATH: BASE, SITE_URL: 'http://127.0.0.1' }).toFixed(2));
console.log(`Build: ${report.buildSeconds} s`);

report.weights = pageWeights(SITE, BASE);
console.log(`\nBytes per page (JS budget: ${TARGETS.jsUpFrontKb} KB gzip up front, ${TARGETS.jsAllLiveKb} KB with every figure live)`);
console.table(
  report.weights.map((w) => ({
    page: w.page,
    'JS up front (gzip)': w.jsUpFrontGzip,
    'JS all figures (gzip)': w.jsGzip,
    'JS brotli': w.jsBrotli,
    'CSS gzip': w.cssGzip,
    'total (gzip)': w.totalGzip,
  })),
);

report.onRequest = onRequestChunks(SITE);
console.log(`\nChunks loaded on request (target: ≤ ${TARGETS.onRequestKb} KB gzip each; parse is the formula parser)`);
console.table(report.onRequest);

const server = await serve({ dir: SITE, base: BASE, port: PORT });
const origin = `http://127.0.0.1:${PORT}`;
const pages = report.weights
  .map((w) => w.page)
  .filter((p) => p !== '404.html')
  .map((p) => `${origin}${BASE}${p.replace(/index\.html$/, '')}`);
const chromePath = ensureChromium();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
const page = await browser.newPage();

report.latency = [];
for (const throttle of [1, 4]) {
  for (const url of pages.filter((u) => u.includes('/posts/'))) {
    for (const row of await sliderLatency(page, url, { throttle }))
      report.latency.push({ page: url.slice(origin.length), throttle, ...row });
  }
}
console.log(`\nSlider input → updated figure, ms (target: work median ≤ ${TARGETS.sliderMs} ms, also at 4× throttling)`);
console.table(
  report.latency.map((r) => ({
    page: r.page,
    figure: r.figure,
    CPU: `${r.throttle}×`,
    n: r.samples,
    'work median': r.workMedian.toFixed(2),
    'work p95': r.workP95.toFixed(2),
    'with frame median': r.frameMedian.toFixed(1),
    'with frame p95': r.frameP95.toFixed(1),
  })),
);

// Main-thread cost of loading each post on a phone at 4× CPU, from Chromium's own counters:
// quicker than Lighthouse and split into script, style and layout; median of 3 loads per field.
report.load = [];
for (const url of pages.filter((u) => u.includes('/posts/'))) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await loadCost(browser, url));
  const median = Object.fromEntries(
    Object.keys(runs[0]).map((k) => [
      k,
      quantile(
        runs.map((r) => r[k]),
        0.5,
      ),
    ]),
  );
  report.load.push({ page: url.slice(origin.length), ...median });
}
console.log('\nLoading each post on a phone at 4× CPU (ms, median of 3)');
console.table(report.load);

report.training = await trainingSpeed(page, `${origin}${BASE}`);
console.log(
  `\nDying-ReLU training in Chromium (target ≥ ${TARGETS.stepsPerSecond} steps/s for ReLU, ≥ ${TARGETS.customStepsPerSecond} for a custom formula)`,
);
console.table(report.training);
await browser.close();

if (!quick) {
  report.lighthouse = [];
  report.lighthouseRuns = lighthouseRuns;
  await withChrome(chromePath, async (port) => {
    for (const url of pages.filter((u) => u.endsWith(BASE) || u.includes('/posts/'))) {
      report.lighthouse.push({ page: url.slice(origin.length), ...(await medianAudit(url, port, lighthouseRuns)) });
    }
  });
  console.log(
    `\nLighthouse, mobile, median of ${lighthouseRuns} (targets: 100 in all four, LCP ≤ ${TARGETS.lcpMs} ms, TBT ≤ ${TARGETS.tbtMs} ms, CLS 0, main thread ≤ ${TARGETS.mainThreadMs} ms)`,
  );
  console.table(report.lighthouse);
}
server.close();

report.buildScale = [];
for (const count of !options.corpus ? [] : quick ? [50, 200] : [50, 200, 800]) {
  console.log(`Building a corpus of ${count} posts…`);
  report.buildScale.push(corpusBuildTime(count));
}
console.log('\nBuild time by corpus size (target: flat time per post)');
console.table(report.buildScale);

mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${report.date.replace(/[:.]/g, '-')}`;
const markdown = markdownReport(report);
writeFileSync(`${file}.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${file}.md`, markdown);
console.log(`\n${markdown}\nWrote ${file}.json and ${file}.md`);
if (options.readme) {
  updateReadme('README.md', markdown);
  console.log('Updated the "Latest bench" section of README.md');
}
