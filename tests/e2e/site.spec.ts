import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { E2E_BASE, E2E_SITE_DIR } from './site';

/** Rules whose outcome depends on the colour theme: the dark pass runs only these. */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/** Every page the built sitemap lists, read from disk so that each page is a test of its own. */
const SITEMAP_PATHS = readdirSync(E2E_SITE_DIR)
  .filter((name) => /^sitemap-\d+\.xml$/.test(name))
  .flatMap((name) => [...readFileSync(join(E2E_SITE_DIR, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
  .map((match) => new URL(match[1]!).pathname);

test('the sitemap lists the pages a reader expects', () => {
  expect(SITEMAP_PATHS.length).toBeGreaterThanOrEqual(4);
  expect(SITEMAP_PATHS).toContain(E2E_BASE);
});

// The one accessibility pass over the whole site: every page once with every axe rule in the
// light theme, then its colours again in the dark theme (the reader's toggle, no reload).
for (const path of [...SITEMAP_PATHS, `${E2E_BASE}no-such-page/`]) {
  test(`${path} loads cleanly, renders its math and passes axe, light and dark`, async ({ page }) => {
    test.setTimeout(180_000); // axe on a long post with a dozen figures, on a busy 2-core machine
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path.includes('no-such-page') ? 404 : 200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
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
