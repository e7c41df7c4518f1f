/**
 * No clipped labels: every <text> in every figure's SVG lies inside that SVG's box, on every
 * post, at a small phone, a common phone and a desktop width, in light and dark. A label cut by
 * the edge ("3,00" for "3,000") reads as a wrong number.
 */
import { test, expect, liveFigure } from './fixtures';

const POSTS = ['activation-is-all-you-need', 'sigmoid', 'relu', 'leaky-relu', 'dying-relu'];
const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'] as const;

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`every figure label lies inside its SVG at ${width}px, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      const outside: string[] = [];
      for (const post of POSTS) {
        await page.goto(`posts/${post}/`);
        for (const figure of await page.locator('figure.figure').all()) {
          if ((await figure.locator('[data-config]').count()) > 0) await liveFigure(figure);
          else await figure.scrollIntoViewIfNeeded();
        }
        // Wait for the redraws the wake-ups asked for.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const found = await page.evaluate(() => {
          const TOLERANCE = 1;
          const problems: string[] = [];
          for (const svg of document.querySelectorAll<SVGSVGElement>('figure.figure svg')) {
            const box = svg.getBoundingClientRect();
            for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
              if (!text.textContent?.trim() || text.getClientRects().length === 0) continue;
              const r = text.getBoundingClientRect();
              if (r.left < box.left - TOLERANCE || r.right > box.right + TOLERANCE || r.top < box.top - TOLERANCE || r.bottom > box.bottom + TOLERANCE) {
                const figure = svg.closest('figure')?.id ?? '?';
                problems.push(
                  `${figure}: "${text.textContent}" at [${Math.round(r.left - box.left)}, ${Math.round(r.right - box.left)}] × [${Math.round(r.top - box.top)}, ${Math.round(r.bottom - box.top)}] in ${Math.round(box.width)}×${Math.round(box.height)}`,
                );
              }
            }
          }
          return problems;
        });
        outside.push(...found.map((p) => `${post} ${p}`));
      }
      expect(outside, outside.join('\n')).toEqual([]);
    });
  }
}
