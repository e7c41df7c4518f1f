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
