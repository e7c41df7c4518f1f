/**
 * The shape of one activation function in the registry. An `Activation` holds everything a plot,
 * a table, a test or a post needs to know about a function. It is put together from two halves
 * kept in separate modules, so the browser downloads only the first: the `ActivationCore` (the
 * math, its parameters, its range and kinks; relu-family.ts and the other family files, listed in
 * functions.ts) and the `ActivationDescription` (prose and TeX; descriptions.ts), which only the
 * build reads (registry.ts).
 */

/** A tunable parameter such as leaky ReLU's α: the bounds a slider uses, and its default. */
export interface ParamSpec {
  /** TeX symbol shown in formulas, e.g. `\alpha`. */
  readonly tex: string;
  /** The same symbol in plain text, for controls, tables and screen readers, e.g. `α`. */
  readonly symbol: string;
  /** What the parameter does, in a few words, e.g. `negative slope`. */
  readonly meaning: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
}

/** How a parameter's control is labelled: its symbol, then what it does, e.g. "α (negative slope)". */
export function paramLabel(spec: Pick<ParamSpec, 'symbol' | 'meaning'>): string {
  return `${spec.symbol} (${spec.meaning})`;
}

/** Parameter values by name; every name in the entry's `params` is present. */
export type ParamValues = Readonly<Record<string, number>>;

/**
 * Facts about f at its default parameter values (other in-spec values can change them, e.g.
 * leaky ReLU with α = 0 is ReLU and saturates on the left; each entry's comments say where).
 */
export interface ActivationProperties {
  /** The closed/open range as TeX, e.g. `(0, 1)` or `[0, \infty)`. */
  readonly rangeTex: string;
  /** The same range as plain text for tables and screen readers, e.g. `(0, 1)`. */
  readonly rangeText: string;
  /**
   * The range as numbers [inf f, sup f] at the default parameters (±Infinity when unbounded),
   * for plot axes and for tests that check sampled values against the stated range. Open or
   * closed ends are only in `rangeTex`/`rangeText`; approximate ends (e.g. GELU's minimum)
   * are given to full double precision.
   */
  readonly range: readonly [number, number];
  readonly monotonic: boolean;
  /**
   * Outputs average to about zero: for standard-normal inputs (default parameters) the mean
   * output is within 5% of its root-mean-square. Passing through 0 with both signs is not
   * enough: leaky ReLU does that, yet its mean output is 0.40 against an RMS of 0.71.
   */
  readonly zeroCentred: boolean;
  /** Whether f′ → 0 as x → −∞ and as x → +∞. */
  readonly saturates: { readonly left: boolean; readonly right: boolean };
  /** Smoothness class at the default parameters: 0 = continuous with a kink, 1 = C¹, Infinity = C^∞. */
  readonly continuity: number;
  /**
   * Points where f′ is not defined (for the default or for some other in-spec parameter value,
   * e.g. ELU's 0, which is smooth only for α = 1), and the value this registry's `df` returns
   * there at the default parameters (the convention frameworks use, e.g. ReLU′(0) = 0). Plots
   * break curves here; tests skip them when comparing f′ with finite differences. Empty for
   * functions differentiable everywhere for every parameter value.
   */
  readonly kinks: readonly { readonly x: number; readonly derivative: number; readonly note: string }[];
}

export interface Activation {
  /** Stable id used in MDX props, URLs and tests, e.g. `leaky-relu`. */
  readonly id: string;
  /** Display name, e.g. `Leaky ReLU`. */
  readonly name: string;
  /** One sentence for tables and tooltips. */
  readonly summary: string;
  /** f(x); finite for every finite x and every parameter value within its spec. */
  readonly f: (x: number, p: ParamValues) => number;
  /** f′(x), written by hand; at kinks it returns the value documented in `properties.kinks`. */
  readonly df: (x: number, p: ParamValues) => number;
  /** TeX for f, right-hand side only, e.g. `\frac{1}{1+e^{-x}}`. */
  readonly tex: string;
  /** TeX for f′, right-hand side only. */
  readonly dtex: string;
  readonly params: Readonly<Record<string, ParamSpec>>;
  readonly properties: ActivationProperties;
}

/** What code running in the browser needs of a function: its math, parameters, range and kinks. */
export interface ActivationCore {
  readonly id: string;
  readonly name: string;
  readonly f: Activation['f'];
  readonly df: Activation['df'];
  readonly params: Activation['params'];
  readonly properties: {
    readonly range: ActivationProperties['range'];
    /** Where f′ is not defined and what `df` returns there (the notes are in the description). */
    readonly kinks: readonly { readonly x: number; readonly derivative: number }[];
  };
}

/** What only the build needs of a function: its prose, its TeX and the facts pages print. */
export interface ActivationDescription {
  readonly summary: Activation['summary'];
  readonly tex: Activation['tex'];
  readonly dtex: Activation['dtex'];
  readonly properties: Omit<ActivationProperties, 'range' | 'kinks'>;
  /** One note per entry of the core's `properties.kinks`, in the same order. */
  readonly kinkNotes: readonly string[];
}
