/**
 * The DyingRelu controls, each stated once (see src/figures/kit/controls.ts). The learning rate
 * is a log slider the element handles itself (its hash value is the rate, not its logarithm),
 * so only its text comes from here; the others are wired by the kit.
 */
import { getActivation } from '../../lib/activations/functions';
import { paramLabel } from '../../lib/activations/types';
import { DYING_RELU_DEFAULTS, DYING_RELU_LIMITS } from '../../lib/experiments/dying-relu';
import { choiceControl, namedNumber, rangeControl, seedControl, type RangeSpec } from '../kit/controls';

/** The activations the right-hand run may use; the left-hand run is always ReLU. */
export const DYING_RELU_VARIANTS = ['leaky-relu', 'elu'] as const;
export type DyingReluVariant = (typeof DYING_RELU_VARIANTS)[number];

export const LEARNING_RATE_RANGE = DYING_RELU_LIMITS.learningRate;
/** The learning-rate slider moves log₁₀(lr) in these steps. */
export const LOG_LR_STEP = 0.01;
export const BIAS_RANGE = { ...DYING_RELU_LIMITS.biasInit, step: 0.05 } as const;

/** The registry's α spec of a variant: its slider's bounds, step and default. */
export function alphaSpec(variant: DyingReluVariant) {
  return getActivation(variant).params.alpha!;
}

/** Hash key of a variant's α, e.g. `leaky-relu-alpha`. */
export function alphaKey(variant: DyingReluVariant): `${DyingReluVariant}-alpha` {
  return `${variant}-alpha`;
}

export const LEARNING_RATE_CONTROL = rangeControl({
  key: 'lr',
  prop: 'learningRate',
  label: 'Learning rate',
  min: Math.log10(LEARNING_RATE_RANGE.min),
  max: Math.log10(LEARNING_RATE_RANGE.max),
  step: LOG_LR_STEP,
  scale: 'log',
  default: DYING_RELU_DEFAULTS.learningRate,
  ...namedNumber('learning rate'),
});

export const BIAS_CONTROL = rangeControl({
  key: 'bias',
  prop: 'biasInit',
  label: 'Initial bias of every hidden unit',
  ...BIAS_RANGE,
  default: DYING_RELU_DEFAULTS.biasInit,
  ...namedNumber('initial bias'),
});

export const VARIANT_CONTROL = choiceControl({
  kind: 'select',
  key: 'act',
  prop: 'activation',
  label: 'Beside ReLU, train',
  values: DYING_RELU_VARIANTS,
  default: 'leaky-relu',
  optionLabel: (id) => getActivation(id).name,
  invalid: 'cannot run beside ReLU here',
});

/** Each variant's α slider, shown while that variant is chosen; the prop `alpha` sets the chosen one's. */
export const ALPHA_CONTROLS = Object.fromEntries(
  DYING_RELU_VARIANTS.map((variant) => {
    const spec = alphaSpec(variant);
    const control = rangeControl({
      key: alphaKey(variant),
      prop: 'alpha',
      label: `${getActivation(variant).name}: ${paramLabel(spec)}`,
      min: spec.min,
      max: spec.max,
      step: spec.step,
      default: spec.default,
      ...namedNumber('alpha'),
    });
    return [variant, control];
  }),
) as { readonly [V in DyingReluVariant]: RangeSpec<`${V}-alpha`> };

export const SEED_CONTROL = seedControl(DYING_RELU_DEFAULTS.seed, { label: 'Initial weights', button: 'New weights' });

/** The controls the kit wires (all but the learning rate), in hash order. */
export const DYING_RELU_KIT_CONTROLS = [
  BIAS_CONTROL,
  VARIANT_CONTROL,
  ALPHA_CONTROLS['leaky-relu'],
  ALPHA_CONTROLS.elu,
  SEED_CONTROL,
] as const;
