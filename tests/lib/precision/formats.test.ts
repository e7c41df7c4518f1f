/**
 * Each format's constants against the published values (IEEE 754-2019 for float16/32/64, the
 * bfloat16 definition as float32's top 16 bits, and the OCP OFP8 spec's tables for E4M3/E5M2).
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, NUMBER_FORMATS, getFormat, isFormatId, pow2 } from '../../../src/lib/precision/formats';

const EXPECTED = {
  float64: { e: 11, m: 52, bias: 1023, max: 1.7976931348623157e308, minNormal: 2.2250738585072014e-308, minSub: 5e-324, inf: true },
  float32: {
    e: 8,
    m: 23,
    bias: 127,
    max: 3.4028234663852886e38,
    minNormal: 1.1754943508222875e-38,
    minSub: 1.401298464324817e-45,
    inf: true,
  },
  // 0x7F7F: (2 − 2⁻⁷)·2¹²⁷.
  bfloat16: {
    e: 8,
    m: 7,
    bias: 127,
    max: 3.3895313892515355e38,
    minNormal: 1.1754943508222875e-38,
    minSub: 9.183549615799121e-41,
    inf: true,
  },
  float16: { e: 5, m: 10, bias: 15, max: 65504, minNormal: 6.103515625e-5, minSub: 5.960464477539063e-8, inf: true },
  // OFP8 Table 1: E4M3 max normal S.1111.110 = 448, min normal 2⁻⁶, min subnormal 2⁻⁹, no ∞.
  e4m3: { e: 4, m: 3, bias: 7, max: 448, minNormal: 0.015625, minSub: 0.001953125, inf: false },
  // E5M2 max normal S.11110.11 = 57344, min normal 2⁻¹⁴, min subnormal 2⁻¹⁶, ±∞.
  e5m2: { e: 5, m: 2, bias: 15, max: 57344, minNormal: 6.103515625e-5, minSub: 1.52587890625e-5, inf: true },
} as const;

describe('number formats', () => {
  for (const format of NUMBER_FORMATS) {
    it(`${format.id} has the published constants`, () => {
      const want = EXPECTED[format.id];
      expect(format.exponentBits).toBe(want.e);
      expect(format.mantissaBits).toBe(want.m);
      expect(format.totalBits).toBe(1 + want.e + want.m);
      expect(format.bias).toBe(want.bias);
      expect(format.maxFinite).toBe(want.max);
      expect(format.minNormal).toBe(want.minNormal);
      expect(format.minSubnormal).toBe(want.minSub);
      expect(format.epsilon).toBe(2 ** -want.m);
      expect(format.hasInfinity).toBe(want.inf);
    });
  }

  it('float32 and float64 constants agree with the platform', () => {
    expect(getFormat('float64').maxFinite).toBe(Number.MAX_VALUE);
    expect(getFormat('float64').minSubnormal).toBe(Number.MIN_VALUE);
    expect(getFormat('float64').epsilon).toBe(Number.EPSILON);
    expect(getFormat('float32').maxFinite).toBe(Math.fround(3.4028235e38));
  });

  it('pow2 is exact over the whole double range', () => {
    expect(pow2(-1074)).toBe(Number.MIN_VALUE);
    expect(pow2(-1022)).toBe(2.2250738585072014e-308);
    expect(pow2(0)).toBe(1);
    expect(pow2(1023)).toBe(8.98846567431158e307);
    for (let k = -1074; k <= 1023; k++) expect(pow2(k), `2^${k}`).toBe(2 ** k);
  });

  it('looks formats up by id, and names the valid ones on a typo', () => {
    expect(FORMAT_IDS).toEqual(['float64', 'float32', 'bfloat16', 'float16', 'e4m3', 'e5m2']);
    expect(isFormatId('float16')).toBe(true);
    expect(isFormatId('fp16')).toBe(false);
    expect(() => getFormat('fp16')).toThrow(/Valid names: float64, float32, bfloat16, float16, e4m3, e5m2/);
  });
});
