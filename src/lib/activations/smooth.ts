/**
 * Smooth ReLU-like functions: softplus, and the self-gated family GELU, SiLU (swish) and Mish,
 * which multiply x by a smooth gate and so dip slightly below zero for negative x.
 */
import { normalCdf, normalPdf, sigmoid, sigmoidSlope } from './numerics';
import type { ActivationCore, ParamSpec, ParamValues } from './types';

export const softplus: ActivationCore = {
  id: 'softplus',
  name: 'Softplus',
  // max(x, 0) + ln(1 + e^{−|x|}): exp never overflows, and log1p keeps the tiny tail terms.
  f: (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))),
  df: (x) => sigmoid(x),
  params: {},
  properties: {
    range: [0, Infinity],
    kinks: [],
  },
};

/** GELU's minimum value, at x ≈ −0.751791524693564 (mpmath, 40 digits). */
const GELU_MIN = -0.16997120747990366;

export const gelu: ActivationCore = {
  id: 'gelu',
  name: 'GELU',
  // x·Φ(x): for very negative x, Φ underflows to 0 and the product is −0, never NaN.
  f: (x) => x * normalCdf(x),
  // Φ(x) + x·φ(x): φ(x) becomes 0 once x² overflows, so the product stays finite.
  df: (x) => normalCdf(x) + x * normalPdf(x),
  params: {},
  properties: {
    range: [GELU_MIN, Infinity],
    kinks: [],
  },
};

const SILU_BETA: ParamSpec = { tex: '\\beta', symbol: 'β', meaning: 'gate sharpness', min: 0, max: 5, step: 0.05, default: 1 };
const siluBeta = (p: ParamValues): number => p.beta ?? SILU_BETA.default;

/** SiLU's minimum at β = 1, at x ≈ −1.278464542761074 (mpmath, 40 digits); it scales as 1/β. */
const SILU_MIN = -0.2784645427610738;

/**
 * Properties are for the default β = 1 and hold for every β > 0 (the minimum moves to
 * −0.278/β). At β = 0 the gate is the constant 1/2: f = x/2, monotonic and unbounded below.
 */
export const silu: ActivationCore = {
  id: 'silu',
  name: 'SiLU (swish)',
  f: (x, p) => x * sigmoid(siluBeta(p) * x),
  // σ(βx) + β·(x·σ′(βx)). βx may overflow to ±∞ for huge x; grouping x·σ′(βx) first keeps
  // the product finite (σ′ ≤ 1/4 and is exactly 0 there), where βx·σ′ would be ∞·0 = NaN.
  df: (x, p) => {
    const beta = siluBeta(p);
    return sigmoid(beta * x) + beta * (x * sigmoidSlope(beta * x));
  },
  params: { beta: SILU_BETA },
  properties: {
    range: [SILU_MIN, Infinity],
    kinks: [],
  },
};

/**
 * tanh(softplus(x)) = ((1 + eˣ)² − 1) / ((1 + eˣ)² + 1), rewritten per sign so no exponential
 * overflows: for x < 0 with e = eˣ it is e(e + 2) / (e(e + 2) + 2), exact down to underflow;
 * for x ≥ 0 with u = e^{−x}, dividing through by e^{2x} gives (1 + 2u) / (1 + 2u + 2u²).
 */
function tanhSoftplus(x: number): number {
  if (x >= 0) {
    const u = Math.exp(-x);
    return (1 + 2 * u) / (1 + 2 * u + 2 * u * u);
  }
  const e = Math.exp(x);
  const n = e * (e + 2);
  return n / (n + 2);
}

/**
 * sech²(softplus(x)) = 4(1 + eˣ)² / ((1 + eˣ)² + 1)², by the same per-sign rewrite; unlike
 * 1 − tanh²(softplus(x)) it keeps its relative accuracy for large positive x.
 */
function sechSquaredSoftplus(x: number): number {
  if (x >= 0) {
    const u = Math.exp(-x);
    const v = (1 + u) * (1 + u);
    const w = v + u * u;
    return (4 * v * u * u) / (w * w);
  }
  const e = Math.exp(x);
  const w = (1 + e) * (1 + e);
  return (4 * w) / ((w + 1) * (w + 1));
}

/** Mish's minimum, at x ≈ −1.192431214515495 (mpmath, 40 digits). */
const MISH_MIN = -0.3088434130172504;

export const mish: ActivationCore = {
  id: 'mish',
  name: 'Mish',
  f: (x) => x * tanhSoftplus(x),
  // tanh(sp(x)) + x·σ(x)·sech²(sp(x)). x·σ(x) is bounded (|x·σ(x)| < 0.28 for x < 0) and for
  // large x the sech² factor is exactly 0 while x is finite, so no ∞·0 arises.
  df: (x) => tanhSoftplus(x) + x * sigmoid(x) * sechSquaredSoftplus(x),
  params: {},
  properties: {
    range: [MISH_MIN, Infinity],
    kinks: [],
  },
};
