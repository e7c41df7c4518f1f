/** Every registry activation's kernels, by id, plus the `rounded-once` kernel built from the registry. */
import { ACTIVATION_IDS, getActivation } from '../../activations/functions';
import { eluKernels, identityKernels, leakyReluKernels, reluKernels, seluKernels } from './relu-family';
import { hardSigmoidKernels, sigmoidKernels, softsignKernels, tanhKernels } from './sigmoid-family';
import { geluKernels, mishKernels, siluKernels, softplusKernels } from './smooth';
import type { Kernel, KernelSet } from './types';

export type { Kernel, KernelKind, KernelSet } from './types';

const SETS: ReadonlyMap<string, KernelSet> = new Map(
  [
    identityKernels,
    sigmoidKernels,
    tanhKernels,
    reluKernels,
    leakyReluKernels,
    eluKernels,
    seluKernels,
    softplusKernels,
    geluKernels,
    siluKernels,
    mishKernels,
    hardSigmoidKernels,
    softsignKernels,
  ].map((s) => [s.activationId, s]),
);

/**
 * The registry's float64 f and f′ at an input already in the format, rounded once to the
 * format. Not a computation in the format at all: the yardstick the others are measured by.
 */
function roundedOnceKernel(activationId: string): Kernel {
  const a = getActivation(activationId);
  return {
    id: 'rounded-once',
    kind: 'rounded-once',
    label: 'float64, rounded once to the format',
    f: (m, x, p) => m.c(a.f(x, p)),
    df: (m, x, p) => m.c(a.df(x, p)),
  };
}

const WITH_ROUNDED_ONCE = new Map<string, KernelSet>();

/** The kernels of a registry activation: naive, stable, then `rounded-once`. Unknown ids throw (as `getActivation`). */
export function kernelsFor(activationId: string): KernelSet {
  const cached = WITH_ROUNDED_ONCE.get(activationId);
  if (cached) return cached;
  const set = SETS.get(activationId);
  if (!set) {
    getActivation(activationId);
    throw new Error(`No precision kernels for "${activationId}" (known: ${[...SETS.keys()].join(', ')})`);
  }
  const full = { ...set, kernels: [...set.kernels, roundedOnceKernel(activationId)] };
  WITH_ROUNDED_ONCE.set(activationId, full);
  return full;
}

/** Ids that have kernels; a test checks this is every id in ACTIVATION_IDS. */
export const KERNEL_ACTIVATION_IDS: readonly string[] = ACTIVATION_IDS.filter((id) => SETS.has(id));
