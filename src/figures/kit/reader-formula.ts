/**
 * A reader's own activation in a figure that takes one: the formula and its parameter
 * declarations live in the figure's hash under `f` and `p`, as the Lab writes them, so a link
 * reproduces the figure. The parser and differentiator load only once a figure's state holds a
 * formula (see reader-formula-compile.ts); until then, and for a formula that does not compile,
 * the figure shows its own activation and says why.
 */
import type { Activation } from '../../lib/activations/types';
import type { TextField } from './url-state';
import type { FigureState } from './figure-element';
import { followLabFormula } from './lab-formula-channel';

/**
 * The hash keeps text far longer than the formula limit (200 characters), so an over-long
 * formula in a link reaches the compiler and is refused with its message, not dropped silently.
 */
const HASH_TEXT_LIMIT = 2000;

/** Hash keys `f` (the formula, '' for none) and `p` (its declarations). */
export const FORMULA_FIELDS = {
  f: { kind: 'text', maxLength: HASH_TEXT_LIMIT, default: '' },
  p: { kind: 'text', maxLength: HASH_TEXT_LIMIT, default: '' },
} as const satisfies Readonly<Record<string, TextField>>;

/** The reader's function, ready for an experiment. */
export interface ReaderFunction {
  /** Parameters bound at their declared defaults; f and f′ share one pass of the compiled closures. */
  readonly activation: Activation;
  /**
   * undefined when f and f′ are finite at every sample; otherwise why the experiment is not
   * run on it, naming the first sample that fails ("Your function is not finite at x = −1.2 (log
   * of a negative number (−1.2)), a value this figure computes.").
   */
  readonly refusal: (samples: ArrayLike<number>) => string | undefined;
}

export type ReaderFormula = { readonly ok: true; readonly fn: ReaderFunction } | { readonly ok: false; readonly message: string };

type Compile = (formula: string, declarations: string) => ReaderFormula;

/**
 * The reader's formula of a figure's current state, compiled once per text. `current` is
 * synchronous (a figure's view is): while the compiler loads it returns null and `onLoaded`
 * asks for a redraw.
 */
export class ReaderFormulaSlot {
  #compile: Compile | null = null;
  #loading = false;
  #cache: { readonly key: string; readonly value: ReaderFormula } | null = null;

  constructor(private readonly onLoaded: () => void) {}

  /** null when the state holds no formula, or while the compiler is still loading. */
  current(state: Readonly<FigureState>): ReaderFormula | null {
    const formula = String(state.f ?? '');
    const declarations = String(state.p ?? '');
    if (formula.trim() === '') return null;
    const key = `${formula}\u0000${declarations}`;
    if (this.#cache?.key === key) return this.#cache.value;
    if (!this.#compile) {
      this.#load();
      return null;
    }
    this.#cache = { key, value: this.#compile(formula, declarations) };
    return this.#cache.value;
  }

  /** On the Lab page: every formula the Lab publishes goes into the figure's state (and hash). */
  followLab(update: (patch: FigureState) => void): void {
    followLabFormula(({ formula, declarations }) => update({ f: formula, p: declarations }));
  }

  #load(): void {
    if (this.#loading) return;
    this.#loading = true;
    void import('./reader-formula-compile').then(({ compileReaderFormula }) => {
      this.#compile = compileReaderFormula;
      this.onLoaded();
    });
  }
}

/** The line a figure prints when the formula in its state does not compile. */
export function formulaErrorLine(message: string, shown: string): string {
  return `Your formula: ${message}. Showing ${shown} instead.`;
}
