/**
 * What a SparsityHistogram is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { BIAS_RANGE, SPARSITY_FIGURE_DEFAULTS } from './model';
import { defineSchema } from '../kit/url-state';
import { assertFiniteInRange, FigurePropError } from '../kit/prop-errors';

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
}

export interface SparsityProps {
  id?: string;
  /** Bias added to every unit's w·x, −2…2 in steps of 0.05. Default 0: about half the ReLU units are off. */
  bias?: number;
  /** Which random layer to draw first, a whole number 1…999999. Default 1. */
  seed?: number;
  /** Units in the layer, a whole number 100…20000. Default 10000. */
  units?: number;
}

export const SEED_RANGE = { min: 1, max: 999_999 } as const;
/** Inside the experiment's SPARSITY_LIMITS (a test checks), so a valid config never makes it throw. */
export const UNITS_RANGE = { min: 100, max: 20_000 } as const;
const COMPONENT = 'SparsityHistogram';

function assertWhole(prop: string, value: unknown, min: number, max: number): void {
  assertFiniteInRange(COMPONENT, prop, value, min, max);
  if (!Number.isInteger(value)) throw new FigurePropError(COMPONENT, prop, `must be a whole number, got ${String(value)}`);
}

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function sparsityConfig(props: SparsityProps): SparsityConfig {
  const bias = props.bias ?? SPARSITY_FIGURE_DEFAULTS.bias;
  assertFiniteInRange(COMPONENT, 'bias', bias, BIAS_RANGE.min, BIAS_RANGE.max);
  const steps = (bias - BIAS_RANGE.min) / BIAS_RANGE.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    throw new FigurePropError(COMPONENT, 'bias', `must be a multiple of ${BIAS_RANGE.step} (the slider's step), got ${bias}`);
  }
  const seed = props.seed ?? SPARSITY_FIGURE_DEFAULTS.seed;
  assertWhole('seed', seed, SEED_RANGE.min, SEED_RANGE.max);
  const units = props.units ?? SPARSITY_FIGURE_DEFAULTS.units;
  assertWhole('units', units, UNITS_RANGE.min, UNITS_RANGE.max);
  const id = props.id ?? 'sparsity';
  if (!/^[A-Za-z][\w-]*$/.test(id)) {
    throw new FigurePropError(COMPONENT, 'id', `must start with a letter and hold only letters, digits, "-" and "_", got ${JSON.stringify(id)}`);
  }
  return { id, bias, seed, units, fanIn: SPARSITY_FIGURE_DEFAULTS.fanIn };
}

/** Hash keys: `bias` (snapped to the slider's step) and `seed`. */
export function sparsitySchema(config: SparsityConfig) {
  return defineSchema({
    bias: { kind: 'number', min: BIAS_RANGE.min, max: BIAS_RANGE.max, step: BIAS_RANGE.step, default: config.bias },
    seed: { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: config.seed },
  });
}
