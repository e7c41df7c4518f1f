/**
 * Questions figures ask about an activation on a plotted interval: how steep it gets, and
 * where it is "saturated", i.e. its slope is a small share of that peak. Pure and fast (a few
 * thousand evaluations of f′, remembered per function and parameters), because the explorer
 * calls them on every slider move.
 *
 * Method: f′ is sampled at SAMPLES evenly spaced points including both ends. The peak adds
 * the points where it is known to sit for the functions here (x = 0 and the kinks), so e.g.
 * sigmoid's 1/4 is exact; an interior smooth peak (GELU's at √2) is found to about 1e−5
 * relative on [−8, 8]. Saturated regions are runs of saturated samples whose ends are then
 * located by bisection between the neighbouring samples (and snapped to a kink when they land
 * on one), so interval ends and shares are exact to about 1e−15 of the width, not to the
 * sample step. That is why 2001 samples suffice: GELU's f′ costs ~100 ns (an erf and an
 * exp), so 4001 would take most of the 1 ms budget. Features narrower than the step
 * (width / 2000) can be missed, e.g. the near-zero slope at GELU's minimum on very wide ranges.
 */
import type { ActivationCore, ParamValues } from './types';
import { keyedCachePer } from '../keyed-cache';

/** A closed interval [x0, x1] with x0 ≤ x1. */
export type Interval = readonly [number, number];

const SAMPLES = 2001;
/** Halvings of a sample step when locating a saturation edge: step / 2⁴⁰ ≈ width · 5e−16. */
const BISECTIONS = 40;

/** Max |f′| on [lo, hi]. */
export function peakSlope(a: ActivationCore, params: ParamValues, domain: readonly [number, number]): number {
  const [lo, hi] = checkedDomain(domain);
  return slopeProfile(a, params, lo, hi).peak;
}

/**
 * The parts of [lo, hi] where |f′(x)| < threshold · peakSlope, in increasing order, e.g. the
 * two tails of a sigmoid. If f′ is 0 on the whole interval, all of it counts as saturated.
 */
export function saturatedIntervals(
  a: ActivationCore,
  params: ParamValues,
  domain: readonly [number, number],
  threshold: number,
): Interval[] {
  const [lo, hi] = checkedDomain(domain);
  if (!(threshold >= 0 && Number.isFinite(threshold))) {
    throw new RangeError(`threshold must be a finite number ≥ 0; got ${threshold}`);
  }
  const { slopes, peak } = slopeProfile(a, params, lo, hi);
  if (peak === 0) return [[lo, hi]];

  const limit = threshold * peak;
  const isSaturated = (x: number): boolean => Math.abs(a.df(x, params)) < limit;
  const kinks = a.properties.kinks.map((k) => k.x);
  const intervals: Interval[] = [];
  let start = slopes[0]! < limit ? lo : undefined;
  for (let i = 1; i < SAMPLES; i++) {
    const inside = slopes[i]! < limit;
    if (inside === (start !== undefined)) continue;
    const edge = boundary(isSaturated, sampleX(lo, hi, i - 1), sampleX(lo, hi, i), kinks);
    if (start === undefined) {
      start = edge;
    } else {
      intervals.push([start, edge]);
      start = undefined;
    }
  }
  if (start !== undefined) intervals.push([start, hi]);
  return intervals;
}

/** The share (0..1) of [lo, hi] covered by `saturatedIntervals`. */
export function saturatedShare(a: ActivationCore, params: ParamValues, domain: readonly [number, number], threshold: number): number {
  const covered = saturatedIntervals(a, params, domain, threshold).reduce((sum, [x0, x1]) => sum + (x1 - x0), 0);
  return covered / (domain[1] - domain[0]);
}

function checkedDomain([lo, hi]: readonly [number, number]): [number, number] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new RangeError(`domain must be finite with lo < hi; got [${lo}, ${hi}]`);
  }
  return [lo, hi];
}

/** The i-th of SAMPLES evenly spaced points; the last is exactly hi. */
function sampleX(lo: number, hi: number, i: number): number {
  return i === SAMPLES - 1 ? hi : lo + ((hi - lo) * i) / (SAMPLES - 1);
}

/** |f′| at the samples, and its peak (see `peakOf`). */
interface SlopeProfile {
  readonly slopes: Float64Array;
  readonly peak: number;
}

/**
 * The slope profile of `a` with `params` on [lo, hi], remembered per function for its last few
 * parameters and intervals: a threshold slider, and the check whether the threshold can change
 * anything at all, ask for the same profile again and again.
 */
function slopeProfile(a: ActivationCore, params: ParamValues, lo: number, hi: number): SlopeProfile {
  return rememberProfile(a, `${lo}|${hi}|${Object.entries(params).join(';')}`, () => {
    const slopes = sampledSlopes(a, params, lo, hi);
    return { slopes, peak: peakOf(a, params, lo, hi, slopes) };
  });
}

const rememberProfile = keyedCachePer<ActivationCore, SlopeProfile>(8);

function sampledSlopes(a: ActivationCore, params: ParamValues, lo: number, hi: number): Float64Array {
  const slopes = new Float64Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) slopes[i] = Math.abs(a.df(sampleX(lo, hi, i), params));
  return slopes;
}

/** Max of the samples, x = 0 (where the bell-shaped slopes peak) and any kink inside [lo, hi]. */
function peakOf(a: ActivationCore, params: ParamValues, lo: number, hi: number, slopes: Float64Array): number {
  let peak = 0;
  for (const s of slopes) peak = Math.max(peak, s);
  for (const x of [0, ...a.properties.kinks.map((k) => k.x)]) {
    if (x >= lo && x <= hi) peak = Math.max(peak, Math.abs(a.df(x, params)));
  }
  return peak;
}

/**
 * Where `test` changes value between x0 and x1 (it differs at the two ends), by bisection.
 * An edge that lands on a kink is the kink itself (f′ jumps there), so it is returned exactly.
 */
function boundary(test: (x: number) => boolean, x0: number, x1: number, kinks: readonly number[]): number {
  const atStart = test(x0);
  let a = x0;
  let b = x1;
  for (let k = 0; k < BISECTIONS; k++) {
    const m = (a + b) / 2;
    if (m === a || m === b) break;
    if (test(m) === atStart) a = m;
    else b = m;
  }
  const edge = (a + b) / 2;
  return kinks.find((k) => Math.abs(k - edge) <= b - a) ?? edge;
}
