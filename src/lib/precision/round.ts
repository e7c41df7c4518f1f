/**
 * Rounding a double to a narrower format, our own implementation of IEEE 754's default
 * roundTiesToEven, so every format (including the 8-bit ones no JavaScript engine knows) is
 * rounded by the same tested code. Math.fround and Math.f16round are only used by the tests,
 * as an independent check for float32 and float16.
 */
import { pow2, type NumberFormat } from './formats';

const view = new DataView(new ArrayBuffer(8));

/** The binary exponent of a positive finite double, floor(log2 a); −1023 for every subnormal. */
export function exponentOf(a: number): number {
  view.setFloat64(0, a);
  return ((view.getUint32(0) >>> 20) & 0x7ff) - 1023;
}

/**
 * The value of `format` nearest to x, ties to the neighbour with an even last mantissa bit.
 *
 * - Below the smallest normal the spacing stays fixed at `minSubnormal` (gradual underflow), and
 *   anything at most half of `minSubnormal` rounds to a zero of x's sign.
 * - Overflow follows IEEE 754: the value is rounded as if the exponent were unbounded, and a
 *   result above `maxFinite` becomes ±∞. So float16 keeps 65519 as 65504 and sends 65520 to ∞.
 * - E4M3 has no ∞. We follow the OCP OFP8 spec's non-saturating conversion, under which an
 *   overflowing E4M3 result is NaN (its optional saturating mode clamps to ±448 instead; it is
 *   not IEEE's rule, and ml_dtypes and PyTorch's float8_e4m3fn casts give NaN too). The rounding
 *   is still to nearest first: 464, halfway between 448 and the missing 480, rounds to the even
 *   448; anything above 464 is NaN. Likewise ±∞ itself becomes NaN in E4M3.
 * - NaN stays NaN, and ±0 keep their sign.
 *
 * For float64 this is the identity: every double is already a float64 value.
 */
export function roundTo(format: NumberFormat, x: number): number {
  if (format.mantissaBits >= 52) return x;
  if (x !== x) return NaN;
  if (x === 0) return x;
  if (x === Infinity || x === -Infinity) return format.hasInfinity ? x : NaN;
  const a = Math.abs(x);
  const exponent = Math.max(exponentOf(a), 1 - format.bias);
  // q is the spacing of the format's values in a's binade (or the subnormal spacing). a / q and
  // n · q only move the exponent, so both are exact in double arithmetic.
  const q = pow2(exponent - format.mantissaBits);
  const scaled = a / q;
  let n = Math.floor(scaled);
  const fraction = scaled - n;
  if (fraction > 0.5 || (fraction === 0.5 && n % 2 === 1)) n += 1;
  const rounded = n * q;
  if (rounded > format.maxFinite) return format.hasInfinity ? Math.sign(x) * Infinity : NaN;
  return x < 0 ? -rounded : rounded;
}
