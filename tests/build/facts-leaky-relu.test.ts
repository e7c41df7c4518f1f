import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { leakyReluFacts as facts } from '../../src/lib/facts/leaky-relu';
import { dyingReluFacts } from '../../src/lib/facts/dying-relu';
import { getActivation } from '../../src/lib/activations/registry';
import { formatNumber } from '../../src/figures/kit/format';

const PAGE = 'posts/leaky-relu/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the leaky-ReLU post', () => {
  it('quotes every number the code produces', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(facts)) {
      expect(text, `leaky-ReLU post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('quotes what the registry and the experiments give', () => {
    const leaky = getActivation('leaky-relu');
    const elu = getActivation('elu');
    expect(facts.leakyAlpha).toBe('0.01');
    expect(facts.leakyAtNeg).toBe(formatNumber(leaky.f(-2, { alpha: 0.01 })));
    expect(facts.eluAtNeg).toBe(formatNumber(elu.f(-2, { alpha: 1 })));
    expect(facts.eluSlopeAtNeg).toBe(formatNumber(elu.df(-2, { alpha: 1 })));
    // Mean outputs for standard-normal inputs: ReLU's is 1/√(2π); SELU's is 0 with variance 1, by design.
    expect(Number(facts.reluMean)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 3);
    expect(Number(facts.eluMean)).toBeLessThan(Number(facts.leakyMean));
    expect(facts.seluMean).toBe('0.000');
    expect(facts.seluVariance).toBe('1.000');
    expect(facts.dyingReluDead).toBe(dyingReluFacts.reluDead);
    expect(facts.dyingLeakyDead).toBe('0');
  });

  it('shows leaky ReLU with its α slider, and a compare figure of ReLU, leaky ReLU, ELU and SELU', () => {
    const document = parsePage(PAGE);
    const single = document.querySelector('#explorer-leaky-relu')!;
    expect(single.querySelector('input[data-key="leaky-relu-alpha"]')?.getAttribute('value')).toBe('0.01');
    expect(single.querySelector('.panel--f path.curve')?.getAttribute('d')).toMatch(/^M/);
    const compare = document.querySelector('#relu-family')!;
    expect(compare.querySelectorAll('.panel--f path.curve')).toHaveLength(4);
    const checked = [...compare.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-key="act"]')]
      .filter((c) => c.hasAttribute('checked'))
      .map((c) => c.value);
    expect(checked).toEqual(['relu', 'leaky-relu', 'elu', 'selu']);
    const readout = compare.querySelector('output')?.textContent ?? '';
    for (const name of ['ReLU at x = −2', 'Leaky ReLU at x = −2', 'ELU at x = −2', 'SELU at x = −2']) expect(readout).toContain(name);
  });

  it('links to the dying-ReLU post and cites every reference it lists, and lists every one it cites', () => {
    const document = parsePage(PAGE);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('../dying-relu/');
    const listed = [...document.querySelectorAll('span[id^="ref-"]')].map((s) => s.id).sort();
    const cited = [...new Set([...document.querySelectorAll('a[href^="#ref-"]')].map((a) => a.getAttribute('href')!.slice(1)))].sort();
    expect(cited).toEqual(listed);
    expect(listed).toEqual(['ref-clevert2016', 'ref-he2015', 'ref-klambauer2017', 'ref-maas2013']);
  });
});
