/**
 * Numbers the series intro ("Activation is all you need") quotes, computed at build time from
 * the registry and from the small constructions the post describes, so prose, atlas and table
 * cannot drift apart. tests/build/facts-intro.test.ts checks the built page shows each value.
 */
import { ACTIVATIONS, getActivation } from '../activations/registry';
import { formatNumber } from '../format';
import { largestGap, reluInterpolant, reluSumTex, RELU_TARGET } from '../experiments/relu-sum';

const square = RELU_TARGET.f;
const evenKnots = (lo: number, hi: number, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
/** Four units join x² at the whole numbers of [−2, 2]; this is also the ReluComposition figure's default. */
const fourUnits = reluInterpolant(square, evenKnots(-2, 2, 4));
const eightUnits = reluInterpolant(square, evenKnots(-2, 2, 8));

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
  list.length <= 1
    ? (list[0]?.name ?? '')
    : `${list
        .slice(0, -1)
        .map((a) => a.name)
        .join(', ')} and ${list.at(-1)!.name}`;

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
  squareError: formatNumber(largestGap(square, fourUnits, -2, 2).gap),
  squareUnitsFine: String(eightUnits.units.length),
  squareErrorFine: formatNumber(largestGap(square, eightUnits, -2, 2).gap),
  /** One layer of ten ReLU units on a 2-D input: at most this many linear pieces. */
  regionsUnits: String(LAYER_UNITS),
  regions2d: String(hyperplaneRegions(LAYER_UNITS, 2)),
} as const;
