/**
 * Numerically stable building blocks shared by several activations. Each one is finite and
 * NaN-free for every finite double, and keeps its relative accuracy in the tails, where the
 * textbook formula either overflows or cancels.
 */
// stdlib's self-contained browser bundles: the same functions as the packages' main entry
// (the tests check both agree), without ~8 KB gzip of polyfills and error formatting that the
// CommonJS entry drags into a page.
import erfc from '@stdlib/math-base-special-erfc/dist/index.js';

/**
 * The smallest double t with 1 / (1 + e^{−t}) === 1 in float64 (found by bisection over doubles;
 * a unit test re-checks it and its predecessor). It is the double just above 53·ln 2: there
 * e^{−t} drops below 2^{−53}, half an ulp of 1, so 1 + e^{−t} rounds to 1.
 *
 * From here on σ(t) is exactly 1, and the textbook derivative σ(1 − σ) is exactly 0, although
 * the true slope is still about 1.1e−16 (and just below t, 1 − σ has already lost almost all
 * its digits: the naive form is off by a factor of up to 2). `sigmoidSlope` avoids this.
 */
export const SIGMOID_ROUNDS_TO_ONE_AT = 36.73680056967711;

/**
 * σ(x) = 1 / (1 + e^{−x}). Branching on the sign keeps the argument of exp non-positive, so it
 * never overflows, and for x < 0 the result e^x / (1 + e^x) keeps full relative accuracy down
 * to the underflow of e^x (about x = −745), instead of 1 / (1 + huge).
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * σ′(x) written as σ(x)·σ(−x), not σ(x)(1 − σ(x)): both factors are computed without
 * subtraction, so the slope stays accurate and positive in both tails until it underflows
 * (|x| ≳ 745), rather than collapsing to 0 at `SIGMOID_ROUNDS_TO_ONE_AT`.
 */
export function sigmoidSlope(x: number): number {
  return sigmoid(x) * sigmoid(-x);
}

/**
 * sech²(x) = 1 − tanh²(x), computed as 4e^{−2|x|} / (1 + e^{−2|x|})². The subtraction form
 * loses every digit once tanh rounds to ±1 (|x| ≳ 19); this one stays relatively accurate
 * until e^{−2|x|} underflows, and never overflows.
 */
export function sechSquared(x: number): number {
  const e = Math.exp(-2 * Math.abs(x));
  return (4 * e) / ((1 + e) * (1 + e));
}

/**
 * Φ(x), the standard normal CDF, from erfc alone: ½·erfc(−x/√2) for x < 0, which keeps Φ's
 * relative accuracy down to its underflow near x = −38.5 (the textbook ½(1 + erf(x/√2)) cancels
 * to 0 once erf rounds to −1, x ≲ −8.3), and 1 − ½·erfc(x/√2) for x ≥ 0, where Φ ≥ ½ so the
 * subtraction costs at most an ulp. One special function instead of two keeps erf's
 * coefficients (~1 KB gzip) out of every figure page.
 */
export function normalCdf(x: number): number {
  return x >= 0 ? 1 - 0.5 * erfc(x / Math.SQRT2) : 0.5 * erfc(-x / Math.SQRT2);
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** φ(x), the standard normal density. x² may overflow to ∞, giving e^{−∞} = 0: still finite. */
export function normalPdf(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
