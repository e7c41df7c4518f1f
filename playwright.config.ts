import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';
import { E2E_BASE, E2E_PORT, E2E_SITE_DIR } from './tests/e2e/site';

// scripts/test.mjs builds the site under a deep base path into E2E_SITE_DIR first, and finds
// (or installs) Chromium; running `npx playwright test` alone expects both to be done.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry: on a loaded 2-core CI machine a drag can land while a figure is still settling. A
  // test that passes only on its retry is reported as flaky by name at the end of `npm test`; a
  // real bug fails both tries.
  retries: 1,
  // Generous: axe on a long post with a dozen figures takes a while on a 2-core CI machine.
  timeout: 90_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_FLAGS },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --dir ${E2E_SITE_DIR} --base ${E2E_BASE} --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
