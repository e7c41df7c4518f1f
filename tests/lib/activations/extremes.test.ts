/** Extreme inputs, and the float64 threshold where σ rounds to exactly 1. */
import { describe, expect, it } from 'vitest';
import { SIGMOID_ROUNDS_TO_ONE_AT, sechSquared, sigmoid, sigmoidSlope } from '../../../src/lib/activations/numerics';
import { ACTIVATIONS, getActivation } from '../../../src/lib/activations/registry';
import { describeParams, nextDown, nextUp, paramSets } from './helpers';

const EXTREMES = [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 0, -0, 710, -710, 40, -40];

describe('extreme inputs', () => {
  for (const a of ACTIVATIONS) {
    it(`${a.id}: f and f′ finite at ${EXTREMES.length} extreme inputs for every tested parameter set`, () => {
      for (const p of paramSets(a)) {
        for (const x of EXTREMES) {
          const where = `${a.id} (${describeParams(p)}) at x = ${x}`;
          expect(Number.isFinite(a.f(x, p)), `f: ${where} gave ${a.f(x, p)}`).toBe(true);
          expect(Number.isFinite(a.df(x, p)), `f′: ${where} gave ${a.df(x, p)}`).toBe(true);
        }
      }
    });
  }

  const at = (id: string, x: number, p = {}): number => getActivation(id).f(x, p);
  const slopeAt = (id: string, x: number, p = {}): number => getActivation(id).df(x, p);

  it('takes the right limits', () => {
    expect(at('sigmoid', -1e308)).toBe(0);
    expect(at('sigmoid', 1e308)).toBe(1);
    expect(at('sigmoid', -710)).toBeGreaterThan(0); // e^{−710} ≈ 4.5e−309 is still representable
    expect(at('tanh', -Number.MAX_VALUE)).toBe(-1);
    expect(at('softplus', 1e308)).toBe(1e308);
    expect(at('softplus', -1e308)).toBe(0);
    expect(at('softplus', 710)).toBe(710);
    // x·Φ(x) with Φ underflowed: −0 (or 0), never NaN. Math.abs makes the check sign-blind.
    expect(Math.abs(at('gelu', -1e308))).toBe(0);
    expect(at('gelu', 1e308)).toBe(1e308);
    expect(at('mish', Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(Math.abs(at('mish', -Number.MAX_VALUE))).toBe(0);
    expect(at('silu', Number.MAX_VALUE, { beta: 5 })).toBe(Number.MAX_VALUE);
    expect(at('elu', -1e308)).toBe(-1);
    expect(at('elu', -1e308, { alpha: 3 })).toBe(-3);
    expect(at('softsign', Number.MAX_VALUE)).toBe(1);
    expect(at('hard-sigmoid', -Number.MAX_VALUE)).toBe(0);
  });

  it('keeps slopes at their limits, never NaN from ∞·0', () => {
    for (const x of [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE]) {
      expect(slopeAt('silu', x, { beta: 5 }), `SiLU′(${x}), β = 5`).toBe(x > 0 ? 1 : 0);
      expect(slopeAt('mish', x), `Mish′(${x})`).toBe(x > 0 ? 1 : 0);
      expect(slopeAt('gelu', x), `GELU′(${x})`).toBe(x > 0 ? 1 : 0);
      expect(slopeAt('softplus', x), `softplus′(${x})`).toBe(x > 0 ? 1 : 0);
    }
  });

  it('clamps SELU to the largest double where λx overflows', () => {
    expect(at('selu', Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(at('selu', 1e308)).toBeCloseTo(1.0507009873554805e308, -293);
  });

  it('keeps σ′ and tanh′ positive in the tails until they underflow', () => {
    expect(sigmoidSlope(40)).toBeCloseTo(Math.exp(-40), 30);
    expect(sigmoidSlope(700)).toBeGreaterThan(0);
    expect(sigmoidSlope(746)).toBe(0);
    expect(sechSquared(20)).toBeGreaterThan(0);
    expect(1 - Math.tanh(20) ** 2).toBe(0); // the form the registry avoids
  });
});

describe('SIGMOID_ROUNDS_TO_ONE_AT', () => {
  const t = SIGMOID_ROUNDS_TO_ONE_AT;
  const naive = (x: number): number => 1 / (1 + Math.exp(-x));

  it('is the smallest double where σ rounds to exactly 1', () => {
    expect(sigmoid(t)).toBe(1);
    expect(naive(t)).toBe(1);
    expect(sigmoid(nextDown(t))).toBeLessThan(1);
    expect(naive(nextDown(t))).toBeLessThan(1);
  });

  it('agrees with a bisection over doubles, and sits just above 53·ln 2', () => {
    let lo = 30; // σ(lo) < 1
    let hi = 40; // σ(hi) = 1
    while (nextUp(lo) < hi) {
      const mid = (lo + hi) / 2;
      const m = mid === lo || mid === hi ? nextUp(lo) : mid;
      if (naive(m) === 1) hi = m;
      else lo = m;
    }
    expect(hi).toBe(t);
    expect(t).toBe(nextUp(53 * Math.LN2));
  });

  it('is where the naive σ(1 − σ) collapses to 0, while σ(x)·σ(−x) stays accurate', () => {
    expect(naive(t) * (1 - naive(t))).toBe(0);
    const trueSlope = Math.exp(-t) / (1 + Math.exp(-t)) ** 2;
    expect(sigmoidSlope(t)).toBeGreaterThan(0);
    expect(Math.abs(sigmoidSlope(t) - trueSlope) / trueSlope).toBeLessThan(1e-15);
    expect(getActivation('sigmoid').df(t, {})).toBe(sigmoidSlope(t));
  });
});
