/**
 * Numbers the leaky-ReLU post quotes, computed at build time from the activation registry (and,
 * for the forward look at dead units, from the dying-ReLU facts), so the prose and the figures
 * cannot drift apart. tests/build/facts-leaky-relu.test.ts checks the built page shows them.
 */
import { getActivation } from '../activations/registry';
import { formatMean, normalMoments } from '../activations/normal-moments';
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
/**
 * Keras's defaults, from its documentation (keras.io, LeakyReLU layer and activations.leaky_relu):
 * the layer's negative_slope is 0.3, the function's 0.2. PyTorch's nn.LeakyReLU uses 0.01, the
 * registry's default.
 */
export const KERAS_LEAKY_ALPHA = 0.3;
export const KERAS_LEAKY_FUNCTION_ALPHA = 0.2;
/** Far out on ELU's floor: how small its slope gets there. */
const X_FAR = -30;
/** A point on the negative side the post uses to compare the curves. */
const X_NEG = -2;

const moments = {
  relu: normalMoments((z) => relu.f(z, {})),
  leaky: normalMoments((z) => leaky.f(z, { alpha: LEAKY_ALPHA })),
  elu: normalMoments((z) => elu.f(z, { alpha: ELU_ALPHA })),
  selu: normalMoments((z) => selu.f(z, {})),
};

export const leakyReluFacts = {
  leakyAlpha: formatNumber(LEAKY_ALPHA),
  kerasLeakyAlpha: formatNumber(KERAS_LEAKY_ALPHA),
  kerasLeakyFunctionAlpha: formatNumber(KERAS_LEAKY_FUNCTION_ALPHA),
  xFar: formatNumber(X_FAR),
  eluSlopeAt30: formatNumber(elu.df(X_FAR, { alpha: ELU_ALPHA }), 2),
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
  reluMean: formatMean(moments.relu.mean),
  leakyMean: formatMean(moments.leaky.mean),
  eluMean: formatMean(moments.elu.mean),
  seluMean: formatMean(moments.selu.mean),
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
  dyingSeeds: dyingReluFacts.seedCount,
  dyingLeakyWorseSeeds: dyingReluFacts.leakyWorseSeeds,
  dyingEluWorseSeeds: dyingReluFacts.eluWorseLowLrSeeds,
} as const;
