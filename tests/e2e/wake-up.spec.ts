import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * A figure wakes up on the build's drawing: no model run and no redraw at load unless the hash
 * carries its state or neither of the build's drawings (wide, and narrow for phones) fits its
 * box; the first touch still redraws at once.
 */

/** Counts `figurerender` events per figure from the first script on. */
async function countRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts: Record<string, number> = {};
    document.addEventListener('figurerender', (e) => {
      const id = (e.target as Element).closest('figure')?.id ?? '?';
      counts[id] = (counts[id] ?? 0) + 1;
    });
    Object.defineProperty(window, '__renders', { value: counts });
  });
}

async function everyFigureLive(page: Page): Promise<void> {
  // Figures further down come to life at idle time; scroll through so each one is near once.
  for (const figure of await page.locator('[data-config]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-live', '');
  }
}

/**
 * Every post (all have figures). Not the Lab page: its figures that follow the Lab are built with
 * sigmoid and take the Lab's formula when they wake, which is a redraw by design for now.
 */
const PAGES_WITH_FIGURES = [
  'posts/activation-is-all-you-need/',
  'posts/sigmoid/',
  'posts/relu/',
  'posts/leaky-relu/',
  'posts/dying-relu/',
  'posts/initialisation/',
  'posts/number-formats/',
  'posts/choosing-an-activation/',
  'posts/modern-activations/',
];

// A phone (the build's narrow drawing fits its taller boxes) and a desktop (the wide drawing,
// scaled by at most 1.24): neither computes a figure at load.
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    // Reduced motion: the dying-ReLU trainer then waits for Play instead of animating when seen.
    test.use({ viewport, reducedMotion: 'reduce' });

    test('no figure on any page redraws at load, and each shows a drawing of its box shape', async ({ page }) => {
      await countRenders(page);
      for (const path of PAGES_WITH_FIGURES) {
        await page.goto(path);
        await everyFigureLive(page);
        // A phone's drawings arrive as files of their own (narrowScenesOnRequest): wait for each.
        const mismatched = (): Promise<(string | undefined)[]> =>
          page.locator('.figure__plot > svg').evaluateAll((svgs) =>
            svgs
              .filter((s) => {
                const box = s.getBoundingClientRect();
                const { width, height } = (s as SVGSVGElement).viewBox.baseVal;
                return Math.abs(width / height / (box.width / box.height) - 1) > 0.03;
              })
              .map((s) => s.closest('figure')?.id),
          );
        await expect.poll(mismatched, { message: path }).toEqual([]);
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const renders = await page.evaluate(() => (window as unknown as { __renders: Record<string, number> }).__renders);
        expect(renders, path).toEqual({});
      }
    });
  });
}

test.describe('figures wake up on the build drawing', () => {
  // Plots about 680 px wide: the build's 640 px scenes fit them (builtSceneFits).
  test.use({ viewport: { width: 720, height: 900 } });

  test('the first slider move right after load redraws the figure', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    for (const figure of await page.locator('[data-config]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-live', '');
      const slider = figure.locator('input[type="range"]:not([hidden] *)').first();
      if ((await slider.count()) === 0) continue;
      const svg = figure.locator('svg').first();
      const before = await svg.innerHTML();
      const moved = await slider.evaluate((input: HTMLInputElement) => {
        const rendered = new Promise((resolve) =>
          input.closest('[data-config]')!.addEventListener('figurerender', resolve, { once: true }),
        );
        input.value = input.value === input.max ? input.min : input.max;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return Promise.race([rendered.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
      });
      expect(moved, (await figure.getAttribute('data-config')) ?? '').toBe(true);
      expect(await svg.innerHTML()).not.toBe(before);
    }
  });

  test('a hash with a figure state is drawn at load', async ({ page }) => {
    await countRenders(page);
    await page.goto('posts/sigmoid/#explorer-sigmoid.x=2.5');
    const figure = page.locator('#explorer-sigmoid');
    await expect(figure.locator('[data-config]')).toHaveAttribute('data-live', '');
    await expect(figure.locator('output')).toContainText('x = 2.5');
  });
});

test.describe('on a small phone', () => {
  // A 288 px plot is narrower than the narrow drawing's 380 px can scale to (0.8×): one redraw.
  test.use({ viewport: { width: 320, height: 640 } });

  test('a figure near the viewport is redrawn once, at idle, to its box shape', async ({ page }) => {
    await countRenders(page);
    await page.goto('posts/sigmoid/');
    const figure = page.locator('#explorer-sigmoid');
    await figure.scrollIntoViewIfNeeded();
    const svg = figure.locator('svg').first();
    await expect
      .poll(async () =>
        svg.evaluate((s: SVGSVGElement) => {
          const box = s.getBoundingClientRect();
          return Math.abs(s.viewBox.baseVal.width / s.viewBox.baseVal.height / (box.width / box.height) - 1) < 0.02;
        }),
      )
      .toBe(true);
    const renders = await page.evaluate(() => (window as unknown as { __renders: Record<string, number> }).__renders['explorer-sigmoid']);
    expect(renders).toBe(1);
  });
});
