import { expect, liveFigure, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { compileReaderFormula } from '../../src/figures/kit/reader-formula-compile';
import { saturationHistogramConfig } from '../../src/figures/saturation-histogram/config';
import { saturationHistogramModel } from '../../src/figures/saturation-histogram/model';
import { depthGradientsConfig } from '../../src/figures/depth-gradients/config';
import { depthGradientsModel } from '../../src/figures/depth-gradients/model';
import { sparsityConfig } from '../../src/figures/sparsity-histogram/config';
import { sparsityModel } from '../../src/figures/sparsity-histogram/model';

/** The Lab figure, live, and its parts. */
async function lab(
  page: Page,
  hash = '',
): Promise<Record<'figure' | 'formula' | 'params' | 'readout' | 'error' | 'badge' | 'gaps', Locator>> {
  await page.goto(`lab/${hash}`);
  const figure = await liveFigure(page.locator('#lab'));
  return {
    figure,
    formula: figure.getByRole('textbox', { name: 'f(x) =' }),
    params: figure.getByRole('textbox', { name: 'Parameters' }),
    readout: figure.locator('output'),
    error: figure.locator('[data-role="error"]'),
    badge: figure.locator('[data-role="badge"]'),
    gaps: figure.locator('[data-role="gaps"]'),
  };
}

/** Clears a text box and types into it with the keyboard, as a reader would. */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.focus();
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
  await box.pressSequentially(text);
}

test.describe('Lab', () => {
  test('type x * sigmoid(x) and read f(1), f′(1), f″(1) off the figure; reload from the URL', async ({ page }) => {
    const { formula, params, readout, badge } = await lab(page);
    await typeInto(params, '');
    await typeInto(formula, 'x * sigmoid(x)');
    await expect(readout).toHaveText('At x = 1: f(1) = 0.7311, f′(1) = 0.9277, f″(1) = 0.3024');
    await expect(badge).toHaveAttribute('data-pass', 'true');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('lab.f=x * sigmoid(x)');
    await page.reload();
    await liveFigure(page.locator('#lab'));
    await expect(page.locator('#lab output')).toHaveText('At x = 1: f(1) = 0.7311, f′(1) = 0.9277, f″(1) = 0.3024');
    await expect(page.locator('#lab').getByRole('textbox', { name: 'f(x) =' })).toHaveValue('x * sigmoid(x)');
  });

  test('a bad formula points at its column and keeps the last good one on screen', async ({ page }) => {
    const { formula, readout, error } = await lab(page);
    await typeInto(formula, 'x * tan(x)');
    await expect(error).toContainText("unknown function 'tan'");
    await expect(error).toContainText('column 5');
    await expect(formula).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#lab mark')).toHaveText('tan');
    // While typing, "x" was the last text that compiled: it is still what is drawn.
    await expect(readout).toHaveText('At x = 1: f(1) = 1, f′(1) = 1, f″(1) = 0');
    await typeInto(formula, 'x');
    await expect(error).toBeHidden();
    await expect(formula).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('presets load with one click, parameters get sliders, gaps are explained', async ({ page }) => {
    const { figure, formula, readout, gaps } = await lab(page);
    await figure.getByRole('button', { name: 'Step' }).click();
    await expect(formula).toHaveValue('step(x)');
    await expect(readout).toHaveText('At x = 1: f(1) = 1, f′(1) = 0, f″(1) = 0');
    await expect(figure.getByRole('slider', { name: 'Parameter b' })).toBeHidden();
    await figure.getByRole('button', { name: 'Swish-β' }).click();
    const slider = figure.getByRole('slider', { name: 'Parameter b' });
    await expect(slider).toBeVisible();
    await slider.focus();
    await slider.press('Home');
    await expect(readout).toContainText('f(1) = 0.5,');
    await typeInto(formula, 'exp(exp(x))');
    await expect(gaps).toContainText(/f is not finite on \[6\.56\d*, 8\]/);
    await expect(figure).not.toContainText('NaN');
  });

  test('keyboard only: presets and the probe', async ({ page }) => {
    const { figure, formula, readout } = await lab(page);
    await formula.focus();
    // Tab from the formula box to the parameters box, then to the first preset.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(figure.getByRole('button', { name: 'Swish-β' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(formula).toHaveValue('x * tanh(softplus(x))');
    await figure.getByRole('slider', { name: 'Probe x' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(readout).toContainText('At x = 1.01');
  });

  test('exports show the code', async ({ page }) => {
    const { figure } = await lab(page);
    const code = figure.locator('[data-role="export-text"]');
    await figure.getByRole('button', { name: 'Copy as PyTorch' }).click();
    await expect(code).toContainText('nn.Module');
    await figure.getByRole('button', { name: 'Copy as JAX' }).click();
    await expect(code).toContainText('jax');
    await figure.getByRole('button', { name: 'Copy as registry entry' }).click();
    await expect(code).toContainText('Activation = {');
  });

  test('trains the function beside ReLU, and refuses one that is not finite on its data', async ({ page }) => {
    const { figure, formula } = await lab(page);
    const status = figure.locator('[data-role="train-status"]');
    const results = figure.locator('[data-role="train-results"]');
    await figure.getByRole('button', { name: 'Train both' }).click();
    await expect(status).toContainText('Done: 3,000 steps', { timeout: 30_000 });
    await expect(results).toContainText(/Your function: loss [\d.]+/);
    await expect(results).toContainText(/ReLU: loss [\d.]+ after 3,000 steps; \d+ of 32 units dead/);
    const speed = Number(await figure.locator('formula-lab').getAttribute('data-train-steps-per-second'));
    console.log(`custom activation trainer: ${speed} steps/s`);
    expect(speed).toBeGreaterThan(0);
    await typeInto(formula, 'log(x)');
    await expect(results).toBeHidden();
    await figure.getByRole('button', { name: 'Train both' }).click();
    await expect(status).toContainText('Not trained: This function is not finite at x = ');
  });

  const HOSTILE = [
    'constructor',
    '__proto__',
    'x.constructor',
    'alert(1)',
    '1e309',
    `${'('.repeat(10_000)}x${')'.repeat(10_000)}`,
    'ｘ * sigmoid(x)',
    'х',
    '',
    '<img src=x onerror=alert(1)>',
  ];

  test('hostile strings typed into the box: a message, nothing injected', async ({ page }) => {
    const { formula, error, figure } = await lab(page);
    for (const text of HOSTILE) {
      // Deep parentheses are pasted, not typed key by key (20,000 key presses).
      if (text.length > 100) await formula.fill(text);
      else await typeInto(formula, text);
      await expect(error, text.slice(0, 40)).toBeVisible();
      expect((await error.textContent())!.length).toBeGreaterThan(10);
      await expect(figure).not.toContainText('NaN');
    }
    expect(await page.locator('#lab img').count()).toBe(0);
  });

  test('a link with a formula over 200 characters shows the default and says why', async ({ page }) => {
    const long = `x${' + x'.repeat(60)}`;
    const { formula, readout, error } = await lab(page, `#lab.f=${encodeURIComponent(long)}`);
    await expect(error).toContainText('formula is 241 characters; the limit is 200');
    await expect(formula).toHaveValue(long);
    await expect(formula).toHaveAttribute('aria-invalid', 'true');
    // The default, Swish-β at b = 1, is what is drawn.
    await expect(readout).toHaveText('At x = 1: f(1) = 0.7311, f′(1) = 0.9277, f″(1) = 0.3024');
  });

  test('hostile strings in the URL: a message or the default, nothing injected', async ({ page }) => {
    for (const text of [...HOSTILE, 'x'.repeat(1_000_000)]) {
      const { readout, figure } = await lab(page, `#lab.f=${encodeURIComponent(text)}`);
      await expect(readout).toContainText('At x = 1:');
      await expect(figure).not.toContainText('NaN');
      expect(await page.locator('#lab img').count()).toBe(0);
    }
  });
});

/** What each experiment figure on the Lab page prints for a formula, from the figures' own models run here in node. */
function experimentReadouts(formula: string): Record<'lab-saturation' | 'lab-depth' | 'lab-sparsity', readonly string[]> {
  const reader = compileReaderFormula(formula, '');
  const size = { width: 640, height: 400 };
  const sat = saturationHistogramConfig({ id: 'lab-saturation' });
  const depth = depthGradientsConfig({ id: 'lab-depth' });
  const sparsity = sparsityConfig({ id: 'lab-sparsity' });
  return {
    'lab-saturation': saturationHistogramModel({ ...sat, weightScale: 10 ** sat.logScale, idPrefix: sat.id, reader, ...size }).readout,
    'lab-depth': depthGradientsModel({ ...depth, reader, ...size }).readout,
    'lab-sparsity': sparsityModel({ ...sparsity, reader, ...size }).readout,
  };
}

test.describe('Your function in the experiments', () => {
  test('type x * sigmoid(x) and each experiment prints what the same experiment gives in node', async ({ page }) => {
    const { formula, params, readout } = await lab(page);
    await typeInto(params, '');
    await typeInto(formula, 'x * sigmoid(x)');
    await expect(readout).toHaveText('At x = 1: f(1) = 0.7311, f′(1) = 0.9277, f″(1) = 0.3024');
    for (const [id, lines] of Object.entries(experimentReadouts('x * sigmoid(x)'))) {
      const figure = await liveFigure(page.locator(`#${id}`));
      await expect(figure.locator('output > span')).toHaveText([...lines]);
      await expect(figure).not.toContainText('NaN');
    }
    // The sparsity figure draws the reader's function in sigmoid's place.
    await expect(page.locator('#lab-sparsity output')).toContainText('Your function: 0%.');
  });

  test('the atlas card follows the formula typed into the Lab, and links to it', async ({ page }) => {
    const { formula, params } = await lab(page);
    const card = await liveFigure(page.locator('#reader-card'));
    await expect(card.locator('[data-role="formula"]')).toHaveText('f(x) = x * sigmoid(b * x); b in [0, 5] = 1');
    await expect(card.locator('[data-role="properties"] li')).toContainText(['Zero-centred: no', 'Saturates: left']);
    await typeInto(params, '');
    await typeInto(formula, 'tanh(x)');
    await expect(card.getByRole('heading')).toHaveText('Your function');
    await expect(card.locator('[data-role="formula"]')).toHaveText('f(x) = tanh(x)');
    await expect(card.locator('[data-role="properties"] li')).toContainText(['Zero-centred: yes', 'Saturates: both']);
    await expect(card.getByRole('img')).toHaveAttribute(
      'aria-label',
      /^Your function for x from −4 to 4: f\(x\), solid line, rises from −0\.999 to 0\.999/,
    );
    await expect(card.getByRole('link', { name: /Open in the explorer/ })).toHaveAttribute('href', '#lab.f=tanh(x)&lab.p=');
    await expect(card).not.toContainText('NaN');
  });

  test('a function not finite on an experiment’s values is refused there with a message', async ({ page }) => {
    const { formula, params } = await lab(page);
    await typeInto(params, '');
    await typeInto(formula, 'log(x)');
    const figure = await liveFigure(page.locator('#lab-sparsity'));
    await expect(figure.locator('output')).toContainText('Your function is not finite at x = −');
    await expect(figure.locator('output')).toContainText('Showing sigmoid instead.');
    await expect(figure).not.toContainText('NaN');
  });
});

test.describe('A formula in a post figure’s link', () => {
  test('the saturation histogram in the sigmoid post runs the formula from its hash, and says why it refuses an over-long one', async ({
    page,
  }) => {
    const sat = saturationHistogramConfig({});
    const expected = saturationHistogramModel({
      ...sat,
      weightScale: 10 ** sat.logScale,
      idPrefix: sat.id,
      reader: compileReaderFormula('x * sigmoid(x)', ''),
      width: 640,
      height: 400,
    }).readout;
    await page.goto(`posts/sigmoid/#saturation-sigmoid.f=${encodeURIComponent('x * sigmoid(x)')}`);
    const figure = await liveFigure(page.locator('#saturation-sigmoid'));
    await expect(figure.locator('output > span')).toHaveText([...expected]);
    // Sigmoid or tanh would change nothing while the formula is drawn: the choice says so.
    await expect(figure.getByRole('radio', { name: 'Tanh' })).toBeDisabled();
    await expect(figure.locator('[data-reason-for="act"]')).toHaveText('Your function is drawn in place of sigmoid and tanh.');
    await page.goto(`posts/sigmoid/#saturation-sigmoid.f=${encodeURIComponent(`x${' + x'.repeat(60)}`)}`);
    await page.reload();
    const again = await liveFigure(page.locator('#saturation-sigmoid'));
    await expect(again.locator('output')).toContainText(
      'Your formula: formula is 241 characters; the limit is 200 (column 201). Showing sigmoid instead.',
    );
    await expect(again).not.toContainText('NaN');
    await expect(again.getByRole('radio', { name: 'Tanh' })).toBeEnabled();
    await expect(again.locator('[data-reason-for="act"]')).toBeHidden();
  });
});

test.describe('Try your own in an explorer', () => {
  test('type x * sigmoid(x) and read f(1) = 0.7311, f′(1) = 0.9277 beside sigmoid', async ({ page }) => {
    await page.goto('posts/sigmoid/#explorer-sigmoid.x=1');
    const figure = await liveFigure(page.locator('#explorer-sigmoid'));
    await figure.getByText('Try your own').click();
    const box = figure.getByRole('textbox', { name: 'f(x) =' });
    await expect(box).toBeEnabled();
    await box.pressSequentially('x * sigmoid(x)');
    await expect(figure.locator('[data-role="custom-readout"]')).toHaveText('Your function at x = 1: f(1) = 0.7311, f′(1) = 0.9277');
    await expect(figure.locator('[data-role="legend"]')).toContainText('Your function');
    await expect(figure.locator('.panel--f path.curve')).toHaveCount(2);
    await box.press('End');
    await box.pressSequentially(' * tan(x)');
    await expect(figure.locator('[data-role="custom-message"]')).toContainText("unknown function 'tan'");
    await expect(figure.locator('[data-role="custom-readout"]')).toHaveText('Your function at x = 1: f(1) = 0.7311, f′(1) = 0.9277');
  });
});

test.describe('Lab without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the explanation and every preset as a built figure', async ({ page }) => {
    await page.goto('lab/');
    await expect(page.getByRole('heading', { name: 'Lab: bring your own activation' })).toBeVisible();
    await expect(page.locator('.lab-presets figure svg')).toHaveCount(6);
    await expect(page.locator('#preset-step')).toContainText('step(x)');
    await expect(page.locator('#lab output')).toContainText('f(1) = 0.7311');
  });
});
