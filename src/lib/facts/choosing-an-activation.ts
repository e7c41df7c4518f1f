/**
 * Numbers the "choosing an activation" post quotes: where a sigmoid computed in float64 or
 * float32 rounds to exactly 0 or 1 (and so where log σ and log(1 − σ) computed naively become
 * infinite), what the stable logit forms give instead, the initialisation gains, the defaults of
 * the frameworks (quoted from their documentation, not measured), and the hard sigmoid's and
 * softsign's slopes. tests/build/facts-choosing-an-activation.test.ts checks the built page.
 */
import { getActivation } from '../activations/registry';
import { SIGMOID_ROUNDS_TO_ONE_AT, sigmoid } from '../activations/numerics';
import { formatCount, formatNumber } from '../format';
import { SATURATION_THRESHOLD } from '../experiments/normalisation';

const softplus = getActivation('softplus');
const tanh = getActivation('tanh');
const softsign = getActivation('softsign');
const hardSigmoid = getActivation('hard-sigmoid');
const none = {};

/**
 * The boundary between the x where `test(x)` is false and those where it is true, assuming one
 * switch between lo (false) and hi (true): bisection down to adjacent doubles, returns the first
 * true x.
 */
export function firstTrue(test: (x: number) => boolean, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (true) {
    const m = a + (b - a) / 2;
    if (m === a || m === b) return b;
    if (test(m)) b = m;
    else a = m;
  }
}

/** σ(x) correctly rounded to float32 (σ itself is accurate in float64 to well under a float32 ulp). */
const sigmoid32 = (x: number) => Math.fround(sigmoid(x));

/** Smallest x with σ(x) = 1 in float32; in float64 it is SIGMOID_ROUNDS_TO_ONE_AT. */
const roundsToOne32 = firstTrue((x) => sigmoid32(x) === 1, 0, 100);
/** The smallest x whose σ(x) is not 0 (below it, σ underflows to exactly 0). */
const underflow64 = firstTrue((x) => sigmoid(x) > 0, -800, 0);
const underflow32 = firstTrue((x) => sigmoid32(x) > 0, -200, 0);

/** Binary cross-entropy for label y and logit z, naively from the probability σ(z). */
export function naiveBce(z: number, y: 0 | 1, round: (p: number) => number = (p) => p): number {
  const p = round(sigmoid(z));
  return y === 1 ? -Math.log(p) : -Math.log(1 - p);
}

/** The same loss from the logit: −log σ(z) = softplus(−z), −log(1 − σ(z)) = softplus(z). */
export function stableBce(z: number, y: 0 | 1): number {
  return y === 1 ? softplus.f(-z, none) : softplus.f(z, none);
}

/** Softmax by its textbook formula, exp(z_i) / Σ exp(z_j). */
export function naiveSoftmax(z: readonly number[]): number[] {
  const e = z.map(Math.exp);
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** log Σ exp(z_j), shifted by the largest z so no exponential overflows. */
export function logSumExp(z: readonly number[]): number {
  const m = Math.max(...z);
  return m + Math.log(z.reduce((sum, v) => sum + Math.exp(v - m), 0));
}

/** A double as the post prints it, including the infinities and NaN a naive formula returns. */
function show(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  return formatNumber(v, 4);
}

/** Logits the post uses: a confident wrong prediction. */
const LOGIT_BIG = 40;
const LOGIT_FLOAT32 = 20;
const LOGIT_HUGE = 800;
const SOFTMAX_LOGITS = [1000, 0];

/** He et al. (2015): Var(w) = 2 / ((1 + α²) · fan_in) for a rectifier with negative slope α. */
export function heGain(alpha: number): number {
  return Math.sqrt(2 / (1 + alpha * alpha));
}

/** PyTorch's nn.Linear default: kaiming_uniform_ with a = √5, i.e. U(−1/√fan_in, 1/√fan_in). */
export function torchLinearBound(fanIn: number): number {
  const gain = heGain(Math.sqrt(5));
  return gain * Math.sqrt(3 / fanIn);
}
const FAN_IN = 512;

/** Defaults stated in the frameworks' documentation (quoted, not measured). */
export const FRAMEWORK_DEFAULTS = {
  torchLeakySlope: 0.01,
  jaxLeakySlope: 0.01,
  kerasLeakyLayerSlope: 0.3,
  kerasLeakyFunctionSlope: 0.2,
  torchTanhGain: 5 / 3,
  torchSeluGain: 3 / 4,
} as const;
/** PReLU's initial slope in He et al. (2015) and in PyTorch's nn.PReLU. */
const PRELU_INIT = 0.25;

/** Largest |hard sigmoid − σ| on [−8, 8] (step 10⁻⁴). */
function hardSigmoidGap(): number {
  let gap = 0;
  for (let i = 0; i <= 160_000; i++) {
    const x = -8 + i / 10_000;
    gap = Math.max(gap, Math.abs(hardSigmoid.f(x, none) - sigmoid(x)));
  }
  return gap;
}

export const choosingActivationFacts = {
  roundsToOne64: formatNumber(SIGMOID_ROUNDS_TO_ONE_AT, 4),
  roundsToOne32: formatNumber(roundsToOne32, 4),
  underflow64: formatNumber(underflow64, 4),
  underflow32: formatNumber(underflow32, 5),
  logitBig: String(LOGIT_BIG),
  naiveBceBig: show(naiveBce(LOGIT_BIG, 0)),
  stableBceBig: formatNumber(stableBce(LOGIT_BIG, 0), 4),
  logitFloat32: String(LOGIT_FLOAT32),
  naiveBceFloat32: show(naiveBce(LOGIT_FLOAT32, 0, Math.fround)),
  stableBceFloat32: formatNumber(stableBce(LOGIT_FLOAT32, 0), 4),
  logitHuge: formatNumber(-LOGIT_HUGE),
  naiveLogSigmoidHuge: show(Math.log(sigmoid(-LOGIT_HUGE))),
  stableLogSigmoidHuge: formatNumber(-softplus.f(LOGIT_HUGE, none)),
  softmaxLogitBig: formatCount(SOFTMAX_LOGITS[0]!),
  naiveSoftmaxBig: show(naiveSoftmax(SOFTMAX_LOGITS)[0]),
  crossEntropyBig: formatCount(logSumExp(SOFTMAX_LOGITS) - SOFTMAX_LOGITS[1]!),
  heGainRelu: formatNumber(heGain(0), 4),
  heGainLeakyTorch: formatNumber(heGain(FRAMEWORK_DEFAULTS.torchLeakySlope), 6),
  heGainLeakyKeras: formatNumber(heGain(FRAMEWORK_DEFAULTS.kerasLeakyLayerSlope), 4),
  heGainPrelu: formatNumber(heGain(PRELU_INIT), 4),
  preluInit: formatNumber(PRELU_INIT),
  torchLeakySlope: formatNumber(FRAMEWORK_DEFAULTS.torchLeakySlope),
  jaxLeakySlope: formatNumber(FRAMEWORK_DEFAULTS.jaxLeakySlope),
  /** The site's saturation convention: a slope under this share of the peak. */
  saturationShare: `${Math.round(SATURATION_THRESHOLD * 100)}%`,
  kerasLeakyLayerSlope: formatNumber(FRAMEWORK_DEFAULTS.kerasLeakyLayerSlope),
  kerasLeakyFunctionSlope: formatNumber(FRAMEWORK_DEFAULTS.kerasLeakyFunctionSlope),
  torchTanhGain: formatNumber(FRAMEWORK_DEFAULTS.torchTanhGain, 4),
  torchSeluGain: formatNumber(FRAMEWORK_DEFAULTS.torchSeluGain),
  fanIn: String(FAN_IN),
  torchLinearBound: formatNumber(torchLinearBound(FAN_IN), 3),
  heStd: formatNumber(heGain(0) / Math.sqrt(FAN_IN), 3),
  torchLinearStd: formatNumber(torchLinearBound(FAN_IN) / Math.sqrt(3), 3),
  /** Variance of nn.Linear's default over He's: (1/(3·fan_in)) / (2/fan_in). */
  torchLinearVarianceShare: `1/${Math.round(2 / FAN_IN / (torchLinearBound(FAN_IN) ** 2 / 3))}`,
  hardSigmoidSlope: formatNumber(hardSigmoid.df(0, none)),
  hardSigmoidGap: formatNumber(hardSigmoidGap(), 2),
  softsignSlopeAtFive: formatNumber(softsign.df(5, none), 3),
  tanhSlopeAtFive: formatNumber(tanh.df(5, none), 2),
  softsignSlopeAtTen: formatNumber(softsign.df(10, none), 2),
  tanhSlopeAtTen: formatNumber(tanh.df(10, none), 2),
} as const;
