/** The ZigzagDescent controls, each stated once (see src/figures/kit/controls.ts). */
import { ZIGZAG_FIGURE_DEFAULTS, ZIGZAG_LIMITS } from '../../lib/experiments/zigzag';
import { formatNumber, formatNumberPlain } from '../kit/format';
import { rangeControl, seedControl } from '../kit/controls';

export const BATCH_CONTROL = rangeControl({
  key: 'batch',
  prop: 'batchSize',
  label: 'Batch size (examples per update)',
  min: ZIGZAG_LIMITS.batchSize.min,
  max: ZIGZAG_LIMITS.batchSize.max,
  step: 1,
  whole: true,
  default: ZIGZAG_FIGURE_DEFAULTS.batchSize,
  display: String,
  valueText: (batch) => `batch size ${batch}`,
});

/** The learning rate is a fraction of each dataset's largest safe step (see zigzag.ts). */
export const LEARNING_RATE_CONTROL = rangeControl({
  key: 'lr',
  prop: 'learningRate',
  label: 'Learning rate (share of the largest safe step)',
  min: 0.05,
  max: 1,
  step: 0.05,
  default: ZIGZAG_FIGURE_DEFAULTS.learningRate,
  display: (lr) => formatNumber(lr),
  valueText: (lr) => `learning rate ${formatNumberPlain(lr)} of the largest safe step`,
});

export const SEED_CONTROL = seedControl(ZIGZAG_FIGURE_DEFAULTS.seed);

export const ZIGZAG_DESCENT_CONTROLS = [BATCH_CONTROL, LEARNING_RATE_CONTROL, SEED_CONTROL] as const;
