/**
 * The binary floating-point formats models are trained and run in, described as data: the bit
 * widths, and the numbers every other module derives from them (largest finite value, smallest
 * normal and subnormal, ε). Every format here is sign + exponent + stored mantissa, with the
 * usual bias 2^(exponentBits−1) − 1 and gradual underflow (subnormals).
 *
 * The two 8-bit formats are the OCP ones ("OCP 8-bit Floating Point Specification (OFP8)",
 * Revision 1.0, Open Compute Project, 2023), as in ml_dtypes and PyTorch:
 * - E5M2 is IEEE-like: exponent field all ones means ±∞ (mantissa 0) or NaN.
 * - E4M3 (called E4M3FN in ml_dtypes and PyTorch: finite, with NaN) gives up ∞: the all-ones
 *   exponent holds ordinary numbers except S.1111.111, the only NaN (one per sign). That buys
 *   one more binade, so its largest value is 1.75 · 2⁸ = 448.
 */

export type FormatId = 'float64' | 'float32' | 'bfloat16' | 'float16' | 'e4m3' | 'e5m2';

export interface NumberFormat {
  readonly id: FormatId;
  /** Short name for controls and tables, e.g. `float16`. */
  readonly name: string;
  /** One line for a tooltip or caption, e.g. `IEEE 754 half precision`. */
  readonly description: string;
  readonly exponentBits: number;
  /** Stored fraction bits; the precision, counting the implicit leading 1, is one more. */
  readonly mantissaBits: number;
  /** 1 + exponentBits + mantissaBits. */
  readonly totalBits: number;
  /** Exponent bias: a normal number with exponent field E is 1.f · 2^(E − bias). */
  readonly bias: number;
  /** Whether the format encodes ±∞ (all but E4M3). Without ∞, overflow gives NaN. */
  readonly hasInfinity: boolean;
  /** The largest finite value. */
  readonly maxFinite: number;
  /** The smallest positive normal value, 2^(1 − bias). */
  readonly minNormal: number;
  /** The smallest positive subnormal value, 2^(1 − bias − mantissaBits). */
  readonly minSubnormal: number;
  /** Machine epsilon: the gap between 1 and the next value up, 2^(−mantissaBits). */
  readonly epsilon: number;
}

/** 2^k for k = −1074 … 1023 at index k + 1074, built by repeated exact doubling. */
const POWERS_OF_TWO = (() => {
  const table = new Float64Array(2098);
  table[0] = Number.MIN_VALUE;
  for (let i = 1; i < table.length; i++) table[i] = table[i - 1]! * 2;
  return table;
})();

/** 2^k for an integer k with −1074 ≤ k ≤ 1023, exact (Math.pow is not required to be). */
export function pow2(k: number): number {
  return POWERS_OF_TWO[k + 1074]!;
}

interface FormatBits {
  readonly id: FormatId;
  readonly name: string;
  readonly description: string;
  readonly exponentBits: number;
  readonly mantissaBits: number;
  readonly hasInfinity: boolean;
}

function defineFormat(bits: FormatBits): NumberFormat {
  const { exponentBits: e, mantissaBits: m } = bits;
  const bias = 2 ** (e - 1) - 1;
  // With ∞, the all-ones exponent is reserved, so the top binade is E = 2^e − 2 with a full
  // mantissa. Without it (E4M3), the top binade is E = 2^e − 1 and only the all-ones mantissa
  // is taken (by NaN), so the largest mantissa is all ones minus one.
  const topExponent = bits.hasInfinity ? 2 ** e - 2 - bias : 2 ** e - 1 - bias;
  const topFraction = bits.hasInfinity ? 2 - pow2(-m) : 2 - pow2(1 - m);
  return {
    ...bits,
    totalBits: 1 + e + m,
    bias,
    maxFinite: topFraction * pow2(topExponent),
    minNormal: pow2(1 - bias),
    minSubnormal: pow2(1 - bias - m),
    epsilon: pow2(-m),
  };
}

export const FLOAT64 = defineFormat({
  id: 'float64',
  name: 'float64',
  description: 'IEEE 754 double precision: what JavaScript computes in, and this site’s reference',
  exponentBits: 11,
  mantissaBits: 52,
  hasInfinity: true,
});

export const FLOAT32 = defineFormat({
  id: 'float32',
  name: 'float32',
  description: 'IEEE 754 single precision: the default for training',
  exponentBits: 8,
  mantissaBits: 23,
  hasInfinity: true,
});

export const BFLOAT16 = defineFormat({
  id: 'bfloat16',
  name: 'bfloat16',
  description: 'brain float: float32’s exponent range with only 8 bits of precision',
  exponentBits: 8,
  mantissaBits: 7,
  hasInfinity: true,
});

export const FLOAT16 = defineFormat({
  id: 'float16',
  name: 'float16',
  description: 'IEEE 754 half precision: 11 bits of precision, but nothing above 65504',
  exponentBits: 5,
  mantissaBits: 10,
  hasInfinity: true,
});

export const E4M3 = defineFormat({
  id: 'e4m3',
  name: 'float8 E4M3',
  description: 'OCP 8-bit float with 4 exponent and 3 mantissa bits (E4M3FN): no ∞, largest value 448',
  exponentBits: 4,
  mantissaBits: 3,
  hasInfinity: false,
});

export const E5M2 = defineFormat({
  id: 'e5m2',
  name: 'float8 E5M2',
  description: 'OCP 8-bit float with 5 exponent and 2 mantissa bits: IEEE-like, with ∞, largest value 57344',
  exponentBits: 5,
  mantissaBits: 2,
  hasInfinity: true,
});

/** Widest first: the order a format control lists them in. */
export const NUMBER_FORMATS: readonly NumberFormat[] = [FLOAT64, FLOAT32, BFLOAT16, FLOAT16, E4M3, E5M2];

export const FORMAT_IDS: readonly FormatId[] = NUMBER_FORMATS.map((f) => f.id);

export function isFormatId(id: string): id is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(id);
}

/** The format with this id; an unknown id throws, listing the valid ones. */
export function getFormat(id: string): NumberFormat {
  const format = NUMBER_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`Unknown number format "${id}". Valid names: ${FORMAT_IDS.join(', ')}`);
  return format;
}
