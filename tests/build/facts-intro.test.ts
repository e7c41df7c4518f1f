import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { introFacts as facts } from '../../src/lib/facts/intro';
import { ACTIVATIONS } from '../../src/lib/activations/registry';

const PAGE = 'posts/activation-is-all-you-need/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

/** The page's text with runs of whitespace collapsed, as a reader sees it. */
function pageText(): string {
  return (parsePage(PAGE).body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the series intro: numbers it quotes', () => {
  it('quotes every fact the code produces', () => {
    const text = pageText();
    for (const [name, value] of Object.entries(facts)) {
      expect(text, `intro post should quote ${name} = ${value}`).toContain(value.replace(/\s+/g, ' '));
    }
  });

  it('quotes them where the prose says them, not just anywhere on the page', () => {
    const text = pageText();
    expect(text).toContain(`each of the ${facts.activationCount} functions this blog’s code knows`);
    expect(Number(facts.activationCount)).toBe(ACTIVATIONS.length);
    expect(text).toContain(`${facts.saturatingBothNames} flatten out on both sides`);
    expect(text).toContain(`The newer smooth functions, ${facts.nonMonotonicNames}, dip a little below zero`);
    expect(text).toContain(`And ${facts.kinkedCount} of them have a kink`);
    expect(text).toContain(
      `With ${facts.regionsUnits} units looking at a two-dimensional input, one layer can carve the plane into as many as ${facts.regions2d} pieces`,
    );
    expect(text).toContain(`never off by more than ${facts.squareError} in between. With ${facts.squareUnitsFine} units`);
    expect(text).toContain(`the largest error falls to ${facts.squareErrorFine}`);
    expect(text).toContain(`The sigmoid’s slope never climbs above ${facts.sigmoidPeakSlope}`);
    expect(text).toContain('The table lists the value our code uses at each kink; the ReLU post explains the choice for ReLU.');
  });

  it('prints the ReLU sum for x² exactly as the code builds it (KaTeX keeps the TeX source)', () => {
    const annotations = [...parsePage(PAGE).querySelectorAll('annotation[encoding="application/x-tex"]')].map((a) => a.textContent?.trim());
    expect(annotations).toContain(`x^2 \\approx ${facts.squareSumTex}`);
  });
});

describe('the series intro: the ReLU composition figure', () => {
  it('draws the four-unit sum at build time and prints the gap the prose quotes', () => {
    const figure = parsePage(PAGE).querySelector('relu-composition');
    expect(figure).not.toBeNull();
    expect(figure!.querySelector('path.curve--sum')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(figure!.querySelectorAll('path.curve--unit')).toHaveLength(4);
    const readout = figure!.querySelector('output')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(readout).toContain(`Largest gap from x² on [−2, 2]: ${facts.squareError},`);
    expect(readout).toContain('Sum: 4 − 3·ReLU(x + 2) + 2·ReLU(x + 1) + 2·ReLU(x) + 2·ReLU(x − 1)');
  });
});

describe('the series intro: the atlas', () => {
  it('has one card per registry entry, each with a plot, KaTeX and a link to the explorer', () => {
    const document = parsePage(PAGE);
    const cards = [...document.querySelectorAll('.atlas__card')];
    expect(cards.map((c) => c.getAttribute('data-activation'))).toEqual(ACTIVATIONS.map((a) => a.id));
    for (const [i, card] of cards.entries()) {
      const a = ACTIVATIONS[i]!;
      expect(card.querySelector('h3')?.textContent?.trim()).toBe(a.name);
      const svg = card.querySelector('svg[role="img"]');
      expect(svg?.getAttribute('aria-label')).toMatch(/ for x from .*f\(x\), solid line.*f′\(x\), dashed line/);
      const curves = card.querySelectorAll('path.curve');
      expect(curves).toHaveLength(2);
      for (const curve of curves) expect(curve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(card.querySelectorAll('.katex').length).toBeGreaterThan(0);
      expect(card.querySelector('.katex-error')).toBeNull();
      const tex = [...card.querySelectorAll('annotation')].map((n) => n.textContent).join(' ');
      expect(tex).toContain('f(x) =');
      const link = card.querySelector('a.atlas__open');
      expect(link?.getAttribute('href')).toBe(`#atlas-explorer.act=${a.id}`);
      // The link's hash is also an element id, so the browser scrolls there even without JavaScript.
      expect(document.getElementById(`atlas-explorer.act=${a.id}`)).not.toBeNull();
    }
  });

  it('has a properties table with a caption, header scopes and one row per registry entry', () => {
    const document = parsePage(PAGE);
    const table = document.querySelector('.atlas__table table');
    expect(table?.querySelector('caption')?.textContent?.trim()).toMatch(/^Properties of every activation function/);
    const headers = [...table!.querySelectorAll('thead th')];
    expect(headers.length).toBe(8);
    for (const th of headers) expect(th.getAttribute('scope')).toBe('col');
    const rows = [...table!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent?.trim())).toEqual(ACTIVATIONS.map((a) => a.name));
    for (const [i, row] of rows.entries()) {
      const a = ACTIVATIONS[i]!;
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
      expect(cells[0]).toBe(a.properties.rangeText);
      expect(cells[1]).toBe(a.properties.monotonic ? 'yes' : 'no');
      expect(cells[2]).toBe(a.properties.zeroCentred ? 'yes' : 'no');
    }
  });

  it('places the explorer the cards link to right after the atlas', () => {
    const document = parsePage(PAGE);
    const targets = document.querySelector('.atlas__targets');
    let next = targets?.nextElementSibling;
    while (next && next.tagName === 'SCRIPT') next = next.nextElementSibling;
    expect(next?.id).toBe('atlas-explorer');
    expect(next?.querySelectorAll('input[type="checkbox"][data-key="act"]')).toHaveLength(ACTIVATIONS.length);
  });

  it('links the four other posts of the series, relatively', () => {
    const hrefs = [...parsePage(PAGE).querySelectorAll('.prose a[href]')].map((a) => a.getAttribute('href'));
    for (const slug of ['sigmoid', 'relu', 'leaky-relu', 'dying-relu']) {
      expect(
        hrefs.some((h) => h === `../${slug}/` || h?.startsWith(`../${slug}/#`)),
        `a link to ../${slug}/`,
      ).toBe(true);
    }
  });

  it('links each of the four questions in the series map to the heading that answers it', () => {
    let map = parsePage(PAGE).getElementById('a-map-of-the-series')?.nextElementSibling;
    while (map && map.tagName !== 'OL') map = map.nextElementSibling;
    const anchored = [...(map?.querySelectorAll('a[href^="../"]') ?? [])]
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.includes('#'));
    for (const slug of ['sigmoid', 'relu', 'dying-relu']) expect(anchored.some((h) => h.startsWith(`../${slug}/#`))).toBe(true);
    for (const href of anchored) {
      const [, slug, fragment] = /^\.\.\/([^/]+)\/#(.+)$/.exec(href)!;
      const heading = parsePage(`posts/${slug}/index.html`).getElementById(decodeURIComponent(fragment!));
      expect(heading?.tagName, `${href} should land on a heading`).toMatch(/^H[2-4]$/);
    }
  });
});
