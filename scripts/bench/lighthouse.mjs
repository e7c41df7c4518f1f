/**
 * Lighthouse (mobile, its defaults: simulated slow 4G and 4× CPU) for one URL, and the median of
 * several runs, since one run on a shared machine swings by hundreds of milliseconds.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS } from '../find-chromium.mjs';

export async function withChrome(chromePath, fn) {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    return await fn(chrome.port);
  } finally {
    await chrome.kill();
  }
}

/** One Lighthouse run: the four category scores and the numbers behind performance. */
export async function audit(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = result.lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const ms = (id) => Math.round(audits[id]?.numericValue ?? NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: ms('largest-contentful-paint'),
    fcpMs: ms('first-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    mainThreadMs: ms('mainthread-work-breakdown'),
    longTasks: audits['long-tasks']?.details?.items?.length ?? 0,
    renderBlockingMs: Math.round(
      audits['render-blocking-insight']?.metricSavings?.LCP ?? audits['render-blocking-resources']?.numericValue ?? 0,
    ),
  };
}

/** `runs` audits of one URL, each field its median (scores and timings alike). */
export async function medianAudit(url, port, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await audit(url, port));
  return Object.fromEntries(Object.keys(results[0]).map((key) => [key, median(results.map((r) => r[key]))]));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
