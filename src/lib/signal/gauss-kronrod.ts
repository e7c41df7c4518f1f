/**
 * Adaptive Gauss–Kronrod quadrature (the 7-point Gauss rule nested in the 15-point Kronrod rule,
 * as in QUADPACK's QAG): ∫ h over a list of panels, bisecting the panel with the largest error
 * estimate until the total estimate is below tolerance.
 *
 * Why this rule: the integrands here are smooth (usually analytic) between known breakpoints
 * (an activation's kinks), where a Gauss rule converges exponentially, and adaptivity catches
 * what the breakpoints miss (a custom formula with an undeclared kink costs more evaluations,
 * not accuracy). The embedded Gauss estimate gives an error bound for free: |K15 − G7| is
 * the error of the 7-point rule, far larger than that of the 15-point result we return.
 */

// The nodes and weights are the published 25-digit values; the extra digits round to the nearest double.
/* eslint-disable no-loss-of-precision */
/** Kronrod abscissae on [−1, 1] (non-negative half, descending); odd indices are the Gauss nodes. */
const XK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
  0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
/** Kronrod weights for XK. */
const WK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
  0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
/** 7-point Gauss weights for XK[1], XK[3], XK[5], XK[7]. */
const WG = [
  0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975,
  0.417959183673469387755102040816327,
];
/* eslint-enable no-loss-of-precision */

export interface QuadratureResult {
  /** The integral estimate (15-point Kronrod rule summed over the final panels). */
  readonly value: number;
  /** Σ|K15 − G7| over the final panels: a conservative bound on the error of `value`. */
  readonly error: number;
  /** Number of integrand evaluations. */
  readonly evaluations: number;
}

export interface QuadratureOptions {
  /** Stop when error ≤ max(relTol·|value|, absTol, relTol·∫|h|). Default 1e-13. */
  readonly relTol?: number;
  /** Default 0 (the ∫|h| term already stops a search for digits an integral of ~0 does not have). */
  readonly absTol?: number;
  /** Most panels to bisect before giving up (the result then reports its larger error). Default 400. */
  readonly maxBisections?: number;
}

interface Panel {
  readonly a: number;
  readonly b: number;
  readonly value: number;
  readonly absValue: number;
  readonly error: number;
}

function kronrod(h: (t: number) => number, a: number, b: number): Panel {
  const centre = (a + b) / 2;
  const half = (b - a) / 2;
  const fc = h(centre);
  let k = WK[7]! * fc;
  let g = WG[3]! * fc;
  let abs = WK[7]! * Math.abs(fc);
  for (let i = 0; i < 7; i++) {
    const dx = half * XK[i]!;
    const f1 = h(centre - dx);
    const f2 = h(centre + dx);
    k += WK[i]! * (f1 + f2);
    abs += WK[i]! * (Math.abs(f1) + Math.abs(f2));
    if (i % 2 === 1) g += WG[(i - 1) / 2]! * (f1 + f2);
  }
  return { a, b, value: k * half, absValue: abs * Math.abs(half), error: Math.abs((k - g) * half) };
}

/**
 * ∫ h(t) dt over [breakpoints[0], breakpoints[last]], with the integrand assumed smooth between
 * consecutive breakpoints (sorted ascending; duplicates are skipped). Never throws: a NaN or
 * infinite integrand shows up as a non-finite `value`.
 */
export function integrate(h: (t: number) => number, breakpoints: readonly number[], options: QuadratureOptions = {}): QuadratureResult {
  const relTol = options.relTol ?? 1e-13;
  const absTol = options.absTol ?? 0;
  const maxBisections = options.maxBisections ?? 400;
  const panels: Panel[] = [];
  for (let i = 1; i < breakpoints.length; i++) {
    const a = breakpoints[i - 1]!;
    const b = breakpoints[i]!;
    if (b > a) panels.push(kronrod(h, a, b));
  }
  let evaluations = 15 * panels.length;
  for (let step = 0; ; step++) {
    let value = 0;
    let absValue = 0;
    let error = 0;
    let worst = -1;
    for (let i = 0; i < panels.length; i++) {
      const p = panels[i]!;
      value += p.value;
      absValue += p.absValue;
      error += p.error;
      if (worst < 0 || p.error > panels[worst]!.error) worst = i;
    }
    const tolerance = Math.max(relTol * Math.abs(value), absTol, relTol * absValue);
    if (!(error > tolerance) || step === maxBisections || worst < 0) return { value, error, evaluations };
    const p = panels[worst]!;
    const m = (p.a + p.b) / 2;
    // A panel too narrow to split in doubles cannot improve; accept it as it is.
    if (!(m > p.a && m < p.b)) return { value, error, evaluations };
    panels.splice(worst, 1, kronrod(h, p.a, m), kronrod(h, m, p.b));
    evaluations += 30;
  }
}

/**
 * The 15-point Kronrod rule on every panel between consecutive breakpoints, each panel first cut
 * into equal parts no wider than `maxWidth`: nodes and weights of one fixed rule, for sums of
 * many integrands over the same nodes (e.g. all Hermite moments of f at once).
 */
export function kronrodRule(breakpoints: readonly number[], maxWidth: number): { nodes: Float64Array; weights: Float64Array } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i < breakpoints.length; i++) {
    const a0 = breakpoints[i - 1]!;
    const b0 = breakpoints[i]!;
    if (!(b0 > a0)) continue;
    const parts = Math.max(1, Math.ceil((b0 - a0) / maxWidth));
    for (let p = 0; p < parts; p++) {
      const a = a0 + ((b0 - a0) * p) / parts;
      const b = p === parts - 1 ? b0 : a0 + ((b0 - a0) * (p + 1)) / parts;
      const centre = (a + b) / 2;
      const half = (b - a) / 2;
      nodes.push(centre);
      weights.push(WK[7]! * half);
      for (let k = 0; k < 7; k++) {
        nodes.push(centre - half * XK[k]!, centre + half * XK[k]!);
        weights.push(WK[k]! * half, WK[k]! * half);
      }
    }
  }
  return { nodes: Float64Array.from(nodes), weights: Float64Array.from(weights) };
}
