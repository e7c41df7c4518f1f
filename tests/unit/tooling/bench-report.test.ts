import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownReport, updateReadme } from '../../../scripts/bench/report.mjs';

const BASE = '/bench/deep-base/';
const report = {
  date: '2026-12-02T00:00:00.000Z',
  machine: '2 × test CPU',
  base: BASE,
  lighthouseRuns: 3,
  weights: [
    { page: 'index.html', jsUpFrontGzip: 2048, jsGzip: 2048 },
    { page: 'posts/sigmoid/index.html', jsUpFrontGzip: 3072, jsGzip: 34 * 1024 },
    { page: 'tags/index.html', jsUpFrontGzip: 0, jsGzip: 0 },
  ],
  lighthouse: [
    {
      page: BASE,
      performance: 100,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: 900,
      tbtMs: 0,
      mainThreadMs: 500,
      longTasks: 0,
    },
    {
      page: `${BASE}posts/sigmoid/`,
      performance: 96,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: 1680,
      tbtMs: 202,
      mainThreadMs: 3200,
      longTasks: 11,
    },
  ],
  latency: [
    { page: `${BASE}posts/sigmoid/`, throttle: 4, figure: 'activation-explorer#a', workMedian: 3.5, workP95: 6 },
    { page: `${BASE}posts/sigmoid/`, throttle: 4, figure: 'depth-gradients#d', workMedian: 8.1, workP95: 9 },
    { page: `${BASE}posts/sigmoid/`, throttle: 1, figure: 'depth-gradients#d', workMedian: 2, workP95: 3 },
  ],
  training: [{ activation: 'relu', stepsPerSecond: 25_000 }],
};

describe('bench report', () => {
  it('has a row per post and the home page, with what misses its target in bold', () => {
    const markdown = markdownReport(report);
    expect(markdown).toContain('| / | 100 / 100 / 100 / 100 | 900 | 0 | 500 | 0 | 2 | 2 | – |');
    expect(markdown).toContain(
      '| posts/sigmoid/ | 96 / 100 / 100 / 100 | **1680** | **202** | **3200** | 11 | 3 | **34** | **8.1** (depth-gradients#d) |',
    );
    expect(markdown).not.toContain('tags/');
    expect(markdown).toContain('| activation-explorer#a | 3.5 | 6.0 |');
    expect(markdown).toContain('relu 25,000');
  });

  it('replaces only the README section between its markers, and refuses a README without them', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'README.md');
    writeFileSync(file, 'intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\noutro\n');
    updateReadme(file, 'new table\n');
    expect(readFileSync(file, 'utf8')).toBe('intro\n<!-- bench:start -->\nnew table\n<!-- bench:end -->\noutro\n');
    writeFileSync(file, 'no markers\n');
    expect(() => updateReadme(file, 'x')).toThrow(/no <!-- bench:start -->/);
  });
});
