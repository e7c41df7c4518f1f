/**
 * What a DyingRelu figure is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { getActivation } from '../../lib/activations/registry';
import { DYING_RELU_DEFAULTS, DYING_RELU_LIMITS } from '../../lib/experiments/dying-relu';
import { DYING_RELU_STEP_BUDGET, DYING_RELU_STEPS_PER_FRAME, type RunPair, type RunSettings } from './model';
import { defineSchema } from '../kit/url-state';
import { assertFiniteInRange, FigurePropError } from '../kit/prop-errors';
import { assertWholeInRange, SEED_RANGE } from '../kit/whole-number-props';

/** The activations the right-hand run may use; the left-hand run is always ReLU. */
export const DYING_RELU_VARIANTS = ['leaky-relu', 'elu'] as const;
export type DyingReluVariant = (typeof DYING_RELU_VARIANTS)[number];

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
export const LEARNING_RATE_RANGE = DYING_RELU_LIMITS.learningRate;
/** The learning-rate slider moves log₁₀(lr) in these steps. */
export const LOG_LR_STEP = 0.01;
export const BIAS_RANGE = { ...DYING_RELU_LIMITS.biasInit, step: 0.05 } as const;
export const STEPS_RANGE = { min: 100, max: 20_000 } as const;

/** The registry's α spec of a variant: its slider's bounds, step and default. */
export function alphaSpec(variant: DyingReluVariant) {
  return getActivation(variant).params.alpha!;
}

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function dyingReluConfig(props: DyingReluProps): DyingReluConfig {
  const activation = props.activation ?? 'leaky-relu';
  if (!(DYING_RELU_VARIANTS as readonly string[]).includes(activation)) {
    throw new FigurePropError(COMPONENT, 'activation', `"${activation}" cannot run beside ReLU here`, DYING_RELU_VARIANTS);
  }
  const variant = activation as DyingReluVariant;
  const learningRate = props.learningRate ?? DYING_RELU_DEFAULTS.learningRate;
  assertFiniteInRange(COMPONENT, 'learningRate', learningRate, LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max);
  const biasInit = props.biasInit ?? DYING_RELU_DEFAULTS.biasInit;
  assertFiniteInRange(COMPONENT, 'biasInit', biasInit, BIAS_RANGE.min, BIAS_RANGE.max);
  const hiddenUnits = props.hiddenUnits ?? DYING_RELU_DEFAULTS.hiddenUnits;
  assertWholeInRange(COMPONENT, 'hiddenUnits', hiddenUnits, DYING_RELU_LIMITS.hiddenUnits.min, DYING_RELU_LIMITS.hiddenUnits.max);
  const seed = props.seed ?? DYING_RELU_DEFAULTS.seed;
  assertWholeInRange(COMPONENT, 'seed', seed, SEED_RANGE.min, SEED_RANGE.max);
  const steps = props.steps ?? DYING_RELU_STEP_BUDGET;
  assertWholeInRange(COMPONENT, 'steps', steps, STEPS_RANGE.min, STEPS_RANGE.max);
  if (steps % DYING_RELU_STEPS_PER_FRAME !== 0) {
    throw new FigurePropError(COMPONENT, 'steps', `must be a multiple of ${DYING_RELU_STEPS_PER_FRAME} (the steps per frame), got ${steps}`);
  }
  const alpha = { 'leaky-relu': alphaSpec('leaky-relu').default, elu: alphaSpec('elu').default };
  if (props.alpha !== undefined) {
    const spec = alphaSpec(variant);
    assertFiniteInRange(COMPONENT, 'alpha', props.alpha, spec.min, spec.max);
    alpha[variant] = props.alpha;
  }
  const id = props.id ?? 'dying-relu';
  if (typeof id !== 'string' || !/^[A-Za-z][\w-]*$/.test(id)) {
    throw new FigurePropError(COMPONENT, 'id', `must start with a letter and hold only letters, digits, "-" and "_", got ${JSON.stringify(id)}`);
  }
  return { id, learningRate, biasInit, hiddenUnits, seed, activation: variant, alpha, steps };
}

/** Hash key of a variant's α, e.g. `leaky-relu-alpha`. */
export function alphaKey(variant: DyingReluVariant): string {
  return `${variant}-alpha`;
}

/** Hash keys: `lr`, `bias`, `act`, `leaky-relu-alpha`, `elu-alpha`, `seed`. Training progress is not state. */
export function dyingReluSchema(config: DyingReluConfig) {
  const leaky = alphaSpec('leaky-relu');
  const elu = alphaSpec('elu');
  return defineSchema({
    lr: { kind: 'number', min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, default: config.learningRate },
    bias: { kind: 'number', min: BIAS_RANGE.min, max: BIAS_RANGE.max, step: BIAS_RANGE.step, default: config.biasInit },
    act: { kind: 'enum', values: DYING_RELU_VARIANTS, default: config.activation },
    'leaky-relu-alpha': { kind: 'number', min: leaky.min, max: leaky.max, step: leaky.step, default: config.alpha['leaky-relu'] },
    'elu-alpha': { kind: 'number', min: elu.min, max: elu.max, step: elu.step, default: config.alpha.elu },
    seed: { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: config.seed },
  });
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
