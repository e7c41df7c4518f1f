/**
 * The ReluComposition controls, each stated once (see src/figures/kit/controls.ts): a constant
 * and, per unit, a kink and a slope change. They start at the default sum; they are not props.
 */
import { DEFAULT_RELU_SUM, RELU_TARGET } from '../../lib/experiments/relu-sum';
import { formatNumber } from '../kit/format';
import { rangeControl } from '../kit/controls';

export const UNIT_COUNT = 4;
export const KNOT_RANGE = { min: RELU_TARGET.domain[0], max: RELU_TARGET.domain[1], step: 0.05 } as const;
export const WEIGHT_RANGE = { min: -4, max: 4, step: 0.1 } as const;
export const CONSTANT_RANGE = { min: -1, max: 5, step: 0.1 } as const;

const plain = (v: number) => formatNumber(v);

export const CONSTANT_CONTROL = rangeControl({
  key: 'c',
  prop: 'c',
  label: 'Constant c',
  ...CONSTANT_RANGE,
  default: DEFAULT_RELU_SUM.constant,
  display: plain,
  valueText: plain,
});

/** Unit n's two sliders (n from 1): `k<n>`, where it kinks, and `w<n>`, the slope it adds there. */
export const UNIT_CONTROLS = Array.from({ length: UNIT_COUNT }, (_, i) => {
  const n = i + 1;
  const unit = DEFAULT_RELU_SUM.units[i] ?? { knot: 0, weight: 0 };
  return {
    knot: rangeControl({
      key: `k${n}`,
      prop: `k${n}`,
      label: `Unit ${n}: kink at x`,
      ...KNOT_RANGE,
      default: unit.knot,
      display: plain,
      valueText: (x) => `x = ${formatNumber(x)}`,
    }),
    weight: rangeControl({
      key: `w${n}`,
      prop: `w${n}`,
      label: `Unit ${n}: slope change`,
      ...WEIGHT_RANGE,
      default: unit.weight,
      display: plain,
      valueText: plain,
    }),
  };
});

export const RELU_COMPOSITION_CONTROLS = [CONSTANT_CONTROL, ...UNIT_CONTROLS.flatMap((u) => [u.knot, u.weight])];
