import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getActivation, defaultParams } from '../../../src/lib/activations/registry';
import {
  SATURATION_LIMITS,
  saturation,
  saturationBound,
  saturationCurve,
  type SaturatingActivationId,
} from '../../../src/lib/experiments/saturation';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('saturation', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = saturation({ seed: 7 });
    const b = saturation({ seed: 7 });
    const c = saturation({ seed: 8 });
    expect(a.preActivations).toEqual(b.preActivations);
    expect(a.saturatedFraction).toBe(b.saturatedFraction);
    expect(c.preActivations).not.toEqual(a.preActivations);
  });

  it('a weight scale multiplies every pre-activation: the reused draw is the same layer, untouched by callers', () => {
    const atOne = saturation({ seed: 9, units: 300 });
    const copy = Float64Array.from(atOne.preActivations);
    atOne.preActivations.fill(0); // a caller writing into its result must not change the next one
    saturation({ seed: 10, units: 300 });
    const doubled = saturation({ seed: 9, units: 300, weightScale: 2 });
    doubled.preActivations.forEach((z, j) => expect(z).toBe(copy[j]! * 2));
    expect(saturation({ seed: 9, units: 300 }).preActivations).toEqual(copy);
  });

  it('defaults to 1000 sigmoid units with fan-in 100 at weight scale 1', () => {
    const result = saturation();
    expect(result.preActivations).toHaveLength(1000);
    expect(result).toEqual(saturation({ activation: 'sigmoid', units: 1000, fanIn: 100, weightScale: 1, threshold: 0.01, seed: 1 }));
  });

  it('finds the threshold z where the slope falls to threshold · peak (closed forms)', () => {
    for (const c of [0.5, 0.1, 0.01, 1e-4]) {
      const sigma = (1 - Math.sqrt(1 - c)) / 2; // σ(1 − σ) = c/4 on the left tail
      expect(saturationBound('sigmoid', c)).toBeCloseTo(-Math.log(sigma / (1 - sigma)), 10);
      expect(saturationBound('tanh', c)).toBeCloseTo(Math.atanh(Math.sqrt(1 - c)), 10);
    }
    // The numbers the figure's captions quote: sigmoid′ < 0.0025 beyond |z| ≈ 5.99, tanh′ < 0.01 beyond ≈ 2.99.
    expect(saturationBound('sigmoid', 0.01)).toBeCloseTo(5.986, 3);
    expect(saturationBound('tanh', 0.01)).toBeCloseTo(2.993, 3);
  });

  it('counts a unit as saturated exactly when |f′(z)| < threshold · f′(0)', () => {
    for (const activation of ['sigmoid', 'tanh'] as const) {
      const a = getActivation(activation);
      const params = defaultParams(a);
      const result = saturation({ activation, weightScale: 0.6 });
      const peak = a.df(0, params);
      const bySlope = result.preActivations.filter((z) => Math.abs(a.df(z, params)) < 0.01 * peak).length;
      expect(result.saturatedFraction).toBe(bySlope / result.preActivations.length);
      expect(result.saturationBounds.lower).toBe(-result.saturationBounds.upper);
    }
  });

  it('saturates most sigmoid units at weight scale 1 and fan-in 100', () => {
    const fractions = SEEDS.map((seed) => saturation({ seed }).saturatedFraction);
    expect(fractions[0]).toBeGreaterThan(0.5);
    expect(mean(fractions)).toBeGreaterThan(0.5);
    // tanh's slope is already below 1 % of its peak at |z| ≈ 3, so even more of its units are flat.
    const tanh = SEEDS.map((seed) => saturation({ seed, activation: 'tanh' }).saturatedFraction);
    expect(mean(tanh)).toBeGreaterThan(0.7);
    expect(mean(tanh)).toBeGreaterThan(mean(fractions));
  });

  it('saturates few units at a Glorot-like scale 1/√fanIn', () => {
    for (const seed of SEEDS) {
      for (const activation of ['sigmoid', 'tanh'] as const) {
        expect(saturation({ seed, activation, weightScale: 0.1 }).saturatedFraction).toBeLessThan(0.1);
      }
    }
  });

  it('has the spread the Gaussian-sum argument predicts: std ≈ scale·‖x‖ ≈ scale·√fanIn', () => {
    for (const [weightScale, fanIn] of [
      [1, 100],
      [0.1, 100],
      [0.05, 400],
      [0.5, 10],
    ] as const) {
      const result = saturation({ weightScale, fanIn });
      expect(result.std / result.predictedStd).toBeGreaterThan(0.9);
      expect(result.std / result.predictedStd).toBeLessThan(1.1);
      expect(result.predictedStd / (weightScale * Math.sqrt(fanIn))).toBeGreaterThan(0.75);
      expect(result.predictedStd / (weightScale * Math.sqrt(fanIn))).toBeLessThan(1.25);
      expect(Math.abs(result.mean)).toBeLessThan((4 * result.predictedStd) / Math.sqrt(1000));
    }
  });

  it('rejects options outside their ranges', () => {
    expect(() => saturation({ weightScale: 0 })).toThrow(RangeError);
    expect(() => saturation({ weightScale: 11 })).toThrow(/weightScale/);
    expect(() => saturation({ weightScale: Number.NaN })).toThrow(RangeError);
    expect(() => saturation({ units: 0 })).toThrow(/units/);
    expect(() => saturation({ units: 10.5 })).toThrow(/units/);
    expect(() => saturation({ fanIn: 10_001 })).toThrow(/fanIn/);
    expect(() => saturation({ threshold: 0 })).toThrow(/threshold/);
    expect(() => saturation({ threshold: 1 })).toThrow(/threshold/);
    expect(() => saturation({ seed: 1.5 })).toThrow(/seed/);
    expect(() => saturation({ activation: 'relu' as SaturatingActivationId })).toThrow(/activation/);
    expect(() => saturationBound('sigmoid', 2)).toThrow(/threshold/);
  });

  it('stays finite for any options in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SaturatingActivationId>('sigmoid', 'tanh'),
        fc.double({ min: SATURATION_LIMITS.weightScale.min, max: SATURATION_LIMITS.weightScale.max, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: SATURATION_LIMITS.fanIn.min, max: SATURATION_LIMITS.fanIn.max }),
        fc.double({ min: SATURATION_LIMITS.threshold.min, max: SATURATION_LIMITS.threshold.max, noNaN: true }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (activation, weightScale, units, fanIn, threshold, seed) => {
          const result = saturation({ activation, weightScale, units, fanIn, threshold, seed });
          expect(result.preActivations.every(Number.isFinite)).toBe(true);
          expect([result.mean, result.std, result.predictedStd, result.saturationBounds.upper].every(Number.isFinite)).toBe(true);
          expect(result.saturatedFraction).toBeGreaterThanOrEqual(0);
          expect(result.saturatedFraction).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('saturationCurve', () => {
  it('spans the log grid and rises monotonically from none to most units saturated', () => {
    const curve = saturationCurve();
    expect(curve.weightScales).toHaveLength(41);
    expect(curve.weightScales[0]).toBeCloseTo(0.001, 12);
    expect(curve.weightScales[40]).toBe(1);
    expect(curve.weightScales[20]).toBeCloseTo(Math.sqrt(0.001), 12);
    for (let k = 1; k < 41; k++) {
      expect(curve.weightScales[k]).toBeGreaterThan(curve.weightScales[k - 1]);
      expect(curve.saturatedFractions[k]).toBeGreaterThanOrEqual(curve.saturatedFractions[k - 1]);
    }
    expect(curve.saturatedFractions[0]).toBe(0);
    expect(curve.saturatedFractions[40]).toBeGreaterThan(0.5);
  });

  it('agrees exactly with saturation() at every grid point', () => {
    for (const activation of ['sigmoid', 'tanh'] as const) {
      const curve = saturationCurve({ activation, seed: 3, points: 9, minScale: 0.01, maxScale: 2 });
      curve.weightScales.forEach((weightScale, k) => {
        expect(curve.saturatedFractions[k]).toBe(saturation({ activation, seed: 3, weightScale }).saturatedFraction);
      });
    }
  });

  it('rejects a bad grid', () => {
    expect(() => saturationCurve({ minScale: 1, maxScale: 0.1 })).toThrow(/minScale/);
    expect(() => saturationCurve({ points: 1 })).toThrow(/points/);
    expect(() => saturationCurve({ maxScale: 100 })).toThrow(/maxScale/);
  });
});

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
