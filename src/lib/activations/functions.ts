/**
 * Every activation function's math, in teaching order: the linear baseline, the classic
 * saturating curves, the ReLU family, the smooth self-gated functions, and finally the cheap
 * piecewise or rational stand-ins for sigmoid and tanh. This is the registry figures use in the
 * browser; registry.ts adds each function's prose and TeX for the build.
 */
import { identity } from './identity';
import { elu, leakyRelu, relu, selu } from './relu-family';
import { hardSigmoid, sigmoid, softsign, tanh } from './sigmoid-family';
import { gelu, mish, silu, softplus } from './smooth';
import type { ActivationCore, ParamValues } from './types';

export const ACTIVATION_CORES: readonly ActivationCore[] = [
  identity,
  sigmoid,
  tanh,
  relu,
  leakyRelu,
  elu,
  selu,
  softplus,
  gelu,
  silu,
  mish,
  hardSigmoid,
  softsign,
];

/** Registry ids in teaching order; what MDX props and URLs may name. */
export const ACTIVATION_IDS: readonly string[] = ACTIVATION_CORES.map((a) => a.id);

const BY_ID: ReadonlyMap<string, ActivationCore> = new Map(ACTIVATION_CORES.map((a) => [a.id, a]));

export function isActivationId(id: string): boolean {
  return BY_ID.has(id);
}

/** The entry with this id; an unknown id throws, listing every valid one so a typo is easy to fix. */
export function getActivation(id: string): ActivationCore {
  return lookUp(BY_ID, id);
}

/** `id`'s entry in `byId`, or an error that lists every valid id. */
export function lookUp<Entry>(byId: ReadonlyMap<string, Entry>, id: string): Entry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown activation "${id}". Valid names: ${ACTIVATION_IDS.join(', ')}`);
  return entry;
}

/** Each parameter at its default, e.g. `{ alpha: 0.01 }` for leaky ReLU; `{}` when there are none. */
export function defaultParams(a: Pick<ActivationCore, 'params'>): ParamValues {
  return Object.fromEntries(Object.entries(a.params).map(([name, spec]) => [name, spec.default]));
}
