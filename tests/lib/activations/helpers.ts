/** Shared helpers for the activation tests: tolerant comparison, neighbouring doubles, parameter sets. */
import { expect } from 'vitest';
import type { Activation, ParamValues } from '../../../src/lib/activations/types';

/**
 * Asserts |got − expected| ≤ rel·|expected| + abs, with a message that names the case, x, the
 * expected and the actual value (vitest's default would show only the two numbers).
 */
export function expectClose(label: string, x: number, expected: number, got: number, rel: number, abs = 0): void {
  const error = Math.abs(got - expected);
  const allowed = rel * Math.abs(expected) + abs;
  expect(
    error <= allowed,
    `${label} at x = ${x}: expected ${expected}, got ${got} (error ${error.toExponential(2)} > allowed ${allowed.toExponential(2)})`,
  ).toBe(true);
}

const view = new DataView(new ArrayBuffer(8));

/** The next double after x towards +∞ (x finite). */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + (x > 0 ? 1n : -1n));
  return view.getFloat64(0);
}

/** The next double before x towards −∞ (x finite). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/**
 * Parameter values to test an entry with: the defaults, then each parameter at its spec's min,
 * midpoint and max with the others at their defaults. Entries without parameters get `[{}]`.
 */
export function paramSets(a: Activation): ParamValues[] {
  const defaults: Record<string, number> = {};
  for (const [name, spec] of Object.entries(a.params)) defaults[name] = spec.default;
  const sets: ParamValues[] = [defaults];
  for (const [name, spec] of Object.entries(a.params)) {
    for (const value of [spec.min, (spec.min + spec.max) / 2, spec.max]) sets.push({ ...defaults, [name]: value });
  }
  return sets;
}

/** `{ alpha: 0.3 }` → `alpha=0.3`, for test names and failure messages. */
export function describeParams(p: ParamValues): string {
  const entries = Object.entries(p);
  return entries.length === 0 ? 'no params' : entries.map(([k, v]) => `${k}=${v}`).join(', ');
}

/** n + 1 evenly spaced points from lo to hi inclusive. */
export function grid(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => (i === n ? hi : lo + ((hi - lo) * i) / n));
}
