import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, defaultParams } from '../../../src/lib/activations/registry';
import { momentTable, tableError, unitOf, varianceOf } from '../../../src/lib/signal/moment-table';

/**
 * Measured bounds (relative, moments below 1e−6 absolute) over q ∈ [1e−6, 1e6]: ~1e−8 for most,
 * limited by the quadrature's ~1e−14 absolute accuracy at tiny q; softsign's E[f²] approaches 1
 * like ln r / r, a weak singularity at q = ∞ that costs digits near the top of the range.
 */
const BOUND: Readonly<Record<string, number>> = { softsign: 2e-5, 'hard-sigmoid': 1e-6 };

describe('moment tables', { timeout: 60_000 }, () => {
  it('u ↔ q round-trips', () => {
    for (const q of [0, 1e-9, 0.5, 1, 7, 1e6]) expect(varianceOf(unitOf(q))).toBeCloseTo(q, 6);
    expect(unitOf(Infinity)).toBe(1);
  });
  for (const a of ACTIVATIONS) {
    it(`${a.id}: table within ${BOUND[a.id] ?? 1e-7} of quadrature on q ∈ [1e−6, 1e6]`, () => {
      const e = tableError(a, defaultParams(a));
      const bound = BOUND[a.id] ?? 1e-7;
      expect(e.secondMoment).toBeLessThan(bound);
      expect(e.slopeSecondMoment).toBeLessThan(bound);
      expect(e.secondMomentSlope).toBeLessThan(bound);
    });
  }
  it('gives the q → ∞ limit of E[f′²]: ½ for ReLU-like functions, 0 for saturating ones', () => {
    for (const id of ['relu', 'gelu', 'silu', 'softplus', 'elu']) {
      const a = ACTIVATIONS.find((x) => x.id === id)!;
      expect(momentTable(a, defaultParams(a)).slopeSecondMomentAtInfinity).toBeCloseTo(0.5, 9);
    }
    for (const id of ['tanh', 'sigmoid', 'softsign']) {
      const a = ACTIVATIONS.find((x) => x.id === id)!;
      expect(Math.abs(momentTable(a, defaultParams(a)).slopeSecondMomentAtInfinity)).toBeLessThan(1e-9);
    }
  });
});
