/**
 * "Try your own" in the explorer: a formula box that adds the reader's function as one more
 * curve beside the chosen ones, and prints its f and f′ at the probe to four digits. Loaded
 * (with the parser and differentiator) only when the reader opens the disclosure, so no
 * page's first JavaScript grows. Text reaches the page only as textContent.
 */
import { compileActivation, type CustomActivation } from '../../lib/formula/activation';
import { formatNumber } from '../kit/format';

export interface FormulaBox {
  /** Prints the reader's f and f′ at the probe `x` (nothing while there is no valid formula). */
  show(x: number): void;
}

/** Each compiled formula gets its own id, so the explorer's caches never mix two formulas up. */
let compiledCount = 0;

/**
 * Wires the box inside `details`: `onChange` gets the compiled function, or null when the box
 * is emptied. A formula that does not compile leaves the last good one drawn and says why.
 */
export function attachFormulaBox(details: HTMLElement, domain: readonly [number, number], onChange: (activation: CustomActivation | null) => void): FormulaBox {
  const input = details.querySelector<HTMLInputElement>('input[data-role="custom-formula"]')!;
  const message = details.querySelector<HTMLElement>('[data-role="custom-message"]')!;
  const readout = details.querySelector<HTMLElement>('[data-role="custom-readout"]')!;
  let current: CustomActivation | null = null;
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
    const value = (label: string, v: number): string => (Number.isFinite(v) ? `${label} = ${formatNumber(v, 4)}` : `${label} is not finite`);
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
    compiledCount += 1;
    const result = compileActivation(text, '', { domain, name: 'Your function', id: `custom-${compiledCount}` });
    if (!result.ok) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = `${result.error.message} (column ${result.error.column}).${current ? ' The plot still shows the last formula that worked.' : ''}`;
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
