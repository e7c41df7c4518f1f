/**
 * Numbers the series intro ("Activation is all you need") quotes, computed at build time from
 * the registry and from the small constructions the post describes, so prose, atlas and table
 * cannot drift apart. tests/build/facts-intro.test.ts checks the built page shows each value.
 */
import { ACTIVATIONS, getActivation } from '../activations/registry';
import { formatNumber } from '../plot/format';

const relu = getActivation('relu');
const R = (x: number): number => relu.f(x, {});

/** A sum of shifted ReLUs plus a constant: c + Σ wᵢ·ReLU(x − kᵢ). */
export interface ReluSum {
  readonly constant: number;
  readonly units: readonly { readonly knot: number; readonly weight: number }[];
}

export function evaluateReluSum(sum: ReluSum, x: number): number {
  return sum.units.reduce((acc, u) => acc + u.weight * R(x - u.knot), sum.constant);
}

/**
 * The ReLU sum that joins the points (kᵢ, g(kᵢ)) with straight lines on [k₀, kₙ]: start at
 * g(k₀), and at each knot but the last add a unit whose weight is the change of slope there.
 * One unit per segment: n + 1 knots give n units.
 */
export function reluInterpolant(g: (x: number) => number, knots: readonly number[]): ReluSum {
  const slopes = knots.slice(1).map((k, i) => (g(k) - g(knots[i]!)) / (k - knots[i]!));
  return {
    constant: g(knots[0]!),
    units: slopes.map((s, i) => ({ knot: knots[i]!, weight: s - (slopes[i - 1] ?? 0) })),
  };
}

/** Largest |g − sum| on a fine grid over [lo, hi]. */
export function maxError(g: (x: number) => number, sum: ReluSum, lo: number, hi: number, samples = 4001): number {
  let worst = 0;
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    worst = Math.max(worst, Math.abs(g(x) - evaluateReluSum(sum, x)));
  }
  return worst;
}

const square = (x: number): number => x * x;
const evenKnots = (lo: number, hi: number, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
const fourUnits = reluInterpolant(square, evenKnots(-2, 2, 4));
const eightUnits = reluInterpolant(square, evenKnots(-2, 2, 8));

/** TeX of a ReLU sum as the post prints it, e.g. `4 - 3\,\mathrm{ReLU}(x+2) + 2\,\mathrm{ReLU}(x+1) + …`. */
export function reluSumTex(sum: ReluSum): string {
  const shift = (k: number) => (k === 0 ? 'x' : k < 0 ? `x+${-k}` : `x-${k}`);
  const terms = sum.units
    .filter((u) => u.weight !== 0)
    .map((u) => {
      const w = Math.abs(u.weight);
      const sign = u.weight < 0 ? '-' : '+';
      return `${sign} ${w === 1 ? '' : `${w}\\,`}\\mathrm{ReLU}(${shift(u.knot)})`;
    });
  return [String(sum.constant), ...terms].join(' ');
}

/** Regions n hyperplanes in general position cut d-dimensional space into: Σ_{i ≤ d} C(n, i). */
export function hyperplaneRegions(n: number, d: number): number {
  let total = 0;
  let binomial = 1;
  for (let i = 0; i <= Math.min(n, d); i++) {
    total += binomial;
    binomial = (binomial * (n - i)) / (i + 1);
  }
  return total;
}

const names = (list: readonly { name: string }[]): string =>
  list.length <= 1 ? (list[0]?.name ?? '') : `${list.slice(0, -1).map((a) => a.name).join(', ')} and ${list.at(-1)!.name}`;

const saturatingBoth = ACTIVATIONS.filter((a) => a.properties.saturates.left && a.properties.saturates.right);
const nonMonotonic = ACTIVATIONS.filter((a) => !a.properties.monotonic);
const kinked = ACTIVATIONS.filter((a) => a.properties.continuity === 0);
const LAYER_UNITS = 10;

export const introFacts = {
  /** How many functions the registry holds, i.e. cards in the atlas. */
  activationCount: String(ACTIVATIONS.length),
  saturatingBothNames: names(saturatingBoth),
  nonMonotonicCount: String(nonMonotonic.length),
  nonMonotonicNames: names(nonMonotonic),
  kinkedCount: String(kinked.length),
  /** The sigmoid's largest slope, σ′(0). */
  sigmoidPeakSlope: formatNumber(getActivation('sigmoid').df(0, {})),
  /** x² on [−2, 2] from four ReLU units: the sum, written out, and how far it strays. */
  squareSumTex: reluSumTex(fourUnits),
  squareUnits: String(fourUnits.units.length),
  squareError: formatNumber(maxError(square, fourUnits, -2, 2)),
  squareUnitsFine: String(eightUnits.units.length),
  squareErrorFine: formatNumber(maxError(square, eightUnits, -2, 2)),
  /** One layer of ten ReLU units on a 2-D input: at most this many linear pieces. */
  regionsUnits: String(LAYER_UNITS),
  regions2d: String(hyperplaneRegions(LAYER_UNITS, 2)),
} as const;
