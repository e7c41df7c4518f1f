/**
 * What a DyingRelu figure is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import {
  DYING_RELU_DEFAULTS,
  DYING_RELU_LIMITS,
  DYING_RELU_STEP_BUDGET,
  DYING_RELU_STEPS_PER_FRAME,
} from '../../lib/experiments/dying-relu';
import type { RunPair, RunSettings } from './snapshot';
import { controlSchema, readControl } from '../kit/controls';
import { FigurePropError, readFigureId, readNumberProp } from '../kit/prop-errors';
import { readWholeProp, SEED_RANGE } from '../kit/whole-number-props';
import {
  ALPHA_CONTROLS,
  alphaKey,
  alphaSpec,
  BIAS_CONTROL,
  BIAS_RANGE,
  DYING_RELU_KIT_CONTROLS,
  DYING_RELU_VARIANTS,
  LEARNING_RATE_RANGE,
  SEED_CONTROL,
  VARIANT_CONTROL,
  type DyingReluVariant,
} from './controls';

export interface DyingReluConfig {
  /** Unique on the page; namespaces the URL state and SVG ids. */
  readonly id: string;
  readonly learningRate: number;
  readonly biasInit: number;
  readonly hiddenUnits: number;
  readonly seed: number;
  /** Activation of the right-hand run. */
  readonly activation: DyingReluVariant;
  /** α of each variant (the one not shown keeps its value for when the reader switches). */
  readonly alpha: Readonly<Record<DyingReluVariant, number>>;
  /** Steps each run takes before playback stops (and what the build-time figure shows). */
  readonly steps: number;
}

export interface DyingReluProps {
  id?: string;
  /** Learning rate, 0.001…1. Default 0.25 (where ReLU loses units; see src/lib/experiments/dying-relu.ts). */
  learningRate?: number;
  /** Initial bias of every hidden unit, −1…1. Default 0. */
  biasInit?: number;
  /** Hidden units, 2…64. Default 32. */
  hiddenUnits?: number;
  /** Which initial weights, a whole number 1…999999. Default 1. */
  seed?: number;
  /** The run beside ReLU: "leaky-relu" (default) or "elu". */
  activation?: string;
  /** α of that run, within the registry's range for it. Default the registry's (0.01 leaky, 1 ELU). */
  alpha?: number;
  /** Training steps, a multiple of 20 from 100 to 20,000. Default 3,000. */
  steps?: number;
}

const COMPONENT = 'DyingRelu';
export const STEPS_RANGE = { min: 100, max: 20_000 } as const;

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function dyingReluConfig(props: DyingReluProps): DyingReluConfig {
  const variant = readControl(COMPONENT, VARIANT_CONTROL, props.activation);
  const learningRate = readNumberProp(COMPONENT, 'learningRate', props.learningRate, DYING_RELU_DEFAULTS.learningRate, LEARNING_RATE_RANGE);
  const biasInit = readControl(COMPONENT, BIAS_CONTROL, props.biasInit);
  const hiddenUnits = readWholeProp(
    COMPONENT,
    'hiddenUnits',
    props.hiddenUnits,
    DYING_RELU_DEFAULTS.hiddenUnits,
    DYING_RELU_LIMITS.hiddenUnits,
  );
  const seed = readControl(COMPONENT, SEED_CONTROL, props.seed);
  const steps = readWholeProp(COMPONENT, 'steps', props.steps, DYING_RELU_STEP_BUDGET, STEPS_RANGE);
  if (steps % DYING_RELU_STEPS_PER_FRAME !== 0) {
    throw new FigurePropError(
      COMPONENT,
      'steps',
      `must be a multiple of ${DYING_RELU_STEPS_PER_FRAME} (the steps per frame), got ${steps}`,
    );
  }
  const alpha = { 'leaky-relu': alphaSpec('leaky-relu').default, elu: alphaSpec('elu').default };
  if (props.alpha !== undefined) alpha[variant] = readControl(COMPONENT, ALPHA_CONTROLS[variant], props.alpha);
  const id = readFigureId(COMPONENT, props.id, 'dying-relu');
  return { id, learningRate, biasInit, hiddenUnits, seed, activation: variant, alpha, steps };
}

/** Hash keys: `lr`, `bias`, `act`, `leaky-relu-alpha`, `elu-alpha`, `seed`. Training progress is not state. */
export function dyingReluSchema(config: DyingReluConfig) {
  return {
    // The rate itself, not the slider's logarithm: links keep the value a reader saw.
    lr: { kind: 'number', min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, default: config.learningRate },
    ...controlSchema(DYING_RELU_KIT_CONTROLS, {
      bias: config.biasInit,
      act: config.activation,
      'leaky-relu-alpha': config.alpha['leaky-relu'],
      'elu-alpha': config.alpha.elu,
      seed: config.seed,
    }),
  } as const;
}

/** The trainers' settings and activations for a state read from the hash (or the config's defaults). */
export function runsFor(config: DyingReluConfig, state: Readonly<Record<string, unknown>>): { settings: RunSettings; pair: RunPair } {
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const variant = (DYING_RELU_VARIANTS as readonly unknown[]).includes(state.act) ? (state.act as DyingReluVariant) : config.activation;
  const spec = alphaSpec(variant);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    settings: {
      learningRate: clamp(num(state.lr, config.learningRate), LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max),
      biasInit: clamp(num(state.bias, config.biasInit), BIAS_RANGE.min, BIAS_RANGE.max),
      hiddenUnits: config.hiddenUnits,
      seed: Math.round(clamp(num(state.seed, config.seed), SEED_RANGE.min, SEED_RANGE.max)),
    },
    pair: { variant, alpha: clamp(num(state[alphaKey(variant)], config.alpha[variant]), spec.min, spec.max) },
  };
}

/** The learning rate a log₁₀ slider position stands for, to 3 significant digits. */
export function learningRateFromLog(log: number): number {
  const lr = Number((10 ** log).toPrecision(3));
  return Math.min(LEARNING_RATE_RANGE.max, Math.max(LEARNING_RATE_RANGE.min, lr));
}
