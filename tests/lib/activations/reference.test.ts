/**
 * The registry against independent high-precision values (mpmath at 50 digits, textbook
 * definitions; see reference-values.py). Points include the tails, where a naive formula would
 * round σ′ or tanh′ to 0 or lose GELU to cancellation, so they test the stable rewrites too.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, getActivation } from '../../../src/lib/activations/registry';
import { describeParams, expectClose } from './helpers';
import { REFERENCE_VALUES } from './reference-values';

/**
 * A few ulps: the registry composes 2–4 correctly rounded-ish operations (exp, log1p, expm1,
 * erf, tanh are each within about 1 ulp). The absolute part only admits values that underflow.
 */
const REL = 1e-14;
const ABS = 1e-300;

/**
 * GELU alone evaluates erfc and exp at computed arguments (x/√2, x²/2). Their rounding error,
 * about one ulp, is amplified by the functions' condition number, about x² in the tails (at
 * x = −20, Φ's relative sensitivity to its argument is 400), so no implementation in doubles
 * does better than ~x²·ε there; the tolerance scales accordingly.
 */
const conditioning = (id: string, x: number): number => (id === 'gelu' ? Math.max(1, x * x) : 1);

describe('reference values (mpmath, 50 digits)', () => {
  it('cover every registry entry', () => {
    const covered = new Set(REFERENCE_VALUES.map(([id]) => id));
    expect([...covered].sort()).toEqual([...ACTIVATION_IDS].sort());
  });

  it.each(REFERENCE_VALUES.map((row) => [`${row[0]} (${describeParams(row[1])}) at ${row[2]}`, row] as const))(
    '%s',
    (_, [id, params, x, f, df]) => {
      const a = getActivation(id);
      const rel = REL * conditioning(id, x);
      expectClose(`${id} f (${describeParams(params)})`, x, f, a.f(x, params), rel, ABS);
      expectClose(`${id} f′ (${describeParams(params)})`, x, df, a.df(x, params), rel, ABS);
    },
  );
});
