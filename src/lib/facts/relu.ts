/**
 * Numbers the ReLU post quotes, computed at build time from the registry and the experiments
 * the figures run, so the prose and the figures cannot drift apart. A build test checks the
 * built page shows these same values.
 */
import { getActivation } from '../activations/registry';
import { DEPTH_FIGURE_DEFAULTS, layerGradients, summariseGradients } from '../experiments/depth';
import { sparsity, SPARSITY_FIGURE_DEFAULTS } from '../experiments/sparsity';
import { formatCount, formatNumber, formatShare } from '../format';

const relu = getActivation('relu');
/** The SparsityHistogram's default layer (10,000 units, 100 inputs each, seed 1) at a given bias. */
const layer = (bias: number) => sparsity({ ...SPARSITY_FIGURE_DEFAULTS, bias });
const atZero = layer(0);
/** Bias settings the prose walks the reader through. */
const BIAS_LOW = -1;
const BIAS_HIGH = 1;
const LOWEST_BIAS = -2;
/** A 20-layer, 32-unit network, as the DepthGradients figure draws by default. */
const DEPTH = 20;
/** ‖∂L/∂z‖ at layer 1 over ‖∂L/∂z‖ at the last layer: the ratio that figure prints. */
const deep = (activation: 'sigmoid' | 'relu', init: 'glorot' | 'he') => {
  const norms = layerGradients({ activation, init, depth: DEPTH, width: 32, samples: 4, seed: 1 }).preActivationGradientNorms;
  return norms[0]! / norms[DEPTH - 1]!;
};

/** The post's DepthGradients figure (ReLU, He init, 20 layers): the per-layer gains its readout prints. */
const reluDepthFigure = summariseGradients(layerGradients({ ...DEPTH_FIGURE_DEFAULTS, activation: 'relu', init: 'he', depth: DEPTH }));

export const reluFacts = {
  /** ReLU′(0) as the registry (and PyTorch, TensorFlow) define it. */
  slopeAtZero: formatNumber(relu.df(0, {})),
  slopeAtOne: formatNumber(relu.df(1, {})),
  units: formatCount(SPARSITY_FIGURE_DEFAULTS.units),
  fanIn: formatCount(SPARSITY_FIGURE_DEFAULTS.fanIn),
  /** Share and count of exact zeros in the default layer at bias 0. */
  zeroShare: formatShare(atZero.zeroFraction),
  zeroCount: formatCount(Math.round(atZero.zeroFraction * SPARSITY_FIGURE_DEFAULTS.units)),
  biasLow: formatNumber(BIAS_LOW),
  zeroShareBiasLow: formatShare(layer(BIAS_LOW).zeroFraction),
  biasHigh: formatNumber(BIAS_HIGH),
  zeroShareBiasHigh: formatShare(layer(BIAS_HIGH).zeroFraction),
  /** The smallest sigmoid output of the same layer at the slider's lowest bias: small, never 0. */
  lowestBias: formatNumber(LOWEST_BIAS),
  sigmoidMinLowestBias: formatNumber(Math.min(...layer(LOWEST_BIAS).sigmoidOutputs), 2),
  deepLayers: String(DEPTH),
  /** L sigmoid layers pass back at most 0.25^L of a gradient through their slopes alone. */
  sigmoidDeepBound: formatNumber(0.25 ** DEPTH, 2),
  /** Share of the last layer's gradient that reaches the first of 20 layers. */
  deepSigmoidGradient: formatNumber(deep('sigmoid', 'glorot'), 2),
  deepReluGradient: formatNumber(deep('relu', 'he'), 2),
  /** Geometric-mean gain per layer from ReLU's slopes (about half are 0) and from He's weights. */
  deepReluSlopeGain: formatNumber(reluDepthFigure.meanDerivativeGain, 2),
  deepReluWeightGain: formatNumber(reluDepthFigure.meanWeightGain, 2),
} as const;
