import type { Page } from '@playwright/test';
import { expect, liveFigure, test } from './fixtures';
import { BY_FRESH_LOAD, BY_HASH_CHANGE } from '../helpers/hostile-values';
import { builtSitemapPaths } from './site';

/** The fresh loads come first: the figures must be live to hear the hash changes that follow. */
const HOSTILE_VALUES: readonly string[] = [...BY_FRESH_LOAD, ...BY_HASH_CHANGE];
const FRESH_LOAD = new Set<string>(BY_FRESH_LOAD);

/** Each post is a test of its own, so the two browser workers share them. */
const POSTS = builtSitemapPaths().filter((p) => p.includes('/posts/'));

/** Figure ids on the page and the state keys each one's controls use. */
async function figuresOn(page: Page): Promise<{ id: string; keys: string[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure[id]')]
      .filter((f) => f.querySelector('[data-config]'))
      .map((f) => ({
        id: f.id,
        keys: [...new Set([...f.querySelectorAll<HTMLElement>('input[data-key], select[data-key]')].map((i) => i.dataset.key!))],
      })),
  );
}

/** NaN or Infinity anywhere a reader could see it: text, SVG geometry, slider text. */
async function brokenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const figure of document.querySelectorAll('figure[id]')) {
      // A number-format line may say in words that a formula "gives NaN" or "f′ is NaN from x = …"
      // (the atlas keeps them in [data-lines]): that is the figure's finding, not a broken number.
      const words = (el: Element) => el.closest('[data-lines]') !== null;
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/NaN|undefined/.test((node.textContent ?? '').replace(/\b(is|gives) NaN\b/g, '')) && !words(node.parentElement!))
          found.push(`${figure.id}: text ${node.textContent?.slice(0, 40)}`);
      }
      for (const el of figure.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/NaN|Infinity|undefined/.test(attr.value) && attr.name !== 'data-config' && attr.name !== 'data-lines')
            found.push(`${figure.id}: ${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
    }
    return found;
  });
}

for (const path of POSTS) {
  test(`hostile values in every figure’s URL hash on ${path} give a working figure, no exception, nothing injected`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(path);
    const figures = await figuresOn(page);
    for (const [i, value] of HOSTILE_VALUES.entries()) {
      const hash = figures.flatMap(({ id, keys }) => keys.map((key) => `${id}.${key}=${encodeURIComponent(value)}`)).join('&');
      if (FRESH_LOAD.has(value)) {
        await page.goto(`${path}#${hash}`);
        await page.reload(); // a fresh load reads the hash as a shared link would
        for (const { id } of figures) await liveFigure(page.locator(`#${id}`));
      } else {
        // The live figures read a changed hash through the same code as a load (readFigureState):
        // no reload per value. Every figure takes it, so wait until each has drawn once.
        expect(i, 'the first value must be a fresh load: figures must be live to hear hash changes').toBeGreaterThan(0);
        const ids = figures.filter((f) => f.keys.length > 0).map((f) => f.id);
        const allDrew = await page.evaluate(
          ({ hash, ids }) =>
            new Promise<boolean>((resolve) => {
              const waiting = new Set(ids);
              const drawn = (e: Event): void => {
                waiting.delete((e.target as Element).closest('figure')?.id ?? '');
                if (waiting.size === 0) resolve(true);
              };
              document.addEventListener('figurerender', drawn);
              location.hash = hash;
              setTimeout(() => resolve(false), 5000);
            }),
          { hash, ids },
        );
        expect(allDrew, `${path}: every figure redraws for the hash with ${value.slice(0, 30)}`).toBe(true);
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(await brokenNumbers(page), `${path} with ${value.slice(0, 30)}`).toEqual([]);
    }
  });

  test(`every slider on ${path} at its extremes never puts NaN on screen`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    for (const { id } of await figuresOn(page)) await liveFigure(page.locator(`#${id}`));
    const sliders = page.locator('figure[id] input[type="range"]');
    const count = await sliders.count();
    for (let i = 0; i < count; i++) {
      const slider = sliders.nth(i);
      if (!(await slider.isVisible()) || (await slider.isDisabled())) continue;
      for (const key of ['End', 'Home']) {
        await slider.focus();
        await page.keyboard.press(key);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await brokenNumbers(page), `${path} slider ${i} at ${key}`).toEqual([]);
      }
    }
  });
}
