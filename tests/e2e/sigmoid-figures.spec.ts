import { layerGradients, type DepthActivation } from '../../src/lib/experiments/depth';
import type { InitScheme } from '../../src/lib/experiments/mlp';
import { saturation } from '../../src/lib/experiments/saturation';
import { zigzag } from '../../src/lib/experiments/zigzag';
import { formatNumber, formatPercent } from '../../src/figures/kit/format';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const POST = 'posts/sigmoid/';
const SAT = '#saturation-sigmoid';
const DEPTH = '#depth-gradients';
const ZIG = '#zigzag-descent';

/** What the experiments say the figures must print, computed here from the math modules. */
function saturationLine(activation: 'sigmoid' | 'tanh', weightScale: number, seed = 1): string {
  const r = saturation({ activation, weightScale, seed, units: 1000, fanIn: 100, threshold: 0.01 });
  return `Saturated: ${formatPercent(r.saturatedFraction)} of 1,000 units (|f′(z)| < 1% of peak)Standard deviation of z: ${formatNumber(r.std)}`;
}

function depthLine(depth: number, activation: DepthActivation, init: InitScheme, seed = 1): string {
  const g = layerGradients({ depth, activation, init, seed, width: 32, samples: 4 });
  const norms = g.preActivationGradientNorms;
  return `Layer 1 gets ${formatNumber(norms[0]! / norms[depth - 1]!, 2)} of the gradient that reaches layer ${depth}`;
}

function zigzagLines(batchSize: number, learningRate: number, seed = 1): string[] {
  return (['positive', 'centred'] as const).map((inputs) => {
    const r = zigzag({ inputs, batchSize, learningRate, seed });
    const name = inputs === 'positive' ? 'Positive inputs' : 'Zero-centred inputs';
    const steps =
      r.stepsToConverge === null
        ? `not at the target after ${r.stepSigns.length.toLocaleString('en-US')} steps`
        : `at the target after ${r.stepsToConverge.toLocaleString('en-US')} steps`;
    return `${name}: ${steps}; ${formatPercent(r.sameSignShare)} of updates same-sign`;
  });
}

async function live(page: Page, id: string): Promise<Locator> {
  const figure = page.locator(id);
  await expect(figure.locator('[data-live]')).toHaveCount(1);
  return figure;
}

const text = async (locator: Locator): Promise<string> => (await locator.textContent()) ?? '';

/** Waits until the readout contains every expected piece (exact strings, no-break spaces included). */
async function expectReadout(figure: Locator, ...pieces: string[]): Promise<void> {
  const readout = figure.locator('output');
  for (const piece of pieces) await expect.poll(() => text(readout), { message: piece }).toContain(piece);
}

test.describe('SaturationHistogram', () => {
  test('the log slider moves the weight scale: histogram, marker and numbers follow the experiment', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, SAT);
    await expectReadout(figure, saturationLine('sigmoid', 1));
    const slider = figure.getByRole('slider', { name: 'Initial weight scale (log slider)' });
    const marker = figure.locator('.panel--curve circle.marker');
    const middleBar = figure.locator('.panel--hist rect.bar').nth(20);
    const before = {
      cx: await marker.getAttribute('cx'),
      bar: await middleBar.getAttribute('height'),
      bound: await figure.locator('.bound line').first().getAttribute('x1'),
    };

    await slider.focus();
    for (let i = 0; i < 26; i++) await page.keyboard.press('ArrowLeft'); // log10(scale) 0 → −1.3
    await expectReadout(figure, saturationLine('sigmoid', 10 ** -1.3), 'at weight scale 0.05;');
    await expect(figure.locator('[data-value-for="w"]')).toHaveText('0.05');
    await expect(slider).toHaveAttribute('aria-valuetext', 'weight scale 0.05');
    expect(await text(figure.locator('output'))).toMatch(/^Saturated: 0% /);
    expect(Number(await marker.getAttribute('cx'))).toBeLessThan(Number(before.cx));
    expect(await middleBar.getAttribute('height')).not.toBe(before.bar);
    // The axis zooms in on the narrow distribution: the saturation bound moves outwards on screen.
    expect(await figure.locator('.bound line').first().getAttribute('x1')).not.toBe(before.bound);
    // No unit reaches the shaded tails: every bar out there is empty.
    const tailHeights = await figure
      .locator('.panel--hist rect.bar--saturated')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    expect(tailHeights.length).toBeGreaterThan(0);
    expect(tailHeights.every((h) => h === 0)).toBe(true);

    await slider.fill('0.5'); // scale √10
    await expectReadout(figure, saturationLine('sigmoid', 10 ** 0.5), 'at weight scale 3.2;');
    expect(Number(await marker.getAttribute('cx'))).toBeGreaterThan(Number(before.cx));
  });

  test('switching to tanh moves the shaded zones inwards and prints tanh’s share', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, SAT);
    // As a share of the drawing's width: the live draw may be at another size than the build's.
    const boundX = () =>
      figure
        .locator('.bound line')
        .nth(1)
        .evaluate((line: SVGLineElement) => line.x1.baseVal.value / line.ownerSVGElement!.viewBox.baseVal.width);
    const before = await boundX();
    await figure.getByRole('radio', { name: 'Tanh' }).check();
    await expectReadout(figure, saturationLine('tanh', 1), 'tanh saturates beyond |z| = 2.99');
    expect(Number(await boundX())).toBeLessThan(Number(before));
    await figure.getByRole('radio', { name: 'Sigmoid' }).check();
    await expectReadout(figure, saturationLine('sigmoid', 1));
  });

  test('New sample draws another layer', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, SAT);
    const bars = async () =>
      (await figure.locator('.panel--hist rect.bar').evaluateAll((els) => els.map((e) => e.getAttribute('height')))).join();
    const before = await bars();
    await figure.getByRole('button', { name: 'New sample' }).click();
    await expect(figure.locator('[data-value-for="seed"]')).toHaveText('#2');
    await expectReadout(figure, saturationLine('sigmoid', 1, 2));
    await expect.poll(bars).not.toBe(before);
  });
});

test.describe('DepthGradients', () => {
  test('the depth slider adds layers: one point per layer, ratio from a real backward pass', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, DEPTH);
    await expectReadout(figure, depthLine(20, 'sigmoid', 'glorot'));
    const markers = figure.locator('circle.marker');
    await expect(markers).toHaveCount(20);
    const path = figure.locator('path.curve.series-1');
    const before = await path.getAttribute('d');
    const slider = figure.getByRole('slider', { name: 'Depth (layers)' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(markers).toHaveCount(30);
    await expectReadout(figure, depthLine(30, 'sigmoid', 'glorot'));
    await expect(slider).toHaveAttribute('aria-valuetext', '30 layers');
    expect(await path.getAttribute('d')).not.toBe(before);
    await slider.fill('5');
    await expect(markers).toHaveCount(5);
    await expectReadout(figure, depthLine(5, 'sigmoid', 'glorot'));
    await page.keyboard.press('Home');
    await expect(markers).toHaveCount(1);
    await expectReadout(figure, 'With a single layer');
  });

  test('the sigmoid bound line is drawn for sigmoid only; activation and init change the numbers', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, DEPTH);
    const bound = figure.locator('.bound path');
    const legend = figure.locator('[data-role="bound-legend"]');
    await expect(bound).toHaveCount(1);
    await expect(legend).toBeVisible();
    const firstMarker = figure.locator('circle.marker').first();
    // Drawn live once (at the plot's size, which may not be the build's), then compared.
    await figure.getByRole('combobox', { name: 'Activation' }).selectOption('tanh');
    await expectReadout(figure, depthLine(20, 'tanh', 'glorot'));
    await figure.getByRole('combobox', { name: 'Activation' }).selectOption('sigmoid');
    await expectReadout(figure, depthLine(20, 'sigmoid', 'glorot'));
    const y0 = Number(await firstMarker.getAttribute('cy'));

    await figure.getByRole('combobox', { name: 'Activation' }).selectOption('tanh');
    await expectReadout(figure, depthLine(20, 'tanh', 'glorot'));
    await expect(bound).toHaveCount(0);
    await expect(legend).toBeHidden();

    await figure.getByRole('combobox', { name: 'Activation' }).selectOption('relu');
    await figure.getByRole('radio', { name: 'He' }).check();
    await expectReadout(figure, depthLine(20, 'relu', 'he'));
    await figure.getByRole('radio', { name: /naive/ }).check();
    await expectReadout(figure, depthLine(20, 'relu', 'naive'));

    await figure.getByRole('combobox', { name: 'Activation' }).selectOption('sigmoid');
    await figure.getByRole('radio', { name: 'Glorot' }).check();
    await expectReadout(figure, depthLine(20, 'sigmoid', 'glorot'));
    await expect(bound).toHaveCount(1);
    expect(Number(await firstMarker.getAttribute('cy'))).toBeCloseTo(y0, 1);
  });

  test('New sample draws another network', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, DEPTH);
    const path = figure.locator('path.curve.series-1');
    const before = await path.getAttribute('d');
    await figure.getByRole('button', { name: 'New sample' }).click();
    await expectReadout(figure, depthLine(20, 'sigmoid', 'glorot', 2));
    await expect.poll(() => path.getAttribute('d')).not.toBe(before);
  });
});

test.describe('ZigzagDescent', () => {
  test('the batch slider turns the staircase into mixed steps; numbers follow the experiment', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, ZIG);
    await expectReadout(figure, ...zigzagLines(1, 0.5));
    const mixed = figure.locator('.panel--positive path.steps--mixed');
    const same = figure.locator('.panel--positive path.steps--same');
    expect(await mixed.getAttribute('d')).toBe('');
    const sameBefore = await same.getAttribute('d');
    const slider = figure.getByRole('slider', { name: 'Batch size (examples per update)' });
    await slider.focus();
    await page.keyboard.press('End');
    await expectReadout(figure, ...zigzagLines(64, 0.5));
    await expect(slider).toHaveAttribute('aria-valuetext', 'batch size 64');
    expect(await mixed.getAttribute('d')).toMatch(/^M/);
    expect(await same.getAttribute('d')).not.toBe(sameBefore);
    await slider.fill('8');
    await expectReadout(figure, ...zigzagLines(8, 0.5));
  });

  test('the learning-rate slider changes the steps and the step counts', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, ZIG);
    const centred = figure.locator('.panel--centred path.steps--mixed');
    const before = await centred.getAttribute('d');
    const slider = figure.getByRole('slider', { name: 'Learning rate (share of the largest safe step)' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expectReadout(figure, ...zigzagLines(1, 0.55));
    await expect(figure.locator('[data-value-for="lr"]')).toHaveText('0.55');
    expect(await centred.getAttribute('d')).not.toBe(before);
    await page.keyboard.press('Home');
    await expectReadout(figure, ...zigzagLines(1, 0.05));
    // Too small a step for 2,000 updates: the figure marks where the run stopped.
    await expect(figure.locator('.panel--positive circle.end')).toHaveCount(1);
  });

  test('New sample draws other data and another order', async ({ page }) => {
    await page.goto(POST);
    const figure = await live(page, ZIG);
    const path = figure.locator('.panel--positive path.steps--same');
    const before = await path.getAttribute('d');
    await figure.getByRole('button', { name: 'New sample' }).click();
    await expectReadout(figure, ...zigzagLines(1, 0.5, 2));
    await expect.poll(() => path.getAttribute('d')).not.toBe(before);
  });
});

test.describe('figure state in the URL', () => {
  test('controls write the hash, and the hash restores the view', async ({ page }) => {
    await page.goto(POST);
    const sat = await live(page, SAT);
    const depth = await live(page, DEPTH);
    const zig = await live(page, ZIG);
    await sat.getByRole('slider', { name: /weight scale/ }).fill('-1');
    await sat.getByRole('radio', { name: 'Tanh' }).check();
    await depth.getByRole('slider', { name: 'Depth (layers)' }).fill('7');
    await depth.getByRole('combobox', { name: 'Activation' }).selectOption('leaky-relu');
    await zig.getByRole('slider', { name: /Batch size/ }).fill('16');
    await zig.getByRole('button', { name: 'New sample' }).click();
    // The hash holds exactly the changed settings (in whatever order the figures write them).
    await expect
      .poll(() => page.evaluate(() => location.hash.slice(1).split('&').sort()))
      .toEqual([
        'depth-gradients.act=leaky-relu',
        'depth-gradients.depth=7',
        'saturation-sigmoid.act=tanh',
        'saturation-sigmoid.w=-1',
        'zigzag-descent.batch=16',
        'zigzag-descent.seed=2',
      ]);

    await page.reload();
    for (const id of [SAT, DEPTH, ZIG]) await live(page, id);
    await expectReadout(sat, saturationLine('tanh', 0.1));
    await expect(sat.getByRole('radio', { name: 'Tanh' })).toBeChecked();
    await expect(sat.getByRole('slider', { name: /weight scale/ })).toHaveValue('-1');
    await expectReadout(depth, depthLine(7, 'leaky-relu', 'glorot'));
    await expect(depth.locator('circle.marker')).toHaveCount(7);
    await expect(depth.getByRole('combobox', { name: 'Activation' })).toHaveValue('leaky-relu');
    await expectReadout(zig, ...zigzagLines(16, 0.5, 2));
    await expect(zig.getByRole('slider', { name: /Batch size/ })).toHaveValue('16');
  });

  test('garbage in the hash gives the defaults, with no exception', async ({ page }) => {
    const garbage = [
      '#saturation-sigmoid.w=NaN&saturation-sigmoid.act=<script>alert(1)</script>&saturation-sigmoid.seed=1e999',
      '#depth-gradients.depth=Infinity&depth-gradients.act=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&depth-gradients.init=__proto__',
      '#zigzag-descent.batch=-0x10&zigzag-descent.lr=%E0%A4%A&zigzag-descent.seed=abc',
      '#%E0%A4%A&&&===&depth-gradients.seed=9007199254740993',
    ];
    for (const hash of garbage) {
      await page.goto(`${POST}${hash}`);
      await page.reload();
      const sat = await live(page, SAT);
      const depth = await live(page, DEPTH);
      const zig = await live(page, ZIG);
      await expectReadout(sat, saturationLine('sigmoid', 1));
      await expectReadout(zig, ...zigzagLines(1, 0.5));
      await expect(depth.locator('circle.marker')).toHaveCount(20);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    // Out-of-range numbers are clamped to the nearest valid value rather than dropped.
    await page.goto(`${POST}#depth-gradients.depth=999&zigzag-descent.batch=1e9`);
    await page.reload();
    await expectReadout(await live(page, DEPTH), depthLine(30, 'sigmoid', 'glorot'));
    await expectReadout(await live(page, ZIG), ...zigzagLines(64, 0.5));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all three figures are drawn and their numbers printed', async ({ page }) => {
    await page.goto(POST);
    const sat = page.locator(SAT);
    await expect(sat.locator('.figure__plot svg')).toBeVisible();
    await expect(sat.locator('.panel--hist rect.bar')).toHaveCount(40);
    await expect(sat.locator('.saturated rect')).toHaveCount(2);
    expect(await text(sat.locator('output'))).toContain(saturationLine('sigmoid', 1));

    const depth = page.locator(DEPTH);
    await expect(depth.locator('circle.marker')).toHaveCount(20);
    expect(await depth.locator('path.curve.series-1').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(await text(depth.locator('output'))).toContain(depthLine(20, 'sigmoid', 'glorot'));

    const zig = page.locator(ZIG);
    expect(await zig.locator('.panel--positive path.steps--same').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(await zig.locator('.panel--centred path.steps--mixed').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    for (const line of zigzagLines(1, 0.5)) expect(await text(zig.locator('output'))).toContain(line);

    // Controls are there but disabled: nothing pretends to work.
    for (const figure of [sat, depth, zig]) {
      await expect(figure.getByRole('slider').first()).toBeDisabled();
      await expect(figure.getByRole('button', { name: 'New sample' })).toBeDisabled();
    }
  });
});
