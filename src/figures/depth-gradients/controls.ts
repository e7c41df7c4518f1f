/** The DepthGradients controls, each stated once (see src/figures/kit/controls.ts). */
import { getActivation } from '../../lib/activations/registry';
import { DEPTH_ACTIVATIONS, DEPTH_FIGURE_DEFAULTS, DEPTH_LIMITS } from '../../lib/experiments/depth';
import { INIT_SCHEMES, type InitScheme } from '../../lib/experiments/mlp';
import { choiceControl, rangeControl, seedControl } from '../kit/controls';

/** How the initialisation choices read, in the radio buttons and in the plot's title. */
export const INIT_NAMES: Readonly<Record<InitScheme, string>> = { naive: 'naive (0.01·randn)', glorot: 'Glorot', he: 'He' };

export const DEPTH_CONTROL = rangeControl({
  key: 'depth',
  prop: 'depth',
  label: 'Depth (layers)',
  min: DEPTH_LIMITS.depth.min,
  max: DEPTH_LIMITS.depth.max,
  step: 1,
  whole: true,
  default: DEPTH_FIGURE_DEFAULTS.depth,
  display: String,
  valueText: (layers) => `${layers} layer${layers === 1 ? '' : 's'}`,
});

export const ACTIVATION_CONTROL = choiceControl({
  kind: 'select',
  key: 'act',
  prop: 'activation',
  label: 'Activation',
  values: DEPTH_ACTIVATIONS,
  default: DEPTH_FIGURE_DEFAULTS.activation,
  optionLabel: (id) => getActivation(id).name,
  invalid: 'is not one this figure can show',
});

export const INIT_CONTROL = choiceControl({
  kind: 'radio',
  key: 'init',
  prop: 'init',
  label: 'Initial weights',
  values: INIT_SCHEMES,
  default: DEPTH_FIGURE_DEFAULTS.init,
  optionLabel: (scheme) => INIT_NAMES[scheme],
  invalid: 'is not an initialisation scheme',
});

export const SEED_CONTROL = seedControl(DEPTH_FIGURE_DEFAULTS.seed);

export const DEPTH_GRADIENTS_CONTROLS = [DEPTH_CONTROL, ACTIVATION_CONTROL, INIT_CONTROL, SEED_CONTROL] as const;
