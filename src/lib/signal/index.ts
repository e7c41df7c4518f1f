/** Initialisation meets activation: Gaussian expectations, gains, mean-field signal propagation, measurement. */
export { integrate, kronrodRule, type QuadratureOptions, type QuadratureResult } from './gauss-kronrod';
export { correlationSeries, hermiteCoefficients, ORDER as MEHLER_ORDER, type CorrelationSeries } from './correlation-series';
export {
  gaussianExpectation,
  gaussianMoments,
  kinksOf,
  secondMoment,
  secondMomentSlope,
  slopeSecondMoment,
  type GaussianMoments,
  type SignalActivation,
} from './gaussian';
export { bivariateExpectation } from './gaussian-2d';
export { GAIN_LABELS, gainTable, gains, pytorchGain, PYTORCH_LEAKY_SLOPE, type GainRow, type Gains } from './gains';
export {
  CRITICAL_TOLERANCE,
  correlationDepth,
  correlationMap,
  depthScale,
  DIVERGED_VARIANCE,
  exactMoments,
  fixedPoint,
  gradientGain,
  gradientTrajectory,
  meanField,
  phaseOf,
  varianceMap,
  varianceTrajectory,
  type CorrelationDepth,
  type FixedPoint,
  type Initialisation,
  type MeanField,
  type MomentMaps,
  type Phase,
} from './mean-field';
export { ERROR_FLOOR, momentTable, tableError, unitOf, varianceOf, type MomentTable } from './moment-table';
export {
  PHASE_CODES,
  phaseDiagram,
  SURVIVAL_DEPTH_FACTOR,
  type EdgePoint,
  type PhaseDiagram,
  type PhaseDiagramOptions,
} from './phase-diagram';
export {
  MEASURE_LIMITS,
  measureAcrossSeeds,
  measureSignal,
  seedSpread,
  type MeasuredSignal,
  type MeasureOptions,
  type SeedSpread,
} from './measured';
export { findRoot } from './roots';
