/** The SparsityHistogram controls, each stated once (see src/figures/kit/controls.ts). */
import { SPARSITY_FIGURE_DEFAULTS } from '../../lib/experiments/sparsity';
import { formatNumber } from '../kit/format';
import { rangeControl, seedControl } from '../kit/controls';
import { biasValueText, BIAS_RANGE } from './model';

/** Its aria-valuetext gains the zero share once the figure has drawn (`biasValueText`). */
export const BIAS_CONTROL = rangeControl({
  key: 'bias',
  prop: 'bias',
  label: 'Bias of every unit',
  ...BIAS_RANGE,
  onGrid: true,
  default: SPARSITY_FIGURE_DEFAULTS.bias,
  display: (bias) => formatNumber(bias),
  valueText: (bias) => biasValueText(bias),
});

export const SEED_CONTROL = seedControl(SPARSITY_FIGURE_DEFAULTS.seed, { label: 'Random layer' });

export const SPARSITY_CONTROLS = [BIAS_CONTROL, SEED_CONTROL] as const;
