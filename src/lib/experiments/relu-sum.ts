/**
 * A constant plus a few shifted, scaled ReLUs, c + Σ wᵢ·ReLU(x − kᵢ), is a broken line whose
 * slope changes by wᵢ at each kink kᵢ: the piece of maths behind the ReluComposition figure,
 * which the intro post also quotes (so it lives here, where the facts can reach it).
 */
import { getActivation } from '../activations/functions';
import { formatNumber } from '../format';

const relu = getActivation('relu');
const R = (x: number): number => relu.f(x, {});

export interface ReluUnit {
  /** Where the unit switches on: ReLU(x − knot) is 0 left of it. */
  readonly knot: number;
  /** The slope it adds to the right of its knot. */
  readonly weight: number;
}

/** A constant plus a sum of shifted ReLUs: c + Σ wᵢ·ReLU(x − kᵢ). */
export interface ReluSum {
  readonly constant: number;
  readonly units: readonly ReluUnit[];
}

/** One unit's part of the sum at x: wᵢ·ReLU(x − kᵢ). */
export function unitContribution(unit: ReluUnit, x: number): number {
  return unit.weight * R(x - unit.knot);
}

export function evaluateReluSum(sum: ReluSum, x: number): number {
  return sum.units.reduce((acc, u) => acc + unitContribution(u, x), sum.constant);
}

/**
 * The ReLU sum that joins the points (kᵢ, g(kᵢ)) with straight lines: start at g(k₀), and at
 * each knot but the last add a unit whose weight is the change of slope there. Knots are sorted
 * and repeated ones dropped first; n distinct knots give n − 1 units (none for fewer than two).
 */
export function reluInterpolant(g: (x: number) => number, knots: readonly number[]): ReluSum {
  const ks = [...new Set(knots.filter(Number.isFinite))].sort((a, b) => a - b);
  if (ks.length === 0) return { constant: 0, units: [] };
  const slopes = ks.slice(1).map((k, i) => (g(k) - g(ks[i]!)) / (k - ks[i]!));
  return {
    constant: g(ks[0]!),
    units: slopes.map((s, i) => ({ knot: ks[i]!, weight: s - (slopes[i - 1] ?? 0) })),
  };
}

/** Largest |g − sum| on an even grid over [lo, hi], and where it occurs. */
export function largestGap(g: (x: number) => number, sum: ReluSum, lo: number, hi: number, samples = 2001): { gap: number; x: number } {
  let worst = { gap: 0, x: lo };
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    const gap = Math.abs(g(x) - evaluateReluSum(sum, x));
    if (gap > worst.gap + 1e-12) worst = { gap, x };
  }
  return worst;
}

/** TeX of a sum as the post prints it: `4 - 3\,\mathrm{ReLU}(x+2) + 2\,\mathrm{ReLU}(x+1) + …`. */
export function reluSumTex(sum: ReluSum): string {
  const shift = (k: number) => (k === 0 ? 'x' : k < 0 ? `x+${-k}` : `x-${k}`);
  const terms = sum.units
    .filter((u) => u.weight !== 0)
    .map((u) => {
      const w = Math.abs(u.weight);
      return `${u.weight < 0 ? '-' : '+'} ${w === 1 ? '' : `${w}\\,`}\\mathrm{ReLU}(${shift(u.knot)})`;
    });
  return [String(sum.constant), ...terms].join(' ');
}

/** The same sum in plain text for readouts: "4 − 3·ReLU(x + 2) + 2·ReLU(x + 1) + …". */
export function reluSumText(sum: ReluSum): string {
  const shift = (k: number) => (k === 0 ? 'x' : k < 0 ? `x + ${formatNumber(-k)}` : `x − ${formatNumber(k)}`);
  const terms = sum.units
    .filter((u) => u.weight !== 0)
    .map((u) => {
      const w = Math.abs(u.weight);
      return `${u.weight < 0 ? '−' : '+'} ${w === 1 ? '' : `${formatNumber(w)}·`}ReLU(${shift(u.knot)})`;
    });
  return [formatNumber(sum.constant), ...terms].join(' ');
}

/** The curve the figure asks a reader to build. */
export const RELU_TARGET = {
  name: 'x²',
  f: (x: number): number => x * x,
  domain: [-2, 2] as const,
  yDomain: [-1, 5] as const,
};

/** The default sum: the target joined at −2, −1, 0, 1, 2 (four units). */
export const DEFAULT_RELU_SUM: ReluSum = reluInterpolant(RELU_TARGET.f, [-2, -1, 0, 1, 2]);
