/** The evenly spaced grid and the bisection that every numerical question about a formula shares. */

/** Samples on a plotted domain: fine enough for features 1/2000 of its width, cheap enough for every keystroke. */
export const SAMPLES = 2001;
const BISECTIONS = 60;

/** The i-th of SAMPLES evenly spaced points on [lo, hi]; the last is exactly hi. */
export function sampleX(lo: number, hi: number, i: number): number {
  return i === SAMPLES - 1 ? hi : lo + ((hi - lo) * i) / (SAMPLES - 1);
}

/**
 * Where `test` changes value between a and b (it differs at the two ends), by bisection down
 * to neighbouring doubles or 60 halvings: returns the last x with test(x) === test(a), and the first after.
 */
export function bisect(test: (x: number) => boolean, a: number, b: number): [number, number] {
  const atStart = test(a);
  for (let k = 0; k < BISECTIONS; k++) {
    const m = a + (b - a) / 2;
    if (m === a || m === b) break;
    if (test(m) === atStart) a = m;
    else b = m;
  }
  return [a, b];
}
