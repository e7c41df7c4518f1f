/**
 * Numbers the sigmoid post quotes, computed from the registry at build time, so the prose and
 * the figures cannot drift apart. A build test checks the built page shows these same values.
 */
import { getActivation } from '../activations/registry';
import { saturatedShare } from '../activations/analysis';
import { formatCount, formatNumber, formatPercent, formatPowerOfTen } from '../format';
import { saturation, saturationBound, SATURATION_FIGURE_DEFAULTS } from '../experiments/saturation';
import { DEPTH_FIGURE_DEFAULTS, layerGradients, summariseGradients } from '../experiments/depth';
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
const depthRun = (activation: 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu', init: 'naive' | 'glorot' | 'he') =>
  summariseGradients(layerGradients({ ...depth, activation, init }));
const depthDefault = depthRun(depth.activation, depth.init);
const ratioOf = (activation: 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu', init: 'naive' | 'glorot' | 'he') => depthRun(activation, init).ratio;

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
  depthReluHeRatio: formatNumber(ratioOf('relu', 'he'), 2),
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
