/**
 * A fast correlation map for the phase diagram's chaotic cells, by Mehler's formula: with
 * h_k = He_k/√k! the orthonormal Hermite polynomials and a_k(q) = E[f(√q z)·h_k(z)],
 *
 *   E[f(u₁)f(u₂)] = Σ_k a_k(q)²·c^k      for u₁, u₂ ~ N(0, q) with correlation c,
 *
 * and likewise with b_k(q) = E[f′(√q z)·h_k(z)] for E[f′(u₁)f′(u₂)]. So once a_k and b_k are known
 * at q*, the correlation map and its slope are power series in c with non-negative coefficients,
 * and c* and χ_c* cost a few hundred flops instead of 2-D quadratures.
 *
 * Truncation: the series stop at k = ORDER. The mass they miss, V(q) − Σ a_k² (and D(q) − Σ b_k²),
 * sits at degrees above ORDER; it is added as one term in c^(ORDER+1), which is exact at c = 0 and
 * c = 1 (so 𝒞(1) = 1 still holds exactly) and an upper bound in between. Kinked f converge slowly
 * (ReLU′'s b_k² ~ k^(−3/2)), so accuracy falls as c* → 1, i.e. near the edge of chaos, where ξ_c
 * is large anyway; the tests bound the error against the 2-D quadrature.
 *
 * a_k(q) and b_k(q) are tabulated in u = √q/(1+√q) like moment-table.ts, all k from one fixed
 * quadrature per node (the 15-point Kronrod rule on panels ≤ PANEL wide, split at the kinks).
 */
import type { ParamValues } from '../activations/types';
import { kronrodRule } from './gauss-kronrod';
import { breakpointsFor, kinksOf, type SignalActivation } from './gaussian';
import { depthScale, type Initialisation, type MomentMaps } from './mean-field';
import { hermiteOf, type HermiteTable, unitOf, varianceOf } from './moment-table';
import { findRoot } from './roots';

/** Highest Hermite degree kept. */
export const ORDER = 40;
/** Panels beyond |t| = 14 hold h_k(t)·φ(t) < 1e−20 for k ≤ 40. */
const T_LIMIT = 14;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/**
 * Widest quadrature panel: h_40·φ oscillates with wavelength ≈ π/√40 ≈ 0.5, so 15 Kronrod nodes
 * per half-unit panel resolve it (the tests hold the result to the 2-D quadrature).
 */
const PANEL = 0.5;

/** a_k and b_k for k = 0..ORDER at variance q (q > 0). */
export function hermiteCoefficients(a: SignalActivation, params: ParamValues, q: number): { f: Float64Array; df: Float64Array } {
  const r = Math.sqrt(q);
  const edges = breakpointsFor(q, kinksOf(a)).filter((t) => Math.abs(t) < T_LIMIT);
  const { nodes, weights } = kronrodRule([-T_LIMIT, ...edges, T_LIMIT], PANEL);
  const fa = new Float64Array(ORDER + 1);
  const fb = new Float64Array(ORDER + 1);
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i]!;
    const w = weights[i]! * INV_SQRT_2PI * Math.exp(-0.5 * t * t);
    const wf = w * a.f(r * t, params);
    const wd = w * a.df(r * t, params);
    let hPrev = 0;
    let h = 1;
    for (let k = 0; k <= ORDER; k++) {
      fa[k] += wf * h;
      fb[k] += wd * h;
      const hNext = (t * h - Math.sqrt(k) * hPrev) / Math.sqrt(k + 1);
      hPrev = h;
      h = hNext;
    }
  }
  return { f: fa, df: fb };
}

export interface CorrelationSeries {
  /** c*, χ_c* and ξ_c for a chaotic cell with finite q* (see `correlationDepth` for the exact path). */
  depth(init: Initialisation, qStar: number): { cStar: number; chiC: number; xiC: number };
}

/**
 * Tabulates a_k, b_k once (100 quadratures of ~900 nodes; ~60–120 ms of CPU in Node), using `moments` (a
 * `momentTable`) for the truncation remainders.
 */
export function correlationSeries(a: SignalActivation, params: ParamValues, moments: MomentMaps): CorrelationSeries {
  const grows = Math.abs(moments.secondMoment(1e8)) > 1e-6 * 1e8;
  const cache = new Map<number, { f: Float64Array; df: Float64Array }>();
  const at = (u: number) => {
    let v = cache.get(u);
    if (!v) cache.set(u, (v = hermiteCoefficients(a, params, varianceOf(u))));
    return v;
  };
  // a_k grows like √q for f that grows linearly: divide by 1 + r = 1/(1 − u) to keep it bounded.
  const fTables: HermiteTable[] = [];
  const dfTables: HermiteTable[] = [];
  for (let k = 0; k <= ORDER; k++) {
    fTables.push(hermiteOf((u) => at(u).f[k]! * (grows ? 1 - u : 1)));
    dfTables.push(hermiteOf((u) => at(u).df[k]!));
  }
  const fSq = new Float64Array(ORDER + 2);
  const dfSq = new Float64Array(ORDER + 2);
  const series = (coefficients: Float64Array, c: number) => {
    let sum = 0;
    for (let k = coefficients.length - 1; k >= 0; k--) sum = sum * c + coefficients[k]!;
    return sum;
  };
  return {
    depth(init, qStar) {
      const u = unitOf(qStar);
      const scale = grows ? 1 + Math.sqrt(qStar) : 1;
      let fMass = 0;
      let dfMass = 0;
      for (let k = 0; k <= ORDER; k++) {
        const fk = fTables[k]!.at(u) * scale;
        const dk = dfTables[k]!.at(u);
        fSq[k] = fk * fk;
        dfSq[k] = dk * dk;
        fMass += fSq[k]!;
        dfMass += dfSq[k]!;
      }
      fSq[ORDER + 1] = Math.max(0, moments.secondMoment(qStar) - fMass);
      dfSq[ORDER + 1] = Math.max(0, moments.slopeSecondMoment(qStar) - dfMass);
      const h = (c: number) => (init.sigmaW2 * series(fSq, c) + init.sigmaB2) / qStar - c;
      let gap = 1e-3;
      while (h(1 - gap) >= 0 && gap > 1e-12) gap /= 10;
      const h0 = h(0);
      const cStar = h0 <= 0 ? 0 : h(1 - gap) >= 0 ? 1 - gap : findRoot(h, 0, 1 - gap, 1e-12);
      const chiC = init.sigmaW2 * series(dfSq, cStar);
      return { cStar, chiC, xiC: depthScale(chiC) };
    },
  };
}
