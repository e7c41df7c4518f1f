/**
 * A root of a continuous function inside a bracket where it changes sign, by the Illinois
 * variant of false position: superlinear on smooth functions, and it never leaves the bracket,
 * so a root is found even when the function is only continuous (a kinked moment map).
 */

/**
 * x in [lo, hi] with h(x) ≈ 0, given h(lo) and h(hi) of opposite signs (or one of them 0).
 * Stops when the bracket is narrower than xTol·max(1, |x|) or after 200 steps.
 */
export function findRoot(h: (x: number) => number, lo: number, hi: number, xTol = 1e-14): number {
  let a = lo;
  let b = hi;
  let fa = h(a);
  let fb = h(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(Math.sign(fa) !== Math.sign(fb))) throw new RangeError(`findRoot needs a sign change on [${lo}, ${hi}]; got h = ${fa}, ${fb}`);
  let side = 0;
  for (let step = 0; step < 200; step++) {
    const x = (a * fb - b * fa) / (fb - fa);
    const c = x > Math.min(a, b) && x < Math.max(a, b) ? x : (a + b) / 2;
    const fc = h(c);
    if (fc === 0) return c;
    if (Math.sign(fc) === Math.sign(fb)) {
      b = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (Math.abs(b - a) <= xTol * Math.max(1, Math.abs(c))) break;
  }
  return Math.abs(fa) < Math.abs(fb) ? a : b;
}
