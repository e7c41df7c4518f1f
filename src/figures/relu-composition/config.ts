/**
 * What a ReluComposition is configured with, shared by the build-time component and the custom
 * element (which reads it from `data-config` and from the URL hash). Four units, each with a
 * kink and a slope change, plus a constant: nine sliders, all bounded here.
 */
import { DEFAULT_RELU_SUM, type ReluSum } from '../../lib/experiments/relu-sum';
import type { StateSchema } from '../kit/url-state';
import { controlSchema } from '../kit/controls';
import { readFigureId } from '../kit/prop-errors';
import { RELU_COMPOSITION_CONTROLS, UNIT_CONTROLS, UNIT_COUNT } from './controls';

export interface ReluCompositionProps {
  /** Unique on the page; namespaces the URL state and SVG ids. Default "relu-composition". */
  id?: string;
}

export interface ReluCompositionConfig {
  readonly id: string;
  /** The sum shown at first (and after "Reset"). */
  readonly sum: ReluSum;
}

const COMPONENT = 'ReluComposition';

export function reluCompositionConfig(props: ReluCompositionProps): ReluCompositionConfig {
  return { id: readFigureId(COMPONENT, props.id, 'relu-composition'), sum: DEFAULT_RELU_SUM };
}

/** Hash keys: `c` (the constant), `k1`…`k4` (kinks) and `w1`…`w4` (slope changes), starting at the config's sum. */
export function reluCompositionSchema(config: ReluCompositionConfig): StateSchema {
  const units = UNIT_CONTROLS.flatMap(({ knot, weight }, i) => {
    const unit = config.sum.units[i] ?? { knot: 0, weight: 0 };
    return [
      [knot.key, unit.knot],
      [weight.key, unit.weight],
    ] as const;
  });
  return controlSchema(RELU_COMPOSITION_CONTROLS, { c: config.sum.constant, ...Object.fromEntries(units) });
}

/** The sum a state describes; values are already clamped and snapped by the schema. */
export function sumFromState(state: Readonly<Record<string, unknown>>): ReluSum {
  const n = (key: string) => (typeof state[key] === 'number' && Number.isFinite(state[key]) ? (state[key] as number) : 0);
  return {
    constant: n('c'),
    units: Array.from({ length: UNIT_COUNT }, (_, i) => ({ knot: n(`k${i + 1}`), weight: n(`w${i + 1}`) })),
  };
}
