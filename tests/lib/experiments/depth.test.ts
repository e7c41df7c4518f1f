import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPTH_ACTIVATIONS, layerGradients, SIGMOID_DERIVATIVE_MAX } from '../../../src/lib/experiments/depth';
import { createMlp, INIT_SCHEMES } from '../../../src/lib/experiments/mlp';

const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1);

/** ‖W‖₂ by power iteration on WᵀW (row-major, rows × cols). */
function spectralNorm(w: Float64Array, rows: number, cols: number): number {
  let v = new Float64Array(cols).fill(1 / Math.sqrt(cols));
  let sigma = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const u = new Float64Array(rows);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) u[i] += w[i * cols + j] * v[j];
    const next = new Float64Array(cols);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) next[j] += w[i * cols + j] * u[i];
    const length = Math.hypot(...next);
    sigma = Math.sqrt(length);
    v = next.map((x) => x / length);
  }
  return sigma;
}

describe('layerGradients with sigmoid', () => {
  const depth = 10;
  const result = layerGradients({ depth, activation: 'sigmoid', init: 'glorot' });
  const outputGradient = result.activationGradientNorms[depth - 1];

  it('feeds back a unit output gradient', () => {
    expect(outputGradient).toBeCloseTo(1, 12);
  });

  it('at depth 10, the first layer’s gradient is below the 0.25ᴸ bound times the output gradient', () => {
    // Measured with Glorot weights, whose typical gain is ≈ 1; see the next test for the theorem.
    expect(result.preActivationGradientNorms[0]).toBeLessThan(result.sigmoidFactorBound[0] * outputGradient);
    expect(result.sigmoidFactorBound[0]).toBe(0.25 ** depth);
  });

  it('the rigorous bound: derivative factors ≤ 0.25 per layer, times the weight gains', () => {
    result.derivativeGains.forEach((gain) => expect(gain).toBeLessThanOrEqual(SIGMOID_DERIVATIVE_MAX));
    // ‖∂L/∂z_1‖ = Π derivative gains · Π weight gains · ‖∂L/∂h_L‖ exactly (telescoping), so
    // ‖∂L/∂z_1‖ ≤ 0.25^L · Π weight gains · ‖∂L/∂h_L‖.
    const telescoped = product(result.derivativeGains) * product(result.weightGains) * outputGradient;
    expect(result.preActivationGradientNorms[0] / telescoped).toBeCloseTo(1, 10);
    expect(result.preActivationGradientNorms[0]).toBeLessThanOrEqual(0.25 ** depth * product(result.weightGains) * outputGradient);
  });

  it('each weight gain is at most the spectral norm of the weight matrix it passes through', () => {
    const width = result.options.width;
    const net = createMlp({
      sizes: Array.from({ length: depth + 1 }, () => width),
      activation: 'sigmoid',
      init: 'glorot',
      seed: result.options.seed,
    });
    result.weightGains.forEach((gain, l) => {
      expect(gain).toBeLessThanOrEqual(spectralNorm(net.weights[l + 1], width, width));
    });
  });

  it('gradient norms shrink roughly geometrically with depth', () => {
    const deep = layerGradients({ depth: 20, activation: 'sigmoid', init: 'glorot' });
    const norms = deep.preActivationGradientNorms;
    for (let l = 0; l < norms.length - 1; l++) {
      const ratio = norms[l] / norms[l + 1];
      expect(ratio).toBeGreaterThan(0.1);
      expect(ratio).toBeLessThan(0.4);
    }
    // A straight line on a log plot: the average per-layer factor is close to 1/4.
    const perLayer = (norms[0] / norms[norms.length - 1]) ** (1 / (norms.length - 1));
    expect(perLayer).toBeGreaterThan(0.15);
    expect(perLayer).toBeLessThan(0.3);
  });

  it('naive N(0, 0.01²) weights vanish far faster than Glorot', () => {
    const naive = layerGradients({ depth, activation: 'sigmoid', init: 'naive' });
    expect(naive.preActivationGradientNorms[0]).toBeLessThan(1e-10 * result.preActivationGradientNorms[0]);
  });
});

describe('layerGradients with ReLU and He initialisation', () => {
  it('does not vanish: first/last layer ratio within [0.1, 10] at depth 10', () => {
    const result = layerGradients({ depth: 10, activation: 'relu', init: 'he' });
    const w = result.weightGradientNorms;
    const z = result.preActivationGradientNorms;
    expect(w[0] / w[9]).toBeGreaterThan(0.1);
    expect(w[0] / w[9]).toBeLessThan(10);
    expect(z[0] / z[9]).toBeGreaterThan(0.1);
    expect(z[0] / z[9]).toBeLessThan(10);
  });
});

describe('layerGradients results', () => {
  it('index layers from input (0) to output (L−1), with L−1 weight gains', () => {
    const result = layerGradients({ depth: 5 });
    expect(result.weightGradientNorms).toHaveLength(5);
    expect(result.weightGains).toHaveLength(4);
    expect(result.sigmoidFactorBound).toEqual([0.25 ** 5, 0.25 ** 4, 0.25 ** 3, 0.25 ** 2, 0.25]);
  });

  it('is deterministic per seed', () => {
    expect(layerGradients({ seed: 4 })).toEqual(layerGradients({ seed: 4 }));
    expect(layerGradients({ seed: 4 }).weightGradientNorms).not.toEqual(layerGradients({ seed: 5 }).weightGradientNorms);
  });

  it('never produces NaN or Infinity for any allowed options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 128 }),
        fc.constantFrom(...DEPTH_ACTIVATIONS),
        fc.constantFrom(...INIT_SCHEMES),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (depth, width, activation, init, samples, seed) => {
          const result = layerGradients({ depth, width, activation, init, samples, seed });
          const all = [
            ...result.weightGradientNorms,
            ...result.preActivationGradientNorms,
            ...result.activationGradientNorms,
            ...result.derivativeGains,
            ...result.weightGains,
            ...result.sigmoidFactorBound,
          ];
          return all.every((x) => Number.isFinite(x) && x >= 0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    [{ depth: 0 }, /depth must be an integer in \[1, 30\]; got 0/],
    [{ depth: 31 }, /depth must be an integer in \[1, 30\]/],
    [{ width: 1 }, /width must be an integer in \[2, 128\]/],
    [{ samples: 0 }, /samples must be an integer in \[1, 64\]/],
    [{ activation: 'elu' as never }, /activation must be one of sigmoid, sigmoid-scaled, sigmoid-centred, tanh, relu, leaky-relu/],
    [{ init: 'xavier' as never }, /init must be one of naive, glorot, he/],
    [{ seed: 0.5 }, /seed must be an integer/],
  ])('rejects %o', (options, message) => {
    expect(() => layerGradients(options)).toThrow(RangeError);
    expect(() => layerGradients(options)).toThrow(message);
  });
});

describe('layerGradients with the rescaled sigmoids', () => {
  const ratio = (activation: (typeof DEPTH_ACTIVATIONS)[number], seed: number, init: (typeof INIT_SCHEMES)[number] = 'glorot') => {
    const n = layerGradients({ activation, init, depth: 20, width: 32, samples: 4, seed }).preActivationGradientNorms;
    return n[0]! / n[19]!;
  };

  it('sigmoid-centred is the tanh network in disguise: the same layer-1/layer-L ratio, to rounding, for every seed and init', () => {
    // σ(z) = ½ + ½·tanh(z/2) with z = 2u at every layer, so ∂L/∂z_l = ½·∂L/∂u_l and the ratio is tanh's.
    for (const seed of [1, 2, 3, 7, 11]) {
      for (const init of INIT_SCHEMES) {
        expect(ratio('sigmoid-centred', seed, init) / ratio('tanh', seed, init)).toBeCloseTo(1, 9);
      }
    }
  });

  it('every pre-activation gradient is a quarter of the tanh network’s, layer by layer', () => {
    // Same unit gradient at the output: h = ½ + ½·t gives ∂L/∂t = ½·∂L/∂h, and z = 2u gives another ½.
    const s = layerGradients({ activation: 'sigmoid-centred', depth: 8, seed: 5 }).preActivationGradientNorms;
    const t = layerGradients({ activation: 'tanh', depth: 8, seed: 5 }).preActivationGradientNorms;
    s.forEach((v, l) => expect(v / t[l]!).toBeCloseTo(0.25, 9));
  });

  it('scaling alone helps by orders of magnitude but not enough: plain ≪ 4× ≪ 4× and centred, over seeds 1–10', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const plain = ratio('sigmoid', seed);
      const scaled = ratio('sigmoid-scaled', seed);
      const centred = ratio('sigmoid-centred', seed);
      expect(scaled / plain).toBeGreaterThan(1e6);
      expect(centred / scaled).toBeGreaterThan(100);
    }
  });
});
