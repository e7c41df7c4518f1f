import { describe, expect, it } from 'vitest';
import { saturation, SATURATION_FIGURE_DEFAULTS } from '../../../src/lib/experiments/saturation';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula/activation';
import { compileReaderFormula } from '../../../src/figures/kit/reader-formula-compile';
import { saturatedZones, saturationHistogramModel } from '../../../src/figures/saturation-histogram/model';

/** The Lab's own compile of a formula: the reference the figure's numbers are checked against. */
function activationOf(formula: string): CustomActivation {
  const result = compileActivation(formula);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const { activation, seed, units, fanIn, threshold } = SATURATION_FIGURE_DEFAULTS;
const OPTIONS = { activation, seed, units, fanIn, threshold, width: 640, height: 360, idPrefix: 's' } as const;
const view = (formula: string, weightScale = 1) =>
  saturationHistogramModel({ ...OPTIONS, weightScale, reader: compileReaderFormula(formula, '') });

describe('SaturationHistogram with a reader’s formula', () => {
  it('sigmoid typed as a formula saturates the same units as the registry’s sigmoid', () => {
    for (const scale of [0.01, 0.3, 1, 5]) {
      const typed = view('sigmoid(x)', scale);
      const registry = saturationHistogramModel({ ...OPTIONS, weightScale: scale });
      expect(typed.custom).toBe(true);
      expect(typed.saturatedFraction).toBe(registry.saturatedFraction);
    }
  });

  it('x * sigmoid(x) saturates on the left and at its dip, with the share the experiment itself gives', () => {
    const result = view('x * sigmoid(x)');
    const reference = saturation({ ...SATURATION_FIGURE_DEFAULTS, weightScale: 1, custom: activationOf('x * sigmoid(x)') });
    expect(result.saturatedFraction).toBe(reference.saturatedFraction);
    expect(result.saturatedFraction).toBeGreaterThan(0.2);
    expect(result.saturatedFraction).toBeLessThan(0.5);
    // The left tail, and a sliver around the dip at z ≈ −1.28 where f′ passes through 0.
    expect(result.zones).toHaveLength(2);
    expect(result.zones[0]![0]).toBe(result.xDomain[0]);
    expect(result.zones[1]![0]).toBeLessThan(-1.28);
    expect(result.zones[1]![1]).toBeGreaterThan(-1.28);
    expect(result.zones[1]![1]).toBeLessThan(0);
    expect(result.readout[0]).toMatch(/^Saturated: \d+% of 1,000 units/);
    expect(result.readout[1]).toContain('your function saturates on the shaded stretches');
  });

  it('refuses a function that is not finite on the layer and shows sigmoid', () => {
    const result = view('1 / x^2 + log(x)');
    expect(result.custom).toBe(false);
    expect(result.readout.at(-1)).toMatch(/^Your function is not finite at x = −[\d.]+ .*Showing sigmoid instead\.$/);
    expect(result.readout.join(' ')).not.toMatch(/NaN|Infinity/);
  });

  it('a formula that does not compile: the message, and sigmoid', () => {
    const result = view('x +');
    expect(result.custom).toBe(false);
    expect(result.readout.at(-1)).toMatch(/^Your formula: .*Showing sigmoid instead\.$/);
  });

  it('finds the saturated stretches between samples', () => {
    expect(saturatedZones((z) => Math.abs(z) > 1, [-3, 3]).map(([a, b]) => [Math.round(a * 10) / 10, Math.round(b * 10) / 10])).toEqual([
      [-3, -1],
      [1, 3],
    ]);
    expect(saturatedZones(() => false, [-1, 1])).toEqual([]);
  });
});
