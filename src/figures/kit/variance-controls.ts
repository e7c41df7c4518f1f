/**
 * The σ_w² and σ_b² sliders of the mean-field figures (PhaseDiagram's cursor, SignalDepth's
 * sliders), stated once: their keys and props match, so a point picked on the phase diagram
 * sets the depth figure's sliders, and the step is 0.01 on both so it lands on the slider's grid.
 */
import { formatNumber } from './format';
import { rangeControl, type RangeSpec } from './controls';

/** Where a figure lets σ² go and starts it, and how its label reads. */
export interface VarianceRange {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

const VARIANCES = {
  /** Weights ~ N(0, σ_w²/fan-in). */
  w2: { prop: 'sigmaW2', spoken: 'sigma w squared' },
  /** Biases ~ N(0, σ_b²). */
  b2: { prop: 'sigmaB2', spoken: 'sigma b squared' },
} as const;

export function varianceControl<const K extends keyof typeof VARIANCES>(key: K, range: VarianceRange): RangeSpec<K> {
  const { prop, spoken } = VARIANCES[key];
  return rangeControl({
    key,
    prop,
    ...range,
    step: 0.01,
    display: (v) => formatNumber(v, 3),
    valueText: (v) => `${spoken} ${formatNumber(v, 3)}`,
  });
}
