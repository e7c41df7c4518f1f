/** Neighbours, ulps and ordinals: the walk every threshold search relies on. */
import { describe, expect, it } from 'vitest';
import { getFormat, NUMBER_FORMATS } from '../../../src/lib/precision/formats';
import { roundTo } from '../../../src/lib/precision/round';
import fc from 'fast-check';
import { finiteValues, fromOrdinal, middleValue, nextDown, nextUp, ordinalOf, ulp } from '../../../src/lib/precision/neighbours';

const float16 = getFormat('float16');
const e4m3 = getFormat('e4m3');

describe('neighbours and ulps', () => {
  it('steps around 1 by the gap above (ε) and below (ε/2)', () => {
    for (const format of NUMBER_FORMATS) {
      expect(nextUp(format, 1)).toBe(1 + format.epsilon);
      expect(nextDown(format, 1)).toBe(1 - format.epsilon / 2);
      expect(ulp(format, 1)).toBe(format.epsilon);
      expect(ulp(format, -1.5)).toBe(format.epsilon);
      expect(ulp(format, format.minSubnormal * 3)).toBe(format.minSubnormal);
      expect(nextUp(format, 0)).toBe(format.minSubnormal);
      expect(nextDown(format, 0)).toBe(-format.minSubnormal);
    }
  });

  it('runs off the top into ∞, or NaN in E4M3', () => {
    expect(nextUp(float16, 65504)).toBe(Infinity);
    expect(nextUp(e4m3, 448)).toBeNaN();
    expect(ulp(float16, Infinity)).toBeNaN();
    expect(ulp(float16, NaN)).toBeNaN();
    expect(() => ordinalOf(float16, NaN)).toThrow(/NaN/);
  });

  it('ordinals number the values in order, with one 0 for ±0', () => {
    for (const format of NUMBER_FORMATS.filter((f) => f.totalBits <= 16)) {
      const values = finiteValues(format, -Infinity, Infinity);
      const zero = values.indexOf(0);
      values.forEach((v, i) => {
        if (ordinalOf(format, v) !== BigInt(i - zero))
          expect.fail(`${format.id}: ${v} has ordinal ${ordinalOf(format, v)}, expected ${i - zero}`);
        if (!Object.is(fromOrdinal(format, BigInt(i - zero)), v))
          expect.fail(`${format.id}: ordinal ${i - zero} gives ${fromOrdinal(format, BigInt(i - zero))}`);
      });
      expect(ordinalOf(format, -0)).toBe(0n);
    }
  }, 60_000);

  it('lists every finite value once: 2^16 − 2^11 − 1 for float16, 253 for E4M3', () => {
    expect(finiteValues(float16, -Infinity, Infinity)).toHaveLength(65536 - 2048 - 1);
    expect(finiteValues(e4m3, -Infinity, Infinity)).toHaveLength(256 - 2 - 1);
    expect(finiteValues(e4m3, 1, 2)).toEqual([1, 1.125, 1.25, 1.375, 1.5, 1.625, 1.75, 1.875, 2]);
    expect(() => finiteValues(getFormat('float32'), 0, 1)).toThrow(/bisect/);
  });

  it('float64 walks double by double', () => {
    const f64 = getFormat('float64');
    expect(nextUp(f64, 1)).toBe(1 + Number.EPSILON);
    expect(nextUp(f64, Number.MAX_VALUE)).toBe(Infinity);
    expect(nextUp(f64, -36.7368005696771)).toBe(-nextDown(f64, 36.7368005696771));
    expect(nextDown(f64, 36.7368005696771)).toBeLessThan(36.7368005696771);
    expect(ordinalOf(f64, 36.7368005696771) - ordinalOf(f64, nextDown(f64, 36.7368005696771))).toBe(1n);
  });

  it('middleValue lies strictly between, about halfway in order, and is null only for neighbours', () => {
    for (const format of [e4m3, getFormat('e5m2')]) {
      const values = finiteValues(format, -Infinity, Infinity);
      const index = new Map(values.map((v, i) => [v, i]));
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const mid = middleValue(format, values[i]!, values[j]!);
          if (j === i + 1) expect(mid).toBeNull();
          else if (index.get(mid!) !== Math.floor((i + j) / 2))
            expect.fail(`${format.id}: middle of ${values[i]} and ${values[j]} is ${mid}`);
          if (middleValue(format, values[j]!, values[i]!) !== mid)
            expect.fail(`${format.id}: middle depends on the order of ${values[i]}, ${values[j]}`);
        }
      }
    }
    for (const format of [float16, getFormat('float32'), getFormat('float64')]) {
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (x, y) => {
          const [a, b] = [roundTo(format, x), roundTo(format, y)];
          if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return true;
          const mid = middleValue(format, a, b);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          if (mid === null) return nextUp(format, lo) === hi;
          return mid > lo && mid < hi && nextUp(format, nextDown(format, mid)) === mid;
        }),
        { numRuns: 1000 },
      );
    }
  }, 60_000);
});
