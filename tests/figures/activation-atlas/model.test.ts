import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, ACTIVATION_IDS, defaultParams, getActivation } from '../../../src/lib/activations/registry';
import type { Activation } from '../../../src/lib/activations/types';
import { ATLAS_DOMAIN, atlasModel, explorerHref, propertiesRow, splitWhereClause } from '../../../src/figures/activation-atlas/model';
import { createFrame } from '../../../src/figures/kit/frame';
import type { PathNode, SceneNode } from '../../../src/figures/kit/scene';
import { sceneToSvg } from '../../../src/figures/kit/scene';
import { explorerConfig, explorerSchema } from '../../../src/figures/activation-explorer/config';
import { readFigureState } from '../../../src/figures/kit/url-state';
import { parsePath } from '../../helpers/path';
import { formatNumber } from '../../../src/figures/kit/format';

const SIZE = { width: 240, height: 150 };
const options = { ...SIZE, domain: ATLAS_DOMAIN, idPrefix: 'atlas' };

function findPath(nodes: readonly SceneNode[], key: string): PathNode {
  for (const node of nodes) {
    if (node.type === 'path' && node.key === key) return node;
    if (node.type === 'g' || node.type === 'clipPath') {
      try {
        return findPath(node.children, key);
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(`no path ${key}`);
}

/** A made-up entry, to show the atlas follows whatever list it is given. */
const cube: Activation = {
  id: 'cube-test',
  name: 'Cube (test)',
  summary: 'x³, only for this test.',
  f: (x) => x ** 3 / 16,
  df: (x) => (3 * x ** 2) / 16,
  tex: '\\frac{x^3}{16}',
  dtex: '\\frac{3x^2}{16}',
  params: { k: { tex: 'k', symbol: 'k', meaning: 'test knob', min: 0, max: 2, step: 0.1, default: 0.5 } },
  properties: {
    rangeTex: '(-\\infty, \\infty)',
    rangeText: '(−∞, ∞)',
    range: [-Infinity, Infinity],
    monotonic: true,
    zeroCentred: true,
    saturates: { left: false, right: false },
    continuity: Infinity,
    kinks: [],
  },
};

describe('atlasModel', () => {
  const { cards, rows } = atlasModel({ ...options, activations: ACTIVATIONS });

  it('gives one card and one table row per registry entry, in registry order', () => {
    expect(cards.map((c) => c.id)).toEqual(ACTIVATION_IDS);
    expect(rows.map((r) => r.id)).toEqual(ACTIVATION_IDS);
    expect(cards.map((c) => c.name)).toEqual(ACTIVATIONS.map((a) => a.name));
  });

  it('follows the list it is given: an extra entry gets a card and a row', () => {
    const more = atlasModel({ ...options, activations: [...ACTIVATIONS, cube] });
    expect(more.cards).toHaveLength(ACTIVATIONS.length + 1);
    expect(more.cards.at(-1)!.id).toBe('cube-test');
    expect(more.cards.at(-1)!.tex).toBe('f(x) = \\frac{x^3}{16}');
    expect(more.rows.at(-1)).toMatchObject({
      name: 'Cube (test)',
      saturates: 'neither',
      params: [{ value: 'k = 0.5', meaning: 'test knob' }],
    });
    expect(sceneToSvg(more.cards.at(-1)!.scene)).toContain('atlas-cube-test-clip');
  });

  it('draws f and f′ of every entry as valid paths inside the card, through the function values', () => {
    for (const card of cards) {
      const a = getActivation(card.id);
      const p = defaultParams(a);
      const frame = createFrame({
        ...SIZE,
        margin: { top: 8, right: 8, bottom: 20, left: 32 },
        xDomain: ATLAS_DOMAIN,
        yDomain: card.yDomain,
        xTickCount: 4,
        yTickCount: 3,
      });
      for (const [key, fn] of [
        ['f', (x: number) => a.f(x, p)],
        ['df', (x: number) => a.df(x, p)],
      ] as const) {
        const d = findPath(card.scene.nodes, key).d;
        expect(d, `${card.id} ${key}`).toMatch(/^M[\d.]+,[\d.]+L/);
        expect(d).not.toMatch(/NaN|Infinity/);
        const points = parsePath(d).flat();
        // Every vertex lies within the card (the clip path allows 2 px, the line 4 px past the frame).
        for (const [px, py] of points) {
          expect(px).toBeGreaterThanOrEqual(frame.inner.left - 4.01);
          expect(px).toBeLessThanOrEqual(frame.inner.right + 4.01);
          expect(py).toBeGreaterThanOrEqual(frame.inner.top - 4.01);
          expect(py).toBeLessThanOrEqual(frame.inner.bottom + 4.01);
        }
        // The curve spans the whole shared x range…
        expect(Math.min(...points.map((q) => q[0]))).toBeCloseTo(frame.inner.left, 1);
        expect(Math.max(...points.map((q) => q[0]))).toBeCloseTo(frame.inner.right, 1);
        // …and passes through the function's value at x = 1 (a sample point of 161 over [−4, 4]).
        const at1 = points.find((q) => Math.abs(q[0] - frame.x(1)) < 0.01);
        expect(at1, `${card.id} ${key} has a vertex at x = 1`).toBeDefined();
        expect(at1![1]).toBeCloseTo(frame.y(fn(1)), 1);
      }
      // Both curves fit the y range, so nothing is clipped away.
      for (let x = ATLAS_DOMAIN[0]; x <= ATLAS_DOMAIN[1]; x += 0.25) {
        for (const y of [a.f(x, p), a.df(x, p)]) {
          expect(y).toBeGreaterThanOrEqual(card.yDomain[0]);
          expect(y).toBeLessThanOrEqual(card.yDomain[1]);
        }
      }
    }
  });

  it('keeps clip-path ids unique across cards, and every card’s markup free of NaN', () => {
    const svgs = cards.map((c) => sceneToSvg(c.scene));
    const ids = svgs.flatMap((s) => [...s.matchAll(/<clipPath[^>]* id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(cards.length);
    for (const svg of svgs) expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('describes each plot in words that match the math', () => {
    const sigmoid = cards.find((c) => c.id === 'sigmoid')!;
    expect(sigmoid.description).toBe(
      'Sigmoid for x from −4 to 4: f(x), solid line, rises from 0.018 to 0.982; its slope f′(x), dashed line, is 0.0177 at x = −4 and 0.0177 at x = 4, peaking at 0.25 at x = 0.',
    );
    expect(cards.find((c) => c.id === 'identity')!.description).toContain('is constant at 1');
    expect(cards.find((c) => c.id === 'gelu')!.description).toMatch(/dipping to −0\.17 at x = −0\.75.*peaking at 1\.13/);
    for (const card of cards) expect(card.description).toMatch(new RegExp(`^${card.name.replace(/[()]/g, '\\$&')} for x from −4 to 4`));
  });
});

describe('propertiesRow', () => {
  it('reads every column from the registry properties', () => {
    for (const a of ACTIVATIONS) {
      const row = propertiesRow(a);
      const p = a.properties;
      expect(row.range).toBe(p.rangeText);
      expect(row.monotonic).toBe(p.monotonic ? 'yes' : 'no');
      expect(row.zeroCentred).toBe(p.zeroCentred ? 'yes' : 'no');
      expect(row.saturates).toBe(
        { 'true,true': 'both', 'true,false': 'left', 'false,true': 'right', 'false,false': 'neither' }[
          `${p.saturates.left},${p.saturates.right}`
        ],
      );
      expect(row.rangeParts.join(' ')).toBe(p.rangeText);
      expect(row.continuity.sup).toBe(p.continuity === Infinity ? '∞' : String(p.continuity));
      expect(row.kinks.map((k) => k.note)).toEqual(p.kinks.map((k) => k.note));
      // The value shown is what the registry's f′ returns at the kink, which is what its note documents.
      p.kinks.forEach((k, i) =>
        expect(row.kinks[i]!.value).toBe(`f′(${formatNumber(k.x)}) = ${formatNumber(a.df(k.x, defaultParams(a)))}`),
      );
      p.kinks.forEach((k) => expect(a.df(k.x, defaultParams(a))).toBe(k.derivative));
      expect(row.params.map((q) => q.value)).toEqual(
        Object.values(a.params).map((spec) => `${spec.symbol} = ${formatNumber(spec.default)}`),
      );
      expect(row.params.map((q) => q.meaning)).toEqual(Object.values(a.params).map((spec) => spec.meaning));
    }
  });

  it('spells out specific rows', () => {
    expect(propertiesRow(getActivation('relu'))).toMatchObject({
      range: '[0, ∞)',
      monotonic: 'yes',
      zeroCentred: 'no',
      saturates: 'left',
      continuity: { sup: '0' },
      kinks: [{ value: 'f′(0) = 0' }],
      params: [],
    });
    expect(propertiesRow(getActivation('hard-sigmoid')).kinks.map((k) => k.value)).toEqual(['f′(−3) = 0', 'f′(3) = 0']);
    expect(propertiesRow(getActivation('sigmoid')).saturates).toBe('both');
    expect(propertiesRow(getActivation('leaky-relu'))).toMatchObject({
      saturates: 'neither',
      params: [{ value: 'α = 0.01', meaning: 'negative slope' }],
    });
    expect(propertiesRow(getActivation('selu')).rangeParts).toEqual(['(−λα, ∞)', '≈ (−1.758, ∞)']);
    expect(propertiesRow(getActivation('gelu'))).toMatchObject({ monotonic: 'no', continuity: { sup: '∞', words: 'smooth' }, kinks: [] });
  });
});

describe('splitWhereClause', () => {
  it('puts a trailing “where” clause on its own line, and nothing else', () => {
    expect(
      splitWhereClause(
        'f(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x}-1) & x \\le 0 \\end{cases},\\quad \\lambda \\approx 1.0507',
      ),
    ).toEqual(['f(x) = \\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x}-1) & x \\le 0 \\end{cases},', '\\lambda \\approx 1.0507']);
    expect(splitWhereClause('f(x) = \\frac{a,\\quad b}{2}')).toEqual(['f(x) = \\frac{a,\\quad b}{2}']);
    expect(splitWhereClause('\\begin{cases} a,\\quad b \\end{cases}')).toHaveLength(1);
    for (const a of ACTIVATIONS)
      expect(splitWhereClause(a.tex).join(' ').replace(/\s+/g, '')).toBe(a.tex.replace(/,\\quad/g, ',').replace(/\s+/g, ''));
  });
});

describe('explorerHref', () => {
  it('opens the explorer with exactly that function, for every entry (the default one too)', () => {
    const config = explorerConfig({ id: 'atlas-explorer', activation: 'sigmoid', compare: true });
    const schema = explorerSchema(config);
    for (const id of ACTIVATION_IDS) {
      const href = explorerHref('atlas-explorer', id);
      expect(href).toBe(`#atlas-explorer.act=${id}`);
      expect(readFigureState(href, 'atlas-explorer', schema).act).toEqual([id]);
    }
  });
});
