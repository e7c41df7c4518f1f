/**
 * A formula's properties, measured numerically the way the registry states them by hand:
 * range on the plotted domain, monotonic, zero-centred (mean under N(0, 1) within 5% of the
 * RMS, by quadrature on [−8, 8]), saturation (f′ → 0 far out), smoothness and kinks.
 */
import type { CompiledFormula } from './compile';
import { nonFiniteIntervals } from './finite';
import { SAMPLES, sampleX } from './sampling';
import { rootsOf, switchExpressions } from './switches';
import { formatNumber } from '../format';
import type { ActivationProperties, ParamValues } from '../activations/types';

/** A root of a switch in the formula (see switches.ts), and what jumps there. */
export interface Breakpoint {
  readonly x: number;
  /** f itself (a step), f′ (a kink), only f″ (f is C¹ there), or nothing up to f″. */
  readonly jump: 'value' | 'slope' | 'curvature' | 'none';
}

/**
 * Classifies each switch root by comparing one-sided limits at x ± h (h = 1e−6·max(1, |x|)):
 * f jumps when the two sides differ by more than its slope explains, f′ likewise by f″, and
 * f″ by more than 1%. Nothing may jump at all: relu(x)³, or relu(x) − relu(−x) = x.
 */
export function breakpoints(fn: CompiledFormula, p: ParamValues, domain: readonly [number, number]): Breakpoint[] {
  const found: Breakpoint[] = [];
  for (const x of rootsOf(switchExpressions(fn.tree, fn.defaults), 'switch', p, domain)) {
    const h = 1e-6 * Math.max(1, Math.abs(x));
    const [fl, dl, d2l] = fn.jet(x - h, p);
    const [fr, dr, d2r] = fn.jet(x + h, p);
    if (![fl, dl, d2l, fr, dr, d2r].every(Number.isFinite)) {
      found.push({ x, jump: 'none' });
      continue;
    }
    const slope = Math.max(Math.abs(dl!), Math.abs(dr!));
    const curvature = Math.max(Math.abs(d2l!), Math.abs(d2r!));
    if (Math.abs(fr! - fl!) > 1e-6 * (1 + Math.abs(fl!)) + 4 * h * slope) found.push({ x, jump: 'value' });
    else if (Math.abs(dr! - dl!) > 1e-6 * (1 + slope) + 4 * h * curvature) found.push({ x, jump: 'slope' });
    else if (Math.abs(d2r! - d2l!) > 1e-2 * (1 + curvature)) found.push({ x, jump: 'curvature' });
    else found.push({ x, jump: 'none' });
  }
  return found;
}

/**
 * −1 when f jumps (a discontinuity, which the registry's entries never have), 0 for a kink,
 * 1 when only f″ jumps, 2 when a switch changes sign on the domain but nothing up to f″ jumps
 * there (higher derivatives are not checked), Infinity when no switch changes sign.
 */
function continuityOf(points: readonly Breakpoint[]): number {
  if (points.some((b) => b.jump === 'value')) return -1;
  if (points.some((b) => b.jump === 'slope')) return 0;
  if (points.some((b) => b.jump === 'curvature')) return 1;
  return points.length > 0 ? 2 : Infinity;
}

/** |mean| / RMS of f(z) for z ~ N(0, 1), by the trapezoid rule on [−8, 8] with step 1/500. */
export function meanToRms(f: (x: number) => number): number {
  let mean = 0;
  let square = 0;
  let weight = 0;
  for (let i = -4000; i <= 4000; i++) {
    const z = i / 500;
    const g = Math.exp((-z * z) / 2);
    const y = f(z);
    mean += g * y;
    square += g * y * y;
    weight += g;
  }
  return Math.abs(mean / weight) / Math.sqrt(square / weight);
}

/** Whether f′ → 0 on one side, by the registry's test: |f′(±50)| < 1e−3 and |f′(±10⁶)| < 1e−9. */
function saturatesOn(fn: CompiledFormula, p: ParamValues, sign: 1 | -1): boolean {
  const near = Math.abs(fn.df(50 * sign, p));
  const far = Math.abs(fn.df(1e6 * sign, p));
  return near < 1e-3 && far < 1e-9;
}

function interval(lo: number, hi: number, tex: boolean): string {
  const minus = tex ? '-' : '−';
  const show = (v: number): string =>
    formatNumber(v, 4)
      .replace('−', minus)
      .replace(/\u00a0×\u00a0/, tex ? ' \\times ' : ' × ');
  return `[${show(lo)}, ${show(hi)}]`;
}

/**
 * Properties at parameters `p`, measured on `domain` (the range is the range there; kinks are
 * those inside it). f′ at each kink is what the AD gives, i.e. the site's conventions.
 * `points` can pass `breakpoints` already computed for the same arguments.
 */
export function measureProperties(
  fn: CompiledFormula,
  p: ParamValues,
  domain: readonly [number, number],
  points: readonly Breakpoint[] = breakpoints(fn, p, domain),
): ActivationProperties {
  const [lo, hi] = domain;
  let min = Infinity;
  let max = -Infinity;
  let rises = false;
  let falls = false;
  let previous = NaN;
  for (let i = 0; i < SAMPLES; i++) {
    const y = fn.f(sampleX(lo, hi, i), p);
    if (!Number.isFinite(y)) {
      previous = NaN;
      continue;
    }
    min = Math.min(min, y);
    max = Math.max(max, y);
    const tolerance = 1e-15 * Math.abs(previous);
    if (y > previous + tolerance) rises = true;
    if (y < previous - tolerance) falls = true;
    previous = y;
  }
  const domainText = interval(lo, hi, false);
  const hasRange = min <= max;
  const ratio = meanToRms((z) => fn.f(z, p));
  return {
    rangeTex: hasRange ? `${interval(min, max, true)} \\text{ on } ${interval(lo, hi, true)}` : '\\text{not finite on the domain}',
    rangeText: hasRange ? `${interval(min, max, false)} on ${domainText}` : `not finite on ${domainText}`,
    range: hasRange ? [min, max] : [-Infinity, Infinity],
    monotonic: !(rises && falls),
    zeroCentred: ratio <= 0.05,
    saturates: { left: saturatesOn(fn, p, -1), right: saturatesOn(fn, p, 1) },
    continuity: continuityOf(points),
    kinks: points
      .filter((b) => b.jump === 'value' || b.jump === 'slope')
      .map((b) => {
        const derivative = fn.df(b.x, p);
        const where = `x = ${formatNumber(b.x, 4)}`;
        const what = b.jump === 'value' ? 'f jumps' : 'f′ jumps';
        return {
          x: b.x,
          derivative,
          note: `${what} at ${where}; f′ there is ${formatNumber(derivative, 4)} by the site’s conventions (relu′(0) = 0, |x|′(0) = 0, step′ = 0, max and min ties take the first argument, if(…) its chosen branch).`,
        };
      }),
  };
}

/** The result of comparing AD's f′ with central differences of f. */
export interface DerivativeCheck {
  /** Max over the checked points of |AD − difference| / (1 + |AD|): relative for steep slopes, absolute for flat ones. */
  readonly maxDisagreement: number;
  /** Where it was largest; undefined when no point could be checked. */
  readonly worstX: number | undefined;
  /** How many points were compared (points near kinks or non-finite values are skipped). */
  readonly checked: number;
  /** maxDisagreement ≤ DERIVATIVE_TOLERANCE. */
  readonly pass: boolean;
}

/**
 * Central differences with h = 1e−5·max(1, |x|) have truncation error h²|f‴|/6 and rounding
 * error ≈ ε|f|/h: about 1e−10 of the scale of f for the registry's functions, but steep
 * formulas such as exp(exp(x)) near x = 6 reach 1e−5. 1e−4 still catches a wrong derivative
 * (a dropped chain-rule factor is off by far more) without failing honest steep ones.
 */
export const DERIVATIVE_TOLERANCE = 1e-4;

/**
 * AD's f′ against central differences on 2001 points of the domain, skipping points within
 * 1/1000 of its width of a switch root (`points`, as for measureProperties) or a gap: next to a pole or the edge of log's domain the
 * difference quotient's own truncation error (h²f‴/6) dwarfs any error in f′.
 */
export function derivativeCheck(
  fn: CompiledFormula,
  p: ParamValues,
  domain: readonly [number, number],
  points: readonly Breakpoint[] = breakpoints(fn, p, domain),
): DerivativeCheck {
  const [lo, hi] = domain;
  const margin = 1e-3 * (hi - lo);
  const kinks = points.map((b) => b.x);
  const gaps = nonFiniteIntervals(fn, p, domain, 1);
  let worst = 0;
  let worstX: number | undefined;
  let checked = 0;
  for (let i = 0; i < SAMPLES; i++) {
    // Offset off the round grid so samples do not sit exactly on kinks such as 0.
    const x = sampleX(lo, hi, i) + ((hi - lo) * 1e-5) / 7;
    if (kinks.some((k) => Math.abs(x - k) < margin) || gaps.some((g) => x > g.from - margin && x < g.to + margin)) continue;
    const h = 1e-5 * Math.max(1, Math.abs(x));
    const ad = fn.df(x, p);
    const difference = (fn.f(x + h, p) - fn.f(x - h, p)) / (2 * h);
    if (!Number.isFinite(ad) || !Number.isFinite(difference)) continue;
    checked++;
    const disagreement = Math.abs(ad - difference) / (1 + Math.abs(ad));
    if (disagreement > worst || worstX === undefined) {
      worst = Math.max(worst, disagreement);
      worstX = x;
    }
  }
  return { maxDisagreement: worst, worstX, checked, pass: checked > 0 && worst <= DERIVATIVE_TOLERANCE };
}
