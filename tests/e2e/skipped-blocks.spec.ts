import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { builtSitemapPaths, E2E_PORT } from './site';

/**
 * A post's text blocks below the screen are skipped until the reader nears them
 * (`content-visibility: auto`, global.css). Skipping must cost the reader nothing: the same layout,
 * focus rings that are not cut off, and the math fonts fetched before the reader scrolls there.
 */
const POST = 'posts/sigmoid/';
const POSTS = builtSitemapPaths().filter((path) => /\/posts\/[^/]+\/$/.test(path));

/** Every element's box in the article, as text, so two layouts compare line by line. */
async function articleBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('article *'), (element) => {
      const box = element.getBoundingClientRect();
      return `${element.tagName} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
    }),
  );
}

/** The boxes once they stop changing: blocks are found near the viewport a frame after they are
 * parsed, and only then are their fonts asked for and laid out with. */
async function settledBoxes(page: Page): Promise<string[]> {
  let last: string[] = [];
  await expect
    .poll(
      async () => {
        await page.evaluate(() => document.fonts.ready);
        const now = await articleBoxes(page);
        const same = now.join('\n') === last.join('\n');
        last = now;
        return same;
      },
      { intervals: [100, 250, 500] },
    )
    .toBe(true);
  return last;
}

/** Turns skipping off (through the CSSOM, which the page's CSP allows) and lays the page out. */
async function showEveryBlock(page: Page): Promise<void> {
  await page.locator('.prose > *').evaluateAll((blocks) => {
    for (const block of blocks) (block as HTMLElement).style.contentVisibility = 'visible';
    document.body.getBoundingClientRect();
  });
}

test('skipping blocks changes no element’s place or size, on any post', async ({ browser }) => {
  expect(POSTS.length).toBeGreaterThan(5);
  // A viewport taller than any post, so every block is near it and drawn with its containment.
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 390, height: 40_000 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  for (const path of POSTS) {
    await page.goto(path);
    const skippable = await page
      .locator('.prose > *')
      .evaluateAll((blocks) => blocks.filter((b) => getComputedStyle(b).contentVisibility === 'auto').length);
    expect(skippable, `${path} has blocks that may be skipped`).toBeGreaterThan(0);
    const withContainment = await settledBoxes(page);
    await showEveryBlock(page);
    expect(withContainment, path).toEqual(await settledBoxes(page));
  }
  await context.close();
});

test('a skipped block widens its clip to take in a focus ring', async ({ page }) => {
  await page.goto(POST);
  const ring = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('a'));
    probe.href = '#';
    probe.focus();
    const style = getComputedStyle(probe);
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    probe.remove();
    return reach;
  });
  expect(ring).toBeGreaterThan(0);
  const margins = await page.locator('.prose > *').evaluateAll((blocks) =>
    blocks
      .map((b) => getComputedStyle(b))
      .filter((s) => s.contentVisibility === 'auto')
      .map((s) => parseFloat(s.overflowClipMargin) || 0),
  );
  expect(margins.length).toBeGreaterThan(0);
  expect(Math.min(...margins)).toBeGreaterThanOrEqual(ring);
});

/** The KaTeX faces a page has loaded, once those it asked for are in. */
function loadedKatexFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.family.includes('KaTeX') && face.status === 'loaded')
      .map((face) => `${face.family} ${face.style} ${face.weight}`)
      .sort();
  });
}

test('once a post has loaded, it has the math fonts its whole text needs, no more and no fewer', async ({ browser }) => {
  const open = async (javaScriptEnabled: boolean): Promise<Page> => {
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${E2E_PORT}`,
      viewport: { width: 390, height: 800 },
      javaScriptEnabled,
    });
    return context.newPage();
  };
  // Without script there is no warm-up: laying the whole post out shows the faces it needs.
  const reference = await open(false);
  const reader = await open(true);
  let postsWithMath = 0;
  for (const path of POSTS) {
    await reference.goto(path);
    await showEveryBlock(reference);
    const needed = await loadedKatexFaces(reference);
    if (needed.length > 0) postsWithMath += 1;
    // Without ever scrolling: what the first screen and the warm-up fetched.
    await reader.goto(path);
    await expect(reader.locator('html')).toHaveAttribute('data-math-fonts', 'requested');
    expect(await loadedKatexFaces(reader), path).toEqual(needed);
  }
  expect(postsWithMath).toBeGreaterThan(5);
  await reference.context().close();
  await reader.context().close();
});
