import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalisedStack,
  NORMALISATIONS,
  standardise,
  standardiseBackward,
  type Normalisation,
} from '../../../src/lib/experiments/normalisation';
import { createRng } from '../../../src/lib/experiments/rng';

const B = 5;
const n = 4;

function randomMatrix(seed: number, scale = 1, shift = 0): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: B * n }, () => shift + scale * rng.normal());
}

/** L(z) = Σ g ⊙ standardise(z): its gradient is standardiseBackward(g). */
const loss = (z: Float64Array, g: Float64Array, mode: Normalisation) =>
  standardise(z, B, n, mode).values.reduce((sum, v, k) => sum + v * g[k]!, 0);

describe('standardise', () => {
  it('batch: every unit has mean 0 and variance ≈ 1 over the batch; layer: every example over its units', () => {
    const z = randomMatrix(3, 2, 5);
    const batch = standardise(z, B, n, 'batch').values;
    for (let i = 0; i < n; i++) {
      const column = Array.from({ length: B }, (_, e) => batch[e * n + i]!);
      expect(column.reduce((a, b) => a + b) / B).toBeCloseTo(0, 12);
      expect(column.reduce((a, b) => a + b * b, 0) / B).toBeCloseTo(1, 4);
    }
    const layer = standardise(z, B, n, 'layer').values;
    for (let e = 0; e < B; e++) {
      const row = Array.from(layer.subarray(e * n, e * n + n));
      expect(row.reduce((a, b) => a + b) / n).toBeCloseTo(0, 12);
      expect(row.reduce((a, b) => a + b * b, 0) / n).toBeCloseTo(1, 4);
    }
  });

  it('none leaves z as it is', () => {
    const z = randomMatrix(4);
    expect(standardise(z, B, n, 'none').values).toEqual(z);
  });

  for (const mode of NORMALISATIONS) {
    it(`${mode}: the backward pass matches central finite differences`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
          const z = randomMatrix(seed, 1.5, 0.3);
          const g = randomMatrix(seed + 1);
          const { values, inverse } = standardise(z, B, n, mode);
          const analytic = standardiseBackward(g, values, inverse, B, n, mode);
          const h = 1e-6;
          for (let k = 0; k < z.length; k++) {
            const up = Float64Array.from(z);
            const down = Float64Array.from(z);
            up[k] += h;
            down[k] -= h;
            const numeric = (loss(up, g, mode) - loss(down, g, mode)) / (2 * h);
            expect(analytic[k]).toBeCloseTo(numeric, 5);
          }
        }),
        { numRuns: 20 },
      );
    });
  }
});

describe('normalisedStack', () => {
  it('batch norm leaves no unit dead on the batch, even with biases that kill most ReLU units without it', () => {
    const options = { activation: 'relu', bias: -1, biasSpread: 1 } as const;
    const plain = normalisedStack(options);
    const batch = normalisedStack({ ...options, normalisation: 'batch' });
    expect(plain.deadShare.at(-1)).toBeGreaterThan(0.5);
    expect(batch.deadShare.every((share) => share === 0)).toBe(true);
  });

  it('with normalisation and zero biases, the weight scale drops out: 1× and 4× agree (up to ε = 1e−5)', () => {
    for (const normalisation of ['batch', 'layer'] as const) {
      const a = normalisedStack({ activation: 'tanh', weightScale: 1, normalisation, depth: 6 });
      const b = normalisedStack({ activation: 'tanh', weightScale: 4, normalisation, depth: 6 });
      expect(b.gradientRatio / a.gradientRatio).toBeCloseTo(1, 3);
      expect(b.saturatedShare).toEqual(a.saturatedShare);
    }
  });

  it('without normalisation, large weights saturate tanh units', () => {
    const small = normalisedStack({ activation: 'tanh', weightScale: 1, depth: 6 });
    const large = normalisedStack({ activation: 'tanh', weightScale: 4, depth: 6 });
    expect(small.saturatedShare.at(-1)).toBeLessThan(0.05);
    expect(large.saturatedShare.at(-1)).toBeGreaterThan(0.25);
  });

  it('one layer, no normalisation: the gradient ratio is 1 and the norm is ‖G ⊙ f′(z)‖ ≤ 1 for ReLU', () => {
    const r = normalisedStack({ depth: 1 });
    expect(r.gradientRatio).toBe(1);
    expect(r.gradientNorms[0]).toBeLessThanOrEqual(1 + 1e-12);
    expect(r.gradientNorms[0]).toBeGreaterThan(0);
  });

  it('is deterministic for a seed, and different for another', () => {
    expect(normalisedStack({ depth: 4, seed: 7 })).toEqual(normalisedStack({ depth: 4, seed: 7 }));
    expect(normalisedStack({ depth: 4, seed: 8 }).gradientRatio).not.toBe(normalisedStack({ depth: 4, seed: 7 }).gradientRatio);
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => normalisedStack({ activation: 'relux' })).toThrow(/activation must be one of identity, sigmoid/);
    expect(() => normalisedStack({ depth: 0 })).toThrow(/depth must be an integer in \[1, 50\]/);
    expect(() => normalisedStack({ weightScale: Number.NaN })).toThrow(/weightScale must be a number/);
    expect(() => normalisedStack({ normalisation: 'group' as Normalisation })).toThrow(/normalisation must be one of none, batch, layer/);
  });
});
