import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPARSITY_LIMITS, sparsity } from '../../../src/lib/experiments/sparsity';

describe('sparsity', () => {
  it('switches off about half of 10,000 ReLU units at bias 0, for every seed tried', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const { zeroFraction } = sparsity({ units: 10_000, bias: 0, seed });
      expect(zeroFraction).toBeGreaterThanOrEqual(0.45);
      expect(zeroFraction).toBeLessThanOrEqual(0.55);
    }
  });

  it('defaults to 10,000 units at bias 0', () => {
    const result = sparsity();
    expect(result.outputs).toHaveLength(10_000);
    expect(result).toEqual(sparsity({ units: 10_000, fanIn: 100, bias: 0, seed: 1 }));
  });

  it('counts exact zeros: the zero fraction is the share of outputs === 0, and the rest are positive', () => {
    const { outputs, zeroFraction } = sparsity({ bias: -0.3, seed: 4 });
    const zeros = outputs.filter((y) => y === 0).length;
    expect(zeroFraction).toBe(zeros / outputs.length);
    expect(outputs.every((y) => y >= 0)).toBe(true);
  });

  it('switches off more units as the bias goes negative, and never fewer', () => {
    const biases = Array.from({ length: 41 }, (_, k) => -2 + k * 0.1);
    const fractions = biases.map((bias) => sparsity({ bias, units: 5000, seed: 2 }).zeroFraction);
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]).toBeLessThanOrEqual(fractions[k - 1]);
    expect(fractions[0]).toBeGreaterThan(0.95);
    expect(fractions[10]).toBeGreaterThan(0.8); // bias −1
    expect(fractions[30]).toBeLessThan(0.2); // bias +1
    expect(fractions[40]).toBeLessThan(0.05);
  });

  it('feeds the same pre-activations to sigmoid, which never outputs exactly 0', () => {
    for (const bias of [-2, -1, 0, 1, 2]) {
      const { outputs, sigmoidOutputs, sigmoidZeroFraction } = sparsity({ bias, seed: 5 });
      expect(sigmoidZeroFraction).toBe(0);
      expect(sigmoidOutputs.every((y) => y > 0 && y < 1)).toBe(true);
      // Same z: ReLU(z) > 0 exactly where sigmoid(z) > 1/2.
      const disagreements = outputs.filter((y, j) => y > 0 !== sigmoidOutputs[j] > 0.5).length;
      expect(disagreements).toBe(0);
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(sparsity({ seed: 3, units: 500 })).toEqual(sparsity({ seed: 3, units: 500 }));
    expect(sparsity({ seed: 4, units: 500 }).outputs).not.toEqual(sparsity({ seed: 3, units: 500 }).outputs);
  });

  it('a bias moves every pre-activation by itself alone: the reused draw is the same layer, untouched by callers', () => {
    const atZero = sparsity({ seed: 5, units: 300 });
    const copy = Float64Array.from(atZero.preActivations);
    atZero.preActivations.fill(0); // a caller writing into its result must not change the next one
    sparsity({ seed: 6, units: 300 });
    const shifted = sparsity({ seed: 5, units: 300, bias: 0.5 });
    shifted.preActivations.forEach((z, j) => expect(z).toBe(copy[j]! + 0.5));
    expect(sparsity({ seed: 5, units: 300 }).preActivations).toEqual(copy);
  });

  it('rejects options outside their ranges', () => {
    expect(() => sparsity({ bias: -2.01 })).toThrow(/bias/);
    expect(() => sparsity({ bias: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => sparsity({ units: 0 })).toThrow(/units/);
    expect(() => sparsity({ units: 100_001 })).toThrow(/units/);
    expect(() => sparsity({ fanIn: 2.5 })).toThrow(/fanIn/);
    expect(() => sparsity({ seed: Number.NaN })).toThrow(/seed/);
  });

  it('stays finite for any options in range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: SPARSITY_LIMITS.bias.min, max: SPARSITY_LIMITS.bias.max, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: SPARSITY_LIMITS.fanIn.min, max: SPARSITY_LIMITS.fanIn.max }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (bias, units, fanIn, seed) => {
          const result = sparsity({ bias, units, fanIn, seed });
          expect(result.outputs.every(Number.isFinite)).toBe(true);
          expect(result.sigmoidOutputs.every(Number.isFinite)).toBe(true);
          expect(result.zeroFraction).toBeGreaterThanOrEqual(0);
          expect(result.zeroFraction).toBeLessThanOrEqual(1);
          expect(result.sigmoidZeroFraction).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
