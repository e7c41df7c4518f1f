import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { depthSpreadFacts, sigmoidChainFacts, sigmoidFacts, sigmoidFigureFacts as facts } from '../../src/lib/facts/sigmoid';
import { layerGradients } from '../../src/lib/experiments/depth';
import { saturation } from '../../src/lib/experiments/saturation';
import { zigzag } from '../../src/lib/experiments/zigzag';
import { formatNumber, formatPercent } from '../../src/figures/kit/format';
import { HISTOGRAM_BINS } from '../../src/figures/saturation-histogram/model';

const PAGE = 'posts/sigmoid/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the sigmoid post’s worked example and its numbers over seeds', () => {
  it('quotes every value of the three-unit chain, the slope facts and the depth spread', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of [...Object.entries(sigmoidChainFacts), ...Object.entries(sigmoidFacts)]) {
      expect(text, `sigmoid post should quote ${name} = ${value}`).toContain(value);
    }
    for (const [name, { median, range }] of Object.entries(depthSpreadFacts).filter(([name]) => name !== 'relu')) {
      expect(text, `sigmoid post should quote the ${name} median`).toContain(median);
      expect(text, `sigmoid post should quote the ${name} range`).toContain(range);
    }
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(text)).toContain(
      flat(
        `The three slopes multiply to ${sigmoidChainFacts.slopeProduct}; the three weights to ${sigmoidChainFacts.weightProduct}; the product is ${sigmoidChainFacts.gradient}.`,
      ),
    );
  });

  it('the depth figure prints the spread over seeds 1–8 and offers the rescaled sigmoids', () => {
    const document = parsePage(PAGE);
    const readout = document.querySelector('depth-gradients output')?.textContent ?? '';
    expect(readout).toContain(
      `Over the networks of seeds 1–8: median ${facts.depthSpreadMedian}, from ${facts.depthSpreadMin} to ${facts.depthSpreadMax}`,
    );
    // The prose quotes seeds 1–10; it says why the figure's median differs.
    const prose = [...document.querySelectorAll('.prose > p')].map((p) => p.textContent?.replace(/[ \t\n\r]+/g, ' ') ?? '');
    expect(prose.some((p) => p.includes(`use the first eight of those seeds, which is why it reads ${facts.depthSpreadMedian}.`))).toBe(
      true,
    );
    const options = [...document.querySelectorAll('depth-gradients select option')].map((o) => o.textContent?.trim());
    expect(options).toContain('Sigmoid, 4× weights');
    expect(options).toContain('Sigmoid, rescaled and centred');
    expect(document.querySelector('depth-gradients path.spread')?.getAttribute('d')).toMatch(/^M.*Z$/);
  });
});

describe('the sigmoid post’s live figures and the numbers it quotes from them', () => {
  it('quotes every experiment number the code produces', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(facts)) {
      expect(text, `sigmoid post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('quotes what the experiments give, and what the figures print on first paint', () => {
    const document = parsePage(PAGE);
    const readout = (tag: string) => document.querySelector(`${tag} output`)?.textContent ?? '';

    const sat = saturation({ activation: 'sigmoid', weightScale: 1, units: 1000, fanIn: 100, seed: 1, threshold: 0.01 });
    expect(facts.satShareDefault).toBe(formatPercent(sat.saturatedFraction));
    expect(readout('saturation-histogram')).toContain(`Saturated: ${facts.satShareDefault} of ${facts.satUnits} units`);
    expect(readout('saturation-histogram')).toContain(`Standard deviation of z: ${facts.satStdDefault}`);

    const g = layerGradients({ depth: 20, activation: 'sigmoid', init: 'glorot', seed: 1, width: 32, samples: 4 });
    expect(facts.depthRatio).toBe(formatNumber(g.preActivationGradientNorms[0]! / g.preActivationGradientNorms[19]!, 2));
    expect(readout('depth-gradients')).toContain(
      `Layer 1 gets ${facts.depthRatio} of the gradient that reaches layer ${facts.depthLayers}`,
    );

    const positive = zigzag({ inputs: 'positive', batchSize: 1, learningRate: 0.5, seed: 1 });
    expect(facts.zigPositiveSteps).toBe(String(positive.stepsToConverge));
    expect(readout('zigzag-descent')).toContain(
      `Positive inputs: at the target after ${facts.zigPositiveSteps} steps; ${facts.zigPositiveShare} of updates same-sign`,
    );
    expect(readout('zigzag-descent')).toContain(
      `Zero-centred inputs: at the target after ${facts.zigCentredSteps} steps; ${facts.zigCentredShare} of updates same-sign`,
    );
  });

  it('states honestly what batching does: the same-sign share falls, the step count barely moves', () => {
    const share = (s: string) => Number(s.replace('%', ''));
    const steps = (s: string) => Number(s.replace(',', ''));
    expect(share(facts.zigPositiveShareBigBatch)).toBeLessThan(share(facts.zigPositiveShare) / 2);
    expect(Math.abs(steps(facts.zigPositiveStepsBigBatch) - steps(facts.zigPositiveSteps)) / steps(facts.zigPositiveSteps)).toBeLessThan(
      0.1,
    );
    expect(steps(facts.zigCentredStepsBigBatch)).toBeLessThan(steps(facts.zigPositiveStepsBigBatch) / 2);
  });

  it('draws all three figures at build time, so readers without JavaScript see them', () => {
    const document = parsePage(PAGE);
    const sat = document.querySelector('saturation-histogram')!;
    expect(sat.querySelectorAll('.panel--hist rect.bar')).toHaveLength(HISTOGRAM_BINS);
    expect(sat.querySelectorAll('.panel--hist .saturated rect')).toHaveLength(2);
    expect(sat.querySelector('.panel--curve path.curve')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);

    const depth = document.querySelector('depth-gradients')!;
    expect(depth.querySelectorAll('circle.marker')).toHaveLength(Number(facts.depthLayers));
    expect(depth.querySelector('path.curve.series-1')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(depth.querySelectorAll('.bound path')).toHaveLength(1);

    const zig = document.querySelector('zigzag-descent')!;
    expect(zig.querySelector('.panel--positive path.steps--same')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(zig.querySelector('.panel--centred path.steps--mixed')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(zig.querySelectorAll('.figure__plot .quadrant rect')).toHaveLength(4);

    for (const figure of [sat, depth, zig]) {
      expect(figure.querySelector('fieldset.figure__controls')?.hasAttribute('disabled')).toBe(true);
      expect(figure.querySelector('svg[role="img"] desc')?.textContent?.length).toBeGreaterThan(20);
    }
  });

  it('tests whether the quarter is the culprit under its own heading, and leaves the reader question to the ReLU post', () => {
    const document = parsePage(PAGE);
    const headings = [...document.querySelectorAll('h2, h3')].map((h) => h.textContent ?? '');
    expect(headings.some((h) => /Is the quarter the real culprit/.test(h))).toBe(true);
    // Seed question 1 has one home, the ReLU post; the sigmoid post links there.
    expect(headings.some((h) => /better than a small positive one/.test(h))).toBe(false);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('../relu/#why-is-a-gradient-of-exactly-1-better-than-a-small-positive-one');
  });

  it('cites every reference it lists, and lists every reference it cites', () => {
    const document = parsePage(PAGE);
    const listed = [...document.querySelectorAll('span[id^="ref-"]')].map((s) => s.id).sort();
    const cited = [...new Set([...document.querySelectorAll('a[href^="#ref-"]')].map((a) => a.getAttribute('href')!.slice(1)))].sort();
    expect(cited).toEqual(listed);
    expect(listed).toEqual(expect.arrayContaining(['ref-lecun1998', 'ref-glorot2010']));
  });
});
