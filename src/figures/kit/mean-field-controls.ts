/**
 * The controls the mean-field figures share (PhaseDiagram, SignalDepth), stated once: the
 * activation select and the σ_w² and σ_b² sliders (PhaseDiagram's cursor). Their keys and props
 * match, so a point picked on the phase diagram sets the depth figure's controls, and the σ² step
 * is 0.01 on both so it lands on the slider's grid.
 */
import { ACTIVATION_IDS, getActivation } from '../../lib/activations/functions';
import { formatNumber } from './format';
import { choiceControl, rangeControl, type RangeSpec } from './controls';

/** Where a figure lets σ² go and starts it, and how its label reads. */
export interface VarianceRange {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

const VARIANCES = {
  /** Weights ~ N(0, σ_w²/fan-in). */
  w2: { prop: 'sigmaW2', spoken: 'sigma w squared' },
  /** Biases ~ N(0, σ_b²). */
  b2: { prop: 'sigmaB2', spoken: 'sigma b squared' },
} as const;

/** Any activation in the registry, as a select (key `act`, prop `activation`): mean-field theory needs only its moments. */
export function meanFieldActivationControl(defaultId: (typeof ACTIVATION_IDS)[number]) {
  return choiceControl({
    kind: 'select',
    key: 'act',
    prop: 'activation',
    label: 'Activation',
    values: ACTIVATION_IDS,
    default: defaultId,
    optionLabel: (id) => getActivation(id).name,
    invalid: 'is not an activation in the registry',
  });
}

export function varianceControl<const K extends keyof typeof VARIANCES>(key: K, range: VarianceRange): RangeSpec<K> {
  const { prop, spoken } = VARIANCES[key];
  return rangeControl({
    key,
    prop,
    ...range,
    step: 0.01,
    display: (v) => formatNumber(v, 3),
    valueText: (v) => `${spoken} ${formatNumber(v, 3)}`,
  });
}
