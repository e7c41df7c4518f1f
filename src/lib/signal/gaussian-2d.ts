/**
 * E[g(u₁, u₂)] for a pair of jointly Gaussian pre-activations with equal variance q and
 * correlation c: u₁ = √q·z₁, u₂ = √q·(c·z₁ + √(1−c²)·z₂), z₁, z₂ independent N(0, 1). This is
 * what the correlation map of mean-field theory needs (two inputs through the same random layer).
 *
 * Method: nested adaptive Gauss–Kronrod. The inner integral over z₂ is split where u₂ crosses a
 * kink (z₂ = (k/√q − c·z₁)/√(1−c²)); the outer over z₁ where u₁ does. Both run on |z| ≤ 12,
 * outside which the Gaussian mass is 4e−33. Tolerance 1e−10 relative: the correlation map feeds a
 * root finder and a logarithm, where more digits buy nothing.
 */
import { integrate } from './gauss-kronrod';

const Z_MAX = 12;
const EDGES = [-Z_MAX, -6, -3, 0, 3, 6, Z_MAX];
/** Inner integrals tighter than the outer one, so their rounding does not make the outer one bisect. */
const INNER = { relTol: 1e-12 };
const OUTER = { relTol: 1e-10, maxBisections: 60 };
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

function panels(extra: readonly number[]): number[] {
  return [...EDGES, ...extra.filter((t) => t > -Z_MAX && t < Z_MAX)].sort((a, b) => a - b);
}

/**
 * E[g(u₁, u₂)] as above; `kinks` are where g is not smooth in either argument. q > 0 and
 * c ∈ [−1, 1]; |c| within 1e−12 of 1 reduces to the 1-D integral with u₂ = ±u₁. `scale` bounds
 * E|g| (e.g. E[f²] for g = f(u₁)f(u₂), by Cauchy–Schwarz): the result is then good to 1e−12·scale
 * absolute, which stops the search for relative digits of an integral that is ~0 (odd f at c = 0).
 */
export function bivariateExpectation(
  g: (u1: number, u2: number) => number,
  q: number,
  c: number,
  kinks: readonly number[],
  scale = 0,
): number {
  if (!(q > 0 && Number.isFinite(q))) throw new RangeError(`variance q must be a finite number > 0; got ${String(q)}`);
  if (!(c >= -1 && c <= 1)) throw new RangeError(`correlation c must be in [−1, 1]; got ${String(c)}`);
  const r = Math.sqrt(q);
  const scaled = kinks.map((k) => k / r);
  const phi = (t: number) => INV_SQRT_2PI * Math.exp(-0.5 * t * t);
  const s = Math.sqrt(Math.max(0, 1 - c * c));
  if (s < 1e-12 * Math.SQRT2) {
    const sign = c > 0 ? 1 : -1;
    return integrate((t) => g(r * t, sign * r * t) * phi(t), panels([...scaled, ...scaled.map((k) => sign * k)]), INNER).value;
  }
  const inner = (t1: number): number => {
    const u1 = r * t1;
    const mean = c * t1;
    const breaks = scaled.map((k) => (k - mean) / s);
    return integrate((t2) => g(u1, r * (mean + s * t2)) * phi(t2), panels(breaks), INNER).value;
  };
  return integrate((t1) => inner(t1) * phi(t1), panels(scaled), { ...OUTER, absTol: 1e-12 * scale }).value;
}
