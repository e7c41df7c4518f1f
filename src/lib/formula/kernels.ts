/**
 * Each one-argument function's value, first and second derivative, from the stable building
 * blocks in src/lib/activations/numerics.ts: σ by the branch on the sign, σ′ = σ(x)σ(−x),
 * σ″ = −σ′·tanh(x/2) (not σ′(1 − 2σ), which cancels), softplus via log1p, tanh′ = sech².
 *
 * Kink conventions (the site's, as PyTorch uses): relu′(0) = 0, |x|′ at 0 = 0, step′ = 0
 * everywhere; relu, step and the second derivative of both are 0 at 0. A NaN argument gives
 * NaN everywhere, so relu or step never hide an undefined value behind a 0.
 */
import erf from '@stdlib/math-base-special-erf/dist/index.js';
import { sechSquared, sigmoid, sigmoidSlope } from '../activations/numerics';
import type { UnaryFunction } from './syntax';

/** g(u), g′(u) and g″(u) written into out[0..2]. */
export type Kernel = (u: number, out: Float64Array) => void;

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

function set(out: Float64Array, g: number, g1: number, g2: number): void {
  out[0] = g;
  out[1] = g1;
  out[2] = g2;
}

/** ln(1 + e^u) without overflow: max(u, 0) + log1p(e^{−|u|}). */
export function softplus(u: number): number {
  return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
}

/** max(u, 0), with relu(0) = 0 and NaN kept. */
export function relu(u: number): number {
  return u > 0 ? u : u <= 0 ? 0 : NaN;
}

/** Heaviside step with step(0) = 0 (so step = relu′), NaN kept. */
export function step(u: number): number {
  return u > 0 ? 1 : u <= 0 ? 0 : NaN;
}

/** Values only: what `f` calls, so it does no derivative work. */
export const VALUES: Readonly<Record<UnaryFunction, (u: number) => number>> = {
  exp: Math.exp,
  log: Math.log,
  log1p: Math.log1p,
  expm1: Math.expm1,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  sigmoid,
  erf,
  softplus,
  relu,
  sin: Math.sin,
  cos: Math.cos,
  step,
};

export const KERNELS: Readonly<Record<UnaryFunction, Kernel>> = {
  exp: (u, out) => {
    const e = Math.exp(u);
    set(out, e, e, e);
  },
  log: (u, out) => set(out, Math.log(u), 1 / u, -1 / (u * u)),
  log1p: (u, out) => {
    const r = 1 / (1 + u);
    set(out, Math.log1p(u), r, -r * r);
  },
  expm1: (u, out) => {
    const e = Math.exp(u);
    set(out, Math.expm1(u), e, e);
  },
  sqrt: (u, out) => {
    const s = Math.sqrt(u);
    set(out, s, 0.5 / s, -0.25 / (s * s * s));
  },
  abs: (u, out) => set(out, Math.abs(u), u > 0 ? 1 : u < 0 ? -1 : u === 0 ? 0 : NaN, u === u ? 0 : NaN),
  tanh: (u, out) => {
    const t = Math.tanh(u);
    const s = sechSquared(u);
    set(out, t, s, -2 * t * s);
  },
  sigmoid: (u, out) => {
    const slope = sigmoidSlope(u);
    set(out, sigmoid(u), slope, -slope * Math.tanh(u / 2));
  },
  erf: (u, out) => {
    const slope = TWO_OVER_SQRT_PI * Math.exp(-u * u);
    set(out, erf(u), slope, slope === 0 ? 0 : -2 * u * slope); // e^{−u²} underflows before 2u·e^{−u²} could be ∞·0
  },
  softplus: (u, out) => set(out, softplus(u), sigmoid(u), sigmoidSlope(u)),
  relu: (u, out) => {
    const s = step(u);
    set(out, relu(u), s, s * 0);
  },
  sin: (u, out) => {
    const s = Math.sin(u);
    const c = Math.cos(u);
    set(out, s, c, -s);
  },
  cos: (u, out) => {
    const s = Math.sin(u);
    const c = Math.cos(u);
    set(out, c, -s, -c);
  },
  step: (u, out) => {
    const s = step(u);
    set(out, s, s * 0, s * 0);
  },
};
