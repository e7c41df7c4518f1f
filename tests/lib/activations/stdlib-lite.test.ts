import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stdlibLdexp from '@stdlib/math-base-special-ldexp';
import stdlibSetLowWord from '@stdlib/number-float64-base-set-low-word';
import ldexp from '../../../src/lib/activations/stdlib-lite/ldexp.cjs';
import setLowWord from '../../../src/lib/activations/stdlib-lite/set-low-word.cjs';

const same = (a: number, b: number): boolean => Object.is(a, b);
const special = [
  0,
  -0,
  Number.NaN,
  Infinity,
  -Infinity,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308,
  Number.MAX_VALUE,
  1,
  -1.5,
  0.1,
];

// The site build swaps these in for stdlib's (see stdlib-lite/README.md): they must agree bit for bit.
describe('stdlib-lite replacements agree with stdlib', () => {
  it('ldexp: special values and exponents across the whole range', () => {
    for (const x of special) {
      for (const e of [-2000, -1100, -1075, -1074, -1073, -1060, -1023, -1022, -52, -1, 0, 1, 52, 1023, 1024, 2000]) {
        expect(same(ldexp(x, e), stdlibLdexp(x, e)), `ldexp(${x}, ${e})`).toBe(true);
      }
    }
  });

  it('ldexp: random doubles and exponents, including subnormal results', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -2200, max: 2200 }), (x, e) => same(ldexp(x, e), stdlibLdexp(x, e))),
      { numRuns: 20000 },
    );
  });

  it('setLowWord: random doubles and words', () => {
    for (const x of special) expect(same(setLowWord(x, 0), stdlibSetLowWord(x, 0)) || Number.isNaN(x)).toBe(true);
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 0xffffffff }), (x, w) =>
        same(setLowWord(x, w), stdlibSetLowWord(x, w)),
      ),
      { numRuns: 20000 },
    );
  });
});
