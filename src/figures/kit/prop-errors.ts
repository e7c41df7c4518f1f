/**
 * Build-time errors for figure props. An author who mistypes a prop gets a failed build whose
 * message names the component, the prop, what was wrong and what would be right.
 */
export class FigurePropError extends Error {
  constructor(component: string, prop: string, problem: string, valid?: readonly string[]) {
    const hint = valid && valid.length > 0 ? ` Valid names: ${valid.join(', ')}.` : '';
    super(`<${component}> prop "${prop}" ${problem}.${hint}`);
    this.name = 'FigurePropError';
  }
}

type RangeCheck = (component: string, prop: string, value: unknown, min: number, max: number) => void;

/**
 * A number prop that is no control (units in a layer, a threshold): `fallback` when the author
 * leaves it out, else checked by `check` (finite, by default) against `range`.
 */
export function readNumberProp(
  component: string,
  prop: string,
  value: unknown,
  fallback: number,
  range: { min: number; max: number },
  check: RangeCheck = assertFiniteInRange,
): number {
  const number = value ?? fallback;
  check(component, prop, number, range.min, range.max);
  return number as number;
}

export function assertFiniteInRange(component: string, prop: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new FigurePropError(component, prop, `must be a finite number, got ${JSON.stringify(value) ?? String(value)}`);
  }
  if (value < min || value > max) {
    throw new FigurePropError(component, prop, `must lie in [${min}, ${max}], got ${value}`);
  }
}

/**
 * A figure's `id` prop, or `fallback`: it names the figure's URL-hash keys and SVG ids, so it
 * must start with a letter and hold only letters, digits, "-" and "_".
 */
export function readFigureId(component: string, id: unknown, fallback: string): string {
  const value = id ?? fallback;
  if (typeof value !== 'string' || !/^[A-Za-z][\w-]*$/.test(value)) {
    throw new FigurePropError(
      component,
      'id',
      `must start with a letter and hold only letters, digits, "-" and "_", got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
