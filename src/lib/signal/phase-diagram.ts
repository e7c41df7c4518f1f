/**
 * Phase diagram data over a grid of (σ_w², σ_b²): χ₁, q*, the ordered/chaotic phase, the depth
 * scale ξ_c and the depth a signal survives (6ξ_c, Schoenholz et al. 2017), and the edge of
 * chaos σ_b² ↦ σ_w² where χ₁ = 1.
 *
 * Speed: every cell runs the same `meanField` as the exact path, on `momentTable` lookups (~20 ns)
 * instead of quadrature (~0.1 ms), so a 64×64 grid takes a few milliseconds once the table exists.
 * Accuracy against the quadrature path: see the tests (χ₁ to ~1e−8 relative on the default grid).
 *
 * ξ_c in the chaotic phase needs the correlation map's fixed point c* < 1: exactly, a 2-D
 * expectation per step (`correlationDepth`, tens of ms per cell); on the grid, the Mehler series
 * of correlation-series.ts when `options.series` is given (otherwise NaN there).
 */
import type { CorrelationSeries } from './correlation-series';
import { findRoot } from './roots';
import { meanField, type Initialisation, type MeanField, type MomentMaps, type Phase } from './mean-field';

/** Multiplier of ξ_c for the depth a signal survives: Schoenholz et al. found trainable depth ≈ 6ξ_c. */
export const SURVIVAL_DEPTH_FACTOR = 6;

export interface PhaseDiagramOptions {
  /** [min, max] of σ_w² (columns). Default [0.5, 4]. */
  readonly sigmaW2?: readonly [number, number];
  /** [min, max] of σ_b² (rows). Default [0, 0.5]. */
  readonly sigmaB2?: readonly [number, number];
  /** Columns (σ_w² values, ends included). Default 64. */
  readonly columns?: number;
  /** Rows (σ_b² values, ends included). Default 64. */
  readonly rows?: number;
  /** Input variance the fixed point is reached from. Default 1. */
  readonly q0?: number;
  /**
   * Mehler series of the same activation (`correlationSeries`): when given, chaotic cells with a
   * finite q* get ξ_c from c* < 1 (about 1 µs each) instead of NaN.
   */
  readonly series?: CorrelationSeries;
}

/** Cells are row-major: cell (row i, column j) is index i·columns + j; row i has σ_b² = sigmaB2[i]. */
export interface PhaseDiagram {
  readonly sigmaW2: Float64Array;
  readonly sigmaB2: Float64Array;
  readonly columns: number;
  readonly rows: number;
  /** χ₁ per cell (for a diverged q*, its q → ∞ limit). */
  readonly chi1: Float64Array;
  /** q* per cell; Infinity where the variance diverges. */
  readonly qStar: Float64Array;
  /** 0 ordered, 1 critical, 2 chaotic. */
  readonly phase: Uint8Array;
  /**
   * ξ_c in layers: −1/ln χ₁ in ordered cells, Infinity at criticality; in chaotic cells −1/ln χ_c*
   * from `options.series`, NaN without it or where q* diverges (c* is then not a fixed point of
   * a normalised map).
   */
  readonly xiC: Float64Array;
  /** SURVIVAL_DEPTH_FACTOR·ξ_c. */
  readonly survivalDepth: Float64Array;
  /** Per row, where χ₁ crosses 1 (see `EdgePoint`). */
  readonly edge: readonly EdgePoint[];
}

/** Where one row of the grid crosses from ordered to chaotic. */
export interface EdgePoint {
  readonly sigmaB2: number;
  /**
   * The σ_w² where χ₁ first crosses 1 from below along the row, to 1e−10; null when it never
   * does. Usually the only crossing, but not always: SELU's χ₁ can fall again as σ_w² grows
   * (its E[f′²] shrinks with q), so the `chi1` grid is the full story.
   */
  readonly sigmaW2: number | null;
  /**
   * False when χ₁ jumps across 1 there instead of passing through it: the fixed point reached
   * from q0 switches branch. GELU with σ_b = 0 does this: q = 0 is stable up to σ_w² = 4
   * (slope σ_w²·GELU′(0)² = σ_w²/4), but an input variance above an unstable fixed point grows
   * without bound once σ_w² > 2, so from q0 = 1 the network jumps from χ₁ ≈ 0.59 to ≈ 1.17 at
   * σ_w² ≈ 2.35. That boundary depends on the input's scale; a continuous one does not.
   */
  readonly continuous: boolean;
}

export const PHASE_CODES: Readonly<Record<Phase, number>> = { ordered: 0, critical: 1, chaotic: 2 };

function linspace(lo: number, hi: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (n === 1 ? lo : i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
}

/** The grid for the moments `m` (use `momentTable` for speed; `exactMoments` gives the slow reference). */
export function phaseDiagram(m: MomentMaps, options: PhaseDiagramOptions = {}): PhaseDiagram {
  const [w0, w1] = options.sigmaW2 ?? [0.5, 4];
  const [b0, b1] = options.sigmaB2 ?? [0, 0.5];
  const columns = options.columns ?? 64;
  const rows = options.rows ?? 64;
  const q0 = options.q0 ?? 1;
  if (!(w0 >= 0 && w1 > w0 && b0 >= 0 && b1 >= b0 && Number.isFinite(w1) && Number.isFinite(b1))) {
    throw new RangeError(`ranges must satisfy 0 ≤ min < max (σ_w²) and 0 ≤ min ≤ max (σ_b²); got [${w0}, ${w1}], [${b0}, ${b1}]`);
  }
  if (!(Number.isInteger(columns) && columns >= 2 && Number.isInteger(rows) && rows >= 1)) {
    throw new RangeError(`columns must be an integer ≥ 2 and rows ≥ 1; got ${columns}, ${rows}`);
  }
  const sigmaW2 = linspace(w0, w1, columns);
  const sigmaB2 = linspace(b0, b1, rows);
  const n = rows * columns;
  const chi1 = new Float64Array(n);
  const qStar = new Float64Array(n);
  const phase = new Uint8Array(n);
  const xiC = new Float64Array(n);
  const survivalDepth = new Float64Array(n);
  const edge: EdgePoint[] = [];
  const at = (init: Initialisation, guess?: number): MeanField => meanField(m, init, q0, guess);

  for (let i = 0; i < rows; i++) {
    const b = sigmaB2[i]!;
    // χ₁ a hair either side of the crossing: a jump shows as a gap far wider than the slope allows.
    const isContinuousAt = (w: number) => {
      const step = 1e-6 * (w1 - w0);
      return Math.abs(at({ sigmaW2: w + step, sigmaB2: b }).chi1 - at({ sigmaW2: w - step, sigmaB2: b }).chi1) < 1e-3;
    };
    let crossing: number | null = null;
    for (let j = 0; j < columns; j++) {
      const k = i * columns + j;
      // Warm start from the left neighbour, or from the cell below for the first column.
      const guess = j > 0 ? qStar[k - 1] : i > 0 ? qStar[k - columns] : undefined;
      const mf = at({ sigmaW2: sigmaW2[j]!, sigmaB2: b }, guess);
      chi1[k] = mf.chi1;
      qStar[k] = mf.fixedPoint.q;
      phase[k] = PHASE_CODES[mf.phase];
      xiC[k] =
        mf.xiC ??
        (options.series && mf.fixedPoint.status === 'converged' && mf.fixedPoint.q > 0
          ? options.series.depth(mf.init, mf.fixedPoint.q).xiC
          : NaN);
      survivalDepth[k] = SURVIVAL_DEPTH_FACTOR * xiC[k]!;
      if (crossing === null && j > 0) {
        const before = Math.log(chi1[k - 1]!);
        const now = Math.log(chi1[k]!);
        if (now === 0) crossing = sigmaW2[j]!;
        else if (before < 0 && now > 0) {
          crossing = findRoot((w) => Math.log(at({ sigmaW2: w, sigmaB2: b }).chi1), sigmaW2[j - 1]!, sigmaW2[j]!, 1e-10);
        }
      }
    }
    edge.push({ sigmaB2: b, sigmaW2: crossing, continuous: crossing === null || isContinuousAt(crossing) });
  }
  return { sigmaW2, sigmaB2, columns, rows, chi1, qStar, phase, xiC, survivalDepth, edge };
}
