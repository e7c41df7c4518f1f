import { expect, expectNoAxeViolations, sitemapPaths, test } from './fixtures';
import { E2E_BASE } from './site';

/** Rules whose outcome depends on the colour theme: the dark pass runs only these. */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

// The one accessibility pass over the whole site: every page once with every axe rule in the
// light theme, then its colours again in the dark theme (the reader's toggle, no reload).
test('every page loads cleanly, renders its math and passes axe, light and dark', async ({ page }) => {
  test.setTimeout(300_000); // axe on every page of a growing site
  await page.emulateMedia({ colorScheme: 'light' });
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(4);
  for (const path of [...paths, `${E2E_BASE}no-such-page/`]) {
    await test.step(path, async () => {
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
      // The choice is remembered; the next page starts light again like a new reader's.
      await page.evaluate(() => localStorage.clear());
    });
  }
});

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
