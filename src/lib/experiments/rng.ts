import { randomLcg, randomNormal } from 'd3-random';

/**
 * Seeded random sources shared by every experiment. d3-random's LCG is deterministic across
 * JavaScript engines, so the same seed gives the same run under vitest and in the browser.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  readonly uniform: () => number;
  /** Standard normal, N(0, 1). */
  readonly normal: () => number;
  /** Uniform in [lo, hi). */
  readonly between: (lo: number, hi: number) => number;
}

/** Seeds are integers; anything else is folded into [0, 1) the way randomLcg expects. */
export function createRng(seed: number): Rng {
  const source = randomLcg(seedToUnit(seed));
  const normal = randomNormal.source(source)(0, 1);
  return {
    uniform: source,
    normal,
    between: (lo, hi) => lo + (hi - lo) * source(),
  };
}

function seedToUnit(seed: number): number {
  const n = Number.isFinite(seed) ? Math.abs(Math.trunc(seed)) : 0;
  // A fixed irrational stride spreads small integer seeds across [0, 1).
  return (n * 0.6180339887498949) % 1;
}
