import { describe, expect, it } from 'vitest';
import { layerGradients, DEPTH_ACTIVATIONS } from '../../../src/lib/experiments/depth';
import { INIT_SCHEMES } from '../../../src/lib/experiments/mlp';
import { formatNumber } from '../../../src/figures/kit/format';
import { depthGradientsModel, depthReadout, layerTicks, type DepthGradientsOptions } from '../../../src/figures/depth-gradients/model';
import { sceneToSvg, type CircleNode, type PathNode } from '../../../src/figures/kit/scene';
import { ratioSpread, SPREAD_SEEDS } from '../../../src/lib/experiments/depth';
import { childrenOf, nodeAt, subpaths } from '../../helpers/scene-query';

const base: DepthGradientsOptions = {
  depth: 20,
  activation: 'sigmoid',
  init: 'glorot',
  seed: 1,
  layerWidth: 32,
  samples: 4,
  width: 640,
  height: 400,
};
const model = (extra: Partial<DepthGradientsOptions> = {}) => depthGradientsModel({ ...base, ...extra });

describe('depthGradientsModel', () => {
  it('draws one point per layer on the log axis, layer 1 leftmost', () => {
    for (const depth of [1, 2, 7, 20, 30]) {
      const { scene } = model({ depth });
      const path = nodeAt(scene, 'measured') as PathNode;
      const vertices = subpaths(path.d);
      expect(vertices).toHaveLength(1); // unbroken: every norm is positive
      expect(vertices[0]).toHaveLength(depth);
      const markers = childrenOf(nodeAt(scene, 'markers')) as CircleNode[];
      expect(markers.map((m) => m.key)).toEqual(Array.from({ length: depth }, (_, i) => `l${i + 1}`));
      for (let i = 1; i < markers.length; i++) expect(markers[i]!.cx).toBeGreaterThan(markers[i - 1]!.cx);
      // The markers sit on the path's vertices.
      markers.forEach((m, i) => {
        expect(vertices[0]![i]![0]).toBeCloseTo(m.cx, 1);
        expect(vertices[0]![i]![1]).toBeCloseTo(m.cy, 1);
      });
    }
  });

  it('places each point at the experiment’s gradient norm: equal decades, equal pixels', () => {
    const { scene, gradients } = model();
    const norms = gradients.preActivationGradientNorms;
    const expected = layerGradients({ depth: 20, activation: 'sigmoid', init: 'glorot', seed: 1, width: 32, samples: 4 });
    expect(norms).toEqual(expected.preActivationGradientNorms);
    const markers = childrenOf(nodeAt(scene, 'markers')) as CircleNode[];
    const pixelsPerDecade = (markers[0]!.cy - markers[19]!.cy) / Math.log10(norms[19]! / norms[0]!);
    for (let l = 1; l < 20; l++) {
      expect((markers[0]!.cy - markers[l]!.cy) / pixelsPerDecade).toBeCloseTo(Math.log10(norms[l]! / norms[0]!), 1);
    }
    // Vanishing: with sigmoid the input side is far below the output side.
    expect(markers[0]!.cy).toBeGreaterThan(markers[19]!.cy + 100);
  });

  it('draws the dashed 0.25^(L−l+1) line for the sigmoids only (rescaled ones included)', () => {
    for (const activation of DEPTH_ACTIVATIONS) {
      const { scene, boundShown } = model({ activation });
      const bound = childrenOf(nodeAt(scene, 'bound'));
      const sigmoid = activation.startsWith('sigmoid');
      expect(boundShown).toBe(sigmoid);
      expect(bound).toHaveLength(sigmoid ? 1 : 0);
    }
    const { scene, gradients } = model({ depth: 12 });
    const line = childrenOf(nodeAt(scene, 'bound'))[0] as PathNode;
    const vertices = subpaths(line.d)[0]!;
    expect(vertices).toHaveLength(12);
    expect(gradients.sigmoidFactorBound).toEqual(Array.from({ length: 12 }, (_, i) => 0.25 ** (12 - i)));
    // Each layer to the left is a factor 4 lower: the same pixel step every time.
    const steps = vertices.slice(1).map((v, i) => vertices[i]![1] - v[1]);
    for (const s of steps) expect(s).toBeCloseTo(steps[0]!, 0);
  });

  it('prints the first-to-last ratio the experiment gives', () => {
    for (const activation of DEPTH_ACTIVATIONS) {
      for (const init of INIT_SCHEMES) {
        const g = layerGradients({ depth: 20, activation, init, seed: 1, width: 32, samples: 4 });
        const ratio = g.preActivationGradientNorms[0]! / g.preActivationGradientNorms[19]!;
        const result = model({ activation, init });
        expect(result.ratio).toBe(ratio);
        expect(result.readout[0]).toBe(`Layer 1 gets ${formatNumber(ratio, 2)} of the gradient that reaches layer 20`);
      }
    }
    expect(model().readout[0]).toBe('Layer 1 gets 1.3\u00a0×\u00a010⁻¹² of the gradient that reaches layer 20');
  });

  it('splits the ratio exactly into mean slope and weight gains', () => {
    for (const [activation, init] of [
      ['sigmoid', 'glorot'],
      ['relu', 'he'],
      ['tanh', 'naive'],
    ] as const) {
      const r = model({ activation, init, depth: 15 });
      expect(Math.log((r.meanDerivativeGain * r.meanWeightGain) ** 14)).toBeCloseTo(Math.log(r.ratio), 8);
    }
    const sigmoid = model();
    expect(sigmoid.meanDerivativeGain).toBeLessThanOrEqual(0.25);
    expect(sigmoid.readout[2]).toBe(`The sigmoid slopes alone allow at most 0.25¹⁹ = ${formatNumber(0.25 ** 19, 2)} over those 19 layers`);
    expect(model({ activation: 'tanh' }).readout).toHaveLength(3);
  });

  it('prints the median and range of the ratio over seeds 1–8, and bands the per-layer range behind the line', () => {
    const ratios = SPREAD_SEEDS.map((seed) => {
      const n = layerGradients({ depth: 20, activation: 'relu', init: 'he', seed, width: 32, samples: 4 }).preActivationGradientNorms;
      return n[0]! / n[19]!;
    });
    const sorted = [...ratios].sort((a, b) => a - b);
    const r = model({ activation: 'relu', init: 'he', seed: 40 });
    expect(r.spread).toEqual({ median: (sorted[3]! + sorted[4]!) / 2, min: sorted[0], max: sorted[7] });
    expect(r.readout.at(-1)).toBe(
      `Over the networks of seeds 1–8: median ${formatNumber(r.spread.median, 2)}, from ${formatNumber(r.spread.min, 2)} to ${formatNumber(r.spread.max, 2)} (the faint band)`,
    );
    // The band is one closed polygon: 20 points along the top, 20 back along the bottom.
    const band = nodeAt(r.scene, 'spread') as PathNode;
    expect(band.d.endsWith('Z')).toBe(true);
    expect(band.d.split('L')).toHaveLength(40);
    // The seed's own line does not change the band: seed 1 is one of the eight, seed 40 is not.
    expect((nodeAt(model({ activation: 'relu', init: 'he', seed: 1 }).scene, 'spread') as PathNode).d).toBe(band.d);
  });

  it('ratioSpread: median of an odd and an even count, and the range', () => {
    expect(ratioSpread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(ratioSpread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('says something sensible at depth 1 and when no gradient arrives', () => {
    expect(model({ depth: 1 }).readout).toEqual([
      'With a single layer the gradient has nothing to pass through: add layers to see it shrink.',
    ]);
    expect(depthReadout({ depth: 5, ratio: NaN, meanDerivativeGain: 0, meanWeightGain: 0, sigmoid: false })[0]).toMatch(
      /No gradient reaches layer 5/,
    );
  });

  it('labels layer 1 and evenly spaced layers, never more than fit', () => {
    expect(layerTicks(20, 560)).toEqual([1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
    expect(layerTicks(20, 250)).toEqual([1, 5, 10, 15, 20]);
    expect(layerTicks(30, 250)).toEqual([1, 5, 10, 15, 20, 25, 30]);
    expect(layerTicks(1, 250)).toEqual([1]);
    expect(layerTicks(3, 560)).toEqual([1, 2, 3]);
  });

  it('never writes NaN or Infinity, at any size', () => {
    for (const activation of DEPTH_ACTIVATIONS) {
      for (const init of INIT_SCHEMES) {
        for (const [width, height, depth] of [
          [240, 200, 30],
          [640, 400, 1],
          [1200, 700, 30],
        ] as const) {
          expect(sceneToSvg(model({ activation, init, width, height, depth }).scene)).not.toMatch(/NaN|Infinity/);
        }
      }
    }
  });
});
