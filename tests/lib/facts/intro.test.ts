import { describe, expect, it } from 'vitest';
import { hyperplaneRegions, introFacts } from '../../../src/lib/facts/intro';
import { DEFAULT_RELU_SUM, reluSumTex } from '../../../src/lib/experiments/relu-sum';
import { ACTIVATIONS } from '../../../src/lib/activations/registry';

describe('the intro post’s constructions', () => {
  it('x² from four units: off by 0.25 at worst; eight units: 0.0625', () => {
    expect(introFacts.squareSumTex).toBe(reluSumTex(DEFAULT_RELU_SUM));
    expect(introFacts.squareError).toBe('0.25');
    expect(introFacts.squareErrorFine).toBe('0.0625');
    expect(introFacts.squareUnits).toBe('4');
    expect(introFacts.squareUnitsFine).toBe('8');
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
    for (const a of ACTIVATIONS.filter((x) => x.properties.saturates.left && x.properties.saturates.right))
      expect(introFacts.saturatingBothNames).toContain(a.name);
    expect(Number(introFacts.kinkedCount)).toBe(ACTIVATIONS.filter((a) => a.properties.continuity === 0).length);
    for (const a of ACTIVATIONS.filter((x) => !x.properties.monotonic)) expect(introFacts.nonMonotonicNames).toContain(a.name);
  });
});
