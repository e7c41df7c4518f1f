/**
 * Whole-number props shared by the SaturationHistogram, DepthGradients and ZigzagDescent
 * configs (seeds, depths, batch sizes). Kept apart from any one figure so that importing it
 * pulls no figure's model into another figure's script.
 */
import { assertFiniteInRange, FigurePropError, readNumberProp } from './prop-errors';

/** Seeds a reader can reach with "New sample"; past the top it wraps to the bottom. */
export const SEED_RANGE = { min: 1, max: 999_999 } as const;

export function assertWholeInRange(component: string, prop: string, value: unknown, min: number, max: number): void {
  assertFiniteInRange(component, prop, value, min, max);
  if (!Number.isInteger(value)) throw new FigurePropError(component, prop, `must be a whole number, got ${String(value)}`);
}

/**
 * A whole-number prop that is no control (units in a layer, training steps): `fallback` when the
 * author leaves it out, else checked against `range`. Throws FigurePropError naming the prop.
 */
export function readWholeProp(
  component: string,
  prop: string,
  value: unknown,
  fallback: number,
  range: { min: number; max: number },
): number {
  return readNumberProp(component, prop, value, fallback, range, assertWholeInRange);
}

/** The seed after `seed`, wrapping within SEED_RANGE. */
export function nextSeed(seed: number): number {
  return Number.isInteger(seed) && seed >= SEED_RANGE.min && seed < SEED_RANGE.max ? seed + 1 : SEED_RANGE.min;
}
