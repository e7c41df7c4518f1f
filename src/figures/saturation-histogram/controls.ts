/** The SaturationHistogram controls, each stated once (see src/figures/kit/controls.ts). */
import { getActivation } from '../../lib/activations/functions';
import { SATURATING_ACTIVATIONS, SATURATION_FIGURE_DEFAULTS } from '../../lib/experiments/saturation';
import { formatNumberPlain } from '../kit/format';
import { choiceControl, rangeControl, seedControl } from '../kit/controls';
import { formatScale, LOG_SCALE_RANGE } from './model';

export const ACTIVATION_CONTROL = choiceControl({
  kind: 'radio',
  key: 'act',
  prop: 'activation',
  label: 'Activation',
  values: SATURATING_ACTIVATIONS,
  default: SATURATION_FIGURE_DEFAULTS.activation,
  optionLabel: (id) => getActivation(id).name,
  invalid: 'is not one this figure can show',
});

/** A log slider: the hash holds log₁₀ of the scale, the `weightScale` prop the scale itself. */
export const WEIGHT_SCALE_CONTROL = rangeControl({
  key: 'w',
  prop: 'weightScale',
  label: 'Initial weight scale (log slider)',
  ...LOG_SCALE_RANGE,
  scale: 'log',
  default: SATURATION_FIGURE_DEFAULTS.weightScale,
  display: formatScale,
  valueText: (scale) => `weight scale ${formatNumberPlain(scale, 2)}`,
});

export const SEED_CONTROL = seedControl(SATURATION_FIGURE_DEFAULTS.seed);

/** In the order the rows are shown. */
export const SATURATION_HISTOGRAM_CONTROLS = [WEIGHT_SCALE_CONTROL, ACTIVATION_CONTROL, SEED_CONTROL] as const;
