/**
 * The first value where a formula's f or f′ is not finite, and why: what an experiment checks
 * before it runs on a reader's function. Apart from finite.ts (which also scans a domain for
 * gaps), so a figure that only checks its data loads just this and the diagnosis.
 */
import type { CompiledFormula } from './compile';
import { nonFiniteReason } from './diagnose';
import type { ParamValues } from '../activations/types';

/** Why f, f′ or f″ is not finite at x, in words. */
export function reasonAt(fn: CompiledFormula, x: number, p: ParamValues): string {
  const reason = nonFiniteReason(fn.tree, x, p, fn.defaults);
  if (reason !== undefined) return reason;
  return Number.isFinite(fn.df(x, p))
    ? 'f and f′ are finite but f″ is not (f′ has a vertical tangent or overflows here)'
    : 'f is finite but f′ is not (a vertical tangent, as sqrt has at 0, or an overflowing slope)';
}

/** The first sample where f or f′ is not finite, and why; undefined when they are finite at every one. */
export function firstNonFinite(
  fn: CompiledFormula,
  samples: ArrayLike<number>,
  p: ParamValues,
): { readonly x: number; readonly reason: string } | undefined {
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    const j = fn.jet(x, p);
    if (!(Number.isFinite(j[0]) && Number.isFinite(j[1]))) return { x, reason: reasonAt(fn, x, p) };
  }
  return undefined;
}
