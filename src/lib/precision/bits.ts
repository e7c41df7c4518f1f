/**
 * A format's values as bit patterns (sign, exponent field, mantissa field), so tests can check
 * encodings bit for bit and figures can show a value's bits. Patterns are bigints because a
 * float64 pattern does not fit a double's 53-bit integers.
 */
import { FLOAT64, pow2, type NumberFormat } from './formats';
import { exponentOf, roundTo } from './round';

const view = new DataView(new ArrayBuffer(8));

/** Exponent field all ones and every mantissa bit set except for formats with ∞, where it is the quiet bit only. */
function canonicalNaN(format: NumberFormat): bigint {
  const m = BigInt(format.mantissaBits);
  const exponentField = (1n << BigInt(format.exponentBits)) - 1n;
  // E4M3's one NaN is S.1111.111; the IEEE formats' canonical quiet NaN sets only the top mantissa bit.
  const mantissa = format.hasInfinity ? 1n << (m - 1n) : (1n << m) - 1n;
  return (exponentField << m) | mantissa;
}

/**
 * The bit pattern of x rounded to `format` (see `roundTo`). Every NaN encodes as the format's
 * canonical positive NaN (JavaScript cannot observe a NaN's sign or payload reliably); −0 keeps
 * its sign bit.
 */
export function toBits(format: NumberFormat, x: number): bigint {
  const v = roundTo(format, x);
  if (v !== v) return canonicalNaN(format);
  if (format === FLOAT64) {
    view.setFloat64(0, v);
    return view.getBigUint64(0);
  }
  const m = format.mantissaBits;
  const sign = v < 0 || Object.is(v, -0) ? 1n << BigInt(format.totalBits - 1) : 0n;
  const a = Math.abs(v);
  if (a === Infinity) return sign | (((1n << BigInt(format.exponentBits)) - 1n) << BigInt(m));
  if (a < format.minNormal) return sign | BigInt(a / format.minSubnormal);
  const e = exponentOf(a);
  const mantissa = BigInt((a / pow2(e) - 1) * pow2(m));
  return sign | (BigInt(e + format.bias) << BigInt(m)) | mantissa;
}

/** The value a bit pattern encodes (NaN for every NaN pattern). Bits above `totalBits` are ignored. */
export function fromBits(format: NumberFormat, bits: bigint): number {
  if (format === FLOAT64) {
    view.setBigUint64(0, BigInt.asUintN(64, bits));
    return view.getFloat64(0);
  }
  const m = BigInt(format.mantissaBits);
  const pattern = BigInt.asUintN(format.totalBits, bits);
  const negative = pattern >> BigInt(format.totalBits - 1) === 1n;
  const exponentField = Number((pattern >> m) & ((1n << BigInt(format.exponentBits)) - 1n));
  const mantissa = Number(pattern & ((1n << m) - 1n));
  const allOnes = 2 ** format.exponentBits - 1;
  let a: number;
  if (exponentField === allOnes && format.hasInfinity) a = mantissa === 0 ? Infinity : NaN;
  else if (exponentField === allOnes && mantissa === 2 ** format.mantissaBits - 1) a = NaN;
  else if (exponentField === 0) a = mantissa * format.minSubnormal;
  else a = (1 + mantissa * pow2(-format.mantissaBits)) * pow2(exponentField - format.bias);
  return negative ? -a : a;
}

/**
 * The pattern as text with the fields apart, e.g. `0 01111 0000000000` for float16's 1, for a
 * figure's readout.
 */
export function bitString(format: NumberFormat, x: number): string {
  const text = toBits(format, x).toString(2).padStart(format.totalBits, '0');
  return `${text.slice(0, 1)} ${text.slice(1, 1 + format.exponentBits)} ${text.slice(1 + format.exponentBits)}`;
}
