import { ACTIVATIONS, getActivation } from '../../src/lib/activations/registry';
import { formatNumber } from '../../src/figures/kit/format';
import { expect, liveFigure, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_SITE_DIR } from './site';

const POST = 'posts/activation-is-all-you-need/';
const gelu = getActivation('gelu');

/**
 * The explorer's element chunk, as its loader script names it: every figure's element is an
 * `element.<hash>.js`, so the name is read from the build rather than guessed.
 */
function explorerElementChunk(): RegExp {
  const dir = join(E2E_SITE_DIR, '_astro');
  const loader = readdirSync(dir).find((f) => f.startsWith('ActivationExplorer.astro_astro_type_script'));
  const name = loader && /["/](element\.[\w-]+\.js)["']/.exec(readFileSync(join(dir, loader), 'utf8'))?.[1];
  if (!name) throw new Error(`no explorer element chunk found under ${dir}`);
  return new RegExp(`/${name.replace(/\./g, '\\.')}$`);
}

function parts(page: Page): { atlas: Locator; explorer: Locator; readout: Locator; curve: Locator } {
  const explorer = page.locator('#atlas-explorer');
  return {
    atlas: page.locator('figure.atlas'),
    explorer,
    readout: explorer.locator('output'),
    curve: explorer.locator('.panel--f path.curve').first(),
  };
}

function card(page: Page, id: string): Locator {
  return page.locator(`.atlas__card[data-activation="${id}"]`);
}

/** The explorer shows exactly this function: legend, readout, checkboxes and curve agree with the registry. */
async function expectExplorerShows(page: Page, id: string, probeX = 2): Promise<void> {
  const { explorer, readout } = parts(page);
  const a = getActivation(id);
  await expect(readout).toContainText(`${a.name} at x = ${formatNumber(probeX)}: f(x) = ${formatNumber(a.f(probeX, {}))}`);
  await expect(readout.locator('span')).toHaveCount(1);
  await expect(explorer.getByRole('checkbox', { name: a.name, exact: true })).toBeChecked();
  for (const other of ACTIVATIONS.filter((o) => o.id !== id)) {
    await expect(explorer.getByRole('checkbox', { name: other.name, exact: true })).not.toBeChecked();
  }
}

test.describe('ActivationAtlas', () => {
  test('“Open in the explorer” on the GELU card shows GELU in the explorer and scrolls to it', async ({ page }) => {
    await page.goto(POST);
    const { explorer, readout, curve } = parts(page);
    // The explorer is already running (the reader has been past it): the link reaches it through hashchange.
    await liveFigure(explorer);
    await expect(readout).toContainText('Sigmoid');
    const before = await curve.getAttribute('d');

    const link = card(page, 'gelu').getByRole('link', { name: /Open in the explorer/ });
    await link.scrollIntoViewIfNeeded();
    await expect(explorer).not.toBeInViewport();
    await link.click();

    await expect(readout).toContainText('GELU');
    await expectExplorerShows(page, 'gelu');
    await expect(readout).toContainText(`f′(x) = ${formatNumber(gelu.df(2, {}))}`);
    expect(await curve.getAttribute('d')).not.toBe(before);
    await expect(explorer.locator('[data-role="legend"]')).toHaveText('GELU');
    await expect(explorer).toBeInViewport();
    // The top of the explorer is on screen, not just its tail.
    const top = await explorer.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    expect(new URL(page.url()).hash).toBe('#atlas-explorer.act=gelu');
  });

  test('a click before the explorer’s code has loaded still opens GELU once it arrives', async ({ page }) => {
    // Hold the explorer's code back, as a slow connection would, until the click has happened.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(explorerElementChunk(), async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(POST);
    const { explorer, readout } = parts(page);
    await card(page, 'gelu').getByRole('link').click();
    expect(await explorer.locator('activation-explorer').getAttribute('data-live')).toBeNull();
    await expect(explorer).toBeInViewport();
    release();
    await expect(explorer.locator('activation-explorer')).toHaveAttribute('data-live', '', { timeout: 10_000 });
    await expect(readout).toContainText('GELU');
    await expectExplorerShows(page, 'gelu');
  });

  test('works from the keyboard: Tab to the link, Enter, then Tab carries on into the explorer', async ({ page }) => {
    await page.goto(POST);
    const { explorer } = parts(page);
    // Start on the card before GELU's and Tab forward, as a keyboard reader would.
    await card(page, 'softplus').getByRole('link').focus();
    await page.keyboard.press('Tab');
    const link = card(page, 'gelu').getByRole('link');
    await expect(link).toBeFocused();
    await expect(link).toHaveAccessibleName('Open in the explorer (GELU)');
    await page.keyboard.press('Enter');

    await expectExplorerShows(page, 'gelu');
    await expect(explorer).toBeInViewport();
    await page.keyboard.press('Tab');
    const focusedInExplorer = await page.evaluate(
      () => document.getElementById('atlas-explorer')?.contains(document.activeElement) ?? false,
    );
    expect(focusedInExplorer).toBe(true);
  });

  test('each link replaces what the explorer shows, including after the reader changed it', async ({ page }) => {
    await page.goto(POST);
    const { explorer, readout } = parts(page);
    await card(page, 'relu').getByRole('link').click();
    await expectExplorerShows(page, 'relu');

    // The reader ticks another function on; the explorer writes that to the hash (in registry order).
    await explorer.getByRole('checkbox', { name: 'Tanh', exact: true }).check();
    await expect(readout.locator('span')).toHaveCount(2);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#atlas-explorer.act=tanh~relu');

    // The sigmoid card points at the explorer's default, and still switches it back.
    await card(page, 'sigmoid').getByRole('link').click();
    await expectExplorerShows(page, 'sigmoid');
    await card(page, 'leaky-relu').getByRole('link').click();
    await expectExplorerShows(page, 'leaky-relu');
    // Leaky ReLU's α slider is shown for it, and only for it.
    await expect(explorer.getByRole('slider', { name: /Leaky ReLU/ })).toBeVisible();
    await expect(explorer.getByRole('slider', { name: /ELU: α/ })).toBeHidden();
  });

  test('a shared link opens the page at the explorer, showing that function', async ({ page }) => {
    await page.goto(`${POST}#atlas-explorer.act=mish`);
    const { explorer } = parts(page);
    // No scrolling by the test: the page must open there by itself.
    await expect(explorer.locator('activation-explorer')).toHaveAttribute('data-live', '');
    await expectExplorerShows(page, 'mish');
    await expect(explorer).toBeInViewport();
  });

  test('one card per registry function, each with a plot, its formula and a link', async ({ page }) => {
    await page.goto(POST);
    const cards = page.locator('.atlas__card');
    await expect(cards).toHaveCount(ACTIVATIONS.length);
    for (const a of ACTIVATIONS) {
      const c = card(page, a.id);
      await expect(c.getByRole('heading', { name: a.name, exact: true })).toBeVisible();
      await expect(c.getByRole('img')).toHaveAttribute('aria-label', new RegExp(`^${a.name.replace(/[()]/g, '\\$&')} for x from`));
      await expect(c.locator('.katex')).not.toHaveCount(0);
      await expect(c.getByRole('link')).toHaveAttribute('href', `#atlas-explorer.act=${a.id}`);
    }
    await expect(page.getByRole('table')).toHaveCount(1);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(ACTIVATIONS.length + 1);
  });

  test('no horizontal page scroll at 320 px; the table scrolls inside its own box', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(POST);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = page.locator('.atlas__table');
    const { client, scroll } = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(scroll).toBeGreaterThan(client);
    // Cards stack in one column on a phone.
    const xs = await page.locator('.atlas__card').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    expect(new Set(xs).size).toBe(1);
  });

  test('cards sit side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(POST);
    const tops = await page.locator('.atlas__card').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    const perRow = tops.filter((t) => t === tops[0]).length;
    expect(perRow).toBeGreaterThanOrEqual(2);
    expect(perRow).toBeLessThanOrEqual(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

test.describe('ActivationAtlas without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the atlas and the table are complete, and a link still takes the reader to the explorer', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(POST);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.locator('.atlas__card')).toHaveCount(ACTIVATIONS.length);
    for (const a of ACTIVATIONS) {
      const c = card(page, a.id);
      for (const path of await c.locator('path.curve').all()) expect(await path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      await expect(c.locator('path.curve')).toHaveCount(2);
      await expect(c.locator('.katex-html')).not.toHaveCount(0);
      const row = page.locator(`tr[data-activation="${a.id}"]`);
      await expect(row.getByRole('rowheader')).toHaveText(a.name);
      await expect(row.getByRole('cell').first()).toHaveText(a.properties.rangeText);
    }
    const { explorer } = parts(page);
    await expect(explorer).not.toBeInViewport();
    await card(page, 'gelu').getByRole('link').click();
    // No script ran, so the explorer still shows its static default, but the reader is there.
    await expect(explorer).toBeInViewport();
    await expect(parts(page).readout).toContainText('Sigmoid');
  });
});
