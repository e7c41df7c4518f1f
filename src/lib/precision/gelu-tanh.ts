/**
 * GELU's tanh approximation, ½x(1 + tanh(√(2/π)(x + 0.044715x³))) (Hendrycks & Gimpel 2016),
 * in float64: the function `approximate='tanh'` computes in PyTorch, and jax.nn.gelu's default.
 * Evaluated as x·σ(2u), the same function (1 + tanh(u) = 2σ(2u)) without the cancellation of
 * 1 + tanh(u) for very negative x, so it serves as the float64 reference for the kernel.
 */
import { sigmoid, sigmoidSlope } from '../activations/numerics';

/** √(2/π), the approximation's scale. */
export const GELU_TANH_SCALE = Math.sqrt(2 / Math.PI);
/** The cubic coefficient, fitted by Hendrycks & Gimpel. */
export const GELU_TANH_CUBIC = 0.044715;

/** u(x) = √(2/π)(x + 0.044715x³). */
function inner(x: number): number {
  return GELU_TANH_SCALE * (x + GELU_TANH_CUBIC * x * x * x);
}

/** The tanh-approximated GELU at x. */
export function geluTanh(x: number): number {
  return x * sigmoid(2 * inner(x));
}

/**
 * Its derivative σ(2u) + x·σ′(2u)·2u′. Once σ′ underflows the second term is 0 (and 2u′ may be
 * ∞ for huge x), so it is skipped rather than formed as 0·∞.
 */
export function geluTanhSlope(x: number): number {
  const s = sigmoidSlope(2 * inner(x));
  if (s === 0) return sigmoid(2 * inner(x));
  return sigmoid(2 * inner(x)) + x * s * 2 * GELU_TANH_SCALE * (1 + 3 * GELU_TANH_CUBIC * x * x);
}
