import { describe, expect, it } from 'vitest';
import { formatMean, normalMoments } from '../../../src/lib/activations/normal-moments';

describe('normalMoments: E[g(z)] and Var[g(z)] for z ~ N(0, 1)', () => {
  it('gives the standard normal its own moments', () => {
    const { mean, variance } = normalMoments((z) => z);
    expect(mean).toBeCloseTo(0, 12);
    expect(variance).toBeCloseTo(1, 10);
  });

  it('gives ReLU the closed forms 1/√(2π) and 1/2 − 1/(2π)', () => {
    const { mean, variance } = normalMoments((z) => Math.max(0, z));
    expect(mean).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 6);
    expect(variance).toBeCloseTo(0.5 - 1 / (2 * Math.PI), 6);
  });

  it('prints a mean that is zero up to rounding as 0.000', () => {
    expect(formatMean(-3e-17)).toBe('0.000');
    expect(formatMean(0.3989)).toBe('0.399');
  });
});
