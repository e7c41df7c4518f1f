/**
 * GELU's exact form x·Φ(x) against its tanh approximation: how far apart they are in float64,
 * where, and whether a format can tell them apart at all. Both are evaluated in float64 and
 * rounded once (the `rounded-once` view), so what is compared is the two functions, not two
 * kernels' rounding errors.
 */
import { getActivation } from '../activations/functions';
import type { NumberFormat } from './formats';
import { geluTanh } from './gelu-tanh';
import { finiteValues, ulp } from './neighbours';
import { roundTo } from './round';

const gelu = getActivation('gelu');
const difference = (x: number): number => gelu.f(x, {}) - geluTanh(x);

export interface GeluFormsGap {
  /** Where |exact − approximation| is largest for x > 0 (it is even in x: −x is the other maximum). */
  readonly x: number;
  /** exact − approximation there. */
  readonly gap: number;
  readonly exact: number;
  readonly approximation: number;
}

/** Golden-section search for the maximum of a unimodal g on [a, b]. */
function argmax(g: (x: number) => number, a: number, b: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  while (hi - lo > 1e-13 * Math.max(1, Math.abs(lo))) {
    const x1 = hi - ratio * (hi - lo);
    const x2 = lo + ratio * (hi - lo);
    if (g(x1) < g(x2)) lo = x1;
    else hi = x2;
  }
  return (lo + hi) / 2;
}

/** Scan step for the coarse search; the gap has a few bumps on [0, 8], each far wider than this. */
const SCAN_STEP = 1e-3;
/** Beyond 8 both forms equal x to float64 precision (Φ and the gate round to 1). */
const SCAN_END = 8;

/** The largest |GELU(x) − GELU_tanh(x)| in float64, found by a fine scan then golden-section refinement. */
export function geluFormsGap(): GeluFormsGap {
  const size = (x: number): number => Math.abs(difference(x));
  let best = 0;
  for (let x = 0; x <= SCAN_END; x += SCAN_STEP) if (size(x) > size(best)) best = x;
  const x = argmax(size, Math.max(0, best - SCAN_STEP), best + SCAN_STEP);
  return { x, gap: difference(x), exact: gelu.f(x, {}), approximation: geluTanh(x) };
}

export interface GeluFormsInFormat {
  readonly formatId: NumberFormat['id'];
  /** One ulp of the format at the exact GELU value where the gap is largest. */
  readonly ulp: number;
  /** |gap| in those ulps. */
  readonly gapInUlps: number;
  /** Whether |gap| is under one ulp there: the format (nearly) cannot tell the forms apart. */
  readonly belowOneUlp: boolean;
  /** Both forms rounded to the format at the (rounded) point of largest gap: equal or not. */
  readonly sameWhenRounded: boolean;
}

/** The largest gap measured in the format's ulps. */
export function geluFormsInFormat(format: NumberFormat, gap: GeluFormsGap = geluFormsGap()): GeluFormsInFormat {
  const spacing = ulp(format, gap.exact);
  const input = roundTo(format, gap.x);
  return {
    formatId: format.id,
    ulp: spacing,
    gapInUlps: Math.abs(gap.gap) / spacing,
    belowOneUlp: Math.abs(gap.gap) < spacing,
    sameWhenRounded: roundTo(format, gelu.f(input, {})) === roundTo(format, geluTanh(input)),
  };
}

/**
 * For a format of at most 16 bits: of its values in [lo, hi], how many give a different result
 * under the two forms (each rounded once), out of how many.
 */
export function geluFormsDisagreement(
  format: NumberFormat,
  lo: number,
  hi: number,
): { readonly differing: number; readonly inputs: number } {
  const inputs = finiteValues(format, lo, hi);
  let differing = 0;
  for (const x of inputs) if (roundTo(format, gelu.f(x, {})) !== roundTo(format, geluTanh(x))) differing++;
  return { differing, inputs: inputs.length };
}
