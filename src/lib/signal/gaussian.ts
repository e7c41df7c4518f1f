/**
 * Gaussian expectations E[g(x)], x ~ N(0, q), accurate to ~1e−13 relative even when g has kinks.
 *
 * Method: write x = √q·t with t ~ N(0, 1), so E[g(x)] = ∫ g(√q t) φ(t) dt, and integrate with
 * adaptive Gauss–Kronrod (gauss-kronrod.ts) on panels split at every kink (t = k/√q) and at 0.
 * Gauss–Hermite, the textbook rule for Gaussian weights, is exact only for polynomials: across a
 * kink (ReLU′² is a step) it converges like n^(−1/2)…n^(−3/2), while each kink-free panel here is
 * analytic and converges exponentially.
 *
 * Tails: the panels end at |t| = 38.6, beyond which φ(t) < 5e−324 underflows to 0 in doubles,
 * so the truncation is exact in float64 for any g growing slower than e^(t²/2). Fixed panel
 * edges at ±1.5, ±3, … spread the work over the bell so most panels converge without bisection.
 */
import { normalPdf } from '../activations/numerics';
import type { ActivationCore, ParamValues } from '../activations/types';
import { integrate, type QuadratureOptions, type QuadratureResult } from './gauss-kronrod';

/** What an expectation needs from an activation: f, f′ and where f′ jumps. Custom formulas fit too. */
export type SignalActivation = Pick<ActivationCore, 'f' | 'df' | 'properties'>;

/** Where φ(t) underflows to 0 in doubles: nothing beyond contributes. */
const T_MAX = 38.6;
/** Panel edges in t that spread the Gaussian's mass over several panels. */
const T_EDGES = [1.5, 3, 4.5, 6, 8, 10.5, 14, 20, 28];
/**
 * q = 0 is the limit q → 0⁺: by the Gaussian's symmetry E[g(√q t)] → (g(0⁻) + g(0⁺))/2 for g
 * continuous on each side of 0, e.g. ½ for ReLU′², where g(0) = 0 would be wrong. One-sided
 * values are taken at ±2⁻¹⁰⁰⁰, far below any scale an activation has.
 */
const ZERO_SIDE = 2 ** -1000;

/**
 * Panel edges in x (scaled to t = x/√q): activations change shape at |x| ~ 1, and for large q that
 * is a spike of width 1/√q near t = 0 (tanh′² at q = 10⁶ has width 10⁻³), which a 15-point panel
 * of width 1.5 would step over, all samples ~0, and wrongly accept. Edges at these x keep a
 * panel on the spike's scale at every q; for small q they fall beyond T_MAX and drop out.
 */
const X_EDGES = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

/** Sorted breakpoints in t for variance q: ±T_MAX, 0, the fixed edges and the scaled kinks. */
export function breakpointsFor(q: number, kinks: readonly number[]): number[] {
  const r = Math.sqrt(q);
  const points = [-T_MAX, 0, T_MAX, ...T_EDGES, ...T_EDGES.map((t) => -t)];
  for (const x of [...kinks, ...X_EDGES, ...X_EDGES.map((e) => -e)]) {
    const t = x / r;
    if (t > -T_MAX && t < T_MAX) points.push(t);
  }
  return points.sort((a, b) => a - b);
}

/**
 * E[g(x)] for x ~ N(0, q), with its error bound. `kinks` are the x where g is not smooth.
 * q must be finite and ≥ 0 (a RangeError names it otherwise); q = 0 gives the q → 0⁺ limit.
 */
export function gaussianExpectation(
  g: (x: number) => number,
  q: number,
  kinks: readonly number[] = [],
  options?: QuadratureOptions,
): QuadratureResult {
  if (!(q >= 0 && Number.isFinite(q))) throw new RangeError(`variance q must be a finite number ≥ 0; got ${String(q)}`);
  if (q === 0) return { value: (g(-ZERO_SIDE) + g(ZERO_SIDE)) / 2, error: 0, evaluations: 2 };
  const r = Math.sqrt(q);
  const h = (t: number): number => {
    const w = normalPdf(t);
    // g may overflow where the weight has underflowed: ∞·0 would be NaN, the true product is ~0.
    return w === 0 ? 0 : g(r * t) * w;
  };
  return integrate(h, breakpointsFor(q, kinks), options);
}

/** The kink positions of an activation (plus 0, where custom formulas most often bend). */
export function kinksOf(a: SignalActivation): number[] {
  return [0, ...a.properties.kinks.map((k) => k.x)];
}

/** The moments of f(x), x ~ N(0, q), that gains and mean-field theory use. */
export interface GaussianMoments {
  /** E[f(x)]. */
  readonly mean: number;
  /** E[f(x)²]. */
  readonly secondMoment: number;
  /** E[f′(x)²]. */
  readonly slopeSecondMoment: number;
}

/** E[f], E[f²] and E[f′²] for x ~ N(0, q). */
export function gaussianMoments(a: SignalActivation, params: ParamValues, q: number): GaussianMoments {
  const kinks = kinksOf(a);
  const f = (x: number) => a.f(x, params);
  const df = (x: number) => a.df(x, params);
  return {
    mean: gaussianExpectation(f, q, kinks).value,
    secondMoment: gaussianExpectation((x) => f(x) ** 2, q, kinks).value,
    slopeSecondMoment: gaussianExpectation((x) => df(x) ** 2, q, kinks).value,
  };
}

/** E[f(x)²] for x ~ N(0, q): the variance map's core. */
export function secondMoment(a: SignalActivation, params: ParamValues, q: number): number {
  return gaussianExpectation((x) => a.f(x, params) ** 2, q, kinksOf(a)).value;
}

/** E[f′(x)²] for x ~ N(0, q): a layer's gradient gain per unit σ_w². */
export function slopeSecondMoment(a: SignalActivation, params: ParamValues, q: number): number {
  return gaussianExpectation((x) => a.df(x, params) ** 2, q, kinksOf(a)).value;
}

/**
 * dE[f(x)²]/dq for x ~ N(0, q). Differentiating under the integral, d/dq f(√q t)² = f·f′·t/√q,
 * so the slope is E[x·f(x)·f′(x)]/q: only f and f′ (no f″), and it is right across kinks. At
 * q = 0 it is the limit q → 0⁺, evaluated at q = 1e−16 (relative error O(q) for smooth f; q* = 0 needs f(0) = 0, where x·f·f′ ≈ f′(0)²x² has no cancellation).
 */
export function secondMomentSlope(a: SignalActivation, params: ParamValues, q: number): number {
  const qq = q === 0 ? 1e-16 : q;
  return gaussianExpectation((x) => x * a.f(x, params) * a.df(x, params), qq, kinksOf(a)).value / qq;
}
