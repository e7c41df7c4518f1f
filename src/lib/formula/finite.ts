/**
 * Where a formula is not finite, and why: plots draw a gap there and say so, and training
 * refuses a function that is not finite on its data. Each curve asks about itself: the f
 * panel about f (order 0), the f′ panel about f and f′ (order 1), the f″ panel about all
 * three, so sqrt's vertical tangent at 0 is a gap in f′ but not in f.
 */
import type { CompiledFormula } from './compile';
import { firstNonFinite, reasonAt } from './first-non-finite';
import { bisect, SAMPLES, sampleX } from './sampling';
import { rootsOf, switchExpressions } from './switches';
import { formatNumber } from '../format';
import type { ParamValues } from '../activations/types';

/** A closed stretch [from, to] of the domain (from = to for a single point) where f is not finite. */
export interface NonFiniteInterval {
  readonly from: number;
  readonly to: number;
  /** Plain text, e.g. "log of a negative number (−0.5)". */
  readonly reason: string;
}

/** How many derivatives must be finite too: 0 for f alone, 1 for f and f′, 2 for f, f′ and f″. */
export type DerivativeOrder = 0 | 1 | 2;

function finiteAt(fn: CompiledFormula, x: number, p: ParamValues, order: DerivativeOrder): boolean {
  const j = fn.jet(x, p);
  return Number.isFinite(j[0]) && (order < 1 || Number.isFinite(j[1])) && (order < 2 || Number.isFinite(j[2]));
}

/**
 * The stretches of [lo, hi] where f (or a derivative up to `order`) is not finite, in increasing order, each edge
 * located by bisection to about one double, plus isolated poles where a denominator crosses
 * 0 between samples (1/(x − 0.1)), found from the formula's own denominators.
 */
export function nonFiniteIntervals(
  fn: CompiledFormula,
  p: ParamValues,
  domain: readonly [number, number],
  order: DerivativeOrder = 0,
): NonFiniteInterval[] {
  const [lo, hi] = domain;
  const good = (x: number): boolean => finiteAt(fn, x, p, order);
  const found: NonFiniteInterval[] = [];
  // The reason is taken where a gap begins (why it starts there); for one running in from the
  // domain's left edge, at its middle, away from the edge where the cause may be borderline.
  let start: number | undefined = good(lo) ? undefined : lo;
  let previous = lo;
  for (let i = 1; i < SAMPLES; i++) {
    const x = sampleX(lo, hi, i);
    const ok = good(x);
    if (ok === (start === undefined)) {
      previous = x;
      continue;
    }
    const [a, b] = bisect(good, previous, x);
    if (start === undefined) start = b;
    else {
      found.push({ from: start, to: a, reason: reasonAt(fn, start === lo ? (start + a) / 2 : start, p) });
      start = undefined;
    }
    previous = x;
  }
  if (start !== undefined) found.push({ from: start, to: hi, reason: reasonAt(fn, start === lo ? (start + hi) / 2 : start, p) });

  // A denominator's root between samples: a pole when the numerator is not also 0 there.
  for (const e of switchExpressions(fn.tree, fn.defaults)) {
    if (e.kind !== 'denominator') continue;
    for (const x of rootsOf([e], 'denominator', p, domain)) {
      if (found.some((r) => x >= r.from && x <= r.to)) continue;
      const removable = Math.abs(e.numerator!(x, p)) < 1e-9 && good(x);
      if (!removable)
        found.push({ from: x, to: x, reason: good(x) ? `division by zero near x = ${formatNumber(x, 4)}` : reasonAt(fn, x, p) });
    }
  }
  return found.sort((a, b) => a.from - b.from);
}

/** `ok` when f and f′ are finite at every sample, else a message naming the first bad x and why. */
export function assertFiniteOn(
  fn: CompiledFormula,
  samples: ArrayLike<number>,
  p: ParamValues,
): { readonly ok: true } | { readonly ok: false; readonly message: string } {
  const bad = firstNonFinite(fn, samples, p);
  if (!bad) return { ok: true };
  return {
    ok: false,
    message: `This function is not finite at x = ${formatNumber(bad.x, 4)} (${bad.reason}), a value the network computes; training needs f and f′ finite on all its inputs.`,
  };
}
