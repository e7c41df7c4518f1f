/**
 * Softplus, GELU (exact and its tanh approximation), SiLU and Mish in any format: the textbook
 * formulas and the registry's stable rewrites, each operation rounded (see ../arithmetic.ts).
 */
import { geluTanh, geluTanhSlope, GELU_TANH_CUBIC, GELU_TANH_SCALE } from '../gelu-tanh';
import type { RoundedMath } from '../arithmetic';
import { naiveSigmoid, naiveSigmoidSlope, stableSigmoid, stableSigmoidSlope } from './sigmoid-family';
import { param, type KernelSet } from './types';

/** Textbook softplus ln(1 + e^x): e^x overflows (float16: from x ≈ 11.09) long before the result would. */
function naiveSoftplus(m: RoundedMath, x: number): number {
  return m.log(m.add(1, m.exp(x)));
}

export const softplusKernels: KernelSet = {
  activationId: 'softplus',
  kernels: [
    { id: 'naive', kind: 'naive', label: 'textbook: ln(1 + e^x), slope 1/(1 + e^−x)', f: naiveSoftplus, df: (m, x) => naiveSigmoid(m, x) },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: max(x, 0) + log1p(e^−|x|), slope σ with a sign branch',
      f: (m, x) => m.add(m.max(x, 0), m.log1p(m.exp(m.neg(m.abs(x))))),
      df: (m, x) => stableSigmoid(m, x),
    },
  ],
  tails: { left: () => ({ limit: 0, from: 0.5 }) },
};

/** ½(1 + erf(x/√2)), the textbook Φ: 1 + erf cancels for x ≲ −3 in narrow formats. */
function naiveNormalCdf(m: RoundedMath, x: number): number {
  return m.mul(0.5, m.add(1, m.erf(m.div(x, m.c(Math.SQRT2)))));
}

/** Φ from erfc on both sides, as `numerics.normalCdf`: 1 − ½erfc(x/√2) for x ≥ 0, ½erfc(−x/√2) below. */
function stableNormalCdf(m: RoundedMath, x: number): number {
  return x >= 0 ? m.sub(1, m.mul(0.5, m.erfc(m.div(x, m.c(Math.SQRT2))))) : m.mul(0.5, m.erfc(m.div(m.neg(x), m.c(Math.SQRT2))));
}

/** φ(x) = e^{−x²/2}/√(2π), grouped (−½x)·x as `numerics.normalPdf` is. */
function normalPdf(m: RoundedMath, x: number): number {
  return m.mul(m.c(1 / Math.sqrt(2 * Math.PI)), m.exp(m.mul(m.mul(-0.5, x), x)));
}

export const geluKernels: KernelSet = {
  activationId: 'gelu',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: ½x(1 + erf(x/√2)), slope Φ + xφ',
      f: (m, x) => m.mul(m.mul(0.5, x), m.add(1, m.erf(m.div(x, m.c(Math.SQRT2))))),
      df: (m, x) => m.add(naiveNormalCdf(m, x), m.mul(x, normalPdf(m, x))),
    },
    {
      id: 'naive-tanh',
      kind: 'naive',
      label: 'tanh approximation: ½x(1 + tanh(√(2/π)(x + 0.044715x³)))',
      f: (m, x) => m.mul(m.mul(0.5, x), m.add(1, m.tanh(geluTanhInner(m, x)))),
      df: (m, x) => {
        const t = m.tanh(geluTanhInner(m, x));
        const innerSlope = m.mul(m.c(GELU_TANH_SCALE), m.add(1, m.mul(m.c(3 * GELU_TANH_CUBIC), m.mul(x, x))));
        return m.add(m.mul(0.5, m.add(1, t)), m.mul(m.mul(m.mul(0.5, x), m.sub(1, m.mul(t, t))), innerSlope));
      },
      reference: { f: geluTanh, df: geluTanhSlope },
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: x·Φ(x), Φ from erfc alone, slope Φ + xφ',
      f: (m, x) => m.mul(x, stableNormalCdf(m, x)),
      df: (m, x) => m.add(stableNormalCdf(m, x), m.mul(x, normalPdf(m, x))),
    },
  ],
  // The minimum is at x ≈ −0.75, where f′ crosses 0: the tail starts past it.
  tails: { left: () => ({ limit: 0, from: 1.5 }) },
};

/** √(2/π)(x + 0.044715x³), the tanh approximation's argument; x³ overflows first. */
function geluTanhInner(m: RoundedMath, x: number): number {
  return m.mul(m.c(GELU_TANH_SCALE), m.add(x, m.mul(m.c(GELU_TANH_CUBIC), m.mul(x, m.mul(x, x)))));
}

export const siluKernels: KernelSet = {
  activationId: 'silu',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: x/(1 + e^−βx), slope σ + βxσ(1 − σ)',
      f: (m, x, p) => m.div(x, m.add(1, m.exp(m.neg(m.mul(m.c(param(p, 'beta')), x))))),
      df: (m, x, p) => {
        const beta = m.c(param(p, 'beta'));
        const bx = m.mul(beta, x);
        return m.add(naiveSigmoid(m, bx), m.mul(bx, naiveSigmoidSlope(m, bx)));
      },
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: x·σ(βx) with a sign branch, slope σ + β(x·σ(βx)σ(−βx))',
      f: (m, x, p) => m.mul(x, stableSigmoid(m, m.mul(m.c(param(p, 'beta')), x))),
      df: (m, x, p) => {
        const beta = m.c(param(p, 'beta'));
        const bx = m.mul(beta, x);
        return m.add(stableSigmoid(m, bx), m.mul(beta, m.mul(x, stableSigmoidSlope(m, bx))));
      },
    },
  ],
  // The minimum is at x ≈ −1.28/β (f′ crosses 0 there); β = 0 gives x/2, which has no limit.
  tails: { left: (p) => (param(p, 'beta') > 0 ? { limit: 0, from: 2.5 / param(p, 'beta') } : undefined) },
};

/** The registry's per-sign tanh(softplus(x)), operation by operation. */
function stableTanhSoftplus(m: RoundedMath, x: number): number {
  if (x >= 0) {
    const u = m.exp(m.neg(x));
    const twoU = m.mul(2, u);
    return m.div(m.add(1, twoU), m.add(m.add(1, twoU), m.mul(twoU, u)));
  }
  const e = m.exp(x);
  const n = m.mul(e, m.add(e, 2));
  return m.div(n, m.add(n, 2));
}

/** The registry's per-sign sech²(softplus(x)), operation by operation. */
function stableSechSquaredSoftplus(m: RoundedMath, x: number): number {
  if (x >= 0) {
    const u = m.exp(m.neg(x));
    const v = m.mul(m.add(1, u), m.add(1, u));
    const w = m.add(v, m.mul(u, u));
    return m.div(m.mul(m.mul(m.mul(4, v), u), u), m.mul(w, w));
  }
  const e = m.exp(x);
  const w = m.mul(m.add(1, e), m.add(1, e));
  const d = m.add(w, 1);
  return m.div(m.mul(4, w), m.mul(d, d));
}

export const mishKernels: KernelSet = {
  activationId: 'mish',
  kernels: [
    {
      id: 'naive',
      kind: 'naive',
      label: 'textbook: x·tanh(ln(1 + e^x)), slope tanh(sp) + xσ(1 − tanh²(sp))',
      f: (m, x) => m.mul(x, m.tanh(naiveSoftplus(m, x))),
      df: (m, x) => {
        const t = m.tanh(naiveSoftplus(m, x));
        return m.add(t, m.mul(m.mul(x, naiveSigmoid(m, x)), m.sub(1, m.mul(t, t))));
      },
    },
    {
      id: 'stable',
      kind: 'stable',
      label: 'stable: the registry’s per-sign rewrite of tanh(softplus) and sech²(softplus)',
      f: (m, x) => m.mul(x, stableTanhSoftplus(m, x)),
      df: (m, x) => m.add(stableTanhSoftplus(m, x), m.mul(m.mul(x, stableSigmoid(m, x)), stableSechSquaredSoftplus(m, x))),
    },
  ],
  // The minimum is at x ≈ −1.19, where f′ crosses 0: the tail starts past it.
  tails: { left: () => ({ limit: 0, from: 2.5 }) },
};
