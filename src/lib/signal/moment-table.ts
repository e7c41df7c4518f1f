/**
 * Fast moment maps for the phase diagram: E[f(√q z)²], E[f′(√q z)²] and dE[f²]/dq tabulated once
 * per activation, then interpolated in ~20 ns instead of ~0.1 ms of quadrature per call.
 *
 * Variable: u = r/(1 + r) with r = √q, so u ∈ [0, 1) covers every variance. The moments are
 * smooth in r (not in q: ELU with α ≠ 1 has q^(3/2) terms) near 0, and smooth in 1/r as r → ∞
 * (f approaches a linear or constant function there), so in u they are smooth on the closed
 * interval, ends included. Moments that grow like q (f unbounded, e.g. ReLU's E[f²] = q/2) are
 * divided by (1 + r)², which makes them bounded in u (ReLU: exactly u²/2).
 *
 * Two stages: a Chebyshev interpolant through CHEB_NODES first-kind nodes (no node at u = 0 or 1,
 * so no limit is ever evaluated by quadrature; spectrally accurate for smooth data), then sampled
 * with its derivative on GRID uniform cells for cubic Hermite evaluation in O(1). The tests
 * measure the error against quadrature for every registry function; `tableError` measures it for
 * any activation (a custom formula with a kink it does not declare, or faster than linear growth,
 * will show a larger number there rather than silently being wrong).
 */
import type { ParamValues } from '../activations/types';
import type { SignalActivation } from './gaussian';
import { exactMoments, type MomentMaps } from './mean-field';

const CHEB_NODES = 20;
const GRID = 1024;
/** A moment whose value at q = 1e8 exceeds this share of q grows linearly and is divided by (1 + r)². */
const GROWS = 1e-6;

/** The variance for u, and its inverse: u = r/(1 + r), r = √q. */
export function varianceOf(u: number): number {
  const r = u / (1 - u);
  return r * r;
}
export function unitOf(q: number): number {
  const r = Math.sqrt(q);
  return Number.isFinite(r) ? r / (1 + r) : 1;
}

/** A smooth function on [0, 1] as Hermite cubics on GRID cells: values and slopes at the nodes. */
export class HermiteTable {
  constructor(
    private readonly values: Float64Array,
    private readonly slopes: Float64Array,
  ) {}

  at(u: number): number {
    const x = (u > 0 ? (u < 1 ? u : 1) : 0) * GRID;
    const i = x < GRID ? x | 0 : GRID - 1;
    const t = x - i;
    const y0 = this.values[i]!;
    const y1 = this.values[i + 1]!;
    // Slopes are per unit u; one cell is 1/GRID wide.
    const m0 = this.slopes[i]! / GRID;
    const m1 = this.slopes[i + 1]! / GRID;
    const t2 = t * t;
    const t3 = t2 * t;
    return (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1;
  }
}

/**
 * Pieces of [0, 1] in u, each with its own Chebyshev interpolant. One interpolant over all of
 * [0, 1] lets a weak singularity at u = 1 (softsign's E[f²] = 1 − O(ln r / r)) spoil every digit
 * everywhere; pieces confine it to the last one, r > 99 (q > 10⁴).
 */
const PIECES = [0, 0.5, 0.8, 0.95, 0.99, 1];

/** Chebyshev coefficients of the interpolant through first-kind nodes on [a, b]. */
function chebyshevFit(g: (u: number) => number, a: number, b: number): Float64Array {
  const n = CHEB_NODES;
  // Node k at x = cos(π(k + ½)/n) in [−1, 1], the layout the cosine sums below assume.
  const values = Array.from({ length: n }, (_, k) => g(a + ((b - a) * (1 + Math.cos((Math.PI * (k + 0.5)) / n))) / 2));
  const coefficients = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let k = 0; k < n; k++) sum += values[k]! * Math.cos((Math.PI * j * (k + 0.5)) / n);
    coefficients[j] = ((j === 0 ? 1 : 2) / n) * sum;
  }
  return coefficients;
}

/** The Chebyshev series and its derivative (in x ∈ [−1, 1]) at x. */
function chebyshevAt(coefficients: Float64Array, x: number): [number, number] {
  // T_j(x) and T_j′(x) by their recurrences; stable for these degrees on [−1, 1].
  let tPrev = 1;
  let t = x;
  let dPrev = 0;
  let d = 1;
  let value = coefficients[0]! + coefficients[1]! * x;
  let slope = coefficients[1]!;
  for (let j = 2; j < coefficients.length; j++) {
    const tNext = 2 * x * t - tPrev;
    const dNext = 2 * t + 2 * x * d - dPrev;
    value += coefficients[j]! * tNext;
    slope += coefficients[j]! * dNext;
    tPrev = t;
    t = tNext;
    dPrev = d;
    d = dNext;
  }
  return [value, slope];
}

/**
 * g on [0, 1], fitted piecewise by Chebyshev and sampled (value and slope) onto the Hermite grid.
 * g is called at the same 100 nodes whatever it is, so callers tabulating many functions of one
 * expensive computation can cache by u.
 */
export function hermiteOf(g: (u: number) => number): HermiteTable {
  const fits = PIECES.slice(1).map((b, i) => ({ a: PIECES[i]!, b, c: chebyshevFit(g, PIECES[i]!, b) }));
  const values = new Float64Array(GRID + 1);
  const slopes = new Float64Array(GRID + 1);
  for (let i = 0; i <= GRID; i++) {
    const u = i / GRID;
    const fit = fits.find((p) => u <= p.b)!;
    const [value, slope] = chebyshevAt(fit.c, (2 * (u - fit.a)) / (fit.b - fit.a) - 1);
    values[i] = value;
    slopes[i] = (2 * slope) / (fit.b - fit.a); // dx/du
  }
  return new HermiteTable(values, slopes);
}

/** One moment as a function of q, tabulated in u, divided by (1 + r)² when it grows like q. */
function tabulate(moment: (q: number) => number): (q: number) => number {
  const grows = Math.abs(moment(1e8)) > GROWS * 1e8;
  // (1 + r)² = 1/(1 − u)²
  const table = hermiteOf((u) => moment(varianceOf(u)) * (grows ? (1 - u) * (1 - u) : 1));
  if (!grows) return (q) => table.at(unitOf(q));
  return (q) => {
    const r = Math.sqrt(q);
    return r === Infinity ? Infinity : table.at(r / (1 + r)) * (1 + r) * (1 + r);
  };
}

export interface MomentTable extends MomentMaps {
  /** E[f′(√q z)²] in the limit q → ∞ (finite for f with bounded slope): χ₁/σ_w² once q* diverges. */
  readonly slopeSecondMomentAtInfinity: number;
}

/**
 * The three moment maps of f, tabulated. Costs 3·48 quadratures (~20–60 ms) once; each call
 * afterwards is a table lookup. Accuracy: see `tableError` and the tests (≤ 1e−9 relative for
 * every registry function on q ∈ [1e−6, 1e6]).
 */
export function momentTable(a: SignalActivation, params: ParamValues): MomentTable {
  const exact = exactMoments(a, params);
  const secondMoment = tabulate(exact.secondMoment);
  const slopeSecondMoment = tabulate(exact.slopeSecondMoment);
  const secondMomentSlope = tabulate(exact.secondMomentSlope);
  return { secondMoment, slopeSecondMoment, secondMomentSlope, slopeSecondMomentAtInfinity: slopeSecondMoment(Infinity) };
}

/**
 * Moments smaller than this are compared absolutely: at q = 1e−6, E[f²] ≈ 1e−6 for tanh, and the
 * table's ~1e−15 absolute error is 1e−9 of it; what the fixed point and χ₁ need is absolute
 * accuracy there, and a relative error of tanh's dE[f²]/dq ≈ 4e−10 at q = 10⁶ matters to no figure.
 */
export const ERROR_FLOOR = 1e-6;

/**
 * The largest relative error of the table against quadrature over `qs` (default: 41 variances
 * from 1e−6 to 1e6, spaced evenly in log q), per moment; relative to max(|exact|, ERROR_FLOOR).
 */
export function tableError(
  a: SignalActivation,
  params: ParamValues,
  table: MomentMaps = momentTable(a, params),
  qs: readonly number[] = Array.from({ length: 41 }, (_, i) => 10 ** (-6 + (12 * i) / 40)),
): Readonly<Record<keyof MomentMaps, number>> {
  const exact = exactMoments(a, params);
  const worst = (key: keyof MomentMaps) =>
    Math.max(...qs.map((q) => Math.abs(table[key](q) - exact[key](q)) / Math.max(Math.abs(exact[key](q)), ERROR_FLOOR)));
  return {
    secondMoment: worst('secondMoment'),
    slopeSecondMoment: worst('slopeSecondMoment'),
    secondMomentSlope: worst('secondMomentSlope'),
  };
}
