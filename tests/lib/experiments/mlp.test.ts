import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, getActivation } from '../../../src/lib/activations/registry';
import type { Activation } from '../../../src/lib/activations/types';
import { createMlp, NAIVE_INIT_STD, transposeTimes, type Mlp } from '../../../src/lib/experiments/mlp';
import { createRng } from '../../../src/lib/experiments/rng';

/** L = c · output for a fixed random c, so ∂L/∂output = c. */
function linearLoss(net: Mlp, input: Float64Array, c: Float64Array): number {
  const out = net.forward(input);
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += c[i] * out[i];
  return sum;
}

function randomVector(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.normal());
}

/** Distance from every pre-activation to the nearest kink, where finite differences are meaningless. */
function distanceToKinks(net: Mlp, activation: Activation): number {
  let min = Infinity;
  for (const z of net.preActivations) {
    for (const value of z) {
      for (const kink of activation.properties.kinks) min = Math.min(min, Math.abs(value - kink.x));
    }
  }
  return min;
}

function std(values: Float64Array): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

describe('transposeTimes', () => {
  it('is Wᵀ·v summed row by row, bit for bit, for row counts that are and are not multiples of four', () => {
    for (const [rows, cols] of [
      [1, 3],
      [3, 5],
      [4, 4],
      [6, 2],
      [9, 7],
      [32, 32],
    ] as const) {
      const w = randomVector(rows * cols, rows);
      const v = randomVector(rows, cols);
      const expected = new Float64Array(cols);
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) expected[j] += w[i * cols + j] * v[i];
      const out = new Float64Array(cols).fill(NaN); // overwritten, not added to
      transposeTimes(w, v, out);
      expect(out).toEqual(expected);
    }
  });
});

describe('createMlp backward pass', () => {
  const cases = ACTIVATIONS.flatMap((activation) => [
    { activation, linearOutput: false },
    { activation, linearOutput: true },
  ]);

  it.each(cases)('$activation.id (linear output: $linearOutput) matches central finite differences', ({ activation, linearOutput }) => {
    const net = createMlp({
      sizes: [3, 5, 4, 2],
      activation: activation.id,
      init: 'glorot',
      biasInit: 0.1,
      linearOutput,
      seed: 7,
    });
    const input = randomVector(3, 11);
    const c = randomVector(2, 13);
    net.forward(input);
    expect(distanceToKinks(net, activation)).toBeGreaterThan(1e-3);
    const grads = net.backward(c);
    // Copy: the finite-difference passes below reuse the network's buffers.
    const analytic = [...grads.weights, ...grads.biases].map((g) => g.slice());

    const h = 1e-6;
    const params = [...net.weights, ...net.biases];
    params.forEach((theta, t) => {
      for (let i = 0; i < theta.length; i++) {
        const original = theta[i];
        theta[i] = original + h;
        const plus = linearLoss(net, input, c);
        theta[i] = original - h;
        const minus = linearLoss(net, input, c);
        theta[i] = original;
        const numeric = (plus - minus) / (2 * h);
        expect(Math.abs(analytic[t][i] - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    });
  });

  it('accumulates over calls when asked and overwrites otherwise', () => {
    const net = createMlp({ sizes: [2, 3, 1], activation: 'tanh', seed: 3 });
    const a = Float64Array.of(0.5, -1);
    const b = Float64Array.of(-0.2, 0.8);
    const one = Float64Array.of(1);
    net.forward(a);
    const ga = net.backward(one).weights[0].slice();
    net.forward(b);
    const gb = net.backward(one).weights[0].slice();

    net.zeroGradients();
    net.forward(a);
    net.backward(one, true);
    net.forward(b);
    const sum = net.backward(one, true).weights[0];
    sum.forEach((g, i) => expect(g).toBeCloseTo(ga[i] + gb[i], 14));

    net.forward(b);
    expect(Array.from(net.backward(one).weights[0])).toEqual(Array.from(gb));
  });

  it('gives one example’s weight gradient as the outer product ∂L/∂z · h_prevᵀ (Frobenius norm = product of norms)', () => {
    const net = createMlp({ sizes: [4, 6, 3], activation: 'sigmoid', seed: 8 });
    const input = randomVector(4, 1);
    net.forward(input);
    const grads = net.backward(randomVector(3, 2));
    const norm = (v: Float64Array) => Math.hypot(...v);
    expect(norm(grads.weights[1])).toBeCloseTo(norm(grads.preActivations[1]) * norm(net.activations[0]), 14);
    expect(norm(grads.weights[0])).toBeCloseTo(norm(grads.preActivations[0]) * norm(input), 14);
  });

  it('records f′(z) in the forward pass (1 for a linear read-out)', () => {
    const net = createMlp({ sizes: [2, 3, 1], activation: 'tanh', linearOutput: true, seed: 4 });
    net.forward([0.3, -0.7]);
    const tanh = getActivation('tanh');
    net.derivatives[0].forEach((d, i) => expect(d).toBe(tanh.df(net.preActivations[0][i], {})));
    expect(Array.from(net.derivatives[1])).toEqual([1]);
  });

  it('sgdStep moves every parameter against its gradient', () => {
    const net = createMlp({ sizes: [2, 3, 1], activation: 'sigmoid', seed: 5 });
    const before = net.weights[0].slice();
    net.forward(Float64Array.of(1, 2));
    const g = net.backward(Float64Array.of(1)).weights[0].slice();
    net.sgdStep(0.1);
    net.weights[0].forEach((w, i) => expect(w).toBeCloseTo(before[i] - 0.1 * g[i], 15));
  });
});

describe('createMlp initialisation', () => {
  const n = 256;
  const firstLayer = (init: 'naive' | 'glorot' | 'he') => createMlp({ sizes: [n, n, 1], activation: 'relu', init, seed: 2 }).weights[0];

  it('naive draws N(0, 0.01²)', () => {
    expect(std(firstLayer('naive')) / NAIVE_INIT_STD).toBeCloseTo(1, 1);
  });

  it('glorot draws U(±√(6/(fanIn+fanOut)))', () => {
    const a = Math.sqrt(6 / (n + n));
    const w = firstLayer('glorot');
    expect(Math.max(...w.map(Math.abs))).toBeLessThanOrEqual(a);
    expect(std(w) / (a / Math.sqrt(3))).toBeCloseTo(1, 1);
  });

  it('he draws N(0, 2/fanIn)', () => {
    expect(std(firstLayer('he')) / Math.sqrt(2 / n)).toBeCloseTo(1, 1);
  });

  it('sets activated units’ biases to biasInit and a linear read-out’s to 0', () => {
    const net = createMlp({ sizes: [1, 4, 4, 1], activation: 'relu', biasInit: -0.5, linearOutput: true });
    expect(Array.from(net.biases[0])).toEqual([-0.5, -0.5, -0.5, -0.5]);
    expect(Array.from(net.biases[1])).toEqual([-0.5, -0.5, -0.5, -0.5]);
    expect(Array.from(net.biases[2])).toEqual([0]);
  });

  it('is deterministic per seed', () => {
    const make = (seed: number) => createMlp({ sizes: [4, 8, 2], activation: 'elu', seed }).weights[0];
    expect(Array.from(make(9))).toEqual(Array.from(make(9)));
    expect(Array.from(make(9))).not.toEqual(Array.from(make(10)));
  });
});

describe('createMlp option validation', () => {
  const base = { sizes: [2, 3, 1], activation: 'relu' } as const;

  it.each([
    [{ ...base, sizes: [2] }, /sizes must list 2\.\.65 widths/],
    [{ ...base, sizes: [2, 0, 1] }, /sizes\[1\] must be an integer in \[1, 1024\]/],
    [{ ...base, sizes: [2, 1.5, 1] }, /sizes\[1\] must be an integer/],
    [{ ...base, activation: 'swish' }, /activation must be one of identity, sigmoid, .*; got swish/],
    [{ ...base, init: 'lecun' as never }, /init must be one of naive, glorot, he/],
    [{ ...base, biasInit: Number.NaN }, /biasInit must be a number in \[-10, 10\]/],
    [{ ...base, seed: -1 }, /seed must be an integer/],
    [{ ...base, params: { beta: 1 } }, /relu has no parameter beta/],
    [{ ...base, activation: 'leaky-relu', params: { alpha: 1e9 } }, /alpha must be a number in/],
  ])('rejects %o', (options, message) => {
    expect(() => createMlp(options)).toThrow(RangeError);
    expect(() => createMlp(options)).toThrow(message);
  });

  it('rejects inputs and output gradients of the wrong length', () => {
    const net = createMlp(base);
    expect(() => net.forward([1])).toThrow(/input must have length 2; got 1/);
    net.forward([1, 2]);
    expect(() => net.backward([1, 2])).toThrow(/outputGradient must have length 1; got 2/);
  });
});
