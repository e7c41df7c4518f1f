/**
 * The on-request half of reader-formula.ts: parses a formula and its declarations, compiles
 * them once into closures and checks an experiment's data. Loaded only when a figure's state
 * holds a formula, so no page's first JavaScript carries the parser.
 */
import { compileFormula, valueThenSlope } from '../../lib/formula/compile';
import { firstNonFinite } from '../../lib/formula/first-non-finite';
import { formatNumber } from '../../lib/format';
import { parseDeclarations, parseFormula } from '../../lib/formula/parse';
import type { Activation, ParamSpec } from '../../lib/activations/types';
import { UNMEASURED_PROPERTIES } from './unmeasured-properties';
import type { ReaderFormula } from './reader-formula';

export function compileReaderFormula(formula: string, declarations: string): ReaderFormula {
  const declared = parseDeclarations(declarations);
  if (!declared.ok) return { ok: false, message: `in the parameters, ${declared.error.message} (column ${declared.error.column})` };
  const parsed = parseFormula(
    formula,
    declared.value.map((d) => d.name),
  );
  if (!parsed.ok) return { ok: false, message: `${parsed.error.message} (column ${parsed.error.column})` };
  const defaults = Object.fromEntries(declared.value.map((d) => [d.name, d.default]));
  const compiled = compileFormula(parsed.value, defaults);
  const { f, df } = valueThenSlope(compiled);
  const params: Record<string, ParamSpec> = Object.fromEntries(
    declared.value.map((d) => [d.name, { tex: d.name, symbol: d.name, meaning: 'your parameter', ...d }]),
  );
  const activation: Activation = {
    id: 'custom',
    name: 'Your function',
    summary: `f(x) = ${formula.trim()}`,
    f,
    df,
    tex: '',
    dtex: '',
    params,
    properties: UNMEASURED_PROPERTIES,
  };
  return {
    ok: true,
    fn: {
      activation,
      refusal: (samples) => {
        const bad = firstNonFinite(compiled, samples, defaults);
        return bad && `Your function is not finite at x = ${formatNumber(bad.x, 4)} (${bad.reason}), a value this figure computes.`;
      },
    },
  };
}
