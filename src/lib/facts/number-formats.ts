/**
 * Numbers a post about number formats quotes (the precision lens, issue 13), computed by the
 * same code the precision figures run (src/lib/precision), so prose and figures cannot drift
 * apart. tests/lib/facts/number-formats.test.ts pins every value.
 *
 * Two ways to say "where σ(x) rounds to 1":
 * - rounded once: the exact σ(x) rounded to the format, as a kernel computing in float32 and
 *   storing float16 or bfloat16 gets; it happens where 1 − σ(x) falls below half the gap
 *   between 1 and the value just under it, at x ≈ (mantissaBits + 2)·ln 2;
 * - every operation rounded (the textbook kernel and the stable one alike, since for x > 0 both
 *   compute 1/(1 + e^{−x})): 1 + e^{−x} rounds to 1 once e^{−x} is below half the gap just
 *   above 1, which is twice as wide, so a binade sooner: x ≈ (mantissaBits + 1)·ln 2. float64's
 *   36.74 (SIGMOID_ROUNDS_TO_ONE_AT) is this kind.
 * A threshold is the first input the format can hold where it happens; for "rounded once" the
 * real boundary between two such inputs is quoted too.
 */
import { sigmoid } from '../activations/numerics';
import { FLOAT64, getFormat, NUMBER_FORMATS, type FormatId } from '../precision/formats';
import { geluFormsDisagreement, geluFormsGap, geluFormsInFormat } from '../precision/gelu-forms';
import { thresholdsFor } from '../precision/report';
import { roundTo } from '../precision/round';
import { findOnset, type Side, type ThresholdKind } from '../precision/thresholds';
import { formatFixed, formatNumber, formatPercent } from '../format';

/** The threshold a fact quotes; a missing one is a bug in the precision code, so it throws. */
function thresholdX(activationId: string, kernelId: string, formatId: FormatId, kind: ThresholdKind, side: Side): number {
  const found = thresholdsFor(activationId, formatId).find((t) => t.kernelId === kernelId && t.kind === kind && t.side === side);
  if (!found) throw new Error(`No ${kind} threshold on the ${side} for ${activationId}/${kernelId} in ${formatId}`);
  return found.x;
}

/** The real x (a double) from which the exact σ(x), rounded once to the format, is 1. */
function sigmoidRoundsToOneBoundary(formatId: FormatId): number {
  const format = getFormat(formatId);
  return findOnset(FLOAT64, 'right', (x) => roundTo(format, sigmoid(x)) === 1)!.x;
}

const twoDecimals = (v: number): string => formatFixed(v, 2);
const fourDigits = (v: number): string => formatNumber(v, 4);

const byFormat = <T extends string>(name: T, value: (id: FormatId) => string) =>
  Object.fromEntries(NUMBER_FORMATS.map((f) => [`${name}_${f.id}`, value(f.id)])) as Record<`${T}_${FormatId}`, string>;

const gap = geluFormsGap();
const indistinguishable = NUMBER_FORMATS.filter((f) => geluFormsInFormat(f, gap).belowOneUlp).map((f) => f.name);
const float16Disagreement = geluFormsDisagreement(getFormat('float16'), -8, 8);

export const numberFormatFacts = {
  ...byFormat('maxFinite', (id) => formatNumber(getFormat(id).maxFinite, 6)),
  ...byFormat('minSubnormal', (id) => formatNumber(getFormat(id).minSubnormal, 3)),
  ...byFormat('epsilon', (id) => formatNumber(getFormat(id).epsilon, 3)),
  /** σ(x) rounded once to the format is 1 from this real x on (≈ (m + 2)·ln 2). */
  ...byFormat('sigmoidOneRoundedOnce', (id) => twoDecimals(sigmoidRoundsToOneBoundary(id))),
  /** The first input the format holds where σ rounded once is 1. */
  ...byFormat('sigmoidOneRoundedOnceInput', (id) => formatNumber(thresholdX('sigmoid', 'rounded-once', id, 'reaches-limit', 'right'), 6)),
  /** The first input where σ computed with every operation rounded is 1 (≈ (m + 1)·ln 2). */
  ...byFormat('sigmoidOneEveryOp', (id) => formatNumber(thresholdX('sigmoid', 'stable', id, 'reaches-limit', 'right'), 6)),
  /** The textbook slope σ(1 − σ) is exactly 0 from the same input. */
  ...byFormat('sigmoidNaiveSlopeZero', (id) => formatNumber(thresholdX('sigmoid', 'naive', id, 'slope-zero', 'right'), 6)),
  /** The stable slope σ(x)σ(−x) only reaches 0 by underflow, much further out. */
  ...byFormat('sigmoidStableSlopeZero', (id) => formatNumber(thresholdX('sigmoid', 'stable', id, 'slope-zero', 'right'), 6)),
  /** The textbook softplus ln(1 + e^x) is ∞ (NaN in E4M3) from here: e^x overflowed. */
  ...byFormat('softplusNaiveOverflow', (id) => fourDigits(thresholdX('softplus', 'naive', id, 'value-not-finite', 'right'))),
  /** The textbook tanh (e^x − e^−x)/(e^x + e^−x) is NaN (∞/∞) from here. */
  ...byFormat('tanhNaiveNaN', (id) => fourDigits(thresholdX('tanh', 'naive', id, 'value-not-finite', 'right'))),
  /** The textbook σ is exactly 0 from this negative x: e^{−x} overflowed to ∞, and 1/(1 + ∞) = 0. */
  sigmoidNaiveZero_float16: fourDigits(thresholdX('sigmoid', 'naive', 'float16', 'reaches-limit', 'left')),
  sigmoidNaiveZero_bfloat16: fourDigits(thresholdX('sigmoid', 'naive', 'bfloat16', 'reaches-limit', 'left')),
  sigmoidNaiveZero_float32: fourDigits(thresholdX('sigmoid', 'naive', 'float32', 'reaches-limit', 'left')),
  /** In E4M3, which has no ∞, the textbook σ's e^{−x} overflows to NaN from this negative x. */
  sigmoidNaiveNaN_e4m3: fourDigits(thresholdX('sigmoid', 'naive', 'e4m3', 'value-not-finite', 'left')),
  /** GELU exact vs tanh approximation: where the gap is largest (and at minus this). */
  geluGapAt: formatNumber(gap.x, 3),
  geluGap: formatNumber(Math.abs(gap.gap), 2),
  /** The gap in float16 ulps and float32 ulps at that point. */
  geluGapFloat16Ulps: formatNumber(geluFormsInFormat(getFormat('float16'), gap).gapInUlps, 2),
  geluGapFloat32Ulps: formatNumber(geluFormsInFormat(getFormat('float32'), gap).gapInUlps, 3),
  /** Formats in which the largest gap is under one ulp. */
  geluGapBelowUlpFormats: indistinguishable.join(', '),
  /** Yet the two forms give different float16 values at this share of float16 inputs in [−8, 8]. */
  geluFloat16DisagreementShare: formatPercent(float16Disagreement.differing / float16Disagreement.inputs),
} as const;
