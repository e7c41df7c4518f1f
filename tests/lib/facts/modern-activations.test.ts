import { describe, expect, it } from 'vitest';
import {
  argminOf,
  gatedWidth,
  geluSigmoid,
  geluTanh,
  maxGap,
  modernActivationsFacts as facts,
} from '../../../src/lib/facts/modern-activations';

describe('the modern-activations post’s numbers', () => {
  it('GELU, SiLU and Mish minima agree with the registry’s 40-digit constants (mpmath)', () => {
    expect(facts.geluMin).toBe('−0.17');
    expect(facts.geluArgmin).toBe('−0.752');
    expect(facts.siluMin).toBe('−0.278');
    expect(facts.siluArgmin).toBe('−1.28');
    expect(facts.mishMin).toBe('−0.309');
    expect(facts.mishArgmin).toBe('−1.19');
  });

  it('slopes at 0: GELU and SiLU ½, Mish tanh(ln 2) = 3/5, softplus σ(0) = ½; softplus(0) = ln 2', () => {
    expect(facts.geluSlopeAtZero).toBe('0.5');
    expect(facts.siluSlopeAtZero).toBe('0.5');
    expect(facts.mishSlopeAtZero).toBe('0.6');
    expect(facts.softplusSlopeAtZero).toBe('0.5');
    expect(facts.softplusAtZero).toBe(String(Math.LN2.toFixed(3)));
  });

  it('the tanh approximation of GELU is off by a few 10⁻⁴ at most, checked against an independent erf series on [−4, 4]', () => {
    const gap = maxGap((x) => x * 0.5 * (1 + erfApprox(x / Math.SQRT2)), geluTanh, -4, 4);
    expect(facts.geluTanhGap).toBe('4.7\u00a0×\u00a010⁻⁴');
    expect(gap.gap).toBeCloseTo(4.7e-4, 5);
    expect(Math.abs(gap.at)).toBeCloseTo(2.7, 1);
    expect(geluTanh(0)).toBe(0);
    expect(geluSigmoid(0)).toBe(0);
    expect(geluTanh(1)).toBeCloseTo(0.841192, 6); // TensorFlow's documented value for approximate=True
  });

  it('maxGap and argminOf find what they should', () => {
    expect(
      maxGap(
        (x) => x,
        () => 0,
        -1,
        2,
      ),
    ).toEqual({ gap: 2, at: 2 });
    expect(argminOf((x) => 2 * (x - 0.3), -1, 1)).toBeCloseTo(0.3, 12);
  });

  it('gated width is 2/3 of 4d, rounded up to a multiple when asked; parameter counts match', () => {
    expect(gatedWidth(768)).toBe(2048);
    expect(gatedWidth(4096, 256)).toBe(11008);
    expect(facts.t5Params).toBe(facts.t5GatedParams);
    expect(facts.t5Params).toBe('4,718,592');
  });

  it('normalisation: batch norm leaves no ReLU unit dead and no tanh unit saturated in any seed', () => {
    expect(facts.reluDeadBatch).toBe('0%');
    expect(facts.tanhSaturatedBatch).toBe('0%');
    expect(facts.tanhSaturatedLayer).toBe('0%');
    expect(facts.reluDeadPlain).toMatch(/^\d+% to \d+%$/);
  });
});

/** erf by its Maclaurin series, accurate to ~1e−12 for |x| ≤ 3 (an independent check of the registry's GELU). */
function erfApprox(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}
