/**
 * Mean-field signal propagation through a deep random network (Poole et al. 2016, NeurIPS,
 * "Exponential expressivity in deep neural networks through transient chaos"; Schoenholz et al.
 * 2017, ICLR, "Deep Information Propagation").
 *
 * Network: h^l = W^l·x^(l−1) + b^l, x^l = f(h^l), W_ij ~ N(0, σ_w²/fan-in), b_i ~ N(0, σ_b²).
 * In the wide limit each pre-activation is Gaussian with variance q^l, and
 *
 *   variance map      q^l = 𝓜(q^(l−1)) = σ_w²·E[f(√q^(l−1)·z)²] + σ_b²     (q¹ = σ_w²·E[x⁰²] + σ_b²)
 *   its slope         𝓜′(q) = σ_w²·dE[f(√q z)²]/dq
 *   gradient gain     χ(q) = σ_w²·E[f′(√q z)²]: E‖∂L/∂h^(l−1)‖² = χ(q^l)·E‖∂L/∂h^l‖² (equal widths)
 *
 * At the fixed point q* = 𝓜(q*), χ₁ = χ(q*) decides the phase: ordered (χ₁ < 1: nearby inputs
 * converge, gradients vanish), chaotic (χ₁ > 1: they decorrelate, gradients explode), critical
 * (χ₁ = 1, the edge of chaos). Depth scales (Schoenholz et al. 2017, §3):
 *   ξ_q = −1/ln 𝓜′(q*)   how many layers |q^l − q*| takes to shrink by e (their eq. for ξ_q is
 *                        −1/ln(χ₁ + σ_w²∫Dz f″f), which equals 𝓜′(q*) by Gaussian integration by parts)
 *   ξ_c = −1/ln χ_c*     the same for the correlation of two inputs, χ_c* = σ_w²·E[f′(u₁)f′(u₂)] at
 *                        the correlation map's stable fixed point c*; in the ordered phase c* = 1 and
 *                        χ_c* = χ₁, so ξ_c = −1/ln χ₁. Both diverge at the edge of chaos; signals
 *                        survive about 6ξ_c layers (their trainability bound).
 *
 * Everything here takes the moments as functions of q (`MomentMaps`), so the exact quadrature
 * (`exactMoments`) and the fast tables of moment-table.ts run the same algorithms.
 */
import type { ParamValues } from '../activations/types';
import { kinksOf, secondMoment, secondMomentSlope, slopeSecondMoment, type SignalActivation } from './gaussian';
import { bivariateExpectation } from './gaussian-2d';
import { findRoot } from './roots';

/** The moments of f(√q z), z ~ N(0, 1), as functions of the variance q ≥ 0. */
export interface MomentMaps {
  /** E[f(√q z)²]. */
  readonly secondMoment: (q: number) => number;
  /** E[f′(√q z)²]. */
  readonly slopeSecondMoment: (q: number) => number;
  /** dE[f(√q z)²]/dq. */
  readonly secondMomentSlope: (q: number) => number;
}

/** The moment maps by adaptive quadrature (gaussian.ts): ~1e−13 accurate, ~0.1 ms per call. */
export function exactMoments(a: SignalActivation, params: ParamValues): MomentMaps {
  return {
    secondMoment: (q) => secondMoment(a, params, q),
    slopeSecondMoment: (q) => slopeSecondMoment(a, params, q),
    secondMomentSlope: (q) => secondMomentSlope(a, params, q),
  };
}

/** An initialisation: weights N(0, sigmaW2/fan-in), biases N(0, sigmaB2). */
export interface Initialisation {
  /** σ_w², the weight variance times the fan-in (1 = LeCun, 2 = He). */
  readonly sigmaW2: number;
  /** σ_b², the bias variance. */
  readonly sigmaB2: number;
}

export type Phase = 'ordered' | 'critical' | 'chaotic';

/** |ln χ₁| below this counts as critical: the exact critical points land within ~1e−15. */
export const CRITICAL_TOLERANCE = 1e-9;
/** Variances beyond this count as diverged (the iteration grows without bound). */
export const DIVERGED_VARIANCE = 1e12;
/** |𝓜(q) − q| up to this times q is quadrature rounding (~1e−15·q), not a step towards a fixed point. */
const ROUNDING = 1e-12;

/** 𝓜(q) = σ_w²·E[f(√q z)²] + σ_b². */
export function varianceMap(m: MomentMaps, init: Initialisation, q: number): number {
  return init.sigmaW2 * m.secondMoment(q) + init.sigmaB2;
}

/** χ(q) = σ_w²·E[f′(√q z)²]: the factor by which a layer at variance q scales E‖gradient‖². */
export function gradientGain(m: MomentMaps, init: Initialisation, q: number): number {
  return init.sigmaW2 * m.slopeSecondMoment(q);
}

/**
 * q¹ … q^depth, the pre-activation variance of each layer for an input with mean square
 * `inputSecondMoment` (1 for standard-normal inputs): q¹ = σ_w²·E[x⁰²] + σ_b², then the map.
 */
export function varianceTrajectory(m: MomentMaps, init: Initialisation, depth: number, inputSecondMoment = 1): number[] {
  const qs: number[] = [];
  let q = init.sigmaW2 * inputSecondMoment + init.sigmaB2;
  for (let l = 0; l < depth; l++) {
    qs.push(q);
    q = Number.isFinite(q) ? varianceMap(m, init, q) : q;
  }
  return qs;
}

/**
 * Predicted E‖∂L/∂h^l‖² (pre-activation gradients) for each layer of the trajectory `qs`, for a
 * unit-norm gradient arriving at the last layer's outputs: D(q^L) at the top, then one factor
 * χ(q^l) = σ_w²·E[f′(√q^l z)²] per layer on the way down (equal widths).
 */
export function gradientTrajectory(m: MomentMaps, init: Initialisation, qs: readonly number[]): number[] {
  const out = new Array<number>(qs.length);
  let g = 1;
  for (let l = qs.length - 1; l >= 0; l--) {
    if (l < qs.length - 1) g *= init.sigmaW2;
    g *= m.slopeSecondMoment(qs[l]!);
    out[l] = g;
  }
  return out;
}

export interface FixedPoint {
  /** q*, the limit of the variance iteration from q⁰ (Infinity when it diverges). */
  readonly q: number;
  readonly status: 'converged' | 'diverged';
  /** |𝓜(q*) − q*| / max(q*, 1e−300): how well q* solves the fixed-point equation. */
  readonly residual: number;
}

/**
 * q*, where the iteration q ← 𝓜(q) from q0 settles. Rather than iterating (near the edge of
 * chaos the approach is algebraic, ~1/l, so thousands of layers would not reach q* = 0), it
 * solves 𝓜(q) = q directly: when 𝓜 is increasing (it is for every registry function: the tests
 * check), the iteration moves monotonically towards the nearest root on the side where
 * 𝓜(q0) − q0 points, so we scan that way in factors of 2 for a sign change and refine it.
 * No root below q0 means q* = 0 (only possible with 𝓜(0) = 0, e.g. odd f and σ_b = 0); none
 * above up to DIVERGED_VARIANCE means the variance grows without bound.
 *
 * `guess` (a neighbouring grid cell's q*) only changes where the scan starts: from the guess, in
 * small steps, when it lies on the side the iteration moves to. The answer is the same whenever
 * 𝓜(q) − q has a single root between q0 and the guess (always so for the registry on the tested
 * grids, where fast and slow paths agree).
 */
export function fixedPoint(m: MomentMaps, init: Initialisation, q0 = 1, guess?: number): FixedPoint {
  const h = (q: number) => varianceMap(m, init, q) - q;
  const h0 = h(q0);
  const done = (q: number): FixedPoint => {
    const residual = Math.abs(h(q)) / Math.max(q, 1e-300);
    return { q, status: 'converged', residual: q === 0 ? Math.abs(h(0)) : residual };
  };
  const diverged: FixedPoint = { q: Infinity, status: 'diverged', residual: NaN };
  // 𝓜(q0) = q0 up to rounding: the iteration stays where it starts. On a line of fixed points
  // (ReLU at σ_w² = 2, σ_b = 0: 𝓜(q) = q for every q) a scan would instead stop wherever the
  // quadrature's last bits first change sign, a q* set by rounding (2.44e-4 from q0 = 2).
  if (Math.abs(h0) <= ROUNDING * q0) return done(q0);
  // The scan steps by `step`, which starts at 2, or at 1.05 from a guess and squares up to 2.
  let step = 2;
  if (h0 > 0) {
    let lo = q0;
    if (guess !== undefined && guess > q0) {
      if (guess === Infinity) {
        if (h(DIVERGED_VARIANCE) > 0) return diverged;
      } else if (h(guess) > 0) {
        lo = guess;
        step = 1.05;
      } else {
        const below = guess / 1.05;
        return done(below > q0 && h(below) > 0 ? findRoot(h, below, guess) : findRoot(h, q0, guess));
      }
    }
    for (let hi = Math.max(lo * step, 1e-300); hi <= DIVERGED_VARIANCE; lo = hi, step = Math.min(2, step * step), hi = lo * step) {
      if (h(hi) <= 0) return done(findRoot(h, lo, hi));
    }
    return diverged;
  }
  // Going down, a sign change must beat rounding: at the edge of chaos 𝓜(q) − q ≈ −2q² for tanh,
  // which quadrature noise (~1e−16·q) could flip; a true root has 𝓜(q) − q of order q there.
  let hi = q0;
  let hHi = h0;
  if (guess !== undefined && guess > 0 && guess < q0) {
    const hGuess = h(guess);
    if (hGuess < 0) {
      hi = guess;
      hHi = hGuess;
      step = 1.05;
    } else if (hGuess > ROUNDING * guess) {
      const above = guess * 1.05;
      return done(above < q0 && h(above) < 0 ? findRoot(h, guess, above) : findRoot(h, guess, q0));
    }
  }
  for (let lo = hi / step; lo > q0 * 1e-30; hi = lo, step = Math.min(2, step * step), lo = hi / step) {
    const hLo = h(lo);
    // hHi ≥ 0 here means it was a rounding-level positive: hi is then the root to that precision.
    if (hLo > ROUNDING * lo) return done(hHi < 0 ? findRoot(h, lo, hi) : hi);
    hHi = hLo;
  }
  const atZero = h(0);
  return done(atZero > 0 ? (hHi < 0 ? findRoot(h, 0, hi) : hi) : 0);
}

export interface MeanField {
  readonly init: Initialisation;
  readonly fixedPoint: FixedPoint;
  /** χ₁ = σ_w²·E[f′(√q* z)²]; for a diverged variance, the limit q → ∞ (evaluated at DIVERGED_VARIANCE). */
  readonly chi1: number;
  readonly phase: Phase;
  /** 𝓜′(q*), the variance map's slope at its fixed point (null when q* diverged). */
  readonly varianceSlope: number | null;
  /** ξ_q = −1/ln 𝓜′(q*) in layers; Infinity when 𝓜′(q*) ≥ 1, null when q* diverged. */
  readonly xiQ: number | null;
  /**
   * ξ_c = −1/ln χ₁ in the ordered phase and at criticality (Infinity); in the chaotic phase
   * null here (it needs c*, see `correlationDepth`).
   */
  readonly xiC: number | null;
}

/** The phase of χ₁. */
export function phaseOf(chi1: number): Phase {
  const log = Math.log(chi1);
  return Math.abs(log) <= CRITICAL_TOLERANCE ? 'critical' : log < 0 ? 'ordered' : 'chaotic';
}

/** −1/ln x in layers: Infinity for x ≥ 1 (no decay; also within CRITICAL_TOLERANCE of 1), 0 for x = 0. */
export function depthScale(x: number): number {
  const log = Math.log(x);
  return log >= -CRITICAL_TOLERANCE ? Infinity : -1 / log;
}

/** Fixed point, χ₁, phase, ξ_q and (ordered side) ξ_c for one initialisation; `guess` as in `fixedPoint`. */
export function meanField(m: MomentMaps, init: Initialisation, q0 = 1, guess?: number): MeanField {
  const fp = fixedPoint(m, init, q0, guess);
  const finite = fp.status === 'converged';
  const chi1 = gradientGain(m, init, finite ? fp.q : DIVERGED_VARIANCE);
  const phase = phaseOf(chi1);
  const varianceSlope = finite ? init.sigmaW2 * m.secondMomentSlope(fp.q) : null;
  return {
    init,
    fixedPoint: fp,
    chi1,
    phase,
    varianceSlope,
    xiQ: varianceSlope === null ? null : depthScale(varianceSlope),
    xiC: phase === 'chaotic' ? null : phase === 'critical' ? Infinity : depthScale(chi1),
  };
}

/**
 * The correlation map c ↦ (σ_w²·E[f(u₁)f(u₂)] + σ_b²)/q* for two inputs whose pre-activations
 * have variance q* and correlation c (Poole et al. 2016, eq. 5), by 2-D quadrature.
 */
export function correlationMap(a: SignalActivation, params: ParamValues, init: Initialisation, qStar: number, c: number): number {
  const f = (x: number) => a.f(x, params);
  const scale = secondMoment(a, params, qStar);
  return (init.sigmaW2 * bivariateExpectation((u1, u2) => f(u1) * f(u2), qStar, c, kinksOf(a), scale) + init.sigmaB2) / qStar;
}

export interface CorrelationDepth {
  /** c*, the stable fixed point of the correlation map (1 in the ordered phase). */
  readonly cStar: number;
  /** χ_c* = σ_w²·E[f′(u₁)f′(u₂)] at c*: the map's slope there (χ₁ when c* = 1). */
  readonly chiC: number;
  /** ξ_c = −1/ln χ_c* in layers. */
  readonly xiC: number;
}

/**
 * ξ_c in any phase. Ordered or critical: c* = 1, ξ_c = −1/ln χ₁. Chaotic: c* < 1 solves
 * c = 𝒞(c) on [0, 1) (𝒞(0) ≥ 0 and 𝒞 − c < 0 just below 1 because 𝒞′(1) = χ₁ > 1), then
 * χ_c* by 2-D quadrature. Needs a finite q* > 0; tens of milliseconds in the chaotic phase.
 */
export function correlationDepth(
  a: SignalActivation,
  params: ParamValues,
  init: Initialisation,
  qStar: number,
  chi1: number,
): CorrelationDepth {
  if (phaseOf(chi1) !== 'chaotic') return { cStar: 1, chiC: chi1, xiC: depthScale(chi1) };
  if (!(qStar > 0 && Number.isFinite(qStar))) throw new RangeError(`correlationDepth needs a finite q* > 0; got ${String(qStar)}`);
  const h = (c: number) => correlationMap(a, params, init, qStar, c) - c;
  // Near the edge of chaos c* creeps up to 1: move the bracket's top towards 1 until 𝒞 − c < 0.
  let gap = 1e-3;
  while (h(1 - gap) >= 0 && gap > 1e-12) gap /= 10;
  const h0 = h(0);
  const cStar = h0 <= 0 ? 0 : h(1 - gap) >= 0 ? 1 - gap : findRoot(h, 0, 1 - gap, 1e-10);
  const df = (x: number) => a.df(x, params);
  const scale = slopeSecondMoment(a, params, qStar);
  const chiC = init.sigmaW2 * bivariateExpectation((u1, u2) => df(u1) * df(u2), qStar, cStar, kinksOf(a), scale);
  return { cStar, chiC, xiC: depthScale(chiC) };
}
