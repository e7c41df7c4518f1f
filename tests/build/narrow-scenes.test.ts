import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath, htmlPages, parsePage } from './site-files';

/**
 * A figure's drawing for a phone's taller box is a file of its own, fetched only by a phone
 * (src/plugins/narrow-scenes-on-request.mjs): the page keeps an empty template naming the file
 * and the drawing's size, which must be the size the file draws at.
 */
describe('narrow drawings', () => {
  const templates = htmlPages().flatMap((page) =>
    Array.from(parsePage(page).querySelectorAll<HTMLTemplateElement>('template[data-narrow-scene]'), (template) => ({ page, template })),
  );

  it('leave the pages, each named by an empty template', () => {
    expect(templates.length).toBeGreaterThan(10);
    expect(templates.filter(({ template }) => template.innerHTML !== '' || !template.dataset.src).map(({ page }) => page)).toEqual([]);
  });

  it('are files of the site, standalone SVG, at the size their template states', () => {
    const wrong: string[] = [];
    for (const { page, template } of templates) {
      const { src, width, height } = template.dataset;
      const file = fileForPath(src!);
      if (!file) {
        wrong.push(`${page}: ${src} is not in the site`);
        continue;
      }
      const svg = readFileSync(file, 'utf8');
      if (!svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`))
        wrong.push(`${page}: ${src} is not a ${width}×${height} drawing`);
    }
    expect(wrong).toEqual([]);
  });
});
