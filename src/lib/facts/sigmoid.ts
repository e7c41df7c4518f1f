/**
 * Numbers the sigmoid post quotes, computed from the registry at build time, so the prose and
 * the figures cannot drift apart. A build test checks the built page shows these same values.
 */
import { getActivation } from '../activations/registry';
import { saturatedShare } from '../activations/analysis';
import { formatNumber, formatPercent } from '../plot/format';

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
