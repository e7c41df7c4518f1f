import { expect, expectNoAxeViolations, sitemapPaths, test } from './fixtures';

test('every page in the sitemap loads cleanly, renders its math and passes axe', async ({ page }) => {
  test.setTimeout(300_000); // axe on every page of a growing site
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(4);
  for (const path of paths) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.katex-error')).toHaveCount(0);
      await expectNoAxeViolations(page);
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
  await page.getByRole('link', { name: /Sigmoid/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sigmoid');
});
