/**
 * What a SaturationHistogram is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { SATURATING_ACTIVATIONS, type SaturatingActivationId } from '../../lib/experiments/saturation';
import { LOG_SCALE_RANGE } from './model';
import { defineSchema } from '../kit/url-state';
import { assertFiniteInRange, FigurePropError } from '../kit/prop-errors';
import { assertWholeInRange, SEED_RANGE } from '../kit/whole-number-props';

export interface SaturationHistogramConfig {
  /** Unique on the page; namespaces the URL state and SVG ids. */
  readonly id: string;
  readonly activation: SaturatingActivationId;
  /** log10 of the initial weight scale (what the slider holds). */
  readonly logScale: number;
  readonly seed: number;
  readonly units: number;
  readonly fanIn: number;
  readonly threshold: number;
}

export interface SaturationHistogramProps {
  id?: string;
  /** "sigmoid" (default) or "tanh". */
  activation?: string;
  /** Standard deviation of the initial weights, 0.001…10. Default 1: most sigmoid units start saturated. */
  weightScale?: number;
  /** Which random layer to draw first, a whole number 1…999999. Default 1. */
  seed?: number;
  /** Units in the layer, 100…10000. Default 1000. */
  units?: number;
  /** Inputs per unit, 1…1000. Default 100. */
  fanIn?: number;
  /** Saturated means |f′(z)| below this share of the peak slope, 0.001…0.2. Default 0.01. */
  threshold?: number;
}

/** Inside the experiment's SATURATION_LIMITS (a test checks), so a valid config never makes it throw. */
export const SATURATION_FIGURE_LIMITS = {
  units: { min: 100, max: 10_000 },
  fanIn: { min: 1, max: 1000 },
  threshold: { min: 0.001, max: 0.2 },
} as const;
const COMPONENT = 'SaturationHistogram';

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function saturationHistogramConfig(props: SaturationHistogramProps): SaturationHistogramConfig {
  const activation = props.activation ?? 'sigmoid';
  if (!(SATURATING_ACTIVATIONS as readonly string[]).includes(activation)) {
    throw new FigurePropError(COMPONENT, 'activation', `"${activation}" is not one this figure can show`, SATURATING_ACTIVATIONS);
  }
  const weightScale = props.weightScale ?? 1;
  assertFiniteInRange(COMPONENT, 'weightScale', weightScale, 10 ** LOG_SCALE_RANGE.min, 10 ** LOG_SCALE_RANGE.max);
  const seed = props.seed ?? 1;
  assertWholeInRange(COMPONENT, 'seed', seed, SEED_RANGE.min, SEED_RANGE.max);
  const units = props.units ?? 1000;
  assertWholeInRange(COMPONENT, 'units', units, SATURATION_FIGURE_LIMITS.units.min, SATURATION_FIGURE_LIMITS.units.max);
  const fanIn = props.fanIn ?? 100;
  assertWholeInRange(COMPONENT, 'fanIn', fanIn, SATURATION_FIGURE_LIMITS.fanIn.min, SATURATION_FIGURE_LIMITS.fanIn.max);
  const threshold = props.threshold ?? 0.01;
  assertFiniteInRange(COMPONENT, 'threshold', threshold, SATURATION_FIGURE_LIMITS.threshold.min, SATURATION_FIGURE_LIMITS.threshold.max);
  return {
    id: props.id ?? `saturation-${activation}`,
    activation: activation as SaturatingActivationId,
    logScale: Math.log10(weightScale),
    seed,
    units,
    fanIn,
    threshold,
  };
}

/** Hash keys: `act` (sigmoid | tanh), `w` (log10 of the weight scale), `seed`. */
export function saturationHistogramSchema(config: SaturationHistogramConfig) {
  return defineSchema({
    act: { kind: 'enum', values: SATURATING_ACTIVATIONS, default: config.activation },
    w: { kind: 'number', min: LOG_SCALE_RANGE.min, max: LOG_SCALE_RANGE.max, step: LOG_SCALE_RANGE.step, default: config.logScale },
    seed: { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: config.seed },
  });
}
