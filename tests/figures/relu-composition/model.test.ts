import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RELU_SUM,
  evaluateReluSum,
  largestGap,
  reluInterpolant,
  reluSumTex,
  reluSumText,
  RELU_TARGET,
} from '../../../src/lib/experiments/relu-sum';
import { reluCompositionModel } from '../../../src/figures/relu-composition/model';
import { reluCompositionConfig, reluCompositionSchema, sumFromState } from '../../../src/figures/relu-composition/config';
import { readFigureState } from '../../../src/figures/kit/url-state';
import type { PathNode, SceneNode } from '../../../src/figures/kit/scene';
import { sceneToSvg } from '../../../src/figures/kit/scene';
import { parsePath } from '../../helpers/path';

function find(nodes: readonly SceneNode[], key: string): SceneNode | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    if (node.type === 'g' || node.type === 'clipPath') {
      const inner = find(node.children, key);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe('ReLU sums', () => {
  it('an interpolant passes through every knot and is straight in between', () => {
    const g = (x: number) => Math.sin(x);
    const knots = [-3, -1.5, 0, 0.5, 2];
    const sum = reluInterpolant(g, knots);
    expect(sum.units).toHaveLength(knots.length - 1);
    for (const k of knots) expect(evaluateReluSum(sum, k)).toBeCloseTo(g(k), 12);
    const mid = (knots[1]! + knots[2]!) / 2;
    expect(evaluateReluSum(sum, mid)).toBeCloseTo((g(knots[1]!) + g(knots[2]!)) / 2, 12);
  });

  it('sorts knots and drops repeated or non-finite ones', () => {
    const sum = reluInterpolant((x) => x * x, [1, -1, 1, NaN, 0]);
    expect(sum.units.map((u) => u.knot)).toEqual([-1, 0]);
    expect(reluInterpolant((x) => x, [])).toEqual({ constant: 0, units: [] });
  });

  it('x² from four units: the sum the post prints, off by h²/4 = 0.25 at worst, at a midpoint', () => {
    expect(DEFAULT_RELU_SUM).toEqual({
      constant: 4,
      units: [
        { knot: -2, weight: -3 },
        { knot: -1, weight: 2 },
        { knot: 0, weight: 2 },
        { knot: 1, weight: 2 },
      ],
    });
    expect(reluSumTex(DEFAULT_RELU_SUM)).toBe(
      '4 - 3\\,\\mathrm{ReLU}(x+2) + 2\\,\\mathrm{ReLU}(x+1) + 2\\,\\mathrm{ReLU}(x) + 2\\,\\mathrm{ReLU}(x-1)',
    );
    expect(reluSumText(DEFAULT_RELU_SUM)).toBe('4 − 3·ReLU(x + 2) + 2·ReLU(x + 1) + 2·ReLU(x) + 2·ReLU(x − 1)');
    const { gap, x } = largestGap(RELU_TARGET.f, DEFAULT_RELU_SUM, -2, 2);
    expect(gap).toBeCloseTo(0.25, 9);
    expect(Math.abs(x % 1)).toBeCloseTo(0.5, 9);
  });
});

describe('reluCompositionModel', () => {
  const size = { width: 640, height: 360, idPrefix: 'rc' };

  it('draws the sum through the knots, the target, one path per unit and the gap bar', () => {
    const { scene, gap, readout } = reluCompositionModel({ sum: DEFAULT_RELU_SUM, ...size });
    expect(gap).toBeCloseTo(0.25, 9);
    expect(readout).toEqual([
      'Sum: 4 − 3·ReLU(x + 2) + 2·ReLU(x + 1) + 2·ReLU(x) + 2·ReLU(x − 1)',
      'Largest gap from x² on [−2, 2]: 0.25, at x = −1.5',
    ]);
    const sum = (find(scene.nodes, 'sum') as PathNode).d;
    // Piecewise linear: one vertex per kink plus the two ends.
    expect(parsePath(sum).flat()).toHaveLength(5);
    for (let i = 0; i < 4; i++) expect((find(scene.nodes, `u${i}`) as PathNode).d).toMatch(/^M/);
    expect((find(scene.nodes, 'target') as PathNode).d).toMatch(/^M[\d.]+,[\d.]+L/);
    const bar = find(scene.nodes, 'gap');
    expect(bar?.type).toBe('line');
    expect(sceneToSvg(scene)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('moves the picture and the numbers when a unit changes', () => {
    const moved = { ...DEFAULT_RELU_SUM, units: DEFAULT_RELU_SUM.units.map((u, i) => (i === 2 ? { ...u, weight: 0 } : u)) };
    const a = reluCompositionModel({ sum: DEFAULT_RELU_SUM, ...size });
    const b = reluCompositionModel({ sum: moved, ...size });
    expect((find(b.scene.nodes, 'sum') as PathNode).d).not.toBe((find(a.scene.nodes, 'sum') as PathNode).d);
    // Without the kink at 0 the right half rises 2 too slowly: 4 short at x = 2.
    expect(b.gap).toBeCloseTo(4, 9);
    expect(b.gapX).toBe(2);
  });

  it('stays finite for extreme sums and tiny sizes', () => {
    const wild = {
      constant: 5,
      units: [
        { knot: -2, weight: 4 },
        { knot: -2, weight: 4 },
        { knot: 2, weight: -4 },
        { knot: 0, weight: -4 },
      ],
    };
    for (const [w, h] of [
      [640, 360],
      [240, 200],
      [1, 1],
    ]) {
      const { scene, gap } = reluCompositionModel({ sum: wild, width: w!, height: h!, idPrefix: 'rc' });
      expect(Number.isFinite(gap)).toBe(true);
      expect(sceneToSvg(scene)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

describe('reluCompositionSchema', () => {
  const config = reluCompositionConfig({});
  const schema = reluCompositionSchema(config);

  it('defaults to the four-unit interpolant, and reads a shared link', () => {
    expect(sumFromState(readFigureState('', config.id, schema))).toEqual(DEFAULT_RELU_SUM);
    const state = readFigureState(`#${config.id}.k3=0.5&${config.id}.w3=1.5&${config.id}.c=3`, config.id, schema);
    expect(sumFromState(state)).toMatchObject({ constant: 3, units: [{}, {}, { knot: 0.5, weight: 1.5 }, {}] });
  });

  it('clamps and snaps garbage to the sliders’ ranges', () => {
    const state = readFigureState(
      `#${config.id}.k1=99&${config.id}.w2=-99&${config.id}.w1=-1e999&${config.id}.w4=NaN&${config.id}.c=0.123`,
      config.id,
      schema,
    );
    const sum = sumFromState(state);
    expect(sum.units[0]!.knot).toBe(2);
    expect(sum.units[1]!.weight).toBe(-4);
    expect(sum.units[0]!.weight).toBe(DEFAULT_RELU_SUM.units[0]!.weight);
    expect(sum.units[3]!.weight).toBe(DEFAULT_RELU_SUM.units[3]!.weight);
    expect(sum.constant).toBe(0.1);
  });

  it('rejects a bad id at build time, naming the component', () => {
    expect(() => reluCompositionConfig({ id: 'a b' })).toThrow(/<ReluComposition> prop "id"/);
  });
});
