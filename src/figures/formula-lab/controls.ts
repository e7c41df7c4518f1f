/** The FormulaLab controls, each stated once (see src/figures/kit/controls.ts). */
import { formatNumber, formatNumberPlain } from '../kit/format';
import { rangeControl } from '../kit/controls';

/**
 * The plotted domain: wider than the formula layer's default [−6, 6], so the Lab can show where
 * exp(exp(x)) overflows (x ≈ 6.56), the example the page and the post name.
 */
export const LAB_DOMAIN: readonly [number, number] = [-8, 8];

/** The probe: where f, f′ and f″ are read off. */
export const PROBE_CONTROL = rangeControl({
  key: 'x',
  prop: 'x',
  label: 'Probe x',
  min: LAB_DOMAIN[0],
  max: LAB_DOMAIN[1],
  step: 0.01,
  onGrid: true,
  default: 1,
  display: (x) => formatNumber(x, 4),
  valueText: (x) => `x = ${formatNumberPlain(x, 4)}`,
});

/**
 * Hash keys of the (at most two) parameter sliders' values, in declaration order. Their bounds
 * come from the formula's declarations, which change as the reader types, so the hash accepts
 * any finite value and the model clamps it to the declared range.
 */
export const PARAM_KEYS = ['v1', 'v2'] as const;
