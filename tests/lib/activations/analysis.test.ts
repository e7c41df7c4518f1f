/** peakSlope, saturatedIntervals and saturatedShare against closed-form answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peakSlope, saturatedIntervals, saturatedShare } from '../../../src/lib/activations/analysis';
import { ACTIVATIONS, defaultParams, getActivation } from '../../../src/lib/activations/registry';

const sigmoid = getActivation('sigmoid');
const DOMAIN = [-8, 8] as const;

/** Where σ′ = σ(1 − σ) falls to c: σ = (1 + √(1 − 4c))/2, so x* = logit(σ) = ln(σ / (1 − σ)). */
function sigmoidEdge(c: number): number {
  const s = (1 + Math.sqrt(1 - 4 * c)) / 2;
  return Math.log(s / (1 - s));
}

describe('peakSlope', () => {
  it('is 1/4 for the sigmoid on a range containing 0', () => {
    expect(peakSlope(sigmoid, {}, DOMAIN)).toBe(0.25);
  });

  it('is the slope at the nearer end when 0 is outside', () => {
    expect(peakSlope(sigmoid, {}, [2, 8])).toBe(sigmoid.df(2, {}));
  });

  it('finds interior smooth peaks (mpmath: GELU′ max at √2, SiLU′ max at 2.39936)', () => {
    expect(peakSlope(getActivation('gelu'), {}, DOMAIN)).toBeCloseTo(1.1289041451851548, 5);
    expect(peakSlope(getActivation('silu'), { beta: 1 }, DOMAIN)).toBeCloseTo(1.099839320128867, 5);
  });

  it('includes the value at a kink (SELU′(0) = λα)', () => {
    expect(peakSlope(getActivation('selu'), {}, [-1, 0])).toBe(getActivation('selu').df(0, {}));
  });
});

describe('saturatedShare and saturatedIntervals', () => {
  it('sigmoid on [−8, 8] at 1% of peak: the closed-form tails |x| > x*', () => {
    const edge = sigmoidEdge(0.01 * 0.25);
    expect(saturatedShare(sigmoid, {}, DOMAIN, 0.01)).toBeCloseTo((2 * (8 - edge)) / 16, 10);
    const [left, right] = saturatedIntervals(sigmoid, {}, DOMAIN, 0.01);
    expect(left![0]).toBe(-8);
    expect(left![1]).toBeCloseTo(-edge, 10);
    expect(right![0]).toBeCloseTo(edge, 10);
    expect(right![1]).toBe(8);
  });

  it('tanh: sech²x < c ⇔ |x| > arcosh(1/√c)', () => {
    const edge = Math.acosh(1 / Math.sqrt(0.01));
    expect(saturatedShare(getActivation('tanh'), {}, DOMAIN, 0.01)).toBeCloseTo((8 - edge) / 8, 10);
  });

  it('ReLU on [−8, 8] is saturated on exactly [−8, 0]', () => {
    const relu = getActivation('relu');
    expect(saturatedIntervals(relu, {}, DOMAIN, 0.01)).toEqual([[-8, 0]]);
    expect(saturatedShare(relu, {}, DOMAIN, 0.01)).toBe(0.5);
  });

  it('hard sigmoid is saturated exactly beyond ±3', () => {
    expect(saturatedIntervals(getActivation('hard-sigmoid'), {}, DOMAIN, 0.01)).toEqual([
      [-8, -3],
      [3, 8],
    ]);
  });

  it('ELU (α = 1): αeˣ < c ⇔ x < ln(c/α)', () => {
    const intervals = saturatedIntervals(getActivation('elu'), { alpha: 1 }, DOMAIN, 0.01);
    expect(intervals).toHaveLength(1);
    expect(intervals[0]![0]).toBe(-8);
    expect(intervals[0]![1]).toBeCloseTo(Math.log(0.01), 10);
  });

  it('leaky ReLU is saturated on the left only when α is below the threshold', () => {
    const leaky = getActivation('leaky-relu');
    expect(saturatedIntervals(leaky, { alpha: 0.005 }, DOMAIN, 0.01)).toEqual([[-8, 0]]);
    expect(saturatedIntervals(leaky, { alpha: 0.01 }, DOMAIN, 0.01)).toEqual([]);
  });

  it('identity is never saturated', () => {
    expect(saturatedIntervals(getActivation('identity'), {}, DOMAIN, 0.01)).toEqual([]);
    expect(saturatedShare(getActivation('identity'), {}, DOMAIN, 0.01)).toBe(0);
  });

  it('counts a flat interval (f′ = 0 throughout) as wholly saturated', () => {
    expect(saturatedIntervals(getActivation('relu'), {}, [-8, -1], 0.01)).toEqual([[-8, -1]]);
    expect(saturatedShare(getActivation('relu'), {}, [-8, -1], 0.01)).toBe(1);
  });

  it('rejects an empty or non-finite domain and a negative threshold', () => {
    expect(() => saturatedShare(sigmoid, {}, [1, 1], 0.01)).toThrow(RangeError);
    expect(() => saturatedShare(sigmoid, {}, [2, 1], 0.01)).toThrow(RangeError);
    expect(() => peakSlope(sigmoid, {}, [-Infinity, 1])).toThrow(RangeError);
    expect(() => saturatedIntervals(sigmoid, {}, DOMAIN, -0.1)).toThrow(RangeError);
  });

  it('returns sorted, disjoint intervals inside the domain whose points are saturated, for every entry', () => {
    const domain = fc
      .tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 60, noNaN: true }))
      .map(([lo, width]) => [lo, lo + width] as const);
    for (const a of ACTIVATIONS) {
      const p = defaultParams(a);
      fc.assert(
        fc.property(domain, fc.double({ min: 0, max: 0.5, noNaN: true }), (d, threshold) => {
          const intervals = saturatedIntervals(a, p, d, threshold);
          const limit = threshold * peakSlope(a, p, d);
          let previousEnd = d[0];
          for (const [x0, x1] of intervals) {
            expect(x0, `${a.id}: interval starts before the previous one ends`).toBeGreaterThanOrEqual(previousEnd);
            expect(x1).toBeGreaterThanOrEqual(x0);
            previousEnd = x1;
            const mid = (x0 + x1) / 2;
            const slope = Math.abs(a.df(mid, p));
            // A flat interval (peak 0, so limit 0) is wholly saturated by definition.
            const saturated = slope < limit || (limit === 0 && slope === 0);
            if (x1 - x0 > 1e-6) expect(saturated, `${a.id}: |f′(${mid})| = ${slope} in [${x0}, ${x1}], limit ${limit}`).toBe(true);
          }
          expect(previousEnd).toBeLessThanOrEqual(d[1]);
          const share = saturatedShare(a, p, d, threshold);
          expect(share >= 0 && share <= 1, `${a.id}: share ${share}`).toBe(true);
        }),
        { numRuns: 50 },
      );
    }
  });
});

describe('remembered slope profiles', () => {
  it('answer for the parameters and interval asked, whatever was asked before', () => {
    const silu = getActivation('silu');
    const asked = [
      [{ beta: 1 }, [-5, 3]],
      [{ beta: 4 }, [-5, 3]],
      [{ beta: 1 }, [-5, 2]],
      [{ beta: 4 }, [-5, 3]],
    ] as const;
    // Profiles are remembered per function object: a copy of SiLU starts with none.
    const fresh = asked.map(([p, d]) => saturatedIntervals({ ...silu }, p, d, 0.05));
    expect(new Set(fresh.map((i) => JSON.stringify(i))).size).toBe(3);
    expect(asked.map(([p, d]) => saturatedIntervals(silu, p, d, 0.05))).toEqual(fresh);
  });

  it('are per function: two functions with the same parameters and interval get their own', () => {
    const tanh = getActivation('tanh');
    expect(saturatedIntervals(sigmoid, {}, DOMAIN, 0.01)).not.toEqual(saturatedIntervals(tanh, {}, DOMAIN, 0.01));
    expect(peakSlope(sigmoid, {}, DOMAIN)).toBe(0.25);
    expect(peakSlope(tanh, {}, DOMAIN)).toBe(1);
  });
});
