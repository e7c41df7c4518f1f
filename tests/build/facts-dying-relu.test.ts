import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { dyingReluFacts as facts } from '../../src/lib/facts/dying-relu';
import { createDyingReluTrainer } from '../../src/lib/experiments/dying-relu';
import { runReadout } from '../../src/figures/dying-relu/readout';
import { snapshotOf } from '../../src/figures/dying-relu/snapshot';

const PAGE = 'posts/dying-relu/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

/** The figure's default runs, trained here by the same trainer. */
function finalRuns() {
  const run = (activation: 'relu' | 'leaky-relu') => {
    const trainer = createDyingReluTrainer({ activation, learningRate: 0.25, biasInit: 0, hiddenUnits: 32, seed: 1 });
    trainer.step(3000);
    return { state: trainer.state(), snapshot: snapshotOf(trainer.state(), activation, trainer.options.alpha) };
  };
  return { relu: run('relu'), leaky: run('leaky-relu') };
}

describe('the dying-ReLU post', () => {
  it('quotes every number the experiment produces', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(facts)) {
      expect(text, `dying-ReLU post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('quotes what the trainer gives, and the figure prints the same on first paint', () => {
    const { relu, leaky } = finalRuns();
    expect(facts.reluDead).toBe(String(relu.state.deadUnits));
    expect(relu.state.deadUnits).toBeGreaterThan(0);
    expect(facts.leakyDead).toBe('0');
    expect(facts.leakyInactive).toBe(String(leaky.state.inactiveUnits));
    expect(facts.leakyRecovered).toBe(String(leaky.state.recoveredUnits));
    expect(facts.deadWeightChange).toBe('0');
    expect(facts.deadGradient).toBe('0');
    const document = parsePage(PAGE);
    const lines = [...document.querySelectorAll('dying-relu output > span')].map((s) => s.textContent);
    expect(lines).toEqual([runReadout(relu.snapshot, 3000), runReadout(leaky.snapshot, 3000)]);
    expect(lines[0]).toContain(`Dead units: ${facts.reluDead} of ${facts.units}.`);
    expect(lines[1]).toContain(
      `Dead units: ${facts.leakyDead} of ${facts.units} (inactive but alive: ${facts.leakyInactive}, recovered: ${facts.leakyRecovered}).`,
    );
  });

  it('draws the final state at build time, so readers without JavaScript see the whole story', () => {
    const figure = parsePage(PAGE).querySelector('#dying-relu')!;
    expect(figure.querySelector('[data-role="status"]')?.textContent).toContain(`Shown after ${facts.steps} training steps`);
    expect(figure.querySelectorAll('.run--relu g.unit')).toHaveLength(32);
    expect(figure.querySelectorAll('.run--relu g.unit--dead')).toHaveLength(Number(facts.reluDead));
    expect(figure.querySelectorAll('.run--variant g.unit--dead')).toHaveLength(0);
    expect(figure.querySelectorAll('.run--variant g.unit--inactive')).toHaveLength(Number(facts.leakyInactive));
    expect(figure.querySelector('.run--relu .panel--loss path.curve')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(figure.querySelector('.run--variant .panel--fit path.curve')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(figure.querySelector('fieldset.figure__controls')?.hasAttribute('disabled')).toBe(true);
    expect(figure.querySelector('svg[role="img"] desc')?.textContent).toContain(`Dead units: ${facts.reluDead} of 32`);
    expect(figure.querySelector('figcaption')?.textContent).toContain(`after ${facts.steps} steps`);
  });

  it('answers the reader question under a heading and links to the leaky ReLU post', () => {
    const document = parsePage(PAGE);
    const headings = [...document.querySelectorAll('h2, h3')].map((h) => h.textContent ?? '');
    expect(headings.some((h) => /What is the dying ReLU problem/.test(h))).toBe(true);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('../leaky-relu/');
  });

  it('cites every reference it lists, and lists every reference it cites, including the seed’s question 5706', () => {
    const document = parsePage(PAGE);
    const listed = [...document.querySelectorAll('span[id^="ref-"]')].map((s) => s.id).sort();
    const cited = [...new Set([...document.querySelectorAll('a[href^="#ref-"]')].map((a) => a.getAttribute('href')!.slice(1)))].sort();
    expect(cited).toEqual(listed);
    expect(listed).toEqual(expect.arrayContaining(['ref-ds5706', 'ref-lu2020', 'ref-maas2013', 'ref-he2015', 'ref-cs231n']));
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => h.startsWith('https://datascience.stackexchange.com/questions/5706/'))).toBe(true);
  });
});
