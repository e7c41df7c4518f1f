import type { Locator, Page } from '@playwright/test';
import { createDyingReluTrainer, type DyingReluOptions } from '../../src/lib/experiments/dying-relu';
import { runReadout } from '../../src/figures/dying-relu/readout';
import { countOf, snapshotOf } from '../../src/figures/dying-relu/snapshot';
import { animationFrames, expect, expectNoAxeViolations, test } from './fixtures';

const POST = 'posts/dying-relu/';
const BUDGET = 3000;
const BATCH = 20;
const DEFAULTS = { learningRate: 0.25, biasInit: 0, hiddenUnits: 32, seed: 1 } as const;

/** What the figure should print after `steps` steps, computed here in node by the same trainer. */
function nodeReadouts(
  steps: number,
  settings: Partial<DyingReluOptions> = {},
  variant: 'leaky-relu' | 'elu' = 'leaky-relu',
  alpha?: number,
): [string, string] {
  const run = (activation: 'relu' | 'leaky-relu' | 'elu') => {
    const trainer = createDyingReluTrainer({ ...DEFAULTS, ...settings, activation, alpha: activation === 'relu' ? undefined : alpha });
    trainer.step(steps);
    return snapshotOf(trainer.state(), activation, trainer.options.alpha);
  };
  return [runReadout(run('relu'), BUDGET), runReadout(run(variant), BUDGET)];
}

function parts(page: Page) {
  const figure = page.locator('#dying-relu');
  const element = figure.locator('dying-relu');
  return {
    figure,
    element,
    lines: figure.locator('output[data-role="readout"] > span'),
    status: figure.locator('[data-role="status"]'),
    play: figure.locator('button[data-action="play"]'),
    step: figure.getByRole('button', { name: /^Step/ }),
    reset: figure.getByRole('button', { name: 'Reset' }),
    end: figure.getByRole('button', { name: 'Skip to end' }),
    reseed: figure.getByRole('button', { name: 'New weights' }),
    lr: figure.getByRole('slider', { name: 'Learning rate' }),
    bias: figure.getByRole('slider', { name: 'Initial bias of every hidden unit' }),
    picker: figure.getByRole('combobox', { name: 'Beside ReLU, train' }),
    leakyAlpha: figure.getByRole('slider', { name: /Leaky ReLU: α/ }),
    eluAlpha: figure.getByRole('slider', { name: /ELU: α/ }),
    lossPath: (run: 0 | 1) => figure.locator(`.run--${run === 0 ? 'relu' : 'variant'} .panel--loss path.curve`),
    fitPath: (run: 0 | 1) => figure.locator(`.run--${run === 0 ? 'relu' : 'variant'} .panel--fit path.curve`),
    cells: (run: 0 | 1) => figure.locator(`.run--${run === 0 ? 'relu' : 'variant'} g.unit`),
    deadCells: (run: 0 | 1) => figure.locator(`.run--${run === 0 ? 'relu' : 'variant'} g.unit--dead`),
  };
}

async function readouts(lines: Locator): Promise<string[]> {
  return lines.allTextContents();
}

async function live(page: Page, path = POST): Promise<ReturnType<typeof parts>> {
  await page.goto(path);
  const p = parts(page);
  await expect(p.element).toHaveAttribute('data-live', '');
  return p;
}

/** Status line's "step N", as a number. */
async function stepOf(status: Locator): Promise<number> {
  const match = ((await status.textContent()) ?? '').match(/step ([\d,]+)/i);
  return match ? Number(match[1]!.replace(/,/g, '')) : -1;
}

test.describe('DyingRelu, for a reader who prefers reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('does not autoplay: it shows the build’s final state until asked', async ({ page }) => {
    const p = await live(page);
    await p.figure.scrollIntoViewIfNeeded();
    await animationFrames(page);
    await expect(p.element).toHaveAttribute('data-steps', '0');
    await expect(p.status).toContainText('Shown after 3,000 training steps');
    await expect(p.play).toHaveText('Replay training');
    await expect(p.play).toBeEnabled();
    await expect(p.step).toBeEnabled();
    expect(await readouts(p.lines)).toEqual(nodeReadouts(BUDGET));
  });

  test('Reset goes to step 0; Step advances exactly one batch, as the trainer does in node', async ({ page }) => {
    const p = await live(page);
    const finalLoss = await p.lossPath(0).getAttribute('d');
    await p.reset.click();
    expect(await readouts(p.lines)).toEqual(nodeReadouts(0));
    await expect(p.status).toHaveText('Step 0 of 3,000: press Play or Step to train.');
    await expect(p.figure.locator('.run--relu .run-step')).toHaveText('step 0');
    await expect(p.deadCells(0)).toHaveCount(0);
    expect(await p.lossPath(0).getAttribute('d')).not.toBe(finalLoss);

    await p.step.click();
    expect(await readouts(p.lines)).toEqual(nodeReadouts(BATCH));
    await expect(p.status).toHaveText(`Paused at step ${BATCH} of 3,000.`);
    await expect(p.element).toHaveAttribute('data-steps', String(2 * BATCH));
    // By step 20 the ReLU run has lost units; the leaky one has lost none.
    const dead = countOf(
      snapshotOf(
        (() => {
          const t = createDyingReluTrainer(DEFAULTS);
          t.step(BATCH);
          return t.state();
        })(),
        'relu',
        undefined,
      ).dead,
    );
    expect(dead).toBeGreaterThan(0);
    await expect(p.deadCells(0)).toHaveCount(dead);
    await expect(p.deadCells(1)).toHaveCount(0);

    await p.step.click();
    expect(await readouts(p.lines)).toEqual(nodeReadouts(2 * BATCH));
    await p.reset.click();
    expect(await readouts(p.lines)).toEqual(nodeReadouts(0));
  });

  test('Play trains (step, loss, loss curve and unit cells move); Pause stops it', async ({ page }) => {
    const p = await live(page);
    await p.reset.click();
    const before = {
      lines: await readouts(p.lines),
      loss: await p.lossPath(0).getAttribute('d'),
      fit: await p.fitPath(1).getAttribute('d'),
      cells: await p.cells(0).evaluateAll((cells) => cells.map((c) => c.getAttribute('class'))),
    };
    await p.play.click();
    await expect(p.play).toHaveText('Pause');
    await expect.poll(() => stepOf(p.status)).toBeGreaterThan(100);
    await p.play.click();
    await expect(p.play).toHaveText('Play');
    const paused = await readouts(p.lines);
    const steps = await p.element.getAttribute('data-steps');
    expect(paused).not.toEqual(before.lines);
    expect(await p.lossPath(0).getAttribute('d')).not.toBe(before.loss);
    expect(await p.fitPath(1).getAttribute('d')).not.toBe(before.fit);
    expect(await p.cells(0).evaluateAll((cells) => cells.map((c) => c.getAttribute('class')))).not.toEqual(before.cells);

    await animationFrames(page);
    expect(await readouts(p.lines)).toEqual(paused);
    await expect(p.element).toHaveAttribute('data-steps', steps!);
    // Paused at a whole number of batches, on exactly the numbers node computes there.
    const at = await stepOf(p.status);
    expect(at % BATCH).toBe(0);
    expect(paused).toEqual(nodeReadouts(at));
  });

  test('trained to the end in the browser: ReLU has dead units, leaky ReLU none, same numbers as node', async ({ page }) => {
    test.setTimeout(60_000);
    const p = await live(page);
    await p.reset.click();
    await p.play.click();
    await expect(p.status).toHaveText('Finished: 3,000 steps.', { timeout: 45_000 });
    await expect(p.play).toHaveText('Replay training');
    await expect(p.element).toHaveAttribute('data-steps', String(2 * BUDGET));
    const expected = nodeReadouts(BUDGET);
    expect(await readouts(p.lines)).toEqual(expected);
    const reluDead = Number(expected[0].match(/Dead units: (\d+) of 32/)![1]);
    expect(reluDead).toBeGreaterThan(0);
    expect(expected[1]).toContain('Dead units: 0 of 32');
    await expect(p.deadCells(0)).toHaveCount(reluDead);
    await expect(p.deadCells(1)).toHaveCount(0);
    await expect(p.cells(1)).toHaveCount(32);

    // Skip to end from step 0 lands on the same numbers.
    await p.reset.click();
    await p.end.click();
    await expect(p.status).toHaveText('Finished: 3,000 steps.');
    expect(await readouts(p.lines)).toEqual(expected);
  });

  test('sliders, picker and New weights restart training with new settings, and the numbers follow', async ({ page }) => {
    test.setTimeout(60_000);
    const p = await live(page);

    await p.lr.fill('-1');
    await expect(p.figure.locator('[data-value-for="lr"]')).toHaveText('0.1');
    await expect(p.status).toHaveText('Step 0 of 3,000: press Play or Step to train.');
    await p.end.click();
    await expect(p.status).toHaveText('Finished: 3,000 steps.');
    const lowLr = nodeReadouts(BUDGET, { learningRate: 0.1 });
    expect(await readouts(p.lines)).toEqual(lowLr);
    expect(lowLr).not.toEqual(nodeReadouts(BUDGET));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('dying-relu.lr=0.1');

    await p.bias.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect(p.figure.locator('[data-value-for="bias"]')).toHaveText('−0.5');
    // A negative bias has units dead before training starts (the redraw lands on the next frame).
    await expect.poll(() => readouts(p.lines)).toEqual(nodeReadouts(0, { learningRate: 0.1, biasInit: -0.5 }));
    await expect(p.deadCells(0)).not.toHaveCount(0);

    // Leaky ReLU's α: a steeper slope, and the right-hand run follows.
    await p.leakyAlpha.focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await expect(p.figure.locator('[data-value-for="leaky-relu-alpha"]')).toHaveText('0.1');
    await p.step.click();
    await expect.poll(() => readouts(p.lines)).toEqual(nodeReadouts(BATCH, { learningRate: 0.1, biasInit: -0.5 }, 'leaky-relu', 0.1));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('dying-relu.leaky-relu-alpha=0.1');

    await expect(p.eluAlpha).toBeHidden();
    await p.picker.selectOption('elu');
    await expect(p.eluAlpha).toBeVisible();
    await expect(p.leakyAlpha).toBeHidden();
    await expect(p.figure.locator('[data-role="variant-legend"]')).toHaveText('ELU fit');
    await p.eluAlpha.fill('0.5');
    await p.step.click();
    await expect.poll(() => readouts(p.lines)).toEqual(nodeReadouts(BATCH, { learningRate: 0.1, biasInit: -0.5 }, 'elu', 0.5));
    expect((await readouts(p.lines))[1]).toMatch(/^ELU, α = 0.5 after 20 of 3,000 steps/);

    const before = await readouts(p.lines);
    await p.reseed.click();
    await expect(p.figure.locator('[data-value-for="seed"]')).toHaveText('#2');
    await p.step.click();
    const reseeded = await readouts(p.lines);
    expect(reseeded).not.toEqual(before);
    expect(reseeded).toEqual(nodeReadouts(BATCH, { learningRate: 0.1, biasInit: -0.5, seed: 2 }, 'elu', 0.5));
  });

  test('ELU at a learning rate it cannot take prints where it diverged, never NaN', async ({ page }) => {
    const p = await live(page, `${POST}#dying-relu.act=elu&dying-relu.lr=1`);
    await p.end.click();
    await expect(p.status).toContainText('Finished');
    const [, elu] = await readouts(p.lines);
    expect(elu).toMatch(/^ELU, α = 1: Diverged at step \d+: lower the learning rate\./);
    expect(await readouts(p.lines)).toEqual(nodeReadouts(BUDGET, { learningRate: 1 }, 'elu'));
    expect(await p.figure.textContent()).not.toMatch(/NaN|Infinity|undefined/);
    await expect(p.figure.locator('.run--variant .diverged-note')).toHaveText('diverged');
  });

  test('settings live in the hash: a link restores them; training progress is not in it', async ({ page }) => {
    const p = await live(
      page,
      `${POST}#dying-relu.lr=0.05&dying-relu.bias=0.2&dying-relu.act=elu&dying-relu.elu-alpha=0.55&dying-relu.seed=7`,
    );
    await expect(p.figure.locator('[data-value-for="lr"]')).toHaveText('0.05');
    await expect(p.bias).toHaveValue('0.2');
    await expect(p.picker).toHaveValue('elu');
    await expect(p.eluAlpha).toHaveValue('0.55');
    await expect(p.figure.locator('[data-value-for="seed"]')).toHaveText('#7');
    const settings = { learningRate: 0.05, biasInit: 0.2, seed: 7 };
    // Not the build's settings, so it starts from step 0 (and, with reduced motion, waits).
    expect(await readouts(p.lines)).toEqual(nodeReadouts(0, settings, 'elu', 0.55));
    await p.step.click();
    await p.step.click();
    expect(await readouts(p.lines)).toEqual(nodeReadouts(2 * BATCH, settings, 'elu', 0.55));

    await p.lr.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/dying-relu\.lr=0\.051[0-9]*/);
    // The hash was written after the two steps, so progress would be in it by now.
    expect(await page.evaluate(() => location.hash)).not.toMatch(/step/);
    await page.reload();
    await expect(p.element).toHaveAttribute('data-live', '');
    await expect(p.figure.locator('[data-value-for="lr"]')).toHaveText(/^0\.051/);
    await expect(p.picker).toHaveValue('elu');
  });

  test('a garbage or hostile hash gives the defaults, and the build’s final state', async ({ page }) => {
    const expected = nodeReadouts(BUDGET);
    for (const garbage of [
      '#dying-relu.lr=NaN&dying-relu.bias=Infinity',
      '#dying-relu.act=relu&dying-relu.seed=-4.5e-999',
      '#dying-relu.lr=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&dying-relu.act=__proto__',
      '#%E0%A4%A',
    ]) {
      await page.goto(`${POST}${garbage}`);
      await page.reload();
      const p = parts(page);
      await expect(p.element).toHaveAttribute('data-live', '');
      expect(await readouts(p.lines), garbage).toEqual(expected);
      await expect(p.figure.locator('[data-value-for="lr"]')).toHaveText('0.25');
      await expect(p.picker).toHaveValue('leaky-relu');
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });

  test('axe finds nothing after interaction (the loaded post is checked in site.spec)', async ({ page }) => {
    const p = await live(page);
    await p.reset.click();
    await p.step.click();
    await expectNoAxeViolations(page);
  });
});

test.describe('DyingRelu, for a reader who does not mind motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('replays from step 0 once it scrolls into view, then stops at the end', async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1000, height: 600 });
    const p = await live(page);
    const box = await p.figure.locator('.figure__plot').boundingBox();
    expect(box!.y, 'the figure should start below the fold').toBeGreaterThan(600);
    await animationFrames(page);
    await expect(p.element).toHaveAttribute('data-steps', '0');
    await p.figure.locator('.figure__plot').scrollIntoViewIfNeeded();
    await expect.poll(async () => Number(await p.element.getAttribute('data-steps'))).toBeGreaterThan(0);
    await expect(p.status).toHaveText('Finished: 3,000 steps.', { timeout: 45_000 });
    expect(await readouts(p.lines)).toEqual(nodeReadouts(BUDGET));
    // Scrolling away and back does not replay again.
    const steps = await p.element.getAttribute('data-steps');
    await page.evaluate(() => window.scrollTo(0, 0));
    await p.figure.locator('.figure__plot').scrollIntoViewIfNeeded();
    await animationFrames(page);
    await expect(p.element).toHaveAttribute('data-steps', steps!);
  });

  test('changing a setting restarts training and plays it', async ({ page }) => {
    const p = await live(page);
    await p.figure.locator('.figure__plot').scrollIntoViewIfNeeded();
    await p.end.click();
    await expect(p.status).toHaveText('Finished: 3,000 steps.');
    const before = await readouts(p.lines);
    expect(before).toEqual(nodeReadouts(BUDGET));
    await p.bias.fill('0.5');
    // It plays again from step 0 with the new bias: at the end the numbers are the trainer's for
    // bias 0.5 (which differ from the default run's), not the run that was on screen.
    await expect(p.play).toHaveText('Pause');
    expect(await stepOf(p.status)).toBeLessThan(BUDGET);
    await p.end.click();
    await expect(p.status).toHaveText('Finished: 3,000 steps.');
    const expected = nodeReadouts(BUDGET, { biasInit: 0.5 });
    expect(expected).not.toEqual(before);
    expect(await readouts(p.lines)).toEqual(expected);
  });
});

test.describe('DyingRelu without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the final state is drawn and printed, as the trainer computes it', async ({ page }) => {
    await page.goto(POST);
    const p = parts(page);
    await expect(p.figure.locator('.figure__plot svg')).toBeVisible();
    const expected = nodeReadouts(BUDGET);
    expect(await readouts(p.lines)).toEqual(expected);
    await expect(p.status).toContainText('Shown after 3,000 training steps');
    await expect(p.cells(0)).toHaveCount(32);
    await expect(p.deadCells(0)).toHaveCount(Number(expected[0].match(/Dead units: (\d+)/)![1]));
    await expect(p.deadCells(1)).toHaveCount(0);
    expect(await p.lossPath(0).getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(await p.fitPath(1).getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    await expect(p.figure.locator('fieldset.figure__controls')).toHaveAttribute('disabled', '');
    await expect(p.play).toBeDisabled();
    await expect(p.lr).toBeDisabled();
  });
});
