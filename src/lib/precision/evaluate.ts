/** Running a kernel at one input in one format, next to the float64 value it approximates. */
import { getActivation } from '../activations/functions';
import type { ParamValues } from '../activations/types';
import { roundedMath } from './arithmetic';
import type { NumberFormat } from './formats';
import type { Kernel } from './kernels';

export interface KernelValue {
  /** The input rounded to the format: what the kernel actually sees. */
  readonly input: number;
  /** f and f′ as the kernel computes them in the format (may be NaN or ±∞). */
  readonly f: number;
  readonly df: number;
}

/** A float64 function and its derivative, what a kernel's errors are measured against. */
export interface Reference {
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
}

/** The float64 f and f′ a kernel approximates: its own `reference`, else the registry entry's. */
export function referenceOf(kernel: Kernel, activationId: string, params: ParamValues): Reference {
  if (kernel.reference) return kernel.reference;
  const a = getActivation(activationId);
  return { f: (x) => a.f(x, params), df: (x) => a.df(x, params) };
}

/**
 * The kernel at x: x is rounded to the format first (a tensor in that format cannot hold
 * anything else), then f and f′ are computed with every operation rounded. Errors are measured
 * against the reference at the same rounded input, so they show the kernel's arithmetic, not
 * the input's spacing.
 */
export function evaluateKernel(kernel: Kernel, format: NumberFormat, x: number, params: ParamValues): KernelValue {
  const m = roundedMath(format);
  const input = m.c(x);
  return { input, f: kernel.f(m, input, params), df: kernel.df(m, input, params) };
}

/**
 * |got − expected| / |expected|; 0 when both are 0 and ∞ when only `expected` is. NaN when
 * either is not finite (a NaN or ∞ output is counted apart, not as an error size).
 */
export function relativeError(got: number, expected: number): number {
  if (!Number.isFinite(got) || !Number.isFinite(expected)) return NaN;
  if (expected === 0) return got === 0 ? 0 : Infinity;
  return Math.abs(got - expected) / Math.abs(expected);
}
