/**
 * What a FormulaLab is configured with, shared by the build-time component (which validates an
 * author's props) and the custom element (which reads it from `data-config` and the URL hash).
 * The formula and its declarations are reader-typed text: the hash keeps them verbatim (up to
 * HASH_TEXT_LIMIT) and the element compiles them, showing a message for anything else.
 */
import { compileActivation, type CustomActivation } from '../../lib/formula/activation';
import { controlField, readControl } from '../kit/controls';
import { FigurePropError, readFigureId } from '../kit/prop-errors';
import type { StateSchema } from '../kit/url-state';
import { LAB_DOMAIN, PARAM_KEYS, PROBE_CONTROL } from './controls';

export interface FormulaLabConfig {
  /** Unique on the page; namespaces the URL state and SVG ids. */
  readonly id: string;
  /** The formula in x shown first. */
  readonly formula: string;
  /** Its parameter declarations ('' for none). */
  readonly declarations: string;
  readonly x: number;
}

export interface FormulaLabProps {
  id?: string;
  /** A formula in x, e.g. "x * sigmoid(b * x)". Default: Swish-β. */
  formula?: string;
  /** Parameter declarations, e.g. "b in [0, 5] = 1". */
  declarations?: string;
  /** Where the probe starts, −6…6. Default 1. */
  x?: number;
}

const COMPONENT = 'FormulaLab';
export const LAB_DEFAULT_FORMULA = { formula: 'x * sigmoid(b * x)', declarations: 'b in [0, 5] = 1' } as const;

/** The formula as the Lab shows it: compiled with the name readers see. */
export function compileLabFormula(formula: string, declarations: string): ReturnType<typeof compileActivation> {
  return compileActivation(formula, declarations, { name: 'Your function', id: 'custom', domain: LAB_DOMAIN });
}

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function formulaLabConfig(props: FormulaLabProps): FormulaLabConfig {
  const formula = props.formula ?? LAB_DEFAULT_FORMULA.formula;
  const declarations = props.declarations ?? (props.formula === undefined ? LAB_DEFAULT_FORMULA.declarations : '');
  const compiled = compileLabFormula(formula, declarations);
  if (!compiled.ok) {
    const prop = compiled.error.field === 'formula' ? 'formula' : 'declarations';
    throw new FigurePropError(COMPONENT, prop, `${compiled.error.message} (column ${compiled.error.column})`);
  }
  const x = readControl(COMPONENT, PROBE_CONTROL, props.x);
  return { id: readFigureId(COMPONENT, props.id, 'lab'), formula, declarations, x };
}

/** The parameter defaults of a config's formula, by slider key. */
export function declaredDefaults(activation: CustomActivation): Record<string, number> {
  return Object.fromEntries(activation.paramDeclarations.map((d, i) => [PARAM_KEYS[i]!, d.default]));
}

/**
 * The longest formula or declaration text the hash keeps: far past MAX_FORMULA_LENGTH, so a
 * link with a 243-character formula still reaches the element, which falls back to the
 * default and says "formula is 243 characters; the limit is 200" instead of dropping it
 * silently. The hash reader's own 2,000-character cap bounds it anyway.
 */
export const HASH_TEXT_LIMIT = 2000;

/**
 * Hash keys: `f` (the formula), `p` (its declarations), `x` (the probe), `v1`, `v2` (parameter
 * values). Text that does not compile (too long included) is still accepted into the state: the
 * element shows what is wrong with it, pointing at the column, instead of silently replacing a
 * shared link.
 */
export function formulaLabSchema(config: FormulaLabConfig): StateSchema {
  const compiled = compileLabFormula(config.formula, config.declarations);
  const defaults = compiled.ok ? declaredDefaults(compiled.value) : {};
  return {
    f: { kind: 'text', maxLength: HASH_TEXT_LIMIT, default: config.formula },
    p: { kind: 'text', maxLength: HASH_TEXT_LIMIT, default: config.declarations },
    x: controlField(PROBE_CONTROL, config.x),
    ...Object.fromEntries(PARAM_KEYS.map((key) => [key, { kind: 'number', min: -1e6, max: 1e6, default: defaults[key] ?? 0 }])),
  };
}
