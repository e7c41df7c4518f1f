/**
 * "Try your own" in the explorer: a formula box that adds the reader's function as one more
 * curve beside the chosen ones, and prints its f and f′ at the probe to four digits. Loaded
 * (with the parser and differentiator) only when the reader opens the disclosure, so no
 * page's first JavaScript grows. Text reaches the page only as textContent.
 */
import { compileFormula } from '../../lib/formula/compile';
import { parseFormula } from '../../lib/formula/parse';
import type { Activation } from '../../lib/activations/types';
import { formatNumber } from '../kit/format';
import { UNMEASURED_PROPERTIES } from '../kit/unmeasured-properties';

export interface FormulaBox {
  /** Prints the reader's f and f′ at the probe `x` (nothing while there is no valid formula). */
  show(x: number): void;
}

/** Each compiled formula gets its own id, so the explorer's caches never mix two formulas up. */
let compiledCount = 0;

/**
 * The formula as an Activation for the explorer, from the parser and the differentiator only:
 * the explorer reads f, f′ and the kinks (which it may miss here, drawing a kink between two
 * samples), so the property measurements (compileActivation's analysis, 4 KB gzip more) stay
 * unloaded. The Lab measures them.
 */
function explorerActivation(text: string): { ok: true; value: Activation } | { ok: false; message: string } {
  const parsed = parseFormula(text, []);
  if (!parsed.ok) return { ok: false, message: `${parsed.error.message} (column ${parsed.error.column})` };
  const { f, df } = compileFormula(parsed.value, {});
  compiledCount += 1;
  return {
    ok: true,
    value: {
      id: `custom-${compiledCount}`,
      name: 'Your function',
      summary: `f(x) = ${text.trim()}`,
      f,
      df,
      tex: '',
      dtex: '',
      params: {},
      properties: UNMEASURED_PROPERTIES,
    },
  };
}

/**
 * Wires the box inside `details`: `onChange` gets the compiled function, or null when the box
 * is emptied. A formula that does not compile leaves the last good one drawn and says why.
 */
export function attachFormulaBox(details: HTMLElement, onChange: (activation: Activation | null) => void): FormulaBox {
  const input = details.querySelector<HTMLInputElement>('input[data-role="custom-formula"]')!;
  const message = details.querySelector<HTMLElement>('[data-role="custom-message"]')!;
  const readout = details.querySelector<HTMLElement>('[data-role="custom-readout"]')!;
  let current: Activation | null = null;
  let lastX = 0;

  const show = (x: number): void => {
    lastX = x;
    if (!current) {
      readout.textContent = '';
      return;
    }
    const fx = current.f(x, {});
    const dfx = current.df(x, {});
    const at = formatNumber(x, 4);
    const value = (label: string, v: number): string =>
      Number.isFinite(v) ? `${label} = ${formatNumber(v, 4)}` : `${label} is not finite`;
    readout.textContent = `Your function at x = ${at}: ${value(`f(${at})`, fx)}, ${value(`f′(${at})`, dfx)}`;
  };

  const fromInput = (): void => {
    const text = input.value;
    if (text.trim() === '') {
      current = null;
      input.removeAttribute('aria-invalid');
      message.textContent = '';
      onChange(null);
      show(lastX);
      return;
    }
    const result = explorerActivation(text);
    if (!result.ok) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = `${result.message}.${current ? ' The plot still shows the last formula that worked.' : ''}`;
      return;
    }
    input.removeAttribute('aria-invalid');
    message.textContent = '';
    current = result.value;
    onChange(current);
    show(lastX);
  };

  input.addEventListener('input', fromInput);
  input.disabled = false;
  if (input.value) fromInput();
  return { show };
}
