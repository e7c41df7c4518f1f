import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { reluFacts } from '../../src/lib/facts/relu';
import { sparsity, SPARSITY_FIGURE_DEFAULTS } from '../../src/lib/experiments/sparsity';
import { formatShare } from '../../src/lib/format';

const PAGE = 'posts/relu/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the ReLU post', () => {
  it('quotes the numbers the code produces (prose and figures cannot drift)', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(reluFacts)) {
      expect(text, `ReLU post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('prints the same zero share in the prose and under the figure', () => {
    const document = parsePage(PAGE);
    const expected = formatShare(sparsity(SPARSITY_FIGURE_DEFAULTS).zeroFraction);
    expect(reluFacts.zeroShare).toBe(expected);
    const readout = document.querySelector('sparsity-histogram output')?.textContent ?? '';
    expect(readout).toContain(`ReLU: ${expected} of units output exactly 0. Sigmoid: 0%.`);
  });

  it('splits the depth figure’s ReLU loss into the same slope and weight gains as its readout', () => {
    const readout = parsePage(PAGE).querySelector('#depth-relu output')?.textContent ?? '';
    expect(readout).toContain(`slopes multiply it by ${reluFacts.deepReluSlopeGain} and its weights by ${reluFacts.deepReluWeightGain}`);
  });

  it('draws the sparsity figure at build time: a labelled zero bar for ReLU, none for sigmoid', () => {
    const figure = parsePage(PAGE).querySelector('sparsity-histogram')!;
    expect(figure).not.toBeNull();
    expect(figure.querySelectorAll('.panel--relu rect.bar--zero')).toHaveLength(1);
    expect(figure.querySelectorAll('.panel--sigmoid rect.bar--zero')).toHaveLength(0);
    expect(figure.querySelector('.panel--relu .zero-label')?.textContent).toBe(`exactly 0: ${reluFacts.zeroCount} units`);
    expect(figure.querySelector('.panel--sigmoid .zero-label')?.textContent).toBe('exactly 0: none');
    expect(figure.querySelectorAll('.panel--relu rect.bar').length).toBeGreaterThan(10);
    expect(figure.querySelector('fieldset.figure__controls')?.hasAttribute('disabled')).toBe(true);
  });

  it('answers each reader question under a heading that names it', () => {
    const headings = [...parsePage(PAGE).querySelectorAll('h2, h3')].map((h) => h.textContent ?? '');
    expect(headings.some((h) => /gradient of exactly 1 better than a small positive one/.test(h))).toBe(true);
    expect(headings.some((h) => /gradient is 0 for negative inputs, why does it still work/.test(h))).toBe(true);
    expect(headings.some((h) => /Sparsity and vanishing gradients/.test(h))).toBe(true);
  });

  it('cites every reference it lists, and lists every reference it cites', () => {
    const document = parsePage(PAGE);
    const listed = [...document.querySelectorAll('span[id^="ref-"]')].map((s) => s.id).sort();
    const cited = [...new Set([...document.querySelectorAll('a[href^="#ref-"]')].map((a) => a.getAttribute('href')!.slice(1)))].sort();
    expect(cited).toEqual(listed);
    for (const id of ['ref-glorot2011', 'ref-nair2010', 'ref-cs231n', 'ref-stats176794', 'ref-he2015']) expect(listed).toContain(id);
  });
});
