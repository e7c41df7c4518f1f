/** Property and extreme-input tests across the signal layer. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { gaussianExpectation, secondMoment } from '../../../src/lib/signal/gaussian';
import { fixedPoint, gradientGain, meanField, varianceMap } from '../../../src/lib/signal/mean-field';
import { momentTable } from '../../../src/lib/signal/moment-table';
import { findRoot } from '../../../src/lib/signal/roots';

const tables = ACTIVATIONS.map((a) => ({ a, t: momentTable(a, defaultParams(a)) }));

describe('properties', { timeout: 60_000 }, () => {
  it('fixed point: 𝓜(q*) = q* to 1e−9 (or diverged, or q* = 0 with 𝓜(0) = 0) for random initialisations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ACTIVATIONS.length - 1 }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, w, b) => {
          const { t } = tables[i]!;
          const init = { sigmaW2: w, sigmaB2: b };
          const fp = fixedPoint(t, init);
          if (fp.status === 'diverged') return varianceMap(t, init, 1e6) > 1e6;
          if (fp.q === 0) return Math.abs(varianceMap(t, init, 0)) < 1e-12;
          return Math.abs(varianceMap(t, init, fp.q) - fp.q) <= 1e-9 * Math.max(1, fp.q);
        },
      ),
      { numRuns: 300 },
    );
  });
  // Not SELU: its E[f′²] falls as q grows (left slope λα > right slope λ), so χ₁ can fall as σ_w² rises.
  it('χ₁ grows with σ_w² at fixed σ_b² for tanh, ReLU and softsign', () => {
    for (const id of ['tanh', 'relu', 'softsign']) {
      const t = tables.find((x) => x.a.id === id)!.t;
      let prev = 0;
      for (let w = 0.5; w <= 4; w += 0.25) {
        const chi = meanField(t, { sigmaW2: w, sigmaB2: 0.1 }).chi1;
        expect(chi, `${id} σ_w² = ${w}`).toBeGreaterThanOrEqual(prev);
        prev = chi;
      }
    }
  });
  it('gradient gain is σ_w² times E[f′²], so it scales linearly in σ_w²', () => {
    const t = tables.find((x) => x.a.id === 'gelu')!.t;
    expect(gradientGain(t, { sigmaW2: 3, sigmaB2: 0 }, 0.7)).toBeCloseTo(3 * gradientGain(t, { sigmaW2: 1, sigmaB2: 0 }, 0.7), 14);
  });
});

describe('extreme inputs', () => {
  it('tiny and huge variances stay finite and sensible', () => {
    const tanh = getActivation('tanh');
    const relu = getActivation('relu');
    expect(secondMoment(tanh, {}, 1e-300) / 1e-300).toBeCloseTo(1, 12);
    expect(secondMoment(tanh, {}, 1e300)).toBeCloseTo(1, 12);
    expect(secondMoment(relu, {}, 1e300) / 5e299).toBeCloseTo(1, 12);
    expect(secondMoment(relu, {}, Number.MIN_VALUE)).toBeGreaterThanOrEqual(0);
    for (const a of ACTIVATIONS) expect(Number.isFinite(secondMoment(a, defaultParams(a), 1e6)), a.id).toBe(true);
  });
  it('a NaN-producing integrand shows up as NaN, not a throw', () => {
    expect(gaussianExpectation(() => Number.NaN, 1).value).toBeNaN();
  });
  it('findRoot refuses a bracket without a sign change, with a message', () => {
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrow(/sign change/);
    expect(findRoot((x) => x - 0.3, 0, 1)).toBeCloseTo(0.3, 14);
  });
});
