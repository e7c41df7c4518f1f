/**
 * Bit-for-bit encodings of hand-checked values in every format: 1, −2, the largest finite value,
 * the smallest normal and subnormal, ties that round down and up to the even neighbour, values
 * just under and at the overflow boundary, NaN, ±∞ and ±0. Patterns were worked out by hand
 * from sign | exponent + bias | mantissa and checked against the IEEE/OCP tables.
 */
import { describe, expect, it } from 'vitest';
import { bitString, fromBits, toBits } from '../../../src/lib/precision/bits';
import { getFormat, type FormatId } from '../../../src/lib/precision/formats';
import { roundTo } from '../../../src/lib/precision/round';

type Row = readonly [label: string, x: number, bits: bigint];

const TABLE: Record<FormatId, readonly Row[]> = {
  float64: [
    ['1', 1, 0x3ff0000000000000n],
    ['−2', -2, 0xc000000000000000n],
    ['max', Number.MAX_VALUE, 0x7fefffffffffffffn],
    ['min normal', 2 ** -1022, 0x0010000000000000n],
    ['min subnormal', Number.MIN_VALUE, 1n],
    ['NaN', NaN, 0x7ff8000000000000n],
    ['∞', Infinity, 0x7ff0000000000000n],
    ['+0', 0, 0n],
    ['−0', -0, 0x8000000000000000n],
  ],
  float32: [
    ['1', 1, 0x3f800000n],
    ['−2', -2, 0xc0000000n],
    ['max', 3.4028234663852886e38, 0x7f7fffffn],
    ['min normal', 2 ** -126, 0x00800000n],
    ['min subnormal', 2 ** -149, 0x00000001n],
    ['1 + 2⁻²⁴ ties down to 1', 1 + 2 ** -24, 0x3f800000n],
    ['1 + 3·2⁻²⁴ ties up to 1 + 2⁻²²', 1 + 3 * 2 ** -24, 0x3f800002n],
    ['half the min subnormal ties to 0', 2 ** -150, 0n],
    ['just under max + ½ulp stays max', 3.4028234663852886e38 + 2 ** 103 - 2 ** 80, 0x7f7fffffn],
    ['max + ½ulp overflows to ∞', 3.4028234663852886e38 + 2 ** 103, 0x7f800000n],
    ['NaN', NaN, 0x7fc00000n],
    ['−∞', -Infinity, 0xff800000n],
    ['+0', 0, 0n],
    ['−0', -0, 0x80000000n],
  ],
  bfloat16: [
    ['1', 1, 0x3f80n],
    ['−2', -2, 0xc000n],
    ['max', 3.3895313892515355e38, 0x7f7fn],
    ['min normal', 2 ** -126, 0x0080n],
    ['min subnormal', 2 ** -133, 0x0001n],
    ['1 + 2⁻⁸ ties down to 1', 1 + 2 ** -8, 0x3f80n],
    ['1 + 3·2⁻⁸ ties up to 1 + 2⁻⁶', 1 + 3 * 2 ** -8, 0x3f82n],
    ['just under max + ½ulp stays max', 3.3895313892515355e38 + 2 ** 119 - 2 ** 100, 0x7f7fn],
    ['max + ½ulp overflows to ∞', 3.3895313892515355e38 + 2 ** 119, 0x7f80n],
    ['NaN', NaN, 0x7fc0n],
    ['+0', 0, 0n],
    ['−0', -0, 0x8000n],
  ],
  float16: [
    ['1', 1, 0x3c00n],
    ['−2', -2, 0xc000n],
    ['max', 65504, 0x7bffn],
    ['min normal', 2 ** -14, 0x0400n],
    ['min subnormal', 2 ** -24, 0x0001n],
    ['1 + 2⁻¹¹ ties down to 1', 1 + 2 ** -11, 0x3c00n],
    ['1 + 3·2⁻¹¹ ties up to 1 + 2⁻⁹', 1 + 3 * 2 ** -11, 0x3c02n],
    ['half the min subnormal ties to 0', 2 ** -25, 0n],
    ['1.5 min subnormals tie up to 2', 3 * 2 ** -25, 0x0002n],
    ['65519 stays 65504', 65519, 0x7bffn],
    ['65520 overflows to ∞', 65520, 0x7c00n],
    ['NaN', NaN, 0x7e00n],
    ['−∞', -Infinity, 0xfc00n],
    ['+0', 0, 0n],
    ['−0', -0, 0x8000n],
  ],
  e4m3: [
    ['1', 1, 0x38n],
    ['−2', -2, 0xc0n],
    ['max', 448, 0x7en],
    ['min normal', 2 ** -6, 0x08n],
    ['min subnormal', 2 ** -9, 0x01n],
    ['1 + 1/16 ties down to 1', 1 + 1 / 16, 0x38n],
    ['1 + 3/16 ties up to 1.25', 1 + 3 / 16, 0x3an],
    ['464 (halfway to the missing 480) ties down to 448', 464, 0x7en],
    ['just over 464 overflows to NaN', 464.00001, 0x7fn],
    ['−500 overflows to NaN', -500, 0x7fn],
    ['∞ has no encoding: NaN', Infinity, 0x7fn],
    ['NaN', NaN, 0x7fn],
    ['+0', 0, 0n],
    ['−0', -0, 0x80n],
  ],
  e5m2: [
    ['1', 1, 0x3cn],
    ['−2', -2, 0xc0n],
    ['max', 57344, 0x7bn],
    ['min normal', 2 ** -14, 0x04n],
    ['min subnormal', 2 ** -16, 0x01n],
    ['1 + 1/8 ties down to 1', 1 + 1 / 8, 0x3cn],
    ['1 + 3/8 ties up to 1.5', 1 + 3 / 8, 0x3en],
    ['61439 stays 57344', 61439, 0x7bn],
    ['61440 overflows to ∞', 61440, 0x7cn],
    ['NaN', NaN, 0x7en],
    ['−∞', -Infinity, 0xfcn],
    ['+0', 0, 0n],
    ['−0', -0, 0x80n],
  ],
};

describe('encodings, bit for bit', () => {
  for (const [id, rows] of Object.entries(TABLE) as [FormatId, readonly Row[]][]) {
    const format = getFormat(id);
    for (const [label, x, bits] of rows) {
      it(`${id}: ${label}`, () => {
        expect(toBits(format, x).toString(16)).toBe(bits.toString(16));
        const back = fromBits(format, bits);
        const rounded = roundTo(format, x);
        if (Number.isNaN(rounded)) expect(back).toBeNaN();
        else expect(Object.is(back, rounded), `fromBits(${bits.toString(16)}) = ${back}, roundTo = ${rounded}`).toBe(true);
      });
    }
  }

  it('decodes every NaN pattern of E4M3 (S.1111.111) and of E5M2 (exponent 11111, mantissa ≠ 0)', () => {
    const e4m3 = getFormat('e4m3');
    const e5m2 = getFormat('e5m2');
    expect(fromBits(e4m3, 0x7fn)).toBeNaN();
    expect(fromBits(e4m3, 0xffn)).toBeNaN();
    expect(fromBits(e4m3, 0x7en)).toBe(448);
    expect(fromBits(e4m3, 0x78n)).toBe(256);
    for (const bits of [0x7dn, 0x7en, 0x7fn, 0xfdn, 0xfen, 0xffn]) expect(fromBits(e5m2, bits)).toBeNaN();
    expect(fromBits(e5m2, 0xfcn)).toBe(-Infinity);
  });

  it('spells out the fields', () => {
    expect(bitString(getFormat('float16'), 1)).toBe('0 01111 0000000000');
    expect(bitString(getFormat('e4m3'), -448)).toBe('1 1111 110');
    expect(bitString(getFormat('e5m2'), Infinity)).toBe('0 11111 00');
    expect(bitString(getFormat('bfloat16'), -0)).toBe('1 00000000 0000000');
  });
});
