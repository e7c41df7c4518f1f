/**
 * ReLU and its descendants: identity for positive inputs, and different answers to "what
 * should happen below zero" (nothing, a small slope, or a smooth exponential floor).
 */
import type { ActivationCore, ParamSpec, ParamValues } from './types';

export const relu: ActivationCore = {
  id: 'relu',
  name: 'ReLU',
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
  params: {},
  properties: {
    range: [0, Infinity],
    kinks: [{ x: 0, derivative: 0 }],
  },
};

const LEAKY_ALPHA: ParamSpec = { tex: '\\alpha', symbol: 'α', meaning: 'negative slope', min: 0, max: 1, step: 0.01, default: 0.01 };
const leakyAlpha = (p: ParamValues): number => p.alpha ?? LEAKY_ALPHA.default;

/**
 * Properties are for the default α = 0.01, and hold for every α in (0, 1]. At α = 0 it is ReLU
 * (range [0, ∞), not zero-centred, saturates on the left); at α = 1 it is the identity.
 */
export const leakyRelu: ActivationCore = {
  id: 'leaky-relu',
  name: 'Leaky ReLU',
  f: (x, p) => (x > 0 ? x : leakyAlpha(p) * x),
  df: (x, p) => (x > 0 ? 1 : leakyAlpha(p)),
  params: { alpha: LEAKY_ALPHA },
  properties: {
    range: [-Infinity, Infinity],
    kinks: [{ x: 0, derivative: LEAKY_ALPHA.default }],
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
export const elu: ActivationCore = {
  id: 'elu',
  name: 'ELU',
  f: (x, p) => eluValue(x, eluAlpha(p)),
  df: (x, p) => eluSlope(x, eluAlpha(p)),
  params: { alpha: ELU_ALPHA },
  properties: {
    range: [-ELU_ALPHA.default, Infinity],
    kinks: [{ x: 0, derivative: ELU_ALPHA.default }],
  },
};

/** SELU's λ (scale), from Klambauer et al. 2017, "Self-Normalizing Neural Networks". */
export const SELU_LAMBDA = 1.0507009873554805;
/** SELU's α, from the same paper; with λ it makes zero mean, unit variance a fixed point. */
export const SELU_ALPHA = 1.6732632423543772;

export const selu: ActivationCore = {
  id: 'selu',
  name: 'SELU',
  // λx overflows for x > Number.MAX_VALUE / λ ≈ 1.71e308; the true value is beyond every double,
  // and the largest finite one is the nearest, which keeps the registry's "finite for finite x".
  f: (x) => Math.min(SELU_LAMBDA * eluValue(x, SELU_ALPHA), Number.MAX_VALUE),
  df: (x) => SELU_LAMBDA * eluSlope(x, SELU_ALPHA),
  params: {},
  properties: {
    range: [-SELU_LAMBDA * SELU_ALPHA, Infinity],
    kinks: [{ x: 0, derivative: SELU_LAMBDA * SELU_ALPHA }],
  },
};
