/**
 * What a SaturationHistogram is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { SATURATION_FIGURE_DEFAULTS, type SaturatingActivationId } from '../../lib/experiments/saturation';
import { controlSchema, readControl } from '../kit/controls';
import { readFigureId, readNumberProp } from '../kit/prop-errors';
import { readWholeProp } from '../kit/whole-number-props';
import { FORMULA_FIELDS } from '../kit/reader-formula';
import { ACTIVATION_CONTROL, SATURATION_HISTOGRAM_CONTROLS, SEED_CONTROL, WEIGHT_SCALE_CONTROL } from './controls';

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
  /** Whether the figure takes the formula typed into the Lab on its page. */
  readonly followLab: boolean;
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
  /** Apply the formula typed into the Lab on the same page instead of the activation. Default false. */
  followLab?: boolean;
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
  const activation = readControl(COMPONENT, ACTIVATION_CONTROL, props.activation);
  const logScale = readControl(COMPONENT, WEIGHT_SCALE_CONTROL, props.weightScale);
  const seed = readControl(COMPONENT, SEED_CONTROL, props.seed);
  const units = readWholeProp(COMPONENT, 'units', props.units, SATURATION_FIGURE_DEFAULTS.units, SATURATION_FIGURE_LIMITS.units);
  const fanIn = readWholeProp(COMPONENT, 'fanIn', props.fanIn, SATURATION_FIGURE_DEFAULTS.fanIn, SATURATION_FIGURE_LIMITS.fanIn);
  const threshold = readNumberProp(
    COMPONENT,
    'threshold',
    props.threshold,
    SATURATION_FIGURE_DEFAULTS.threshold,
    SATURATION_FIGURE_LIMITS.threshold,
  );
  const id = readFigureId(COMPONENT, props.id, `saturation-${activation}`);
  return { id, activation, logScale, seed, units, fanIn, threshold, followLab: props.followLab === true };
}

/** Hash keys: `act`, `w` (log₁₀ of the weight scale), `seed`, and a reader's formula `f` with its declarations `p`. */
export function saturationHistogramSchema(config: SaturationHistogramConfig) {
  return {
    ...controlSchema(SATURATION_HISTOGRAM_CONTROLS, { act: config.activation, w: config.logScale, seed: config.seed }),
    ...FORMULA_FIELDS,
  };
}
