/**
 * Every activation function the blog knows, in teaching order: the linear baseline, the
 * classic saturating curves, the ReLU family, the smooth self-gated functions, and finally
 * the cheap piecewise or rational stand-ins for sigmoid and tanh.
 */
import { identity } from './identity';
import { elu, leakyRelu, relu, selu } from './relu-family';
import { hardSigmoid, sigmoid, softsign, tanh } from './sigmoid-family';
import { gelu, mish, silu, softplus } from './smooth';
import type { Activation, ParamValues } from './types';

export const ACTIVATIONS: readonly Activation[] = [
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

/** Registry ids in `ACTIVATIONS` order; what MDX props and URLs may name. */
export const ACTIVATION_IDS: readonly string[] = ACTIVATIONS.map((a) => a.id);

const BY_ID: ReadonlyMap<string, Activation> = new Map(ACTIVATIONS.map((a) => [a.id, a]));

export function isActivationId(id: string): boolean {
  return BY_ID.has(id);
}

/** The entry with this id; an unknown id throws, listing every valid one so a typo is easy to fix. */
export function getActivation(id: string): Activation {
  const a = BY_ID.get(id);
  if (!a) throw new Error(`Unknown activation "${id}". Valid names: ${ACTIVATION_IDS.join(', ')}`);
  return a;
}

/** Each parameter at its default, e.g. `{ alpha: 0.01 }` for leaky ReLU; `{}` when there are none. */
export function defaultParams(a: Activation): ParamValues {
  return Object.fromEntries(Object.entries(a.params).map(([name, spec]) => [name, spec.default]));
}
