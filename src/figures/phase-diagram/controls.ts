/**
 * The PhaseDiagram controls, each stated once (see src/figures/kit/controls.ts): the activation,
 * and the cursor's σ_w² and σ_b² (set by clicking or by arrow keys on the plot, not by sliders).
 */
import { ACTIVATION_IDS, getActivation } from '../../lib/activations/functions';
import { formatNumber } from '../kit/format';
import { choiceControl, rangeControl } from '../kit/controls';

/** The grid's σ_w² range (columns); the cursor stays inside it. */
export const SIGMA_W2_RANGE = [0.5, 4] as const;
/** The grid's σ_b² range (rows). */
export const SIGMA_B2_RANGE = [0, 0.5] as const;
/** Grid cells per side. */
export const GRID = 64;

export const CURSOR_W2 = rangeControl({
  key: 'w2',
  prop: 'sigmaW2',
  label: 'σ_w²',
  min: SIGMA_W2_RANGE[0],
  max: SIGMA_W2_RANGE[1],
  step: 0.01,
  default: 1,
  display: (v) => formatNumber(v, 3),
  valueText: (v) => `sigma w squared ${formatNumber(v, 3)}`,
});

export const CURSOR_B2 = rangeControl({
  key: 'b2',
  prop: 'sigmaB2',
  label: 'σ_b²',
  min: SIGMA_B2_RANGE[0],
  max: SIGMA_B2_RANGE[1],
  step: 0.01,
  default: 0,
  display: (v) => formatNumber(v, 3),
  valueText: (v) => `sigma b squared ${formatNumber(v, 3)}`,
});

export const ACTIVATION_CONTROL = choiceControl({
  kind: 'select',
  key: 'act',
  prop: 'activation',
  label: 'Activation',
  values: ACTIVATION_IDS,
  default: 'tanh',
  optionLabel: (id) => getActivation(id).name,
  invalid: 'is not an activation in the registry',
});

export const PHASE_DIAGRAM_CONTROLS = [ACTIVATION_CONTROL, CURSOR_W2, CURSOR_B2] as const;
