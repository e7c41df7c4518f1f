import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import erfMain from '@stdlib/math-base-special-erf';
import erfcMain from '@stdlib/math-base-special-erfc';
import erfDist from '@stdlib/math-base-special-erf/dist/index.js';
import erfcDist from '@stdlib/math-base-special-erfc/dist/index.js';

// numerics.ts imports stdlib's prebuilt bundles to keep pages light; they must be the same
// functions as the packages' main entries, bit for bit.
describe('stdlib erf/erfc bundles', () => {
  it('agree with the main entries everywhere', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(Object.is(erfDist(x), erfMain(x))).toBe(true);
        expect(Object.is(erfcDist(x), erfcMain(x))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('match reference values', () => {
    // erf(0.5) from TOOLCHAIN.md's check of the package; erfc(1) = 1 − erf(1) = 0.157299207050285…
    expect(erfDist(0.5)).toBe(0.5204998778130465);
    expect(erfcDist(1)).toBeCloseTo(0.15729920705028513, 15);
  });
});
