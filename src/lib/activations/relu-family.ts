/**
 * ReLU and its descendants: identity for positive inputs, and different answers to "what
 * should happen below zero" (nothing, a small slope, or a smooth exponential floor).
 */
import type { Activation, ParamSpec, ParamValues } from './types';

export const relu: Activation = {
  id: 'relu',
  name: 'ReLU',
  summary: 'Rectified linear unit, max(0, x): slope 1 for positive inputs and exactly 0 for negative ones.',
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
  tex: '\\max(0, x)',
  dtex: '\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
  params: {},
  properties: {
    rangeTex: '[0, \\infty)',
    rangeText: '[0, ∞)',
    range: [0, Infinity],
    monotonic: true,
    zeroCentred: false,
    saturates: { left: true, right: false },
    continuity: 0,
    kinks: [{ x: 0, derivative: 0, note: 'ReLU′(0) = 0, as PyTorch and TensorFlow use: the gradient flows only where x > 0.' }],
  },
};

const LEAKY_ALPHA: ParamSpec = { tex: '\\alpha', symbol: 'α', meaning: 'negative slope', min: 0, max: 1, step: 0.01, default: 0.01 };
const leakyAlpha = (p: ParamValues): number => p.alpha ?? LEAKY_ALPHA.default;

/**
 * Properties are for the default α = 0.01, and hold for every α in (0, 1]. At α = 0 it is ReLU
 * (range [0, ∞), not zero-centred, saturates on the left); at α = 1 it is the identity.
 */
export const leakyRelu: Activation = {
  id: 'leaky-relu',
  name: 'Leaky ReLU',
  summary: 'ReLU with a small slope α for negative inputs, so no unit’s gradient is ever exactly zero (α = 0 gives ReLU back).',
  f: (x, p) => (x > 0 ? x : leakyAlpha(p) * x),
  df: (x, p) => (x > 0 ? 1 : leakyAlpha(p)),
  tex: '\\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}',
  dtex: '\\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}',
  params: { alpha: LEAKY_ALPHA },
  properties: {
    rangeTex: '(-\\infty, \\infty)',
    rangeText: '(−∞, ∞)',
    range: [-Infinity, Infinity],
    monotonic: true,
    zeroCentred: false,
    saturates: { left: false, right: false },
    continuity: 0,
    kinks: [
      {
        x: 0,
        derivative: LEAKY_ALPHA.default,
        note: 'f′(0) = α, as in PyTorch’s leaky_relu backward (slope 1 for x > 0, α otherwise).',
      },
    ],
  },
};

const ELU_ALPHA: ParamSpec = { tex: '\\alpha', symbol: 'α', meaning: 'negative saturation value', min: 0, max: 3, step: 0.05, default: 1 };
const eluAlpha = (p: ParamValues): number => p.alpha ?? ELU_ALPHA.default;

/** α·(e^x − 1) for x ≤ 0, via expm1 so small negative x keeps its relative accuracy. */
function eluValue(x: number, alpha: number): number {
  return x > 0 ? x : alpha * Math.expm1(x);
}

/** The x ≤ 0 branch at 0, as PyTorch's elu backward does: f′(0) = α·e⁰ = α. */
function eluSlope(x: number, alpha: number): number {
  return x > 0 ? 1 : alpha * Math.exp(x);
}

/**
 * Properties are for the default α = 1, where f′ is continuous (1 on both sides of 0) but f″
 * jumps from 1 to 0, so ELU is C¹. Any other α > 0 puts a kink at 0 (continuity 0) and moves
 * the floor to −α; α = 0 gives ReLU.
 */
export const elu: Activation = {
  id: 'elu',
  name: 'ELU',
  summary: 'Exponential linear unit: identity for x > 0, and α(eˣ − 1) below, a smooth floor at −α that pulls mean outputs toward 0.',
  f: (x, p) => eluValue(x, eluAlpha(p)),
  df: (x, p) => eluSlope(x, eluAlpha(p)),
  tex: '\\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x}-1) & x \\le 0 \\end{cases}',
  dtex: '\\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}',
  params: { alpha: ELU_ALPHA },
  properties: {
    rangeTex: '(-\\alpha, \\infty)',
    rangeText: '(−α, ∞)',
    range: [-ELU_ALPHA.default, Infinity],
    monotonic: true,
    zeroCentred: false,
    saturates: { left: true, right: false },
    continuity: 1,
    kinks: [
      {
        x: 0,
        derivative: ELU_ALPHA.default,
        note: 'f′(0) = α (the x ≤ 0 branch, as PyTorch’s elu backward). Smooth at the default α = 1; for other α, f′ jumps from α to 1 here.',
      },
    ],
  },
};

/** SELU's λ (scale), from Klambauer et al. 2017, "Self-Normalizing Neural Networks". */
export const SELU_LAMBDA = 1.0507009873554805;
/** SELU's α, from the same paper; with λ it makes zero mean, unit variance a fixed point. */
export const SELU_ALPHA = 1.6732632423543772;

export const selu: Activation = {
  id: 'selu',
  name: 'SELU',
  summary:
    'Scaled ELU, λ·ELU_α(x) with λ ≈ 1.0507 and α ≈ 1.6733 fixed (Klambauer et al. 2017) so activations drift toward zero mean and unit variance.',
  // λx overflows for x > Number.MAX_VALUE / λ ≈ 1.71e308; the true value is beyond every double,
  // and the largest finite one is the nearest, which keeps the registry's "finite for finite x".
  f: (x) => Math.min(SELU_LAMBDA * eluValue(x, SELU_ALPHA), Number.MAX_VALUE),
  df: (x) => SELU_LAMBDA * eluSlope(x, SELU_ALPHA),
  tex: '\\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x}-1) & x \\le 0 \\end{cases},\\quad \\lambda \\approx 1.0507,\\ \\alpha \\approx 1.6733',
  dtex: '\\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}',
  params: {},
  properties: {
    rangeTex: '(-\\lambda\\alpha, \\infty) \\approx (-1.758, \\infty)',
    rangeText: '(−λα, ∞) ≈ (−1.758, ∞)',
    range: [-SELU_LAMBDA * SELU_ALPHA, Infinity],
    monotonic: true,
    zeroCentred: true,
    saturates: { left: true, right: false },
    continuity: 0,
    kinks: [
      {
        x: 0,
        derivative: SELU_LAMBDA * SELU_ALPHA,
        note: 'f′(0) = λα ≈ 1.758, the left-hand slope, as PyTorch’s selu backward (its ELU kernel takes the x ≤ 0 branch at 0); the right-hand slope is λ.',
      },
    ],
  },
};
