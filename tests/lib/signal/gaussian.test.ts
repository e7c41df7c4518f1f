import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, getActivation } from '../../../src/lib/activations/registry';
import { integrate } from '../../../src/lib/signal/gauss-kronrod';
import { gaussianExpectation, gaussianMoments, secondMomentSlope } from '../../../src/lib/signal/gaussian';
import { GAUSSIAN_REFERENCE } from './gaussian-reference';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);

describe('Gauss–Kronrod rule', () => {
  it('integrates polynomials of degree ≤ 22 exactly on one panel (checks the tabulated nodes and weights)', () => {
    for (let n = 0; n <= 22; n++) {
      const got = integrate((t) => t ** n, [0, 1], { maxBisections: 0 }).value;
      expect(rel(got, 1 / (n + 1))).toBeLessThan(1e-14);
    }
  });
  it('reports the 7-point Gauss error, which is 0 up to degree 13 and not beyond', () => {
    expect(integrate((t) => t ** 12, [0, 1], { maxBisections: 0 }).error).toBeLessThan(1e-15);
    expect(integrate((t) => t ** 16, [0, 1], { maxBisections: 0 }).error).toBeGreaterThan(1e-9);
  });
  it('bisects until a kink it was not told about is resolved', () => {
    const r = integrate((t) => Math.abs(t - 0.3), [0, 1]);
    expect(rel(r.value, (0.3 ** 2 + 0.7 ** 2) / 2)).toBeLessThan(1e-12);
    expect(r.evaluations).toBeGreaterThan(15);
  });
});

describe('Gaussian expectations against closed forms', () => {
  const relu = getActivation('relu');
  const leaky = getActivation('leaky-relu');
  const kinks = [0];
  for (const q of [1e-6, 0.01, 0.5, 1, 2, 37, 1e4]) {
    it(`q = ${q}: E[x²] = q, E[ReLU²] = q/2, E[ReLU′²] = ½, E[leaky²] = (1+α²)q/2, E[|x|] = √(2q/π)`, () => {
      expect(rel(gaussianExpectation((x) => x * x, q).value, q)).toBeLessThan(1e-13);
      expect(rel(gaussianExpectation((x) => relu.f(x, {}) ** 2, q, kinks).value, q / 2)).toBeLessThan(1e-13);
      expect(rel(gaussianExpectation((x) => relu.df(x, {}) ** 2, q, kinks).value, 0.5)).toBeLessThan(1e-13);
      for (const alpha of [0.01, 0.3, 1]) {
        const got = gaussianExpectation((x) => leaky.f(x, { alpha }) ** 2, q, kinks).value;
        expect(rel(got, ((1 + alpha * alpha) * q) / 2)).toBeLessThan(1e-13);
      }
      expect(rel(gaussianExpectation(Math.abs, q, kinks).value, Math.sqrt((2 * q) / Math.PI))).toBeLessThan(1e-13);
    });
  }
  it('a kink off 0 (|x − 1|, told where it is) at several variances: E = √q·(2φ(a) + a(2Φ(a) − 1)), a = 1/√q', () => {
    // For x ~ N(0, q): E|x − c| = √q·E|t − a| with a = c/√q, and E|t − a| = 2φ(a) + a(2Φ(a) − 1).
    for (const q of [0.01, 1, 9]) {
      const a = 1 / Math.sqrt(q);
      const phi = Math.exp((-a * a) / 2) / Math.sqrt(2 * Math.PI);
      // 2Φ(a) − 1 = erf(a/√2); a Taylor-free check: integrate it independently with many panels.
      const erfPart = integrate((t) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI), [-a, 0, a]).value;
      const want = Math.sqrt(q) * (2 * phi + a * erfPart);
      expect(rel(gaussianExpectation((x) => Math.abs(x - 1), q, [1]).value, want)).toBeLessThan(1e-12);
    }
  });
  it('q = 0 is the limit q → 0⁺ (½ for ReLU′², not ReLU′(0)² = 0)', () => {
    expect(gaussianExpectation((x) => relu.df(x, {}) ** 2, 0, kinks).value).toBe(0.5);
    expect(gaussianExpectation((x) => Math.tanh(x) ** 2, 0).value).toBe(0);
    expect(gaussianExpectation(() => 3, 0).value).toBe(3);
  });
  it('rejects negative, NaN and infinite variances with a message naming q', () => {
    for (const q of [-1, NaN, Infinity]) expect(() => gaussianExpectation((x) => x, q)).toThrow(/variance q/);
  });
  it('stays finite where g overflows but the weight has underflowed', () => {
    const r = gaussianExpectation((x) => Math.exp(x) ** 2, 1);
    expect(rel(r.value, Math.exp(2))).toBeLessThan(1e-12); // E[e^{2x}] = e^{2q}
    expect(Number.isFinite(gaussianExpectation((x) => Math.exp(x * x), 1e-3).value)).toBe(true);
  });
  it('property: E[(a + b·x)²] = a² + b²q for random a, b, q', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 1e-8, max: 1e4, noNaN: true }),
        (a, b, q) => {
          const got = gaussianExpectation((x) => (a + b * x) ** 2, q).value;
          const want = a * a + b * b * q;
          return Math.abs(got - want) <= 1e-12 * (a * a + b * b * q) + 1e-300;
        },
      ),
    );
  });
});

describe('Gaussian moments of every registry function against mpmath (30 digits, tanh-sinh)', { timeout: 30_000 }, () => {
  it('covers every registry id', () => {
    for (const a of ACTIVATIONS) expect(GAUSSIAN_REFERENCE.some((r) => r[0] === a.id)).toBe(true);
  });
  for (const [id, params, q, mean, second, slope, dSecond] of GAUSSIAN_REFERENCE) {
    it(`${id} ${JSON.stringify(params)} q = ${q}: E[f], E[f²], E[f′²], dE[f²]/dq to 1e−12`, () => {
      const a = getActivation(id);
      const p = { ...Object.fromEntries(Object.entries(a.params).map(([k, s]) => [k, s.default])), ...params };
      const m = gaussianMoments(a, p, q);
      // Means near 0 (tanh, SELU at q = 1) are compared absolutely, against the scale of E[f²].
      expect(Math.abs(m.mean - mean)).toBeLessThan(1e-12 * Math.max(Math.abs(mean), Math.sqrt(second)));
      expect(rel(m.secondMoment, second)).toBeLessThan(1e-12);
      expect(rel(m.slopeSecondMoment, slope)).toBeLessThan(1e-12);
      expect(rel(secondMomentSlope(a, p, q), dSecond)).toBeLessThan(1e-11);
    });
  }
});
