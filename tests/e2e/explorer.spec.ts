import { getActivation } from '../../src/lib/activations/registry';
import { formatNumber } from '../../src/figures/kit/format';
import { expect, liveFigure, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const sigmoid = getActivation('sigmoid');
const FIGURE = '#explorer-sigmoid';

function parts(page: Page): { figure: Locator; slider: Locator; readout: Locator; curve: Locator; marker: Locator } {
  const figure = page.locator(FIGURE);
  return {
    figure,
    slider: figure.getByRole('slider', { name: 'Probe x' }),
    readout: figure.locator('output'),
    curve: figure.locator('.panel--f path.curve'),
    marker: figure.locator('.panel--f circle.marker'),
  };
}

async function readX(readout: Locator): Promise<number> {
  const text = (await readout.textContent()) ?? '';
  const match = text.match(/at x = (−?[\d.]+)/);
  expect(match, text).not.toBeNull();
  return Number(match![1]!.replace('−', '-'));
}

test.describe('ActivationExplorer', () => {
  test('keyboard moves the probe, and the numbers agree with the registry', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    const { figure, slider, readout, marker } = parts(page);
    await liveFigure(figure);
    const before = await marker.getAttribute('cx');
    await slider.focus();
    for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => readX(readout)).toBeCloseTo(2.5, 5);
    const x = await readX(readout);
    await expect(readout).toContainText(`f(x) = ${formatNumber(sigmoid.f(x, {}))}`);
    await expect(readout).toContainText(`f′(x) = ${formatNumber(sigmoid.df(x, {}))}`);
    expect(await marker.getAttribute('cx')).not.toBe(before);
    await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`x = ${formatNumber(x)}`));
    await page.keyboard.press('Home');
    await expect.poll(() => readX(readout)).toBe(-8);
  });

  test('dragging on the plot moves the probe like a finger would', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    const { figure, readout, marker } = parts(page);
    await liveFigure(figure);
    const svg = figure.locator('.figure__plot svg');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.3, { steps: 5 });
    const mid = await readX(readout);
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.6, { steps: 5 });
    await page.mouse.up();
    const end = await readX(readout);
    expect(mid).toBeLessThan(0);
    expect(end).toBeGreaterThan(mid);
    expect(end).toBeGreaterThan(3);
    // The marker sits where the pointer let go: 80% across, in the drawing's own units.
    const cx = Number(await marker.getAttribute('cx'));
    const drawingWidth = await svg.evaluate((s: SVGSVGElement) => s.viewBox.baseVal.width);
    expect(cx / drawingWidth).toBeGreaterThan(0.7);
  });

  test('parameter sliders reshape the curve (leaky ReLU α in the compare figure)', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    const figure = page.locator('#sigmoid-vs-tanh');
    await liveFigure(figure);
    await figure.getByRole('checkbox', { name: 'Leaky ReLU' }).check();
    const alpha = figure.getByRole('slider', { name: /Leaky ReLU/ });
    await expect(alpha).toBeVisible();
    const curve = figure.locator('.panel--f path.curve').nth(2);
    const before = await curve.getAttribute('d');
    await alpha.focus();
    await page.keyboard.press('End');
    await expect.poll(() => curve.getAttribute('d')).not.toBe(before);
    await expect(figure.locator('output')).toContainText('Leaky ReLU');
  });

  test('the saturated share responds to the threshold slider', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    const { figure, readout } = parts(page);
    await liveFigure(figure);
    const share = async () => Number(((await readout.textContent()) ?? '').match(/saturated on (\d+)%/)![1]);
    const before = await share();
    await figure.getByRole('slider', { name: /threshold/ }).fill('0.1');
    await expect.poll(share).toBeGreaterThan(before);
  });

  test('state lives in the hash: a link reproduces the view, garbage falls back to defaults', async ({ page }) => {
    await page.goto('posts/sigmoid/#explorer-sigmoid.x=-3.5');
    const { figure, readout, slider } = parts(page);
    await liveFigure(figure);
    expect(await readX(readout)).toBe(-3.5);
    await expect(slider).toHaveValue('-3.5');

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('explorer-sigmoid.x=-3.49');

    for (const garbage of [
      '#explorer-sigmoid.x=NaN',
      '#explorer-sigmoid.x=1e999&explorer-sigmoid.t=<script>',
      '#%E0%A4%A',
      '#explorer-sigmoid.x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    ]) {
      await page.goto(`posts/sigmoid/${garbage}`);
      await page.reload();
      await liveFigure(figure);
      const x = await readX(readout);
      expect([2, 8]).toContain(x); // the default, or the clamp of a huge number
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure is drawn and the numbers are printed', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    const { figure, readout, curve } = parts(page);
    await expect(figure.locator('.figure__plot svg')).toBeVisible();
    expect(await curve.getAttribute('d')).toMatch(/^M/);
    await expect(readout).toContainText(`f(x) = ${formatNumber(sigmoid.f(2, {}))}`);
    // Two bands (left and right tails) in each of the two panels.
    await expect(figure.locator('.saturated rect')).toHaveCount(4);
  });
});
