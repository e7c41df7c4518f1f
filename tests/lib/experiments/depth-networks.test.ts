import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import {
  DEPTH_ACTIVATIONS,
  DEPTH_LIMITS,
  drawDepthNetwork,
  layerGradients,
  resolveLayerGradientOptions,
} from '../../../src/lib/experiments/depth';
import { KEPT_DEPTH_NETWORKS, layerGradientsOfKeptNetwork } from '../../../src/lib/experiments/depth-networks';
import { INIT_SCHEMES } from '../../../src/lib/experiments/mlp';

const DEEPEST = DEPTH_LIMITS.depth.max;

describe('a depth run on the first d layers of a deeper network', () => {
  it('is the run layerGradients draws at depth d, exactly, for every activation, init and depth', () => {
    for (const activation of DEPTH_ACTIVATIONS) {
      for (const init of INIT_SCHEMES) {
        const options = { activation, init, seed: 7, width: 12, samples: 3 };
        const deep = drawDepthNetwork(resolveLayerGradientOptions(options), DEEPEST);
        for (let depth = 1; depth <= DEEPEST; depth++) expect(deep.measure(depth)).toEqual(layerGradients({ ...options, depth }));
      }
    }
  });

  it('finds a reader’s function non-finite only where the depth-d network meets it', () => {
    // Doubling grows the signal layer by layer until it passes 1000, where the function is infinite
    // (at depth 6 with this seed): the shallower networks never meet that value.
    const custom = { ...getActivation('tanh'), f: (x: number) => (Math.abs(x) > 1000 ? Infinity : 2 * x), df: () => 2 };
    const options = { custom, width: 32, samples: 4, seed: 3, init: 'he' as const };
    const deep = drawDepthNetwork(resolveLayerGradientOptions(options), DEEPEST);
    const flags = new Set<boolean>();
    for (let depth = 1; depth <= DEEPEST; depth++) {
      const expected = layerGradients({ ...options, depth });
      flags.add(expected.nonFiniteAt === undefined);
      expect(deep.measure(depth).nonFiniteAt).toBe(expected.nonFiniteAt);
    }
    expect(flags).toEqual(new Set([true, false]));
  });

  it('refuses a depth beyond the one drawn', () => {
    const network = drawDepthNetwork(resolveLayerGradientOptions({}), 5);
    expect(() => network.measure(6)).toThrow(RangeError);
  });
});

describe('layerGradientsOfKeptNetwork', () => {
  const settings = { activation: 'tanh', init: 'glorot', width: 16, samples: 2 } as const;

  it('gives layerGradients’ numbers, deeper and shallower than the depth first asked for', () => {
    for (const depth of [6, 3, 17, DEEPEST, 1, 6]) {
      expect(layerGradientsOfKeptNetwork({ ...settings, seed: 11, depth })).toEqual(layerGradients({ ...settings, seed: 11, depth }));
    }
  });

  it('keeps a network and each depth’s result: asking again returns the same object', () => {
    const first = layerGradientsOfKeptNetwork({ ...settings, seed: 12, depth: 9 });
    layerGradientsOfKeptNetwork({ ...settings, seed: 12, depth: 4 });
    expect(layerGradientsOfKeptNetwork({ ...settings, seed: 12, depth: 9 })).toBe(first);
  });

  it('keeps at most KEPT_DEPTH_NETWORKS, dropping the least recently used', () => {
    const ask = (seed: number) => layerGradientsOfKeptNetwork({ ...settings, seed, depth: 5 });
    const first = ask(100);
    for (let seed = 101; seed < 100 + KEPT_DEPTH_NETWORKS; seed++) ask(seed);
    expect(ask(100)).toBe(first); // still kept, and now the most recently used
    for (let seed = 200; seed < 200 + KEPT_DEPTH_NETWORKS; seed++) ask(seed);
    const again = ask(100);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('tells networks apart by every setting, a reader’s function included', () => {
    const elu = getActivation('elu');
    const silu = getActivation('silu');
    const base = { ...settings, seed: 13, depth: 8 };
    const variants = [
      base,
      { ...base, activation: 'sigmoid' as const },
      { ...base, init: 'he' as const },
      { ...base, width: 17 },
      { ...base, samples: 3 },
      { ...base, seed: 14 },
      { ...base, custom: elu },
      { ...base, custom: silu },
    ];
    for (const options of variants) layerGradientsOfKeptNetwork(options);
    for (const options of variants) expect(layerGradientsOfKeptNetwork(options)).toEqual(layerGradients(options));
  });
});
