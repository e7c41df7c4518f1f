/**
 * Numbers the sigmoid post quotes, computed from the registry at build time, so the prose and
 * the figures cannot drift apart. A build test checks the built page shows these same values.
 */
import { getActivation } from '../activations/registry';
import { saturatedShare } from '../activations/analysis';
import { formatCount, formatNumber, formatPercent, formatPowerOfTen } from '../format';
import { saturation, saturationBound, SATURATION_FIGURE_DEFAULTS } from '../experiments/saturation';
import {
  DEPTH_FIGURE_DEFAULTS,
  layerGradients,
  ratioSpread,
  SPREAD_SEEDS,
  summariseGradients,
  type DepthActivation,
} from '../experiments/depth';
import type { InitScheme } from '../experiments/mlp';
import { zigzag, ZIGZAG_EXAMPLES, ZIGZAG_FIGURE_DEFAULTS, ZIGZAG_START, ZIGZAG_TARGET } from '../experiments/zigzag';

const sigmoid = getActivation('sigmoid');
const slope = (x: number): number => sigmoid.df(x, {});

/** Where σ′ falls below 1% of its peak: σ(1 − σ) = 0.0025, solved in closed form. */
const saturationEdge = Math.log((1 + Math.sqrt(1 - 4 * 0.0025)) / (1 - Math.sqrt(1 - 4 * 0.0025)));

export const sigmoidFacts = {
  peakSlope: formatNumber(slope(0)),
  slopeAt2: formatNumber(slope(2)),
  slopeAt5: formatNumber(slope(5), 2),
  slopeAt10: formatNumber(slope(10), 2),
  valueAt5: formatNumber(sigmoid.f(5, {}), 4),
  saturationEdge: formatNumber(saturationEdge, 2),
  saturatedShareOn8: formatPercent(saturatedShare(sigmoid, {}, [-8, 8], 0.01)),
  /** Ten sigmoid layers can pass back at most 0.25¹⁰ of a gradient through their slopes alone. */
  tenLayerBound: formatNumber(0.25 ** 10, 2),
  /** Softsign's and tanh's slopes at x = 10: polynomial against exponential tails. */
  softsignSlopeAt10: formatNumber(getActivation('softsign').df(10, {}), 2),
  tanhSlopeAt10: formatNumber(getActivation('tanh').df(10, {}), 2),
} as const;

// ---------------------------------------------------------------------------------------------
// A chain of three sigmoid units worked by hand: x → z₁ = w₁x → a₁ = σ(z₁) → z₂ = w₂a₁ → … → a₃.
// The chain rule gives ∂a₃/∂x = σ′(z₃)·w₃ · σ′(z₂)·w₂ · σ′(z₁)·w₁; every factor is printed, and a
// central difference of a₃(x) checks the product (tests/lib/facts/sigmoid.test.ts).
// ---------------------------------------------------------------------------------------------

/** The worked example's input and weights (biases 0): small whole numbers a reader can follow. */
export const CHAIN_INPUT = 1;
export const CHAIN_WEIGHTS = [2, 3, -2] as const;

/** Forward through the chain: each unit's pre-activation, output and slope. */
export function sigmoidChain(x: number, weights: readonly number[]): { z: number[]; a: number[]; slope: number[]; gradient: number } {
  const z: number[] = [];
  const a: number[] = [];
  const slopes: number[] = [];
  let input = x;
  let gradient = 1;
  for (const w of weights) {
    const pre = w * input;
    z.push(pre);
    a.push(sigmoid.f(pre, {}));
    slopes.push(slope(pre));
    gradient *= slope(pre) * w;
    input = a.at(-1)!;
  }
  return { z, a, slope: slopes, gradient };
}

const chain = sigmoidChain(CHAIN_INPUT, CHAIN_WEIGHTS);
const three = (v: number) => formatNumber(v, 3);
export const sigmoidChainFacts = {
  x: formatNumber(CHAIN_INPUT),
  w1: formatNumber(CHAIN_WEIGHTS[0]),
  w2: formatNumber(CHAIN_WEIGHTS[1]),
  w3: formatNumber(CHAIN_WEIGHTS[2]),
  z1: three(chain.z[0]!),
  a1: three(chain.a[0]!),
  s1: three(chain.slope[0]!),
  z2: three(chain.z[1]!),
  a2: three(chain.a[1]!),
  s2: three(chain.slope[1]!),
  z3: three(chain.z[2]!),
  a3: three(chain.a[2]!),
  s3: three(chain.slope[2]!),
  /** The three slopes multiplied: what the activations alone let through. */
  slopeProduct: three(chain.slope[0]! * chain.slope[1]! * chain.slope[2]!),
  /** The three weights multiplied: what the weights alone do. */
  weightProduct: formatNumber(CHAIN_WEIGHTS[0] * CHAIN_WEIGHTS[1] * CHAIN_WEIGHTS[2]),
  gradient: three(chain.gradient),
} as const;

// ---------------------------------------------------------------------------------------------
// Numbers from the three experiments the post shows live (SaturationHistogram, DepthGradients,
// ZigzagDescent), computed with each figure's default props, so the prose quotes exactly what a
// reader sees on first paint. tests/build/facts-sigmoid.test.ts checks the built page shows them.
// ---------------------------------------------------------------------------------------------

const sat = SATURATION_FIGURE_DEFAULTS;
const layer = { units: sat.units, fanIn: sat.fanIn, threshold: sat.threshold, seed: sat.seed } as const;
/** The weight scale the post suggests sliding down to. */
const SMALL_SCALE = 0.05;
/** 1/√fanIn: the scale that keeps z of order one. */
const fanInScale = 1 / Math.sqrt(sat.fanIn);
const satAt = (activation: 'sigmoid' | 'tanh', weightScale: number) => saturation({ ...layer, activation, weightScale });

const depth = DEPTH_FIGURE_DEFAULTS;
const ratioOf = (activation: DepthActivation, init: InitScheme, seed: number = depth.seed) =>
  summariseGradients(layerGradients({ ...depth, activation, init, seed })).ratio;
const depthRun = (activation: DepthActivation, init: InitScheme) => summariseGradients(layerGradients({ ...depth, activation, init }));
const depthDefault = {
  ...depthRun(depth.activation, depth.init),
  /** The default figure's own band: the same network drawn at seeds SPREAD_SEEDS. */
  spread: ratioSpread(SPREAD_SEEDS.map((seed) => ratioOf(depth.activation, depth.init, seed))),
};
const depthScaled = depthRun('sigmoid-scaled', 'glorot');
const depthCentred = depthRun('sigmoid-centred', 'glorot');
/** Seeds 1–10: the layer-1/layer-20 ratio is quoted as a median and a range, not as one draw. */
export const DEPTH_FACT_SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const overSeeds = (activation: DepthActivation, init: InitScheme) =>
  ratioSpread(DEPTH_FACT_SEEDS.map((seed) => ratioOf(activation, init, seed)));
const spreadText = (activation: DepthActivation, init: InitScheme) => {
  const r = overSeeds(activation, init);
  return { median: formatNumber(r.median, 2), range: `${formatNumber(r.min, 2)} to ${formatNumber(r.max, 2)}` };
};
/** The five networks of the sigmoid post's argument, over seeds 1–10 at the figure's depth and width. */
export const depthSpreadFacts = {
  sigmoid: spreadText('sigmoid', 'glorot'),
  sigmoidScaled: spreadText('sigmoid-scaled', 'glorot'),
  sigmoidCentred: spreadText('sigmoid-centred', 'glorot'),
  tanh: spreadText('tanh', 'glorot'),
  relu: spreadText('relu', 'he'),
} as const;

const zig = ZIGZAG_FIGURE_DEFAULTS;
const zigRun = (inputs: 'positive' | 'centred', batchSize: number) =>
  zigzag({ inputs, batchSize, learningRate: zig.learningRate, seed: zig.seed });
const BIG_BATCH = 64;
const steps = (r: ReturnType<typeof zigzag>) => (r.stepsToConverge === null ? 'more than 2,000' : formatCount(r.stepsToConverge));

export const sigmoidFigureFacts = {
  // SaturationHistogram
  satUnits: formatCount(sat.units),
  satFanIn: formatCount(sat.fanIn),
  satDefaultScale: formatNumber(sat.weightScale),
  satShareDefault: formatPercent(satAt('sigmoid', sat.weightScale).saturatedFraction),
  satStdDefault: formatNumber(satAt('sigmoid', sat.weightScale).std),
  satTanhShareDefault: formatPercent(satAt('tanh', sat.weightScale).saturatedFraction),
  satSmallScale: formatNumber(SMALL_SCALE),
  satShareSmall: formatPercent(satAt('sigmoid', SMALL_SCALE).saturatedFraction),
  satStdSmall: formatNumber(satAt('sigmoid', SMALL_SCALE).std),
  satFanInScale: formatNumber(fanInScale),
  satStdFanInScale: formatNumber(satAt('sigmoid', fanInScale).std),
  satTanhShareFanInScale: formatPercent(satAt('tanh', fanInScale).saturatedFraction),
  sigmoidBound: formatNumber(saturationBound('sigmoid', sat.threshold)),
  tanhBound: formatNumber(saturationBound('tanh', sat.threshold)),
  // DepthGradients
  depthLayers: String(depth.depth),
  depthUnits: String(depth.width),
  depthSamples: String(depth.samples),
  depthRatio: formatNumber(depthDefault.ratio, 2),
  depthSlopeGain: formatNumber(depthDefault.meanDerivativeGain, 2),
  depthWeightGain: formatNumber(depthDefault.meanWeightGain, 2),
  /** 0.25^(L−1): the most the sigmoid slopes between layer L and layer 1 can pass on. */
  depthSlopeCapPower: `0.25${formatPowerOfTen(depth.depth - 1).slice(2)}`,
  depthSlopeCap: formatNumber(0.25 ** (depth.depth - 1), 2),
  depthTanhRatio: formatNumber(ratioOf('tanh', 'glorot'), 2),
  depthTanhNaiveRatio: formatNumber(ratioOf('tanh', 'naive'), 2),
  depthFactSeeds: String(DEPTH_FACT_SEEDS.length),
  /** The default figure's own band: seeds 1–8, sigmoid + Glorot. */
  depthSpreadMedian: formatNumber(depthDefault.spread.median, 2),
  depthSpreadMin: formatNumber(depthDefault.spread.min, 2),
  depthSpreadMax: formatNumber(depthDefault.spread.max, 2),
  /** Sigmoid with 4× weights: the weights make up for the slope ceiling, but the ½ mean pushes units off centre. */
  depthScaledRatio: formatNumber(depthScaled.ratio, 2),
  depthScaledSlopeGain: formatNumber(depthScaled.meanDerivativeGain, 2),
  depthScaledWeightGain: formatNumber(depthScaled.meanWeightGain, 2),
  /** Rescaled and centred: the tanh network exactly. */
  depthCentredRatio: formatNumber(depthCentred.ratio, 2),
  depthCentredSlopeGain: formatNumber(depthCentred.meanDerivativeGain, 2),
  depthCentredWeightGain: formatNumber(depthCentred.meanWeightGain, 2),
  // ZigzagDescent
  zigLearningRate: formatNumber(zig.learningRate),
  zigExamples: formatCount(ZIGZAG_EXAMPLES),
  zigStart: ZIGZAG_START.map((v) => formatNumber(v)).join(', '),
  zigTarget: ZIGZAG_TARGET.map((v) => formatNumber(v)).join(', '),
  zigPositiveSteps: steps(zigRun('positive', 1)),
  zigPositiveShare: formatPercent(zigRun('positive', 1).sameSignShare),
  zigCentredSteps: steps(zigRun('centred', 1)),
  zigCentredShare: formatPercent(zigRun('centred', 1).sameSignShare),
  zigBigBatch: String(BIG_BATCH),
  zigPositiveShareBigBatch: formatPercent(zigRun('positive', BIG_BATCH).sameSignShare),
  zigPositiveStepsBigBatch: steps(zigRun('positive', BIG_BATCH)),
  zigCentredStepsBigBatch: steps(zigRun('centred', BIG_BATCH)),
} as const;
