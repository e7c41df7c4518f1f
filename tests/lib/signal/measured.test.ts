import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import { exactMoments, gradientTrajectory, varianceTrajectory } from '../../../src/lib/signal/mean-field';
import { measureAcrossSeeds, measureSignal } from '../../../src/lib/signal/measured';

const SEEDS = [1, 2, 3, 4, 5, 6];
const DEPTH = 5;

/**
 * Tolerance: the theory is the mean over random networks, so the mean over n seeds may miss it by
 * its standard error sd/√n (sd measured over the same seeds). We allow 4 standard errors (a false
 * alarm about 1 in 10⁴ per comparison for normal errors), plus the O(1/width) finite-width bias,
 * bounded generously by 2/width relative.
 */
function expectWithinSamplingError(
  label: string,
  theory: readonly number[],
  mean: readonly number[],
  sd: readonly number[],
  width: number,
) {
  theory.forEach((t, l) => {
    const allowed = (4 * sd[l]!) / Math.sqrt(SEEDS.length) + (2 / width) * Math.abs(t);
    expect(Math.abs(mean[l]! - t), `${label} layer ${l + 1}: theory ${t}, measured ${mean[l]} ± ${sd[l]}`).toBeLessThanOrEqual(allowed);
  });
}

describe('finite-width measurement against mean-field theory', () => {
  for (const [id, sigmaW2, sigmaB2] of [
    ['tanh', 1.5, 0.05],
    ['relu', 2, 0],
    ['gelu', 2, 0.1],
  ] as const) {
    it(
      `${id} (σ_w² = ${sigmaW2}, σ_b² = ${sigmaB2}): agree within sampling error at width 512; spread ≫ at width 8`,
      { timeout: 120_000 },
      () => {
        const a = getActivation(id);
        const m = exactMoments(a, {});
        const init = { sigmaW2, sigmaB2 };
        const qs = varianceTrajectory(m, init, DEPTH);
        const gs = gradientTrajectory(m, init, qs);
        const wide = measureAcrossSeeds({ activation: a, width: 512, depth: DEPTH, sigmaW2, sigmaB2, samples: 2 }, SEEDS);
        expectWithinSamplingError(`${id} q`, qs, wide.mean.preActivationSecondMoment, wide.std.preActivationSecondMoment, 512);
        expectWithinSamplingError(`${id} gradient`, gs, wide.mean.gradientNormSquared, wide.std.gradientNormSquared, 512);

        // Relative spread over seeds should scale like 1/√width: 8× larger at width 8. Ask for 3×.
        const narrow = measureAcrossSeeds({ activation: a, width: 8, depth: DEPTH, sigmaW2, sigmaB2, samples: 2 }, SEEDS);
        const relSpread = (s: typeof wide) =>
          s.std.preActivationSecondMoment.reduce((acc, sd, l) => acc + sd / s.mean.preActivationSecondMoment[l]!, 0) / DEPTH;
        expect(relSpread(narrow)).toBeGreaterThan(3 * relSpread(wide));
      },
    );
  }
  it('is deterministic for a seed and rejects bad options by name', () => {
    const a = getActivation('tanh');
    const o = { activation: a, width: 16, depth: 3, sigmaW2: 1, sigmaB2: 0, seed: 7 };
    expect(measureSignal(o)).toEqual(measureSignal(o));
    expect(() => measureSignal({ ...o, width: 0 })).toThrow(/width/);
    expect(() => measureSignal({ ...o, sigmaW2: -1 })).toThrow(/weightVariance/);
    expect(() => measureAcrossSeeds(o, [1])).toThrow(/2 seeds/);
  });
  it('a linear network preserves q exactly in expectation: identity with σ_w² = 1 stays at 1 (wide)', { timeout: 60_000 }, () => {
    const s = measureAcrossSeeds({ activation: getActivation('identity'), width: 256, depth: 3, sigmaW2: 1, sigmaB2: 0 }, [1, 2, 3, 4]);
    for (const q of s.mean.preActivationSecondMoment) expect(Math.abs(q - 1)).toBeLessThan(0.15);
  });
});
