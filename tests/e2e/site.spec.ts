import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, liveFigure, test } from './fixtures';
import { builtSitemapPaths, E2E_BASE } from './site';

/** Rules whose outcome depends on the colour theme: the dark pass runs only these. */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

const SITEMAP_PATHS = builtSitemapPaths();

test('the sitemap lists the pages a reader expects', () => {
  expect(SITEMAP_PATHS.length).toBeGreaterThanOrEqual(4);
  expect(SITEMAP_PATHS).toContain(E2E_BASE);
});

/**
 * Pages that share a template with another page get the whole axe pass once: every tag page is
 * the tag template with another list, so the tag index and the first tag page stand for them (and
 * tests/build/blog.test.ts checks every tag page's heading and list).
 * Each post has its own prose, math and figures, so every post is checked.
 */
const TAG_PAGE = /\/tags\/[^/]+\/$/;
const FIRST_TAG_PAGE = SITEMAP_PATHS.filter((path) => TAG_PAGE.test(path)).sort()[0];
const AXE_PATHS = SITEMAP_PATHS.filter((path) => !TAG_PAGE.test(path) || path === FIRST_TAG_PAGE);

async function loadsCleanly(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(path.includes('no-such-page') ? 404 : 200);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.katex-error')).toHaveCount(0);
}

// The one accessibility pass over the site: each page once with every axe rule in the light
// theme, its figures live as a reader would see them, then its colours again in the dark theme
// (the reader's toggle, no reload).
for (const path of [...AXE_PATHS, `${E2E_BASE}no-such-page/`]) {
  test(`${path} loads cleanly, renders its math and passes axe with its figures live, light and dark`, async ({ page }) => {
    test.setTimeout(180_000); // axe on a long post with a dozen figures, on a busy 2-core machine
    await page.emulateMedia({ colorScheme: 'light' });
    await loadsCleanly(page, path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    for (const figure of await page.locator('figure:has([data-config])').all()) await liveFigure(figure);
    await expectNoAxeViolations(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page, THEME_RULES);
  });
}

test('posts render KaTeX math from our own fonts', async ({ page }) => {
  await page.goto('posts/sigmoid/');
  await expect(page.locator('.katex-display').first()).toBeVisible();
  const fontsLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded').length;
  });
  expect(fontsLoaded).toBeGreaterThan(0);
});

test('an unknown path gets the 404 page, under the base path, with working links', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Back to all posts' }).click();
  await expect(page).toHaveURL(/\/a\/b-c\/$/);
});

test('the home page lists the sigmoid post and leads to it', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('link', { name: /Sigmoid/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sigmoid');
});
