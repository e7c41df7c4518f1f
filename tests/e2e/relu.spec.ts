import { sparsity, SPARSITY_FIGURE_DEFAULTS } from '../../src/lib/experiments/sparsity';
import { formatCount, formatShare } from '../../src/lib/format';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const POST = 'posts/relu/';
const FIGURE = '#sparsity';

/** What the figure should say for a bias and seed, from the experiment itself. */
function expected(bias: number, seed: number) {
  const { zeroFraction, outputs } = sparsity({ ...SPARSITY_FIGURE_DEFAULTS, bias, seed });
  const zeroCount = outputs.filter((y) => y === 0).length;
  return {
    zeroFraction,
    readout: `ReLU: ${formatShare(zeroFraction)} of units output exactly 0. Sigmoid: 0%.`,
    label: `exactly 0: ${formatCount(zeroCount)} units`,
  };
}

function parts(page: Page) {
  const figure = page.locator(FIGURE);
  return {
    figure,
    element: figure.locator('sparsity-histogram'),
    slider: figure.getByRole('slider', { name: 'Bias of every unit' }),
    button: figure.getByRole('button', { name: 'New sample' }),
    readout: figure.locator('output'),
    zeroBar: figure.locator('.panel--relu rect.bar--zero'),
    zeroLabel: figure.locator('.panel--relu .zero-label'),
    reluBars: figure.locator('.panel--relu [data-key="bars"] rect'),
    sigmoidBars: figure.locator('.panel--sigmoid [data-key="bars"] rect'),
  };
}

/** The zero bar's height as a share of the panel's 0–100% axis. */
async function zeroBarShare(figure: Locator): Promise<number> {
  const height = Number(await figure.locator('.panel--relu rect.bar--zero').getAttribute('height'));
  const base = Number(await figure.locator('.panel--relu line[data-key="base"]').getAttribute('y1'));
  const top = Number(await figure.locator('.panel--relu [data-key="grid"] line[data-key="y1"]').getAttribute('y1'));
  return height / (base - top);
}

async function heights(bars: Locator): Promise<string> {
  return (await bars.evaluateAll((rects) => rects.map((r) => r.getAttribute('height')))).join(',');
}

async function expectView(page: Page, bias: number, seed: number): Promise<void> {
  const { figure, readout, zeroLabel, slider } = parts(page);
  const want = expected(bias, seed);
  await expect(readout).toContainText(want.readout);
  await expect(zeroLabel).toHaveText(want.label);
  await expect(slider).toHaveValue(String(bias));
  await expect(figure.locator('[data-value-for="seed"]')).toHaveText(`#${seed}`);
  expect(await zeroBarShare(figure)).toBeCloseTo(want.zeroFraction, 2);
  // Sigmoid never outputs exactly 0: its panel has no zero bar, whatever the bias.
  await expect(figure.locator('.panel--sigmoid rect.bar--zero')).toHaveCount(0);
}

test.describe('SparsityHistogram', () => {
  test('the keyboard moves the bias; the bars and the printed share follow the experiment', async ({ page }) => {
    await page.goto(POST);
    const { element, slider, reluBars, sigmoidBars, readout } = parts(page);
    await expect(element).toHaveAttribute('data-live', '');
    await expectView(page, 0, 1);
    const before = { relu: await heights(reluBars), sigmoid: await heights(sigmoidBars), text: await readout.textContent() };

    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expectView(page, -1, 1);
    expect(await heights(reluBars)).not.toBe(before.relu);
    expect(await heights(sigmoidBars)).not.toBe(before.sigmoid);
    expect(await readout.textContent()).not.toBe(before.text);
    await expect(slider).toHaveAttribute('aria-valuetext', `bias -1, ${formatShare(expected(-1, 1).zeroFraction)} of ReLU units exactly 0`);

    await page.keyboard.press('End');
    await expectView(page, 2, 1);
    await page.keyboard.press('Home');
    await expectView(page, -2, 1);
  });

  test('fill sets the bias directly', async ({ page }) => {
    await page.goto(POST);
    const { element, slider, zeroBar } = parts(page);
    await expect(element).toHaveAttribute('data-live', '');
    const before = await zeroBar.getAttribute('height');
    await slider.fill('1.5');
    await expectView(page, 1.5, 1);
    expect(await zeroBar.getAttribute('height')).not.toBe(before);
    await slider.fill('-0.35');
    await expectView(page, -0.35, 1);
  });

  test('"New sample" draws another layer, and the numbers still agree with sparsity()', async ({ page }) => {
    await page.goto(POST);
    const { element, button, reluBars, readout } = parts(page);
    await expect(element).toHaveAttribute('data-live', '');
    const before = { bars: await heights(reluBars), text: await readout.textContent() };
    await button.click();
    await expectView(page, 0, 2);
    expect(await heights(reluBars)).not.toBe(before.bars);
    expect(await readout.textContent()).not.toBe(before.text);
    await button.click();
    await expectView(page, 0, 3);
  });

  test('state lives in the hash: a link reproduces the view', async ({ page }) => {
    await page.goto(POST);
    const { element, slider, button } = parts(page);
    await expect(element).toHaveAttribute('data-live', '');
    await slider.fill('-0.75');
    await button.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/sparsity\.bias=-0\.75/);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/sparsity\.seed=2/);
    const hash = await page.evaluate(() => location.hash);

    await page.goto('about:blank');
    await page.goto(`${POST}${hash}`);
    await expect(element).toHaveAttribute('data-live', '');
    await expectView(page, -0.75, 2);
  });

  test('a garbage hash gives the defaults, without an exception', async ({ page }) => {
    const { element } = parts(page);
    for (const garbage of [
      '#sparsity.bias=NaN&sparsity.seed=abc',
      '#sparsity.bias=<script>alert(1)</script>&sparsity.seed=Infinity',
      '#%E0%A4%A',
      '#sparsity.bias=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&sparsity.seed=-1e999',
      `#sparsity.bias=${'9'.repeat(5000)}`,
    ]) {
      await page.goto('about:blank');
      await page.goto(`${POST}${garbage}`);
      await expect(element).toHaveAttribute('data-live', '');
      await expectView(page, 0, 1);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });

  test('out-of-range values in the hash are clamped to the slider', async ({ page }) => {
    await page.goto(`${POST}#sparsity.bias=7&sparsity.seed=0`);
    await expect(parts(page).element).toHaveAttribute('data-live', '');
    await expectView(page, 2, 1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure is drawn and the numbers are printed', async ({ page }) => {
    await page.goto(POST);
    const { figure, readout, zeroBar, zeroLabel, reluBars, sigmoidBars, slider, button } = parts(page);
    await expect(figure.locator('.figure__plot svg')).toBeVisible();
    await expect(readout).toContainText(expected(0, 1).readout);
    await expect(zeroLabel).toHaveText(expected(0, 1).label);
    await expect(zeroBar).toHaveCount(1);
    expect(Number(await zeroBar.getAttribute('height'))).toBeGreaterThan(50);
    expect(await reluBars.count()).toBeGreaterThan(5);
    expect(await sigmoidBars.count()).toBeGreaterThan(5);
    // Controls that could not do anything are shown disabled rather than broken.
    await expect(slider).toBeDisabled();
    await expect(button).toBeDisabled();
  });
});
