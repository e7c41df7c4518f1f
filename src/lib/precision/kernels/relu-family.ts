/**
 * ReLU-family kernels in any format. ReLU and leaky ReLU are exact apart from rounding α·x;
 * ELU and SELU differ in how e^x − 1 is formed, and in the slope: frameworks' backward passes
 * compute ELU′ from the saved output as f(x) + α (PyTorch's `elu_backward` with `is_result`),
 * which cancels as f → −α, where α·e^x keeps its digits.
 */
import { SELU_ALPHA, SELU_LAMBDA } from '../../activations/relu-family';
import type { ParamValues } from '../../activations/types';
import type { RoundedMath } from '../arithmetic';
import { param, type KernelSet } from './types';

const identityKernel = {
  id: 'stable',
  kind: 'stable',
  label: 'x, slope 1 (exact in every format)',
  f: (_m: RoundedMath, x: number) => x,
  df: () => 1,
} as const;

export const identityKernels: KernelSet = { activationId: 'identity', kernels: [identityKernel], tails: {} };

export const reluKernels: KernelSet = {
  activationId: 'relu',
  kernels: [
    {
      id: 'stable',
      kind: 'stable',
      label: 'max(0, x), slope 1 or 0 (exact in every format)',
      f: (_m, x) => (x > 0 ? x : 0),
      df: (_m, x) => (x > 0 ? 1 : 0),
    },
  ],
  tails: {},
};

const alphaOf = (p: ParamValues): number => param(p, 'alpha');

export const leakyReluKernels: KernelSet = {
  activationId: 'leaky-relu',
  kernels: [
    {
      id: 'stable',
      kind: 'stable',
      label: 'x or αx, slope 1 or α (α rounded to the format)',
      f: (m, x, p) => (x > 0 ? x : m.mul(m.c(alphaOf(p)), x)),
      df: (m, x, p) => (x > 0 ? 1 : m.c(alphaOf(p))),
    },
  ],
  tails: {},
};

/** α(e^x − 1) for x ≤ 0 the textbook way: e^x − 1 cancels for small |x|. */
function naiveEluValue(m: RoundedMath, x: number, alpha: number): number {
  return x > 0 ? x : m.mul(alpha, m.sub(m.exp(x), 1));
}

function stableEluValue(m: RoundedMath, x: number, alpha: number): number {
  return x > 0 ? x : m.mul(alpha, m.expm1(x));
}

export const eluKernels: KernelSet = {
  activationId: 'elu',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: α(e^x − 1), slope from the output: f + α',
      f: (m, x, p) => naiveEluValue(m, x, m.c(alphaOf(p))),
      df: (m, x, p) => {
        const alpha = m.c(alphaOf(p));
        return x > 0 ? 1 : m.add(naiveEluValue(m, x, alpha), alpha);
      },
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: α·expm1(x), slope α·e^x',
      f: (m, x, p) => stableEluValue(m, x, m.c(alphaOf(p))),
      df: (m, x, p) => (x > 0 ? 1 : m.mul(m.c(alphaOf(p)), m.exp(x))),
    },
  ],
  // α = 0 is ReLU: exactly 0 on the left, no limit to approach.
  tails: { left: (p) => (alphaOf(p) > 0 ? { limit: -alphaOf(p), from: 0.5 } : undefined) },
};

export const seluKernels: KernelSet = {
  activationId: 'selu',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: λα(e^x − 1), slope from the output: f + λα',
      f: (m, x) => (x > 0 ? m.mul(m.c(SELU_LAMBDA), x) : m.mul(m.c(SELU_LAMBDA * SELU_ALPHA), m.sub(m.exp(x), 1))),
      df: (m, x) => {
        if (x > 0) return m.c(SELU_LAMBDA);
        const scale = m.c(SELU_LAMBDA * SELU_ALPHA);
        return m.add(m.mul(scale, m.sub(m.exp(x), 1)), scale);
      },
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: λ·α·expm1(x), slope λ·α·e^x',
      f: (m, x) => m.mul(m.c(SELU_LAMBDA), stableEluValue(m, x, m.c(SELU_ALPHA))),
      df: (m, x) => m.mul(m.c(SELU_LAMBDA), x > 0 ? 1 : m.mul(m.c(SELU_ALPHA), m.exp(x))),
    },
  ],
  tails: { left: () => ({ limit: -SELU_LAMBDA * SELU_ALPHA, from: 0.5 }) },
};
