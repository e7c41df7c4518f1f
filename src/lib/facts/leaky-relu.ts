/**
 * Numbers the leaky-ReLU post quotes, computed at build time from the activation registry (and,
 * for the forward look at dead units, from the dying-ReLU facts), so the prose and the figures
 * cannot drift apart. tests/build/facts-leaky-relu.test.ts checks the built page shows them.
 */
import { getActivation } from '../activations/registry';
import { normalPdf } from '../activations/numerics';
import { SELU_ALPHA, SELU_LAMBDA } from '../activations/relu-family';
import { formatFixed, formatNumber } from '../format';
import { dyingReluFacts } from './dying-relu';

const relu = getActivation('relu');
const leaky = getActivation('leaky-relu');
const elu = getActivation('elu');
const selu = getActivation('selu');
const LEAKY_ALPHA = leaky.params.alpha!.default;
const ELU_ALPHA = elu.params.alpha!.default;
/** He et al. (2015) start every PReLU slope at 0.25 and let gradient descent move it from there. */
export const PRELU_INITIAL_ALPHA = 0.25;
/** A point on the negative side the post uses to compare the curves. */
const X_NEG = -2;

/**
 * E[g(z)] and Var[g(z)] for z ~ N(0, 1), by Simpson's rule on [−12, 12] (the tails beyond hold
 * less than 10⁻³² of the mass): what a layer's average output is when its pre-activations are
 * standard normal.
 */
function normalMoments(g: (z: number) => number): { mean: number; variance: number } {
  const n = 4800;
  const lo = -12;
  const h = 24 / n;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i <= n; i++) {
    const z = lo + i * h;
    const w = (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * normalPdf(z);
    const v = g(z);
    m1 += w * v;
    m2 += w * v * v;
  }
  const mean = (m1 * h) / 3;
  return { mean, variance: (m2 * h) / 3 - mean * mean };
}

const moments = {
  relu: normalMoments((z) => relu.f(z, {})),
  leaky: normalMoments((z) => leaky.f(z, { alpha: LEAKY_ALPHA })),
  elu: normalMoments((z) => elu.f(z, { alpha: ELU_ALPHA })),
  selu: normalMoments((z) => selu.f(z, {})),
};

/** A mean that is zero up to the integration's rounding prints as 0.000, not as 10⁻¹⁶. */
const mean3 = (v: number) => formatFixed(Math.abs(v) < 5e-4 ? 0 : v, 3);

export const leakyReluFacts = {
  leakyAlpha: formatNumber(LEAKY_ALPHA),
  leakyAtNeg: formatNumber(leaky.f(X_NEG, { alpha: LEAKY_ALPHA })),
  xNeg: formatNumber(X_NEG),
  preluInitialAlpha: formatNumber(PRELU_INITIAL_ALPHA),
  preluAtNeg: formatNumber(leaky.f(X_NEG, { alpha: PRELU_INITIAL_ALPHA })),
  eluAlpha: formatNumber(ELU_ALPHA),
  eluAtNeg: formatNumber(elu.f(X_NEG, { alpha: ELU_ALPHA })),
  eluSlopeAtNeg: formatNumber(elu.df(X_NEG, { alpha: ELU_ALPHA })),
  eluFloor: formatNumber(-ELU_ALPHA),
  seluLambda: formatNumber(SELU_LAMBDA, 5),
  seluAlpha: formatNumber(SELU_ALPHA, 5),
  seluFloor: formatNumber(-SELU_LAMBDA * SELU_ALPHA, 4),
  /** Mean outputs for standard-normal inputs. */
  reluMean: mean3(moments.relu.mean),
  leakyMean: mean3(moments.leaky.mean),
  eluMean: mean3(moments.elu.mean),
  seluMean: mean3(moments.selu.mean),
  seluVariance: formatFixed(moments.selu.variance, 3),
  reluVariance: formatFixed(moments.relu.variance, 3),
  /** From the dying-ReLU experiment, with the default settings of the next post's figure. */
  dyingUnits: dyingReluFacts.units,
  dyingSteps: dyingReluFacts.steps,
  dyingReluDead: dyingReluFacts.reluDead,
  dyingLeakyDead: dyingReluFacts.leakyDead,
  dyingLeakyInactive: dyingReluFacts.leakyInactive,
  dyingLeakyRecovered: dyingReluFacts.leakyRecovered,
  dyingLeakyGradientRatio: dyingReluFacts.leakyGradientRatio,
} as const;
