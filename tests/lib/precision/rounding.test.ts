/**
 * roundTo against independent implementations (Math.fround for float32, Math.f16round for
 * float16), and exhaustively against each narrow format's own list of values: every bit
 * pattern decodes to a double that rounds back to it, and every midpoint between neighbouring
 * values rounds to the neighbour whose last mantissa bit is 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBits, toBits } from '../../../src/lib/precision/bits';
import { getFormat, NUMBER_FORMATS, type NumberFormat } from '../../../src/lib/precision/formats';
import { roundTo } from '../../../src/lib/precision/round';

const float32 = getFormat('float32');
const float16 = getFormat('float16');

/** Doubles that stress rounding: powers of two and their neighbours, midpoints, format boundaries. */
function edgeDoubles(format: NumberFormat): number[] {
  const out = [
    0,
    -0,
    NaN,
    Infinity,
    -Infinity,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
    format.maxFinite,
    format.minNormal,
    format.minSubnormal,
  ];
  const view = new DataView(new ArrayBuffer(8));
  const neighbours = (x: number) => {
    view.setFloat64(0, x);
    const bits = view.getBigUint64(0);
    const result: number[] = [];
    for (const d of [-2n, -1n, 1n, 2n]) {
      view.setBigUint64(0, bits + d);
      result.push(view.getFloat64(0));
    }
    return result;
  };
  for (let k = -160; k <= 130; k++) {
    const p = 2 ** k;
    for (const x of [p, p * (1 + format.epsilon / 2), p * (1 + (3 * format.epsilon) / 2), p * (1 + format.epsilon)])
      out.push(x, ...neighbours(x));
  }
  for (const x of [format.maxFinite * (1 + format.epsilon / 4), format.minSubnormal / 2, (3 * format.minSubnormal) / 2])
    out.push(x, ...neighbours(x));
  return out.flatMap((x) => [x, -x]);
}

/** Exhaustive and property tests take seconds; generous on a shared machine. */
const SLOW = 60_000;

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('float32 rounding agrees with Math.fround', () => {
  it(
    'on edge doubles (powers of two, ties, subnormals, overflow)',
    () => {
      for (const x of edgeDoubles(float32)) expect(same(roundTo(float32, x), Math.fround(x)), `x = ${x}`).toBe(true);
    },
    SLOW,
  );

  it(
    'on any double (fast-check)',
    () => {
      fc.assert(
        fc.property(fc.double(), (x) => same(roundTo(float32, x), Math.fround(x))),
        { numRuns: 20_000 },
      );
    },
    SLOW,
  );

  it(
    'on doubles near float32 values (fast-check over float32 patterns ± a few double ulps)',
    () => {
      fc.assert(
        fc.property(fc.float({ noNaN: true }), fc.integer({ min: -3, max: 3 }), (f, k) => {
          const x = f * (1 + k * Number.EPSILON);
          return same(roundTo(float32, x), Math.fround(x));
        }),
        { numRuns: 20_000 },
      );
    },
    SLOW,
  );
});

describe('float16 rounding agrees with Math.f16round', () => {
  const f16round = (Math as unknown as { f16round?: (x: number) => number }).f16round;
  it.runIf(typeof f16round === 'function')(
    'on edge doubles and any double',
    () => {
      for (const x of edgeDoubles(float16)) expect(same(roundTo(float16, x), f16round!(x)), `x = ${x}`).toBe(true);
      fc.assert(
        fc.property(fc.double(), (x) => same(roundTo(float16, x), f16round!(x))),
        { numRuns: 20_000 },
      );
      fc.assert(
        fc.property(fc.double({ min: -70_000, max: 70_000 }), (x) => same(roundTo(float16, x), f16round!(x))),
        { numRuns: 20_000 },
      );
    },
    SLOW,
  );
});

describe('every bit pattern of the narrow formats round-trips', () => {
  for (const format of NUMBER_FORMATS.filter((f) => f.totalBits <= 16)) {
    it(
      `${format.id}: all ${2 ** format.totalBits} patterns`,
      () => {
        let nans = 0;
        for (let bits = 0n; bits < 1n << BigInt(format.totalBits); bits++) {
          const v = fromBits(format, bits);
          if (Number.isNaN(v)) {
            nans++;
            expect(Number.isNaN(roundTo(format, v))).toBe(true);
            continue;
          }
          // A decoded value is a fixed point of rounding and encodes back to its own pattern.
          if (!Object.is(roundTo(format, v), v)) expect.fail(`${format.id} ${bits.toString(16)}: ${v} rounds to ${roundTo(format, v)}`);
          if (toBits(format, v) !== bits)
            expect.fail(`${format.id} ${bits.toString(16)}: ${v} encodes as ${toBits(format, v).toString(16)}`);
        }
        // NaN patterns: E4M3 has one per sign; the others have 2·(2^m − 1).
        expect(nans).toBe(format.hasInfinity ? 2 * (2 ** format.mantissaBits - 1) : 2);
      },
      SLOW,
    );
  }
});

describe('midpoints between neighbouring values round to the even one', () => {
  for (const format of NUMBER_FORMATS.filter((f) => f.totalBits <= 16)) {
    it(
      `${format.id}: every pair of neighbours, and just either side of the midpoint`,
      () => {
        const limit = (1n << BigInt(format.totalBits - 1)) - 1n;
        for (let bits = 0n; bits < limit; bits++) {
          const lo = fromBits(format, bits);
          const hi = fromBits(format, bits + 1n);
          // E4M3's next pattern after 448 is NaN (464 is in the encodings table instead).
          if (Number.isNaN(hi)) break;
          // Past the largest finite value the next pattern is ∞: the midpoint uses the spacing of
          // the top binade, and rounds to ∞.
          const top = Number.isFinite(hi) ? hi : lo + (lo - fromBits(format, bits - 1n));
          const mid = (lo + top) / 2;
          const even = bits % 2n === 0n ? lo : hi;
          const got = roundTo(format, mid);
          if (!same(got, even)) {
            expect.fail(`${format.id}: midpoint ${mid} of ${lo} and ${top} rounds to ${got}, expected ${even}`);
          }
          if (!same(roundTo(format, -mid), -got)) expect.fail(`${format.id}: −${mid} is not the mirror image`);
          // Just below the midpoint rounds down, just above rounds up (to ∞/NaN at the top).
          const gap = top - lo;
          expect(roundTo(format, mid - gap / 1024)).toBe(lo);
          const above = roundTo(format, mid + gap / 1024);
          if (Number.isFinite(hi)) expect(above).toBe(hi);
          else expect(format.hasInfinity ? above === Infinity : Number.isNaN(above)).toBe(true);
        }
      },
      SLOW,
    );
  }

  it(
    'float32: midpoints of sampled neighbours (fast-check over bit patterns)',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 0x7f7ffffe }), (n) => {
          const lo = fromBits(float32, BigInt(n));
          const hi = fromBits(float32, BigInt(n + 1));
          const mid = (lo + hi) / 2;
          return roundTo(float32, mid) === (n % 2 === 0 ? lo : hi) && Math.fround(mid) === roundTo(float32, mid);
        }),
        { numRuns: 20_000 },
      );
    },
    SLOW,
  );
});
