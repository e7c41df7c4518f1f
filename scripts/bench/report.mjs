/**
 * The bench as Markdown: one row per post (Lighthouse medians, JavaScript, slider latency), and
 * the README's "Latest bench" section, replaced between its two marker comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Targets the table is read against (see the README); numbers, never test assertions. */
export const TARGETS = {
  lcpMs: 1200,
  tbtMs: 20,
  mainThreadMs: 1000,
  jsAllLiveKb: 25,
  jsUpFrontKb: 5,
  sliderMs: 4,
  stepsPerSecond: 20_000,
  customStepsPerSecond: 10_000,
  onRequestKb: 8,
};

const kb = (bytes) => (bytes / 1024).toFixed(1);
const mark = (value, limit) => (Number.isFinite(value) && value <= limit ? String(value) : `**${value}**`);

/** Markdown for a finished report (see scripts/bench.mjs for its fields). */
export function markdownReport(report) {
  const lines = [
    `Measured ${report.date.slice(0, 10)} by \`npm run bench\` on ${report.machine}. ` +
      `Lighthouse mobile (simulated slow 4G, 4× CPU), median of ${report.lighthouseRuns ?? 0} runs; ` +
      `slider latency is the median input → updated figure at 4× CPU throttling. **Bold**: over target ` +
      `(LCP ≤ ${TARGETS.lcpMs} ms, TBT ≤ ${TARGETS.tbtMs} ms, main thread ≤ ${TARGETS.mainThreadMs} ms, ` +
      `JS ≤ ${TARGETS.jsUpFrontKb} KB up front and ≤ ${TARGETS.jsAllLiveKb} KB all live, slider ≤ ${TARGETS.sliderMs} ms).`,
    '',
    '| page | perf / a11y / BP / SEO | LCP ms | TBT ms | main thread ms | long tasks | JS up front KB | JS all live KB | slowest slider ms (figure) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const weight of report.weights.filter((w) => w.page === 'index.html' || w.page.startsWith('posts/'))) {
    const page = weight.page.replace(/index\.html$/, '') || '/';
    const lh = report.lighthouse?.find((row) => row.page.endsWith(page === '/' ? report.base : `/${page}`));
    const sliders = report.latency.filter((row) => row.throttle === 4 && row.page.endsWith(`/${page}`));
    const slowest = sliders.reduce((worst, row) => (!worst || row.workMedian > worst.workMedian ? row : worst), null);
    lines.push(
      `| ${page} | ${lh ? `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}` : '–'} | ` +
        `${lh ? mark(lh.lcpMs, TARGETS.lcpMs) : '–'} | ${lh ? mark(lh.tbtMs, TARGETS.tbtMs) : '–'} | ` +
        `${lh ? mark(lh.mainThreadMs, TARGETS.mainThreadMs) : '–'} | ${lh?.longTasks ?? '–'} | ` +
        `${mark(Number(kb(weight.jsUpFrontGzip)), TARGETS.jsUpFrontKb)} | ${mark(Number(kb(weight.jsGzip)), TARGETS.jsAllLiveKb)} | ` +
        `${slowest ? `${mark(Number(slowest.workMedian.toFixed(1)), TARGETS.sliderMs)} (${slowest.figure})` : '–'} |`,
    );
  }
  if (report.latency.some((row) => row.throttle === 4)) {
    lines.push(
      '',
      '<details><summary>Slider latency per figure (4× CPU, median / p95 ms)</summary>',
      '',
      '| page | figure | median | p95 |',
      '| --- | --- | --- | --- |',
    );
    for (const row of report.latency.filter((r) => r.throttle === 4)) {
      lines.push(
        `| ${row.page} | ${row.figure} | ${mark(Number(row.workMedian.toFixed(1)), TARGETS.sliderMs)} | ${row.workP95.toFixed(1)} |`,
      );
    }
    lines.push('', '</details>');
  }
  if (report.load?.length) {
    lines.push(
      '',
      '<details><summary>Loading each post on a phone at 4× CPU, Chromium counters (median of 3, ms)</summary>',
      '',
      '| page | main thread | script | style | layout | long tasks | blocking |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const row of report.load) {
      lines.push(
        `| ${row.page} | ${mark(row.mainThreadMs, TARGETS.mainThreadMs)} | ${row.scriptMs} | ${row.styleMs} | ${row.layoutMs} | ${row.longTasks} | ${mark(row.blockingMs, TARGETS.tbtMs)} |`,
      );
    }
    lines.push('', '</details>');
  }
  if (report.training?.length) {
    const steps = report.training.map((t) => `${t.activation} ${t.stepsPerSecond.toLocaleString('en-US')}`).join(', ');
    lines.push(
      '',
      `Dying-ReLU training in Chromium, steps/s (target ≥ ${TARGETS.stepsPerSecond.toLocaleString('en-US')} for ReLU, ≥ ${TARGETS.customStepsPerSecond.toLocaleString('en-US')} for a custom formula): ${steps}.`,
    );
  }
  if (report.onRequest?.length) {
    const chunks = report.onRequest.map((c) => `${c.chunk} ${(c.gzip / 1024).toFixed(1)} KB`).join(', ');
    lines.push('', `Chunks loaded on request, gzip (target ≤ ${TARGETS.onRequestKb} KB each): ${chunks}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces the README's bench section (between the markers) with `markdown`. */
export function updateReadme(path, markdown) {
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section to update`);
  writeFileSync(path, `${readme.slice(0, start + START.length)}\n${markdown}${readme.slice(end)}`);
}
