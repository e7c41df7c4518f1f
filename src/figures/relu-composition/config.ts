/**
 * What a ReluComposition is configured with, shared by the build-time component and the custom
 * element (which reads it from `data-config` and from the URL hash). Four units, each with a
 * kink and a slope change, plus a constant: nine sliders, all bounded here.
 */
import { DEFAULT_RELU_SUM, RELU_TARGET, type ReluSum } from './model';
import type { StateSchema } from '../kit/url-state';
import { FigurePropError } from '../kit/prop-errors';

export interface ReluCompositionProps {
  /** Unique on the page; namespaces the URL state and SVG ids. Default "relu-composition". */
  id?: string;
}

export interface ReluCompositionConfig {
  readonly id: string;
  /** The sum shown at first (and after "Reset"). */
  readonly sum: ReluSum;
}

export const UNIT_COUNT = 4;
export const KNOT_RANGE = { min: RELU_TARGET.domain[0], max: RELU_TARGET.domain[1], step: 0.05 } as const;
export const WEIGHT_RANGE = { min: -4, max: 4, step: 0.1 } as const;
export const CONSTANT_RANGE = { min: -1, max: 5, step: 0.1 } as const;

const COMPONENT = 'ReluComposition';
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function reluCompositionConfig(props: ReluCompositionProps): ReluCompositionConfig {
  const id = props.id ?? 'relu-composition';
  if (!ID_PATTERN.test(id)) throw new FigurePropError(COMPONENT, 'id', `must be letters, digits, "-" or "_", starting with a letter; got ${JSON.stringify(id)}`);
  return { id, sum: DEFAULT_RELU_SUM };
}

/** Hash keys: `c` (the constant), `k1`…`k4` (kinks) and `w1`…`w4` (slope changes). */
export function reluCompositionSchema(config: ReluCompositionConfig): StateSchema {
  const schema: Record<string, StateSchema[string]> = {
    c: { kind: 'number', ...CONSTANT_RANGE, default: config.sum.constant },
  };
  for (let i = 0; i < UNIT_COUNT; i++) {
    const unit = config.sum.units[i] ?? { knot: 0, weight: 0 };
    schema[`k${i + 1}`] = { kind: 'number', ...KNOT_RANGE, default: unit.knot };
    schema[`w${i + 1}`] = { kind: 'number', ...WEIGHT_RANGE, default: unit.weight };
  }
  return schema;
}

/** The sum a state describes; values are already clamped and snapped by the schema. */
export function sumFromState(state: Readonly<Record<string, unknown>>): ReluSum {
  const n = (key: string) => (typeof state[key] === 'number' && Number.isFinite(state[key]) ? (state[key] as number) : 0);
  return {
    constant: n('c'),
    units: Array.from({ length: UNIT_COUNT }, (_, i) => ({ knot: n(`k${i + 1}`), weight: n(`w${i + 1}`) })),
  };
}
