/**
 * Where a kernel in a format stops telling the truth, found by search over the format's own
 * values (so each threshold is an input a tensor in that format can actually hold):
 *
 * - `reaches-limit`: f rounds to exactly the value it only approaches (σ to 1, ELU to −α);
 * - `slope-zero`: f′ is exactly 0 on that side, though the true slope is not;
 * - `value-not-finite` / `slope-not-finite`: f or f′ is NaN or ±∞ while the true value rounds
 *   to a finite number (an intermediate overflowed: e^x in a naive softplus).
 *
 * These are tail effects, so the walk starts at |x| = ½ (for a limit, at the tail's `from`, past
 * GELU's, SiLU's and Mish's minimum, where the slope is near 0 for a good reason): a threshold
 * is the first representable input from there where the condition holds, walking outwards on
 * one side, with `before`, the representable input just inside it: the real boundary lies
 * between the two. (Below ½ the only event in any narrow format is x·Φ(x) and x·σ(x) at
 * x = −smallest subnormal rounding to −0, which is just correct rounding at the underflow limit;
 * a test checks there is nothing else.)
 *
 * The walk probes powers of two outwards (see `probes`), then bisects over the format's values
 * (see `middleValue`) between the last probe where the condition fails and the first where it holds.
 * That is exact when the condition flips at most once between neighbouring probes; the tests
 * check every 8- and 16-bit format against an exhaustive walk over all its values.
 */
import type { ParamValues } from '../activations/types';
import { evaluateKernel, referenceOf, type KernelValue } from './evaluate';
import { pow2, type NumberFormat } from './formats';
import type { Kernel, KernelSet } from './kernels';
import { middleValue, nextDown, nextUp } from './neighbours';
import { exponentOf, roundTo } from './round';

export type ThresholdKind = 'reaches-limit' | 'slope-zero' | 'value-not-finite' | 'slope-not-finite';
export type Side = 'left' | 'right';

/**
 * Why it happens:
 * - `limit-is-nearest`: the exact value already rounds to the limit: no kernel can do better;
 * - `early-rounding`: the exact value still has a representable neighbour short of the limit;
 *   the kernel's intermediate rounding got there first (1 + e^{−x} rounding to 1);
 * - `underflow`: the true slope is below half the smallest subnormal: it rounds to 0 anyway;
 * - `lost`: the true slope is representable, the kernel lost it (1 − σ cancelling, a factor underflowing);
 * - `overflow`: an intermediate overflowed to ∞ (or NaN in E4M3) though the result would fit.
 */
export type ThresholdCause = 'limit-is-nearest' | 'early-rounding' | 'underflow' | 'lost' | 'overflow';

export interface Threshold {
  readonly kernelId: string;
  readonly kind: ThresholdKind;
  readonly side: Side;
  /** The representable input nearest 0 (on `side`) where the condition first holds. */
  readonly x: number;
  /** The representable input just inside `x`, where it does not hold. */
  readonly before: number;
  /** The kernel's value at `x` (f for value kinds, f′ for slope kinds). */
  readonly value: number;
  /** The float64 value there. */
  readonly reference: number;
  readonly cause: ThresholdCause;
  /** One sentence with the numbers, for a caption or the data table. */
  readonly reason: string;
}

const short = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v));

/**
 * The probes of the walk: ±`from`, then ±2^k for each power of two above it up to 2^64, then
 * every doubling of k up to the largest finite value. Past 2^64 the only events left (x² or x³
 * overflowing) are single flips, so a sparse ladder finds them as exactly and keeps float64's
 * search to about 70 probes instead of over a thousand.
 */
function probes(format: NumberFormat, sign: number, from: number): number[] {
  const top = exponentOf(format.maxFinite);
  const list = [sign * roundTo(format, Math.min(from, format.maxFinite))];
  for (let k = exponentOf(from) + 1; k <= Math.min(top, 64); k++) list.push(sign * pow2(k));
  for (let k = 128; k <= top; k *= 2) list.push(sign * pow2(k));
  list.push(sign * format.maxFinite);
  return list;
}

/**
 * The first representable input with |x| ≥ `from` (rounded to the format), outwards on `side`,
 * where `holds` is true, and the one before it; null if it never holds for finite inputs (see
 * the module comment for the method).
 */
export function findOnset(
  format: NumberFormat,
  side: Side,
  holds: (x: number) => boolean,
  from = 0.5,
): { x: number; before: number } | null {
  const [start, ...rest] = probes(format, side === 'right' ? 1 : -1, from);
  if (holds(start!)) return { x: start!, before: side === 'right' ? nextDown(format, start!) : nextUp(format, start!) };
  let inside = start!;
  for (const probe of rest) {
    if (holds(probe)) return bisect(format, inside, probe, holds);
    inside = probe;
  }
  return null;
}

/** Narrows [fails, holdsAt] to two neighbouring values of the format. */
function bisect(format: NumberFormat, fails: number, holdsAt: number, holds: (x: number) => boolean): { x: number; before: number } {
  let lo = fails;
  let hi = holdsAt;
  for (let mid = middleValue(format, lo, hi); mid !== null; mid = middleValue(format, lo, hi)) {
    if (holds(mid)) hi = mid;
    else lo = mid;
  }
  return { x: hi, before: lo };
}

type Found = Omit<Threshold, 'kernelId'>;

function thresholdsOf(set: KernelSet, kernel: Kernel, format: NumberFormat, params: ParamValues): Threshold[] {
  const reference = referenceOf(kernel, set.activationId, params);
  // Every condition walks the same probes: evaluate each input once.
  const seen = new Map<number, KernelValue>();
  const at = (x: number): KernelValue => {
    let v = seen.get(x);
    if (!v) seen.set(x, (v = evaluateKernel(kernel, format, x, params)));
    return v;
  };
  const found: Found[] = [];
  const search = (
    side: Side,
    from: number,
    holds: (v: KernelValue) => boolean,
    describe: (x: number, v: KernelValue) => Omit<Found, 'side' | 'x' | 'before'>,
  ) => {
    const onset = findOnset(format, side, (x) => holds(at(x)), from);
    if (onset) found.push({ side, ...onset, ...describe(onset.x, at(onset.x)) });
  };

  for (const side of ['left', 'right'] as const) {
    const tail = set.tails[side]?.(params);
    if (tail) {
      // The limit as this kernel lands on it: its own value at the largest finite input when that
      // is finite (so SELU's λα is rounded the kernel's way), else the exact limit rounded.
      const edge = at((side === 'right' ? 1 : -1) * format.maxFinite).f;
      const limit = Number.isFinite(edge) ? edge : roundTo(format, tail.limit);
      search(
        side,
        tail.from,
        (v) => v.f === limit,
        (x, v) => {
          const exact = reference.f(x);
          const nearest = roundTo(format, exact) === limit;
          return {
            kind: 'reaches-limit',
            value: v.f,
            reference: exact,
            cause: nearest ? 'limit-is-nearest' : 'early-rounding',
            reason: nearest
              ? `f rounds to ${short(limit)} from here: the exact value ${short(exact)} is nearer to ${short(limit)} than to any other ${format.name} value.`
              : `f rounds to ${short(limit)} from here although the exact value ${short(exact)} rounds to ${short(roundTo(format, exact))} in ${format.name}: an intermediate result rounded or overflowed first.`,
          };
        },
      );
      search(
        side,
        tail.from,
        (v) => v.df === 0,
        (x, v) => {
          const exact = reference.df(x);
          const underflow = roundTo(format, exact) === 0;
          return {
            kind: 'slope-zero',
            value: v.df,
            reference: exact,
            cause: underflow ? 'underflow' : 'lost',
            reason: underflow
              ? `f′ is 0 from here: the true slope ${short(exact)} is below half of ${format.name}’s smallest subnormal, ${short(format.minSubnormal)}.`
              : `f′ is 0 from here though the true slope ${short(exact)} would round to ${short(roundTo(format, exact))}: this kernel loses it.`,
          };
        },
      );
    }
    for (const [kind, what, pick, exactAt] of [
      ['value-not-finite', 'f', (v: KernelValue) => v.f, reference.f],
      ['slope-not-finite', 'f′', (v: KernelValue) => v.df, reference.df],
    ] as const) {
      // The reference is only computed where the kernel already failed, which is rare.
      search(
        side,
        0.5,
        (v) => !Number.isFinite(pick(v)) && Number.isFinite(roundTo(format, exactAt(v.input))),
        (x, v) => ({
          kind,
          value: pick(v),
          reference: exactAt(x),
          cause: 'overflow',
          reason: `${what} is ${short(pick(v))} from here though the true value ${short(exactAt(x))} fits in ${format.name}: an intermediate result overflowed.`,
        }),
      );
    }
  }
  return found.map((t) => ({ kernelId: kernel.id, ...t }));
}

/** Recent results: thresholds do not depend on the plotted range, so changing it costs nothing. */
const MEMO = new Map<string, Threshold[]>();
const MEMO_SIZE = 64;

/** Every threshold of one kernel in one format, both sides (memoised; the result is shared, do not mutate). */
export function kernelThresholds(set: KernelSet, kernel: Kernel, format: NumberFormat, params: ParamValues): readonly Threshold[] {
  const key = `${set.activationId}|${kernel.id}|${format.id}|${JSON.stringify(params)}`;
  let result = MEMO.get(key);
  if (!result) {
    result = thresholdsOf(set, kernel, format, params);
    if (MEMO.size >= MEMO_SIZE) MEMO.delete(MEMO.keys().next().value!);
    MEMO.set(key, result);
  }
  return result;
}
