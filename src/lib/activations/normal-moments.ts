/**
 * What a layer's outputs average to when its pre-activations are standard normal: E[g(z)] and
 * Var[g(z)] for z ~ N(0, 1). The atlas's "zero-centred" note and the leaky-ReLU post quote it.
 */
import { formatFixed } from '../format';
import { normalPdf } from './numerics';

/** By Simpson's rule on [−12, 12]; the tails beyond hold less than 10⁻³² of the mass. */
export function normalMoments(g: (z: number) => number): { mean: number; variance: number } {
  const n = 4800;
  const lo = -12;
  const h = 24 / n;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i <= n; i++) {
    const z = lo + i * h;
    const w = (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * normalPdf(z);
    const v = g(z);
    m1 += w * v;
    m2 += w * v * v;
  }
  const mean = (m1 * h) / 3;
  return { mean, variance: (m2 * h) / 3 - mean * mean };
}

/** A mean to 3 decimals; one that is zero up to the integration's rounding prints as 0.000, not as 10⁻¹⁶. */
export function formatMean(mean: number): string {
  return formatFixed(Math.abs(mean) < 5e-4 ? 0 : mean, 3);
}
