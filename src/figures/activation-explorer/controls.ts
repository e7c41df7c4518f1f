/**
 * The explorer's controls, each stated once (see src/figures/kit/controls.ts): the probe x, one
 * slider per activation parameter (generated from the registry's ParamSpec), the number format
 * and the saturation threshold. The compare checkboxes and the plot's domain are props, not
 * sliders. Only the format table (no arithmetic) is imported here, so the explorer's up-front
 * script stays small; the rounding code loads when a reader picks a format other than float64.
 */
import { getActivation } from '../../lib/activations/functions';
import { paramLabel } from '../../lib/activations/types';
import { ACTIVATION_VIEW_DEFAULTS } from '../../lib/activations/view';
import { FORMAT_IDS, getFormat, type FormatId } from '../../lib/precision/formats';
import { choiceControl, rangeControl, type RangeSpec } from '../kit/controls';
import { formatNumber } from '../kit/format';

export const FORMAT_CONTROL = choiceControl({
  kind: 'select',
  key: 'fmt',
  prop: 'format',
  label: 'Number format',
  values: FORMAT_IDS,
  default: 'float64' as FormatId,
  optionLabel: (id: FormatId) => getFormat(id).name,
  invalid: 'is not a number format',
});

const percent = (share: number) => `${formatNumber(share * 100)}%`;

/** Saturated means |f′| below this share of the peak slope; shown as a percentage. */
export const THRESHOLD_CONTROL = rangeControl({
  key: 't',
  prop: 'threshold',
  label: 'Saturation threshold (% of peak slope)',
  min: 0.001,
  max: 0.2,
  step: 0.001,
  default: ACTIVATION_VIEW_DEFAULTS.threshold,
  display: percent,
  valueText: percent,
});

/**
 * The probe, across the figure's domain (so its bounds come with the config). Live, its
 * aria-valuetext also reads the functions' values there (the element adds them).
 */
export function probeControl(domain: readonly [number, number]): RangeSpec<'x'> {
  return rangeControl({
    key: 'x',
    prop: 'x',
    label: 'Probe x',
    min: domain[0],
    max: domain[1],
    step: 0.01,
    default: ACTIVATION_VIEW_DEFAULTS.x,
    display: (x) => formatNumber(x),
    valueText: (x) => `x = ${formatNumber(x)}`,
  });
}

/** Hash key of an activation's parameter, e.g. `leaky-relu-alpha`. */
export function paramKey(id: string, name: string): string {
  return `${id}-${name}`;
}

/** Every slider of an explorer, by key: the probe, each parameter's (of `params`, by activation id) and the threshold. */
export function explorerSliders(domain: readonly [number, number], params: Readonly<Record<string, Readonly<Record<string, number>>>>) {
  const sliders: RangeSpec[] = [probeControl(domain), THRESHOLD_CONTROL];
  for (const [id, values] of Object.entries(params)) for (const name of Object.keys(values)) sliders.push(paramControl(id, name));
  return new Map(sliders.map((spec) => [spec.key, spec]));
}

/** The slider of parameter `name` of activation `id`, from the registry's ParamSpec. */
export function paramControl(id: string, name: string): RangeSpec {
  const activation = getActivation(id);
  const spec = activation.params[name]!;
  return rangeControl({
    key: paramKey(id, name),
    prop: `params.${id}.${name}`,
    label: `${activation.name}: ${paramLabel(spec)}`,
    min: spec.min,
    max: spec.max,
    step: spec.step,
    default: spec.default,
    display: (value) => formatNumber(value),
    valueText: (value) => formatNumber(value),
  });
}
