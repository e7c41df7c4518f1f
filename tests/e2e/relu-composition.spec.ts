import { DEFAULT_RELU_SUM, largestGap, reluInterpolant, reluSumText, RELU_TARGET, type ReluSum } from '../../src/lib/experiments/relu-sum';
import { formatNumber } from '../../src/figures/kit/format';
import { expect, liveFigure, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const POST = 'posts/activation-is-all-you-need/';
const ID = 'relu-composition';

function parts(page: Page): { figure: Locator; readout: Locator; sum: Locator; slider: (name: string) => Locator } {
  const figure = page.locator(`#${ID}`);
  return {
    figure,
    readout: figure.locator('output'),
    sum: figure.locator('path.curve--sum'),
    slider: (name: string) => figure.getByRole('slider', { name, exact: true }),
  };
}

/** The sum the sliders currently describe, read from the sliders themselves. */
async function sumFromSliders(page: Page): Promise<ReluSum> {
  const { slider } = parts(page);
  const value = async (name: string) => Number(await slider(name).inputValue());
  const units = [];
  for (let n = 1; n <= 4; n++) units.push({ knot: await value(`Unit ${n}: kink at x`), weight: await value(`Unit ${n}: slope change`) });
  return { constant: await value('Constant c'), units };
}

/** What the readout must say for this sum, computed by the same model code the figure runs. */
function expectedReadout(sum: ReluSum): string[] {
  const { gap, x } = largestGap(RELU_TARGET.f, sum, ...RELU_TARGET.domain);
  return [`Sum: ${reluSumText(sum)}`, `Largest gap from x² on [−2, 2]: ${formatNumber(gap)}, at x = ${formatNumber(x)}`];
}

async function live(page: Page): Promise<void> {
  await liveFigure(parts(page).figure);
}

test.describe('ReluComposition', () => {
  test('moving a kink with the keyboard bends the sum; Fit makes it meet the target again', async ({ page }) => {
    await page.goto(POST);
    await live(page);
    const { readout, sum, slider, figure } = parts(page);
    await expect(readout.locator('span')).toHaveText(expectedReadout(DEFAULT_RELU_SUM));
    const before = await sum.getAttribute('d');

    const kink = slider('Unit 3: kink at x');
    await kink.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(kink).toHaveValue('0.5');
    await expect(kink).toHaveAttribute('aria-valuetext', 'x = 0.5');
    await expect.poll(() => sum.getAttribute('d')).not.toBe(before);
    const moved = await sumFromSliders(page);
    await expect(readout.locator('span')).toHaveText(expectedReadout(moved));
    expect(largestGap(RELU_TARGET.f, moved, -2, 2).gap).toBeGreaterThan(0.5);

    await figure.getByRole('button', { name: 'Fit slopes to the kinks' }).click();
    // Joining x² at −1 and 0.5 takes a slope change of 2.5 at −1 (was 2).
    await expect.poll(async () => (await sumFromSliders(page)).units[1]!.weight).toBe(2.5);
    const fitted = await sumFromSliders(page);
    // The fit joins x² at −2, −1, 0.5, 1 and 2 (slopes rounded to the sliders' 0.1 steps).
    const exact = reluInterpolant(RELU_TARGET.f, [-2, -1, 0.5, 1, 2]);
    fitted.units.forEach((u, i) => expect(u.weight).toBeCloseTo(exact.units[i]!.weight, 1));
    await expect(readout.locator('span')).toHaveText(expectedReadout(fitted));
    expect(largestGap(RELU_TARGET.f, fitted, -2, 2).gap).toBeLessThan(0.6);
  });

  test('slope and constant sliders change the curve and the printed sum; Reset restores it; the hash keeps it', async ({ page }) => {
    await page.goto(POST);
    await live(page);
    const { readout, sum, slider, figure } = parts(page);
    const before = await sum.getAttribute('d');
    await slider('Unit 4: slope change').fill('-1');
    await slider('Constant c').fill('3');
    await expect.poll(() => sum.getAttribute('d')).not.toBe(before);
    const changed = await sumFromSliders(page);
    expect(changed).toMatchObject({ constant: 3, units: [{}, {}, {}, { weight: -1 }] });
    await expect(readout.locator('span')).toHaveText(expectedReadout(changed));
    await expect(figure.locator('[data-value-for="w4"]')).toHaveText('−1');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`${ID}.w4=-1`);

    // A shared link reproduces the view.
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await live(page);
    await expect(parts(page).readout.locator('span')).toHaveText(expectedReadout(changed));

    await parts(page).figure.getByRole('button', { name: 'Reset' }).click();
    await expect(parts(page).readout.locator('span')).toHaveText(expectedReadout(DEFAULT_RELU_SUM));
    expect(await sumFromSliders(page)).toEqual(DEFAULT_RELU_SUM);
  });

  test('garbage in the hash gives the default sum', async ({ page }) => {
    await page.goto(`${POST}#${ID}.k1=NaN&${ID}.w2=<script>&${ID}.c=1e999`);
    await live(page);
    const sum = await sumFromSliders(page);
    expect(sum.units[0]!.knot).toBe(DEFAULT_RELU_SUM.units[0]!.knot);
    expect(sum.units[1]!.weight).toBe(DEFAULT_RELU_SUM.units[1]!.weight);
    expect(sum.constant).toBe(DEFAULT_RELU_SUM.constant);
  });
});

test.describe('ReluComposition without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure is drawn with its numbers, controls disabled', async ({ page }) => {
    await page.goto(POST);
    const { figure, readout, sum } = parts(page);
    expect(await sum.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    await expect(figure.locator('path.curve--unit')).toHaveCount(4);
    await expect(readout.locator('span')).toHaveText(expectedReadout(DEFAULT_RELU_SUM));
    for (const name of ['Constant c', 'Unit 1: kink at x', 'Unit 4: slope change']) await expect(parts(page).slider(name)).toBeDisabled();
    await expect(figure.getByRole('button', { name: 'Reset' })).toBeDisabled();
  });
});
