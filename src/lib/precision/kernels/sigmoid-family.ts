/**
 * Sigmoid-like kernels in any format: the textbook formulas and the registry's stable ones,
 * each operation rounded (see ../arithmetic.ts). Also σ itself, which softplus, SiLU and Mish
 * reuse.
 */
import type { RoundedMath } from '../arithmetic';
import type { KernelSet } from './types';

/** Textbook σ(x) = 1/(1 + e^{−x}): e^{−x} overflows for very negative x (to ∞, or NaN in E4M3). */
export function naiveSigmoid(m: RoundedMath, x: number): number {
  return m.div(1, m.add(1, m.exp(m.neg(x))));
}

/** σ branching on the sign so exp never overflows, as `numerics.sigmoid`. */
export function stableSigmoid(m: RoundedMath, x: number): number {
  if (x >= 0) return m.div(1, m.add(1, m.exp(m.neg(x))));
  const e = m.exp(x);
  return m.div(e, m.add(1, e));
}

/** Textbook σ′ = σ(1 − σ): 1 − σ cancels to 0 as soon as σ rounds to 1. */
export function naiveSigmoidSlope(m: RoundedMath, x: number): number {
  const s = naiveSigmoid(m, x);
  return m.mul(s, m.sub(1, s));
}

/** σ′ = σ(x)σ(−x), no subtraction, as `numerics.sigmoidSlope`. */
export function stableSigmoidSlope(m: RoundedMath, x: number): number {
  return m.mul(stableSigmoid(m, x), stableSigmoid(m, m.neg(x)));
}

export const sigmoidKernels: KernelSet = {
  activationId: 'sigmoid',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: 1/(1 + e^−x), slope σ(1 − σ)',
      f: (m, x) => naiveSigmoid(m, x),
      df: (m, x) => naiveSigmoidSlope(m, x),
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: branch on the sign of x, slope σ(x)σ(−x)',
      f: (m, x) => stableSigmoid(m, x),
      df: (m, x) => stableSigmoidSlope(m, x),
    },
  ],
  tails: { left: () => ({ limit: 0, from: 0.5 }), right: () => ({ limit: 1, from: 0.5 }) },
};

export const tanhKernels: KernelSet = {
  activationId: 'tanh',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: (e^x − e^−x)/(e^x + e^−x), slope 1 − tanh²',
      // ∞/∞ = NaN once either exponential overflows.
      f: (m, x) => {
        const a = m.exp(x);
        const b = m.exp(m.neg(x));
        return m.div(m.sub(a, b), m.add(a, b));
      },
      df: (m, x) => {
        const a = m.exp(x);
        const b = m.exp(m.neg(x));
        const t = m.div(m.sub(a, b), m.add(a, b));
        return m.sub(1, m.mul(t, t));
      },
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: library tanh, slope 4e^−2|x|/(1 + e^−2|x|)²',
      f: (m, x) => m.tanh(x),
      df: (m, x) => {
        const e = m.exp(m.mul(-2, m.abs(x)));
        const d = m.add(1, e);
        return m.div(m.mul(4, e), m.mul(d, d));
      },
    },
  ],
  tails: { left: () => ({ limit: -1, from: 0.5 }), right: () => ({ limit: 1, from: 0.5 }) },
};

export const hardSigmoidKernels: KernelSet = {
  activationId: 'hard-sigmoid',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'PyTorch’s form: ReLU6(x + 3)/6',
      f: (m, x) => m.div(m.min(6, m.max(0, m.add(x, 3))), 6),
      df: (m, x) => (x > -3 && x < 3 ? m.c(1 / 6) : 0),
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'registry form: clip(x/6 + 1/2, 0, 1)',
      f: (m, x) => m.min(1, m.max(0, m.add(m.div(x, 6), 0.5))),
      df: (m, x) => (x > -3 && x < 3 ? m.c(1 / 6) : 0),
    },
  ],
  // It reaches 0 and 1 exactly at ±3 in exact arithmetic: no limit to round to.
  tails: {},
};

export const softsignKernels: KernelSet = {
  activationId: 'softsign',
  kernels: [
    {
      id: 'stable',
      kind: 'stable',
      label: 'textbook (already stable): x/(1 + |x|), slope 1/(1 + |x|)²',
      f: (m, x) => m.div(x, m.add(1, m.abs(x))),
      df: (m, x) => {
        const d = m.add(1, m.abs(x));
        return m.div(1, m.mul(d, d));
      },
    },
  ],
  tails: { left: () => ({ limit: -1, from: 0.5 }), right: () => ({ limit: 1, from: 0.5 }) },
};
