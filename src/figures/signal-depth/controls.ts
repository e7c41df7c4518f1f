/** The SignalDepth controls, each stated once (see src/figures/kit/controls.ts). */
import { choiceControl, rangeControl, seedControl } from '../kit/controls';
import { meanFieldActivationControl, varianceControl } from '../kit/mean-field-controls';

export const SIGMA_W2_CONTROL = varianceControl('w2', { label: 'Weight variance σ_w²', min: 0.1, max: 4, default: 2 });
export const SIGMA_B2_CONTROL = varianceControl('b2', { label: 'Bias variance σ_b²', min: 0, max: 0.5, default: 0 });

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

export const ACTIVATION_CONTROL = meanFieldActivationControl('relu');

export const SEED_CONTROL = seedControl(1);

export const SIGNAL_DEPTH_CONTROLS = [
  SIGMA_W2_CONTROL,
  SIGMA_B2_CONTROL,
  DEPTH_CONTROL,
  WIDTH_CONTROL,
  ACTIVATION_CONTROL,
  SEED_CONTROL,
] as const;
