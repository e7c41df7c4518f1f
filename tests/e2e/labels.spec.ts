/**
 * No clipped labels: every <text> in every figure's SVG lies inside that SVG's box, on every
 * post, at a small phone, a common phone and a desktop width, in light and dark. A label cut by
 * the edge ("3,00" for "3,000") reads as a wrong number.
 */
import { test, expect, liveFigure } from './fixtures';

const POSTS = ['activation-is-all-you-need', 'sigmoid', 'relu', 'leaky-relu', 'dying-relu', 'initialisation'];
const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'] as const;

/** Texts of each figure's SVG that stick out of it (1 px tolerance), described for the failure message. */
const MEASURE = () => {
  const TOLERANCE = 1;
  const problems: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('figure.figure svg')) {
    const box = svg.getBoundingClientRect();
    for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
      if (!text.textContent?.trim() || text.getClientRects().length === 0) continue;
      const r = text.getBoundingClientRect();
      if (
        r.left < box.left - TOLERANCE ||
        r.right > box.right + TOLERANCE ||
        r.top < box.top - TOLERANCE ||
        r.bottom > box.bottom + TOLERANCE
      ) {
        const figure = svg.closest('figure')?.id ?? '?';
        problems.push(
          `${figure}: "${text.textContent}" at [${Math.round(r.left - box.left)}, ${Math.round(r.right - box.left)}] × [${Math.round(r.top - box.top)}, ${Math.round(r.bottom - box.top)}] in ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
  }
  return problems;
};

for (const width of WIDTHS) {
  test(`every figure label lies inside its SVG at ${width}px, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const outside: string[] = [];
    for (const post of POSTS) {
      await page.goto(`posts/${post}/`);
      for (const figure of await page.locator('figure.figure').all()) {
        if ((await figure.locator('[data-config]').count()) > 0) await liveFigure(figure);
        else await figure.scrollIntoViewIfNeeded();
      }
      // Both themes on the same live page, switched with the reader's toggle (which the next
      // page remembers, so the order alternates).
      for (const _ of SCHEMES) {
        // Wait for the redraws the wake-ups (or the theme) asked for.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const scheme = await page.locator('html').getAttribute('data-theme');
        const found = await page.evaluate(MEASURE);
        outside.push(...found.map((p) => `${post} (${scheme}) ${p}`));
        await page.getByRole('button', { name: 'Dark theme' }).click();
        await expect(page.locator('html')).not.toHaveAttribute('data-theme', scheme!);
      }
    }
    expect(outside, outside.join('\n')).toEqual([]);
  });
}

/**
 * Legends that match the marks: each legend swatch (kit/legend-swatch.ts) is styled like the
 * plot mark with the same classes: same stroke colour, dash pattern and fill.
 */
test('every legend swatch looks like its mark in the plot', async ({ page }) => {
  const mismatches: string[] = [];
  const checked: string[] = [];
  for (const post of POSTS) {
    await page.goto(`posts/${post}/`);
    for (const figure of await page.locator('figure.figure').all()) {
      if ((await figure.locator('[data-config]').count()) > 0) await liveFigure(figure);
    }
    const found = await page.evaluate(() => {
      const out: { mismatches: string[]; checked: string[] } = { mismatches: [], checked: [] };
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return { stroke: s.stroke, dash: s.strokeDasharray, fill: s.fill };
      };
      for (const swatch of document.querySelectorAll('figure.figure .figure__legend .legend-swatch')) {
        if (swatch.getClientRects().length === 0) continue; // a legend entry not shown in this state
        const figure = swatch.closest('figure')!;
        const mark = swatch.querySelector('line, rect, circle')!;
        const group = mark.parentElement?.tagName === 'g' ? `.${[...mark.parentElement.classList].join('.')} ` : '';
        const own = mark.classList.length > 0 ? `.${[...mark.classList].join('.')}` : mark.tagName;
        const target = figure.querySelector(`.figure__plot svg ${group}${own}`);
        const label = `${figure.id}: "${swatch.parentElement?.textContent?.trim()}"`;
        if (!target) {
          out.mismatches.push(`${label}: no mark ${group}${own} in the plot`);
          continue;
        }
        const [a, b] = [look(mark), look(target)];
        // A path of dots is filled like a dot; a curve is stroked like a line.
        const same = mark.tagName === 'line' ? a.stroke === b.stroke && a.dash === b.dash : a.fill === b.fill;
        if (!same) out.mismatches.push(`${label}: swatch ${JSON.stringify(a)} but mark ${JSON.stringify(b)}`);
        out.checked.push(label);
      }
      return out;
    });
    mismatches.push(...found.mismatches);
    checked.push(...found.checked);
  }
  expect(mismatches, mismatches.join('\n')).toEqual([]);
  // Every figure with a legend was looked at (explorers with one function hide theirs).
  expect(checked.some((c) => c.startsWith('zigzag-descent: "same-sign step'))).toBe(true);
  expect(checked.length).toBeGreaterThanOrEqual(12);
});
