/**
 * Walking along a format's values: the next value up or down, the spacing (ulp) at a value, and
 * an integer "ordinal" that numbers the values in order, so a search can bisect over a format's
 * values the way it would over integers.
 */
import { pow2, type NumberFormat } from './formats';
import { fromBits, toBits } from './bits';
import { exponentOf, roundTo } from './round';

/**
 * An integer that orders a format's values: 0 for ±0, +k for the k-th value above zero, −k for
 * the k-th below (for positive values it is the bit pattern itself). ±∞ get the ordinals just
 * past the largest finite values. x is rounded to the format first; NaN has no ordinal (throws).
 */
export function ordinalOf(format: NumberFormat, x: number): bigint {
  const v = roundTo(format, x);
  if (v !== v) throw new RangeError('NaN has no place in the order of a format’s values');
  const magnitude = toBits(format, Math.abs(v));
  return v < 0 ? -magnitude : magnitude;
}

/** The value with this ordinal (inverse of `ordinalOf`; ±0 comes back as +0). */
export function fromOrdinal(format: NumberFormat, ordinal: bigint): number {
  const value = fromBits(format, ordinal < 0n ? -ordinal : ordinal);
  return ordinal < 0n ? -value : value;
}

/** The next value of the format above x (x rounded to the format first); ∞ or NaN past the top. */
export function nextUp(format: NumberFormat, x: number): number {
  return fromOrdinal(format, ordinalOf(format, x) + 1n);
}

/** The next value of the format below x (x rounded to the format first). */
export function nextDown(format: NumberFormat, x: number): number {
  return fromOrdinal(format, ordinalOf(format, x) - 1n);
}

/**
 * One unit in the last place at x: the spacing of the format's values in the binade of x
 * rounded to the format, i.e. 2^(e − mantissaBits) for |x| in [2^e, 2^(e+1)), and the
 * subnormal spacing below the smallest normal. (At a power of two this is the gap above it; the
 * gap below is half as wide.) NaN for NaN and ±∞.
 */
export function ulp(format: NumberFormat, x: number): number {
  const a = Math.abs(roundTo(format, x));
  if (!Number.isFinite(a)) return NaN;
  if (a < format.minNormal) return format.minSubnormal;
  return pow2(exponentOf(a) - format.mantissaBits);
}

/**
 * Every finite value of a format of at most 16 bits in [lo, hi], ascending, zero once. For the
 * small formats a search can simply try them all (65,536 patterns at most).
 */
export function finiteValues(format: NumberFormat, lo: number, hi: number): number[] {
  if (format.totalBits > 16) throw new RangeError(`${format.name} has too many values to list; bisect instead`);
  const values: number[] = [];
  for (let bits = 0n; bits < 1n << BigInt(format.totalBits); bits++) {
    const v = fromBits(format, bits);
    if (Number.isFinite(v) && v >= lo && v <= hi && !Object.is(v, -0)) values.push(v);
  }
  return values.sort((a, b) => a - b);
}

/**
 * The ordinal of a value of a format of at most 32 bits as a plain number (no bigint, no
 * rounding: v must already be a finite value of the format). Searches call this in loops.
 */
function smallOrdinal(format: NumberFormat, v: number): number {
  const a = Math.abs(v);
  let magnitude: number;
  if (a < format.minNormal) magnitude = a / format.minSubnormal;
  else {
    const e = exponentOf(a);
    magnitude = (e + format.bias) * pow2(format.mantissaBits) + (a / pow2(e) - 1) * pow2(format.mantissaBits);
  }
  return v < 0 ? -magnitude : magnitude;
}

function fromSmallOrdinal(format: NumberFormat, ordinal: number): number {
  const magnitude = Math.abs(ordinal);
  const step = pow2(format.mantissaBits);
  let a: number;
  if (magnitude < step) a = magnitude * format.minSubnormal;
  else {
    const field = Math.floor(magnitude / step);
    a = (1 + (magnitude - field * step) / step) * pow2(field - format.bias);
  }
  return ordinal < 0 ? -a : a;
}

/**
 * A value of the format strictly between two finite values a and b of the format (either order),
 * about halfway in the order of the format's values (halfway in value for float64, which is the
 * same within a binade); null when a and b are neighbours. The step of every bisection here,
 * without bigints, so a search costs microseconds rather than milliseconds.
 */
export function middleValue(format: NumberFormat, a: number, b: number): number | null {
  if (format.totalBits <= 32) {
    const oa = smallOrdinal(format, a);
    const ob = smallOrdinal(format, b);
    if (Math.abs(oa - ob) <= 1) return null;
    return fromSmallOrdinal(format, Math.floor((oa + ob) / 2));
  }
  const mid = a / 2 + b / 2;
  if (mid !== a && mid !== b && (mid - a) * (mid - b) < 0) return mid;
  // The halfway double rounded onto an end: step one double in from a instead, if that is not b.
  const inner = b > a ? nextUp(format, a) : nextDown(format, a);
  return inner === b ? null : inner;
}
