/**
 * Arithmetic in a number format: each operation takes values of the format, computes in
 * float64 and rounds the result to the format, as if the hardware had that format's adder,
 * multiplier and so on. Kernels are written once against this interface and run in any format.
 *
 * Basic operations (+ − × ÷ √) of two values of a narrower format are exact or correctly rounded
 * in float64 and then rounded once more; for every format here float64 has more than twice the
 * precision plus two bits, so that double rounding gives the correctly rounded result.
 * Elementary functions (exp, log, tanh, erf, …) come from the float64 library (accurate to about
 * an ulp of a double) and are then rounded, which is correctly rounded in all but very rare
 * cases near a tie. Real half-precision kernels are close to this but not the same: they usually
 * compute exp and friends in float32 ("opmath") and round the result once, and no hardware
 * computes in float8 at all (float8 holds tensors between layers). So in the narrow formats the
 * every-operation-rounded kernels are an honest model of "what this format can represent at each
 * step", and the `rounded-once` kernel is the model of a kernel that computes wide and rounds.
 */
import erf from '@stdlib/math-base-special-erf/dist/index.js';
import erfc from '@stdlib/math-base-special-erfc/dist/index.js';
import type { NumberFormat } from './formats';
import { roundTo } from './round';

/**
 * Operations on values of one format. Arguments must already be values of the format: inputs and
 * constants go through `c` first (small integers and halves such as 1, 2, 3, 0.5 are exact in
 * every format here and may be written as literals). Exact operations (neg, abs, min, max)
 * need no rounding.
 */
export interface RoundedMath {
  readonly format: NumberFormat;
  /** A number rounded to the format: for inputs and constants such as 1/√2 or SELU's λ. */
  readonly c: (x: number) => number;
  readonly add: (a: number, b: number) => number;
  readonly sub: (a: number, b: number) => number;
  readonly mul: (a: number, b: number) => number;
  readonly div: (a: number, b: number) => number;
  readonly neg: (a: number) => number;
  readonly abs: (a: number) => number;
  readonly min: (a: number, b: number) => number;
  readonly max: (a: number, b: number) => number;
  readonly sqrt: (a: number) => number;
  readonly exp: (a: number) => number;
  readonly expm1: (a: number) => number;
  readonly log: (a: number) => number;
  readonly log1p: (a: number) => number;
  readonly tanh: (a: number) => number;
  readonly erf: (a: number) => number;
  readonly erfc: (a: number) => number;
}

function build(format: NumberFormat): RoundedMath {
  const r = (v: number): number => roundTo(format, v);
  return {
    format,
    c: r,
    add: (a, b) => r(a + b),
    sub: (a, b) => r(a - b),
    mul: (a, b) => r(a * b),
    div: (a, b) => r(a / b),
    neg: (a) => -a,
    abs: (a) => Math.abs(a),
    // Math.min/max propagate NaN, as IEEE 754-2019's minimum/maximum do.
    min: (a, b) => Math.min(a, b),
    max: (a, b) => Math.max(a, b),
    sqrt: (a) => r(Math.sqrt(a)),
    exp: (a) => r(Math.exp(a)),
    expm1: (a) => r(Math.expm1(a)),
    log: (a) => r(Math.log(a)),
    log1p: (a) => r(Math.log1p(a)),
    tanh: (a) => r(Math.tanh(a)),
    erf: (a) => r(erf(a)),
    erfc: (a) => r(erfc(a)),
  };
}

const CACHE = new Map<NumberFormat, RoundedMath>();

/** The arithmetic of `format` (one shared object per format). */
export function roundedMath(format: NumberFormat): RoundedMath {
  let m = CACHE.get(format);
  if (!m) CACHE.set(format, (m = build(format)));
  return m;
}
