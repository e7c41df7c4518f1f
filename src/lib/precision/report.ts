/**
 * Everything a precision figure draws for one activation in one format: each kernel's curve and
 * slope as computed in the format at evenly spaced inputs, its worst relative error against
 * float64 there, and its thresholds (see thresholds.ts). One call is cheap enough to redo on
 * every change of format or range (see the timing test).
 */
import { defaultParams, getActivation } from '../activations/functions';
import type { ParamValues } from '../activations/types';
import { roundedMath } from './arithmetic';
import { relativeError } from './evaluate';
import { getFormat, type FormatId } from './formats';
import { kernelsFor, type KernelKind } from './kernels';
import { kernelThresholds, type Side, type Threshold } from './thresholds';

export interface PrecisionOptions {
  /** The plotted range [lo, hi] of x, finite with lo < hi. */
  readonly domain: readonly [number, number];
  /** Evenly spaced samples across the domain, ends included (2 to 10,000; default 600). */
  readonly samples?: number;
  /** Parameter values; missing ones take the registry's defaults. */
  readonly params?: ParamValues;
}

export interface PrecisionPoint {
  /** The sample position (a double). */
  readonly x: number;
  /** x rounded to the format: the input the kernel sees. Neighbouring samples may share it. */
  readonly input: number;
  /** f and f′ computed in the format (NaN or ±∞ where the kernel breaks). */
  readonly f: number;
  readonly df: number;
  /** Relative errors against float64 at `input` (see `relativeError`; NaN where not finite). */
  readonly fError: number;
  readonly dfError: number;
  /** f is exactly the limit it only approaches (σ = 1), on a side that has one. */
  readonly atLimit: boolean;
  /** f′ is exactly 0 where the true slope is not. */
  readonly slopeZero: boolean;
  /** f or f′ is NaN or ±∞. */
  readonly nonFinite: boolean;
}

/** The largest relative error over the samples and the input where it occurs. */
export interface WorstError {
  readonly error: number;
  readonly input: number;
  readonly value: number;
  readonly reference: number;
}

export interface KernelCurve {
  readonly kernelId: string;
  readonly kind: KernelKind;
  readonly label: string;
  readonly points: readonly PrecisionPoint[];
  /** Over samples where both values are finite; null if there are none. */
  readonly worstError: { readonly f: WorstError | null; readonly df: WorstError | null };
  /** Samples where f or f′ is NaN or ±∞. */
  readonly nonFiniteCount: number;
  /** All of the kernel's thresholds, inside the domain or not (`inDomain` says). */
  readonly thresholds: readonly (Threshold & { readonly inDomain: boolean })[];
}

export interface PrecisionReport {
  readonly activationId: string;
  readonly formatId: FormatId;
  readonly domain: readonly [number, number];
  readonly params: ParamValues;
  /** Naive kernel(s) first, then stable, then `rounded-once`. */
  readonly kernels: readonly KernelCurve[];
}

const DEFAULT_SAMPLES = 600;
const MAX_SAMPLES = 10_000;

function checkOptions(options: PrecisionOptions): number {
  const [lo, hi] = options.domain;
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    throw new RangeError(`The domain must be two finite numbers lo < hi; got [${lo}, ${hi}]`);
  }
  const samples = options.samples ?? DEFAULT_SAMPLES;
  if (!Number.isInteger(samples) || samples < 2 || samples > MAX_SAMPLES) {
    throw new RangeError(`samples must be a whole number from 2 to ${MAX_SAMPLES}; got ${samples}`);
  }
  return samples;
}

function worse(current: WorstError | null, error: number, input: number, value: number, reference: number): WorstError | null {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || Number.isNaN(error)) return current;
  return current === null || error > current.error ? { error, input, value, reference } : current;
}

/**
 * The report for `activationId` (a registry id) in `formatId` over `options.domain`. Unknown ids,
 * an empty or infinite domain and a bad sample count throw with a message naming the problem.
 */
export function precisionReport(activationId: string, formatId: FormatId, options: PrecisionOptions): PrecisionReport {
  const samples = checkOptions(options);
  const format = getFormat(formatId);
  const set = kernelsFor(activationId);
  const params = { ...defaultParams(getActivation(activationId)), ...options.params };
  const [lo, hi] = options.domain;
  // Sample inputs and the registry's float64 values there, shared by every kernel that uses them.
  const xs = Array.from({ length: samples }, (_, i) => (i === samples - 1 ? hi : lo + ((hi - lo) * i) / (samples - 1)));
  const activation = getActivation(activationId);
  const m = roundedMath(format);
  const inputs = xs.map((x) => m.c(x));
  const registryF = inputs.map((x) => activation.f(x, params));
  const registryDf = inputs.map((x) => activation.df(x, params));

  const kernels = set.kernels.map((kernel): KernelCurve => {
    const own = kernel.reference;
    const thresholds = kernelThresholds(set, kernel, format, params);
    // A sample is "at the limit" when f equals the value the limit threshold found on that side.
    const limitOn = (side: Side): number | undefined => thresholds.find((t) => t.kind === 'reaches-limit' && t.side === side)?.value;
    const limits = { left: limitOn('left'), right: limitOn('right') };

    const points: PrecisionPoint[] = [];
    let worstF: WorstError | null = null;
    let worstDf: WorstError | null = null;
    let nonFiniteCount = 0;
    for (let i = 0; i < samples; i++) {
      // The kernel called directly on the shared rounded inputs (what evaluateKernel does),
      // without a temporary object per sample: this loop is most of a report's allocations.
      const input = inputs[i]!;
      const f = kernel.f(m, input, params);
      const df = kernel.df(m, input, params);
      const referenceF = own ? own.f(input) : registryF[i]!;
      const referenceDf = own ? own.df(input) : registryDf[i]!;
      const fError = relativeError(f, referenceF);
      const dfError = relativeError(df, referenceDf);
      const side: Side = input < 0 ? 'left' : 'right';
      const nonFinite = !Number.isFinite(f) || !Number.isFinite(df);
      if (nonFinite) nonFiniteCount++;
      worstF = worse(worstF, fError, input, f, referenceF);
      worstDf = worse(worstDf, dfError, input, df, referenceDf);
      points.push({
        x: xs[i]!,
        input,
        f,
        df,
        fError,
        dfError,
        atLimit: input !== 0 && f === limits[side],
        slopeZero: df === 0 && referenceDf !== 0,
        nonFinite,
      });
    }
    return {
      kernelId: kernel.id,
      kind: kernel.kind,
      label: kernel.label,
      points,
      worstError: { f: worstF, df: worstDf },
      nonFiniteCount,
      thresholds: thresholds.map((t) => ({ ...t, inDomain: t.x >= lo && t.x <= hi })),
    };
  });
  return { activationId, formatId, domain: [lo, hi], params, kernels };
}

/**
 * Every kernel's thresholds for an activation in a format, without sampling a curve: what facts
 * modules quote. Naive kernels first, as in `precisionReport`.
 */
export function thresholdsFor(activationId: string, formatId: FormatId, params: ParamValues = {}): readonly Threshold[] {
  const set = kernelsFor(activationId);
  const full = { ...defaultParams(getActivation(activationId)), ...params };
  return set.kernels.flatMap((kernel) => kernelThresholds(set, kernel, getFormat(formatId), full));
}
