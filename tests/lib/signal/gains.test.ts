import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, getActivation } from '../../../src/lib/activations/registry';
import { GAIN_LABELS, gainTable, gains, pytorchGain } from '../../../src/lib/signal/gains';
import { GAUSSIAN_REFERENCE } from './gaussian-reference';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('initialisation gains', () => {
  const table = gainTable();
  const row = (id: string) => table.find((r) => r.id === id)!;

  it('lists every registry function once, in registry order', () => {
    expect(table.map((r) => r.id)).toEqual([...ACTIVATION_IDS]);
  });
  it('ReLU: √2 forward and backward (He et al. 2015)', () => {
    expect(rel(row('relu').secondMoment, Math.SQRT2)).toBeLessThan(1e-14);
    expect(rel(row('relu').backward, Math.SQRT2)).toBeLessThan(1e-14);
    // Var[ReLU(z)] = ½ − 1/(2π).
    expect(rel(row('relu').inverseStd, 1 / Math.sqrt(0.5 - 1 / (2 * Math.PI)))).toBeLessThan(1e-13);
  });
  it('leaky ReLU: √(2/(1+α²)) for several α', () => {
    const leaky = getActivation('leaky-relu');
    for (const alpha of [0, 0.01, 0.2, 1]) {
      expect(rel(gains(leaky, { alpha }).secondMoment, Math.sqrt(2 / (1 + alpha * alpha)))).toBeLessThan(1e-13);
    }
  });
  it('identity 1; SELU 1 forward (its fixed point) and its mean is 0, so 1/std = second moment', () => {
    expect(row('identity')).toMatchObject({ secondMoment: 1, inverseStd: 1, backward: 1 });
    expect(Math.abs(row('selu').secondMoment - 1)).toBeLessThan(1e-9);
    expect(Math.abs(row('selu').inverseStd - 1)).toBeLessThan(1e-9);
  });
  it('every gain against the mpmath moments at q = 1 (tanh ≈ 1.5925, GELU ≈ 1.5335, SiLU ≈ 1.6765)', () => {
    for (const [id, params, q, mean, second, slope] of GAUSSIAN_REFERENCE) {
      if (q !== 1 || Object.values(params).some((v, i) => v !== Object.values(getActivation(id).params)[i]?.default)) continue;
      const r = row(id);
      expect(rel(r.secondMoment, 1 / Math.sqrt(second))).toBeLessThan(1e-12);
      expect(rel(r.backward, 1 / Math.sqrt(slope))).toBeLessThan(1e-12);
      if (second - mean * mean > 1e-3) expect(rel(r.inverseStd, 1 / Math.sqrt(second - mean * mean))).toBeLessThan(1e-11);
    }
    expect(row('tanh').secondMoment.toFixed(4)).toBe('1.5925');
    expect(row('gelu').secondMoment.toFixed(4)).toBe('1.5335');
    expect(row('silu').secondMoment.toFixed(4)).toBe('1.6765');
  });
  it('PyTorch calculate_gain where it has an entry, null where it has none', () => {
    expect(pytorchGain('identity')).toBe(1);
    expect(pytorchGain('sigmoid')).toBe(1);
    expect(pytorchGain('tanh')).toBe(5 / 3);
    expect(pytorchGain('relu')).toBe(Math.SQRT2);
    expect(pytorchGain('leaky-relu')).toBe(Math.sqrt(2 / (1 + 0.01 ** 2)));
    expect(pytorchGain('selu')).toBe(0.75);
    for (const id of ['gelu', 'silu', 'mish', 'elu', 'softplus', 'hard-sigmoid', 'softsign']) expect(row(id).pytorch).toBeNull();
  });
  it('has a label for each convention', () => {
    expect(Object.keys(GAIN_LABELS).sort()).toEqual(['backward', 'inverseStd', 'secondMoment']);
  });
});
