/** The SignalDepth controls, each stated once (see src/figures/kit/controls.ts). */
import { ACTIVATION_IDS, getActivation } from '../../lib/activations/functions';
import { formatNumber } from '../kit/format';
import { choiceControl, rangeControl, seedControl } from '../kit/controls';

/** σ_w²: weights ~ N(0, σ_w²/fan-in). Step 0.01 so a point picked on the phase diagram lands on the slider's grid. */
export const SIGMA_W2_CONTROL = rangeControl({
  key: 'w2',
  prop: 'sigmaW2',
  label: 'Weight variance σ_w²',
  min: 0.1,
  max: 4,
  step: 0.01,
  default: 2,
  display: (v) => formatNumber(v, 3),
  valueText: (v) => `sigma w squared ${formatNumber(v, 3)}`,
});

/** σ_b²: biases ~ N(0, σ_b²). */
export const SIGMA_B2_CONTROL = rangeControl({
  key: 'b2',
  prop: 'sigmaB2',
  label: 'Bias variance σ_b²',
  min: 0,
  max: 0.5,
  step: 0.01,
  default: 0,
  display: (v) => formatNumber(v, 3),
  valueText: (v) => `sigma b squared ${formatNumber(v, 3)}`,
});

export const DEPTH_CONTROL = rangeControl({
  key: 'depth',
  prop: 'depth',
  label: 'Depth (layers)',
  min: 1,
  max: 50,
  step: 1,
  whole: true,
  default: 20,
  display: String,
  valueText: (layers) => `${layers} layer${layers === 1 ? '' : 's'}`,
});

/** Layer widths on offer: 8 shows where the mean-field theory stops describing a typical network, 512 where it holds. */
export const WIDTHS = ['8', '32', '128', '512'] as const;
export type WidthChoice = (typeof WIDTHS)[number];

export const WIDTH_CONTROL = choiceControl({
  kind: 'select',
  key: 'width',
  prop: 'width',
  label: 'Units per layer',
  values: WIDTHS,
  default: '128',
  optionLabel: (w) => `${w} units`,
  invalid: 'is not a width this figure offers',
});

export const ACTIVATION_CONTROL = choiceControl({
  kind: 'select',
  key: 'act',
  prop: 'activation',
  label: 'Activation',
  values: ACTIVATION_IDS,
  default: 'relu',
  optionLabel: (id) => getActivation(id).name,
  invalid: 'is not an activation in the registry',
});

export const SEED_CONTROL = seedControl(1);

export const SIGNAL_DEPTH_CONTROLS = [
  SIGMA_W2_CONTROL,
  SIGMA_B2_CONTROL,
  DEPTH_CONTROL,
  WIDTH_CONTROL,
  ACTIVATION_CONTROL,
  SEED_CONTROL,
] as const;
