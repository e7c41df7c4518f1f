import { describe, expect, it } from 'vitest';
import { initialisationFacts as f } from '../../../src/lib/facts/initialisation';

/** Parses formatNumber's output back (typographic minus; no scientific notation is expected here). */
const num = (s: string) => Number(s.replace('\u2212', '-'));

describe('initialisation post facts', { timeout: 120_000 }, () => {
  it('gains: ReLU √2, tanh 1/√0.394294 (mpmath), GELU and SiLU to 4 digits; PyTorch tanh 5/3', () => {
    expect(f.reluGain).toBe('1.414');
    expect(f.tanhGain).toBe('1.593');
    // 1/√E[GELU(z)²] and 1/√E[SiLU(z)²] from the mpmath moments in tests/lib/signal/gaussian-reference.ts.
    expect(f.geluGain).toBe((1 / Math.sqrt(0.42522148257029867)).toPrecision(4));
    expect(f.siluGain).toBe('1.677');
    expect(f.pytorchTanhGain).toBe('1.667');
    expect(f.pytorchMissingCount).toBe('7');
  });
  it('critical points and SELU fixed point', () => {
    expect(f.tanhCriticalChi1).toBe('1');
    expect(f.tanhCriticalQ).toBe('0');
    expect(f.reluCriticalChi1).toBe('1');
    expect(f.seluMean).toBe('0');
    expect(f.seluSecondMoment).toBe('1');
    expect(f.seluFixedPoint).toBe('1');
    expect(num(f.geluHeChi1)).toBe(0.5);
    expect(f.geluHeFixedPoint).toBe('0');
    expect(num(f.geluEdgeSigmaW2)).toBeGreaterThan(2);
    expect(num(f.siluEdgeSigmaW2)).toBeGreaterThan(num(f.geluEdgeSigmaW2));
  });
  it('measured vs theory: wide within 4 standard errors (4 seeds), narrow far from it', () => {
    expect(f.reluTheoryQ).toBe('2');
    expect(Math.abs(num(f.reluWideQ) - 2)).toBeLessThanOrEqual((4 * num(f.reluWideQSpread)) / 2 + 0.01);
    expect(Math.abs(num(f.reluNarrowQ) - 2)).toBeGreaterThan(3 * Math.abs(num(f.reluWideQ) - 2));
  });
  it("nn.Linear's default: σ_w² = 1/3, so ReLU's χ₁ = 1/6 and tanh's 1/3; leaky ReLU gain √(2/1.0001)", () => {
    expect(f.linearDefaultSigmaW2).toBe('0.3333');
    expect(f.linearDefaultReluChi1).toBe('0.1667');
    expect(f.linearDefaultTanhChi1).toBe('0.3333');
    expect(num(f.linearDefaultTanhSurvival)).toBeCloseTo(6 / Math.log(3), 2);
    expect(f.leakyGain).toBe(Math.sqrt(2 / 1.0001).toPrecision(4));
    expect(f.pytorchLeakyGain).toBe(f.leakyGain);
  });
});
