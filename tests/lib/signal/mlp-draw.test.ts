/** The mean-field weight draw added to mlp.ts: N(0, σ_w²/fan-in) weights, N(0, σ_b²) biases, any Activation. */
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import type { Activation } from '../../../src/lib/activations/types';
import { createMlp } from '../../../src/lib/experiments/mlp';
import { gaussianExpectation } from '../../../src/lib/signal/gaussian';
import { measureSignal } from '../../../src/lib/signal/measured';

const stats = (v: Float64Array) => {
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  return { mean, variance: v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length };
};

describe('createMlp with weightVariance and biasVariance', () => {
  it('draws weights with variance σ_w²/fan-in and biases with variance σ_b² (within 5 standard errors)', () => {
    const net = createMlp({ sizes: [400, 300, 300], activation: 'tanh', weightVariance: 2, biasVariance: 0.3, seed: 3 });
    for (const w of net.weights) {
      const s = stats(w);
      // The sample variance of n normals has standard error σ²·√(2/n).
      expect(Math.abs(s.variance - 2 / (w.length / 300))).toBeLessThan(5 * (2 / (w.length / 300)) * Math.sqrt(2 / w.length));
    }
    for (const b of net.biases) expect(Math.abs(stats(b).variance - 0.3)).toBeLessThan(5 * 0.3 * Math.sqrt(2 / 300));
  });
  it('leaves the existing schemes untouched when the variances are not given', () => {
    const a = createMlp({ sizes: [4, 5, 3], activation: 'relu', init: 'he', biasInit: 0.1, seed: 9 });
    const b = createMlp({ sizes: [4, 5, 3], activation: 'relu', init: 'he', biasInit: 0.1, seed: 9 });
    expect([...a.weights[0]!]).toEqual([...b.weights[0]!]);
    expect([...a.biases[1]!]).toEqual([0.1, 0.1, 0.1]);
  });
  it('rejects a negative variance by name', () => {
    expect(() => createMlp({ sizes: [2, 2], activation: 'relu', weightVariance: -1 })).toThrow(/weightVariance/);
    expect(() => createMlp({ sizes: [2, 2], activation: 'relu', biasVariance: Number.NaN })).toThrow(/biasVariance/);
  });
  it('runs a custom Activation object (a reader’s formula), not only registry ids', () => {
    const cube: Activation = {
      ...getActivation('identity'),
      id: 'custom',
      name: 'x/(1+x²)',
      f: (x) => x / (1 + x * x),
      df: (x) => (1 - x * x) / (1 + x * x) ** 2,
    };
    const net = createMlp({ sizes: [3, 2], activation: cube, weightVariance: 1, seed: 1 });
    const out = net.forward([1, 2, 3]);
    expect(out[0]).toBeCloseTo(cube.f(net.preActivations[0]![0]!, {}), 15);
    // And through the measurement, with q₁ = σ_w² + σ_b² for unit inputs (in expectation).
    const m = measureSignal({ activation: cube, width: 256, depth: 2, sigmaW2: 1, sigmaB2: 0, seed: 2, samples: 4 });
    expect(Math.abs(m.preActivationSecondMoment[0]! - 1)).toBeLessThan(0.2);
    const q2 = gaussianExpectation((x) => cube.f(x, {}) ** 2, 1).value;
    expect(Math.abs(m.preActivationSecondMoment[1]! - q2)).toBeLessThan(0.2 * q2 + 0.02);
  });
});
