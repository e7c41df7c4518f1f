/**
 * Option checks shared by every experiment. Islands clamp before they call, so these only fire
 * on a programming mistake, with a message that names the option and its allowed range.
 */
export interface OptionRange {
  readonly min: number;
  readonly max: number;
}

/** Throws a RangeError naming `name` unless `value` is a finite number in [min, max]. */
export function checkNumber(name: string, value: number, range: OptionRange): void {
  if (!(Number.isFinite(value) && value >= range.min && value <= range.max)) {
    throw new RangeError(`${name} must be a number in [${range.min}, ${range.max}]; got ${String(value)}`);
  }
}

/** Throws a RangeError naming `name` unless `value` is an integer in [min, max]. */
export function checkInteger(name: string, value: number, range: OptionRange): void {
  if (!(Number.isInteger(value) && value >= range.min && value <= range.max)) {
    throw new RangeError(`${name} must be an integer in [${range.min}, ${range.max}]; got ${String(value)}`);
  }
}

/** Seeds of the networks that train: non-negative, so a URL or a test can name a run exactly. */
export const TRAINING_SEEDS: OptionRange = { min: 0, max: Number.MAX_SAFE_INTEGER };

/** Seeds of the one-shot samples: any safe integer. */
export function checkSeed(seed: number): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer; got ${String(seed)}`);
}
