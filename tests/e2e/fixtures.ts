import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { E2E_PORT } from './site';

/**
 * A `page` that watches like a careful reader's devtools: any console error, uncaught
 * exception, failed or 4xx/5xx request, or request to another host fails the test at the end.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    const origin = `http://127.0.0.1:${E2E_PORT}`;
    // Tests that ask for a missing page on purpose use paths containing `no-such-page`.
    const expectedMissing = (url: string): boolean => url.includes('/no-such-page');
    page.on('console', (message) => {
      if (message.type() === 'error' && !expectedMissing(message.location().url)) problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A navigation cancels what the previous page still had in flight: not a broken link.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another host: ${url}`);
    });
    page.on('response', (response) => {
      // The 404 page is expected where a test asks for a missing page on purpose.
      if (response.status() >= 400 && !expectedMissing(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

/**
 * Fails with the list of violations, each with its rule, impact and the offending nodes.
 * `rules` narrows the check to those axe rules (e.g. colour contrast after a theme switch).
 */
export async function expectNoAxeViolations(page: Page, rules?: string[]): Promise<void> {
  // Only violations are collected: listing every passing node is most of axe's time on a long post.
  // Legacy mode runs axe in the page in one pass; the default mode runs it per frame and then
  // finishes in a second, blank page, which took three times as long on a long post (sigmoid:
  // 7.3 s against 2.4 s) and buys nothing here: our pages have no cross-origin frames.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const results = await (
    rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
  ).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Paths of every page in the sitemap, relative to the base (so `page.goto` resolves them). */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const sitemap of index.match(/<loc>[^<]+<\/loc>/g) ?? []) {
    const url = new URL(sitemap.slice(5, -6));
    const body = await (await page.request.get(`.${url.pathname.replace(/^.*\/(sitemap-[^/]+)$/, '/$1')}`)).text();
    for (const loc of body.match(/<loc>[^<]+<\/loc>/g) ?? []) paths.push(new URL(loc.slice(5, -6)).pathname);
  }
  return paths;
}

/**
 * Brings a figure into view and waits until it is live. Figures load their code only when they
 * come near the viewport, as they do for a reader scrolling down.
 */
export async function liveFigure(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('[data-config]').first()).toHaveAttribute('data-live', '');
  return figure;
}

/**
 * Waits for `count` animation frames in the page. Playback and redraws advance once per frame,
 * so frames, not milliseconds, are what "nothing moved meanwhile" has to wait for.
 */
export async function animationFrames(page: Page, count = 10): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const next = (left: number): void => void (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
        next(n);
      }),
    count,
  );
}
