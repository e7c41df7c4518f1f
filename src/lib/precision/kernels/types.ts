/** The shape of a kernel: one way of computing an activation and its slope in a number format. */
import type { ParamValues } from '../../activations/types';
import type { RoundedMath } from '../arithmetic';

/**
 * - `naive`: the textbook formula, operation by operation.
 * - `stable`: the formulation the registry uses in float64 (sign branches, log1p/expm1,
 *   σ(x)σ(−x), …), operation by operation. Where the textbook formula is already stable
 *   (ReLU, softsign, …) there is only this one.
 * - `rounded-once`: the float64 registry value rounded to the format once: the best any kernel
 *   can do in the format, and close to what a kernel that computes in float32 and stores in
 *   float16, bfloat16 or float8 does.
 */
export type KernelKind = 'naive' | 'stable' | 'rounded-once';

export interface Kernel {
  /** Unique within an activation, e.g. `naive`, `naive-tanh`, `stable`, `rounded-once`. */
  readonly id: string;
  readonly kind: KernelKind;
  /** Plain text for a legend, e.g. `textbook: 1/(1 + e^−x), σ(1 − σ)`. */
  readonly label: string;
  /** f(x) with every operation rounded; x is already a value of the format, p has every parameter. */
  readonly f: (m: RoundedMath, x: number, p: ParamValues) => number;
  /** f′(x) the same way. */
  readonly df: (m: RoundedMath, x: number, p: ParamValues) => number;
  /**
   * The float64 function this kernel approximates, when it is not the registry entry (GELU's tanh
   * approximation is a different function from GELU): errors are measured against it.
   */
  readonly reference?: { readonly f: (x: number) => number; readonly df: (x: number) => number };
}

/**
 * A side on which f approaches a finite limit it never reaches in exact arithmetic (σ's 0 and 1,
 * ELU's −α): there a format can round f to the limit and its slope to 0.
 */
export interface Tail {
  /** The limit of f on this side. */
  readonly limit: number;
  /**
   * |x| from which f moves monotonically towards the limit; the threshold walk starts here. ½
   * for most; past the minimum for GELU, SiLU and Mish, whose slope is legitimately near 0 there.
   */
  readonly from: number;
}

/** An activation's kernels in a format-independent form, and its tails. */
export interface KernelSet {
  /** The registry id, e.g. `sigmoid`. */
  readonly activationId: string;
  /** Naive first, then stable (the `rounded-once` kernel is added for every activation). */
  readonly kernels: readonly Kernel[];
  /**
   * The tail on each side for these parameters; undefined where f is unbounded or exactly
   * constant (ReLU's left side, ELU with α = 0).
   */
  readonly tails: { readonly left?: (p: ParamValues) => Tail | undefined; readonly right?: (p: ParamValues) => Tail | undefined };
}

/**
 * A parameter's value. Kernels are always called with every parameter filled in (the report
 * merges the registry's defaults first), so a missing one is a programming error.
 */
export function param(p: ParamValues, name: string): number {
  const value = p[name];
  if (value === undefined) throw new Error(`Kernel parameter "${name}" is missing`);
  return value;
}
