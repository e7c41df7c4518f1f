import { describe, expect, it } from 'vitest';
import { evaluateReluSum, hyperplaneRegions, introFacts, maxError, reluInterpolant, reluSumTex } from '../../../src/lib/facts/intro';
import { ACTIVATIONS } from '../../../src/lib/activations/registry';

describe('the intro post’s constructions', () => {
  it('a ReLU interpolant passes through every knot and is straight in between', () => {
    const g = (x: number) => Math.sin(x);
    const knots = [-3, -1.5, 0, 0.5, 2];
    const sum = reluInterpolant(g, knots);
    expect(sum.units).toHaveLength(knots.length - 1);
    for (const k of knots) expect(evaluateReluSum(sum, k)).toBeCloseTo(g(k), 12);
    const mid = (knots[1]! + knots[2]!) / 2;
    expect(evaluateReluSum(sum, mid)).toBeCloseTo((g(knots[1]!) + g(knots[2]!)) / 2, 12);
  });

  it('x² from four units: the sum the post prints, off by h²/4 at worst', () => {
    const sum = reluInterpolant((x) => x * x, [-2, -1, 0, 1, 2]);
    expect(sum).toEqual({
      constant: 4,
      units: [
        { knot: -2, weight: -3 },
        { knot: -1, weight: 2 },
        { knot: 0, weight: 2 },
        { knot: 1, weight: 2 },
      ],
    });
    expect(reluSumTex(sum)).toBe('4 - 3\\,\\mathrm{ReLU}(x+2) + 2\\,\\mathrm{ReLU}(x+1) + 2\\,\\mathrm{ReLU}(x) + 2\\,\\mathrm{ReLU}(x-1)');
    expect(maxError((x) => x * x, sum, -2, 2)).toBeCloseTo(0.25, 6);
    expect(introFacts.squareError).toBe('0.25');
    expect(introFacts.squareErrorFine).toBe('0.0625');
  });

  it('counts regions of a hyperplane arrangement (Zaslavsky)', () => {
    expect(hyperplaneRegions(1, 2)).toBe(2);
    expect(hyperplaneRegions(3, 2)).toBe(7);
    expect(hyperplaneRegions(10, 2)).toBe(56);
    expect(hyperplaneRegions(4, 1)).toBe(5);
    expect(hyperplaneRegions(3, 5)).toBe(8);
  });

  it('counts registry entries by property', () => {
    expect(introFacts.activationCount).toBe(String(ACTIVATIONS.length));
    for (const a of ACTIVATIONS.filter((x) => x.properties.saturates.left && x.properties.saturates.right)) expect(introFacts.saturatingBothNames).toContain(a.name);
    expect(Number(introFacts.kinkedCount)).toBe(ACTIVATIONS.filter((a) => a.properties.continuity === 0).length);
    for (const a of ACTIVATIONS.filter((x) => !x.properties.monotonic)) expect(introFacts.nonMonotonicNames).toContain(a.name);
  });
});
