#!/usr/bin/env node
/**
 * `npm test`: every check, in the order a failure is cheapest to explain.
 *   1. lint (ESLint, Prettier)        4. workflow schema + a build under a deep base path
 *   2. unit + DOM tests (vitest)      5. build tests (vitest over the built site)
 *   3. astro check (types)            6. browser tests (Playwright on real Chromium)
 * Runs every step even when one fails, then prints one plain `N passed, N failed` line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';

const E2E = { base: '/a/b-c/', site: 'https://example.test', dir: '.tmp/site' };
mkdirSync('.tmp', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const flakyTests = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check (type check, build): counts as one test. */
function step(label, command, args, env) {
  const ok = run(label, command, args, env);
  record(label, ok ? 1 : 0, ok ? 0 : 1, 0);
  return ok;
}

function record(label, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (failed > 0) failures.push(`${label}: ${failed} failed`);
}

function vitestStep(label, project, env = {}) {
  const out = `.tmp/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = run(label, 'vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
  if (!report) return record(label, 0, 1, 0);
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  record(label, report.numPassedTests, failed, report.numPendingTests + report.numTodoTests);
}

function playwrightStep(label, env) {
  const out = '.tmp/playwright-results.json';
  rmSync(out, { force: true });
  const ok = run(label, 'playwright', ['test'], env);
  const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : null;
  if (!report) return record(label, 0, 1, 0);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  record(label, expected + flaky, unexpected + (ok || unexpected > 0 ? 0 : 1), skipped);
  flakyTests.push(...flakyTitles(report.suites ?? []));
}

/** "file › title" of each test that failed and then passed on its retry, from Playwright's JSON report. */
function flakyTitles(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).filter((spec) => spec.tests.some((t) => t.status === 'flaky')).map((spec) => `${spec.file} › ${spec.title}`),
    ...flakyTitles(suite.suites ?? []),
  ]);
}

step('Lint (ESLint)', 'eslint', ['--cache', '--cache-location', '.tmp/eslintcache', '.']);
step('Formatting (Prettier)', 'prettier', ['--check', '--cache', '--log-level', 'warn', '.']);
vitestStep('Unit and DOM tests', 'unit');
step('Type check (astro check)', 'astro', ['check', '--minimumSeverity', 'warning']);
const workflows = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f));
for (const file of workflows) step(`Workflow schema: ${file}`, 'action-validator', [`.github/workflows/${file}`]);
const built = step(`Build under base ${E2E.base}`, 'astro', ['build', '--outDir', E2E.dir], {
  BASE_PATH: E2E.base,
  SITE_URL: E2E.site,
});

if (built) {
  vitestStep('Build tests', 'build', { E2E_SITE_DIR: E2E.dir });
  let chromium = null;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(`\n✗ ${error.message}`);
    record('Browser tests', 0, 1, 0);
  }
  if (chromium) playwrightStep('Browser tests', { CHROME_PATH: chromium });
} else {
  record('Build tests and browser tests (not run: the build failed)', 0, 1, 0);
}

console.log('');
if (flakyTests.length > 0) console.log(`Passed only on a retry (flaky): ${flakyTests.join('; ')}`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
