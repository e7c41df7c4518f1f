/** Property-based tests over the whole double range (fast-check), for every registry entry. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, defaultParams, getActivation } from '../../../src/lib/activations/registry';
import type { Activation, ParamValues } from '../../../src/lib/activations/types';

/** Any finite double, subnormals and ±0 included. */
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Parameter values drawn within each parameter's [min, max], edges included. */
function paramsWithinSpec(a: Activation): fc.Arbitrary<ParamValues> {
  const fields = Object.fromEntries(
    Object.entries(a.params).map(([name, spec]) => [name, fc.double({ min: spec.min, max: spec.max, noNaN: true })]),
  );
  return fc.record(fields);
}

describe.each(ACTIVATIONS.map((a) => [a.id, a] as const))('%s', (_, a) => {
  it('f and f′ are finite for every finite x and in-spec parameters', () => {
    fc.assert(
      fc.property(anyFinite, paramsWithinSpec(a), (x, p) => {
        expect(Number.isFinite(a.f(x, p)), `f(${x}) with ${JSON.stringify(p)} = ${a.f(x, p)}`).toBe(true);
        expect(Number.isFinite(a.df(x, p)), `f′(${x}) with ${JSON.stringify(p)} = ${a.df(x, p)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  if (a.properties.monotonic) {
    it('is monotone on random pairs, and f′ ≥ 0', () => {
      const p = defaultParams(a);
      fc.assert(
        fc.property(anyFinite, anyFinite, (u, v) => {
          const [x, y] = u <= v ? [u, v] : [v, u];
          // Up to rounding: each f is a few operations that are each within about an ulp, so allow a few ulps.
          const fx = a.f(x, p);
          const fy = a.f(y, p);
          expect(fx <= fy + 4 * Number.EPSILON * Math.abs(fy), `f(${x}) = ${fx} > f(${y}) = ${fy}`).toBe(true);
          expect(a.df(x, p), `f′(${x})`).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: 2000 },
      );
    });
  }
});

describe('sigmoid', () => {
  const sigmoid = getActivation('sigmoid');
  it('σ(x) ∈ [0, 1] and σ′(x) ∈ [0, 1/4] for every finite x', () => {
    fc.assert(
      fc.property(anyFinite, (x) => {
        const s = sigmoid.f(x, {});
        const ds = sigmoid.df(x, {});
        expect(s >= 0 && s <= 1, `σ(${x}) = ${s}`).toBe(true);
        expect(ds >= 0 && ds <= 0.25, `σ′(${x}) = ${ds}`).toBe(true);
      }),
    );
  });

  it('σ(−x) = 1 − σ(x) up to rounding for every finite x', () => {
    fc.assert(
      fc.property(anyFinite, (x) => {
        expect(Math.abs(sigmoid.f(-x, {}) - (1 - sigmoid.f(x, {}))), `x = ${x}`).toBeLessThanOrEqual(2 * Number.EPSILON);
      }),
    );
  });
});
