/**
 * A reader's formula as a registry-shaped activation: parsed, compiled once, its properties
 * measured on the plotted domain, its derivative checked, its gaps found. Everything a figure
 * needs in one object, and every failure a value with a message, never an exception.
 */
import { compileFormula, type CompiledFormula, type ValueFunction } from './compile';
import { nonFiniteIntervals, type NonFiniteInterval } from './finite';
import { parseDeclarations, parseFormula, type ParamDeclaration } from './parse';
import { breakpoints, derivativeCheck, measureProperties, type DerivativeCheck } from './properties';
import type { FormulaError, FormulaNode, Result } from './syntax';
import { formulaTex, paramTex } from './tex';
import type { Activation, ParamSpec } from '../activations/types';

/** The plotted domain properties are measured on unless a caller gives another. */
export const DEFAULT_DOMAIN: readonly [number, number] = [-6, 6];

/**
 * An `Activation` plus what only a formula has. Unlike a registry entry, f need not be finite
 * everywhere: `nonFinite` says where it is not, and `assertFiniteOn` guards training. Its
 * `properties` are measured at the default parameters on `domain`: `range` is the range
 * there, `kinks` are those inside it, and
 * `continuity` may be −1 (f jumps, e.g. step) or 2 (switches, but nothing up to f″ jumps).
 */
export interface CustomActivation extends Activation {
  /** f″(x) by second-order automatic differentiation. */
  readonly d2f: ValueFunction;
  /** The formula and declarations as typed. */
  readonly source: string;
  readonly declarations: string;
  readonly paramDeclarations: readonly ParamDeclaration[];
  readonly tree: FormulaNode;
  /** The compiled closures (f, f′, f″ and the one-pass jet), for experiments and analysis. */
  readonly compiled: CompiledFormula;
  readonly domain: readonly [number, number];
  /** Where f is not finite on `domain` at the default parameters, and why (`nonFiniteIntervals` with order 1 or 2 for the f′ and f″ panels). */
  readonly nonFinite: readonly NonFiniteInterval[];
  /** AD f′ against central differences on `domain`: the badge. */
  readonly derivativeCheck: DerivativeCheck;
}

/** A FormulaError that also says which text box it points into. */
export interface CompileError extends FormulaError {
  readonly field: 'formula' | 'parameters';
}

export interface CompileOptions {
  /** Where properties, gaps and the derivative check are measured; default [−6, 6]. */
  readonly domain?: readonly [number, number];
  /** Display name; default "Your function". */
  readonly name?: string;
  /** Registry id; default "custom". */
  readonly id?: string;
}

/** `make()` on the first call, the same value after. */
function once<T>(make: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export function compileActivation(
  source: string,
  declarations = '',
  options: CompileOptions = {},
): { readonly ok: true; readonly value: CustomActivation } | { readonly ok: false; readonly error: CompileError } {
  const declared = parseDeclarations(declarations);
  if (!declared.ok) return { ok: false, error: { ...declared.error, field: 'parameters' } };
  const names = declared.value.map((d) => d.name);
  const parsed: Result<FormulaNode> = parseFormula(source, names);
  if (!parsed.ok) return { ok: false, error: { ...parsed.error, field: 'formula' } };

  const domain = options.domain ?? DEFAULT_DOMAIN;
  if (!(Number.isFinite(domain[0]) && Number.isFinite(domain[1]) && domain[0] < domain[1])) {
    return {
      ok: false,
      error: { message: `the domain [${domain[0]}, ${domain[1]}] is not a finite interval`, column: 1, length: 0, field: 'formula' },
    };
  }
  const defaults = Object.fromEntries(declared.value.map((d) => [d.name, d.default]));
  const compiled = compileFormula(parsed.value, defaults);
  // The measurements take a few milliseconds (tens of thousands of evaluations), so they run
  // on first read, not on every keystroke: a figure that only redraws f pays only for parsing.
  const points = once(() => breakpoints(compiled, defaults, domain));
  const properties = once(() => measureProperties(compiled, defaults, domain, points()));
  const nonFinite = once(() => nonFiniteIntervals(compiled, defaults, domain));
  const check = once(() => derivativeCheck(compiled, defaults, domain, points()));
  const params: Record<string, ParamSpec> = Object.fromEntries(
    declared.value.map((d) => [
      d.name,
      { tex: paramTex(d.name), symbol: d.name, meaning: 'your parameter', min: d.min, max: d.max, step: d.step, default: d.default },
    ]),
  );
  return {
    ok: true,
    value: {
      id: options.id ?? 'custom',
      name: options.name ?? 'Your function',
      summary: `A formula from the Lab: f(x) = ${source.trim()}.`,
      f: compiled.f,
      df: compiled.df,
      d2f: compiled.d2f,
      tex: formulaTex(parsed.value),
      dtex: '\\text{computed exactly by automatic differentiation}',
      params,
      get properties() {
        return properties();
      },
      source,
      declarations,
      paramDeclarations: declared.value,
      tree: parsed.value,
      compiled,
      domain,
      get nonFinite() {
        return nonFinite();
      },
      get derivativeCheck() {
        return check();
      },
    },
  };
}
