/**
 * What a SparsityHistogram is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { SPARSITY_FIGURE_DEFAULTS } from '../../lib/experiments/sparsity';
import { controlSchema, readControl } from '../kit/controls';
import { readFigureId } from '../kit/prop-errors';
import { readWholeProp } from '../kit/whole-number-props';
import { FORMULA_FIELDS } from '../kit/reader-formula';
import { BIAS_CONTROL, SEED_CONTROL, SPARSITY_CONTROLS } from './controls';

export interface SparsityConfig {
  /** Unique on the page; namespaces the URL state. */
  readonly id: string;
  /** Initial bias (what the slider starts at). */
  readonly bias: number;
  /** Initial random layer. */
  readonly seed: number;
  /** Units in the layer: fixed for the figure, not a reader control. */
  readonly units: number;
  /** Inputs per unit. */
  readonly fanIn: number;
  /** Whether the figure takes the formula typed into the Lab on its page. */
  readonly followLab: boolean;
}

export interface SparsityProps {
  id?: string;
  /** Bias added to every unit's w·x, −2…2 in steps of 0.05. Default 0: about half the ReLU units are off. */
  bias?: number;
  /** Which random layer to draw first, a whole number 1…999999. Default 1. */
  seed?: number;
  /** Units in the layer, a whole number 100…20000. Default 10000. */
  units?: number;
  /** Show the formula typed into the Lab on the same page in sigmoid's place. Default false. */
  followLab?: boolean;
}

/** Inside the experiment's SPARSITY_LIMITS (a test checks), so a valid config never makes it throw. */
export const UNITS_RANGE = { min: 100, max: 20_000 } as const;
const COMPONENT = 'SparsityHistogram';

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function sparsityConfig(props: SparsityProps): SparsityConfig {
  const bias = readControl(COMPONENT, BIAS_CONTROL, props.bias);
  const seed = readControl(COMPONENT, SEED_CONTROL, props.seed);
  const units = readWholeProp(COMPONENT, 'units', props.units, SPARSITY_FIGURE_DEFAULTS.units, UNITS_RANGE);
  return {
    id: readFigureId(COMPONENT, props.id, 'sparsity'),
    bias,
    seed,
    units,
    fanIn: SPARSITY_FIGURE_DEFAULTS.fanIn,
    followLab: props.followLab === true,
  };
}

/** Hash keys: `bias` (snapped to the slider's step), `seed`, and a reader's formula `f` with its declarations `p`. */
export function sparsitySchema(config: SparsityConfig) {
  return { ...controlSchema(SPARSITY_CONTROLS, { bias: config.bias, seed: config.seed }), ...FORMULA_FIELDS };
}
