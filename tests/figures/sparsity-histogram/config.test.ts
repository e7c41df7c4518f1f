import { describe, expect, it } from 'vitest';
import { SPARSITY_LIMITS } from '../../../src/lib/experiments/sparsity';
import { readFigureState } from '../../../src/figures/kit/url-state';
import { FigurePropError } from '../../../src/figures/kit/prop-errors';
import { sparsityConfig, sparsitySchema, UNITS_RANGE } from '../../../src/figures/sparsity-histogram/config';
import { SEED_RANGE } from '../../../src/figures/kit/whole-number-props';

describe('sparsityConfig', () => {
  it('fills in the defaults: bias 0, seed 1, 10,000 units of 100 inputs', () => {
    expect(sparsityConfig({})).toEqual({ id: 'sparsity', bias: 0, seed: 1, units: 10_000, fanIn: 100, followLab: false });
    expect(sparsityConfig({ id: 'relu-off', bias: -1.25, seed: 42, units: 2000 })).toEqual({
      id: 'relu-off',
      bias: -1.25,
      seed: 42,
      units: 2000,
      fanIn: 100,
      followLab: false,
    });
  });

  it.each([
    [{ bias: 3 }, /<SparsityHistogram> prop "bias" must lie in \[-2, 2\], got 3/],
    [{ bias: Number.NaN }, /prop "bias" must be a finite number/],
    [{ bias: '0.5' as unknown as number }, /prop "bias" must be a finite number, got "0.5"/],
    [{ bias: 0.33 }, /prop "bias" must be a multiple of 0.05/],
    [{ seed: 0 }, /prop "seed" must lie in \[1, 999999\], got 0/],
    [{ seed: 2.5 }, /prop "seed" must be a whole number, got 2.5/],
    [{ units: 50 }, /prop "units" must lie in \[100, 20000\], got 50/],
    [{ units: 1000.5 }, /prop "units" must be a whole number/],
    [{ id: '1 bad id' }, /prop "id" must start with a letter/],
  ])('rejects %o and says which prop and why', (props, message) => {
    expect(() => sparsityConfig(props)).toThrow(FigurePropError);
    expect(() => sparsityConfig(props)).toThrow(message);
  });

  it('accepts the ends of every range', () => {
    expect(() => sparsityConfig({ bias: -2, seed: SEED_RANGE.max, units: UNITS_RANGE.min })).not.toThrow();
    expect(() => sparsityConfig({ bias: 2, seed: SEED_RANGE.min, units: UNITS_RANGE.max })).not.toThrow();
    expect(() => sparsityConfig({ bias: -0.35 })).not.toThrow();
  });

  it('stays inside what the experiment accepts', () => {
    expect(UNITS_RANGE.min).toBeGreaterThanOrEqual(SPARSITY_LIMITS.units.min);
    expect(UNITS_RANGE.max).toBeLessThanOrEqual(SPARSITY_LIMITS.units.max);
  });
});

describe('sparsitySchema', () => {
  const schema = sparsitySchema(sparsityConfig({}));

  it('reads a shared link back', () => {
    expect(readFigureState('#sparsity.bias=-1.25&sparsity.seed=7', 'sparsity', schema)).toEqual({ bias: -1.25, seed: 7, f: '', p: '' });
  });

  it('turns garbage into defaults or the nearest valid value, and never throws', () => {
    expect(readFigureState('#sparsity.bias=NaN&sparsity.seed=<script>', 'sparsity', schema)).toEqual({ bias: 0, seed: 1, f: '', p: '' });
    expect(readFigureState('#sparsity.bias=1e999&sparsity.seed=-5', 'sparsity', schema)).toEqual({ bias: 0, seed: 1, f: '', p: '' });
    expect(readFigureState('#sparsity.bias=1e5&sparsity.seed=1e9', 'sparsity', schema)).toEqual({
      bias: 2,
      seed: SEED_RANGE.max,
      f: '',
      p: '',
    });
    expect(readFigureState('#sparsity.bias=0.333&sparsity.seed=3.7', 'sparsity', schema)).toEqual({ bias: 0.35, seed: 4, f: '', p: '' });
    expect(readFigureState('#%E0%A4%A', 'sparsity', schema)).toEqual({ bias: 0, seed: 1, f: '', p: '' });
  });
});
