/**
 * Compiles a syntax tree once into closures, so evaluating it never walks the tree again:
 *
 *  - `compileValue` gives f(x, p) alone, for plots and forward passes;
 *  - `compileJet` gives (f, f′, f″) at x by forward-mode automatic differentiation with
 *    second-order dual numbers: each node keeps (value, d/dx, d²/dx²) in three slots of one
 *    Float64Array, so an evaluation allocates nothing.
 *
 * Conventions where a derivative is not defined: those of the kernels (relu′(0) = 0,
 * |x|′(0) = 0, step′ = 0), max and min ties take the first argument's derivatives, and if(…)
 * takes the derivatives of the branch it chose (only that branch is evaluated, so
 * `if(x > 0, log(x), 0)` is finite everywhere). A product with an exactly-zero derivative
 * factor contributes 0, never ∞·0 = NaN: d/dx (0·log(x)) at x = 0 is 0, as is x^2's f″ at 0.
 */
import { KERNELS, VALUES } from './kernels';
import { CONSTANTS, dependsOnParams, dependsOnX, type Comparison, type FormulaNode } from './syntax';
import type { ParamValues } from '../activations/types';

export type ValueFunction = (x: number, p: ParamValues) => number;

/** f, f′, f″ at x, written into the array returned by `compileJet` (slots 0, 1, 2). */
export interface Jet {
  readonly evaluate: (x: number, p: ParamValues) => void;
  /** [f, f′, f″] after `evaluate`; overwritten by the next call. */
  readonly out: Float64Array;
}

/** c·y, but 0 when c is exactly 0 (a zero derivative times an infinite factor is still 0). */
function times(c: number, y: number): number {
  return c === 0 ? 0 : c * y;
}

function compare(op: Comparison['op'], a: number, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function param(name: string, defaults: ParamValues): ValueFunction {
  const fallback = Object.hasOwn(defaults, name) ? defaults[name]! : NaN;
  return (_x, p) => (Object.hasOwn(p, name) ? p[name]! : fallback);
}

/** Which branch of if(…) is taken: 1, 0, or NaN when a side of the comparison is NaN. */
function conditionOf(test: Comparison, defaults: ParamValues): (x: number, p: ParamValues) => number {
  const left = compileValue(test.left, defaults);
  const right = compileValue(test.right, defaults);
  return (x, p) => {
    const a = left(x, p);
    const b = right(x, p);
    return a !== a || b !== b ? NaN : compare(test.op, a, b) ? 1 : 0;
  };
}

/** f(x, p). `defaults` supplies a parameter that `p` lacks. */
export function compileValue(node: FormulaNode, defaults: ParamValues = {}): ValueFunction {
  switch (node.kind) {
    case 'number':
    case 'constant': {
      const v = node.kind === 'number' ? node.value : CONSTANTS[node.name];
      return () => v;
    }
    case 'x':
      return (x) => x;
    case 'param':
      return param(node.name, defaults);
    case 'negate': {
      const a = compileValue(node.arg, defaults);
      return (x, p) => -a(x, p);
    }
    case 'call': {
      const a = compileValue(node.arg, defaults);
      const g = VALUES[node.fn];
      return (x, p) => g(a(x, p));
    }
    case 'call2': {
      const a = compileValue(node.left, defaults);
      const b = compileValue(node.right, defaults);
      const isMax = node.fn === 'max';
      return (x, p) => {
        const u = a(x, p);
        const v = b(x, p);
        return u !== u || v !== v ? NaN : (isMax ? u >= v : u <= v) ? u : v;
      };
    }
    case 'if': {
      const test = conditionOf(node.test, defaults);
      const then = compileValue(node.then, defaults);
      const otherwise = compileValue(node.otherwise, defaults);
      return (x, p) => {
        const c = test(x, p);
        return c === 1 ? then(x, p) : c === 0 ? otherwise(x, p) : NaN;
      };
    }
    case 'binary': {
      const a = compileValue(node.left, defaults);
      const b = compileValue(node.right, defaults);
      switch (node.op) {
        case '+':
          return (x, p) => a(x, p) + b(x, p);
        case '-':
          return (x, p) => a(x, p) - b(x, p);
        case '*':
          return (x, p) => a(x, p) * b(x, p);
        case '/':
          return (x, p) => a(x, p) / b(x, p);
        case '^':
          return (x, p) => a(x, p) ** b(x, p);
      }
    }
  }
}

type Step = (x: number, p: ParamValues) => void;

/**
 * (f, f′, f″) by forward-mode AD. Not re-entrant (one shared register file), which is fine:
 * evaluation never calls back into user code.
 */
export function compileJet(node: FormulaNode, defaults: ParamValues = {}): Jet {
  let slots = 0;
  const count = (n: FormulaNode): number => {
    switch (n.kind) {
      case 'negate':
      case 'call':
        return 1 + count(n.arg);
      case 'binary':
      case 'call2':
        return 1 + count(n.left) + count(n.right);
      case 'if':
        return 1 + count(n.then) + count(n.otherwise);
      default:
        return 1;
    }
  };
  const r = new Float64Array(3 * count(node));
  const scratch = new Float64Array(3);

  /**
   * Compiles `n` into a step that fills slots [i, i+1, i+2]; returns the step and i. A subtree
   * without x has zero derivatives, which the zero-filled array already holds: it gets a
   * value-only step, or none at all when it is a constant (its value is stored once, here).
   */
  function build(n: FormulaNode): [Step | undefined, number] {
    const i = 3 * slots++;
    if (!dependsOnX(n)) {
      const value = compileValue(n, defaults);
      if (dependsOnParams(n)) return [(x, p) => void (r[i] = value(x, p)), i];
      r[i] = value(0, {});
      return [undefined, i];
    }
    switch (n.kind) {
      case 'number':
      case 'constant':
      case 'param':
        throw new TypeError('unreachable: leaves without x are handled above');
      case 'x':
        return [(x) => ((r[i] = x), (r[i + 1] = 1), (r[i + 2] = 0)), i];
      case 'negate': {
        const [a, j] = build(n.arg);
        return [(x, p) => (a?.(x, p), (r[i] = -r[j]!), (r[i + 1] = -r[j + 1]!), (r[i + 2] = -r[j + 2]!)), i];
      }
      case 'call': {
        const [a, j] = build(n.arg);
        const kernel = KERNELS[n.fn];
        return [
          (x, p) => {
            a?.(x, p);
            kernel(r[j]!, scratch);
            const u1 = r[j + 1]!;
            const u2 = r[j + 2]!;
            const g1 = scratch[1]!;
            r[i] = scratch[0]!;
            r[i + 1] = times(u1, g1);
            r[i + 2] = times(u1 * u1, scratch[2]!) + times(u2, g1);
          },
          i,
        ];
      }
      case 'call2': {
        const [a, j] = build(n.left);
        const [b, k] = build(n.right);
        const isMax = n.fn === 'max';
        return [
          (x, p) => {
            a?.(x, p);
            b?.(x, p);
            const u = r[j]!;
            const v = r[k]!;
            const from = u !== u || v !== v ? -1 : (isMax ? u >= v : u <= v) ? j : k;
            if (from < 0) r[i] = r[i + 1] = r[i + 2] = NaN;
            else copy(from, i);
          },
          i,
        ];
      }
      case 'if': {
        const test = conditionOf(n.test, defaults);
        const [a, j] = build(n.then);
        const [b, k] = build(n.otherwise);
        return [
          (x, p) => {
            const c = test(x, p);
            if (c === 1) {
              a?.(x, p);
              copy(j, i);
            } else if (c === 0) {
              b?.(x, p);
              copy(k, i);
            } else {
              r[i] = r[i + 1] = r[i + 2] = NaN;
            }
          },
          i,
        ];
      }
      case 'binary': {
        const [a, j] = build(n.left);
        const [b, k] = build(n.right);
        const rule = BINARY_RULES[n.op === '^' && !dependsOnX(n.right) ? 'constant power' : n.op];
        return [(x, p) => (a?.(x, p), b?.(x, p), rule(r, j, k, i)), i];
      }
    }
  }

  function copy(from: number, to: number): void {
    r[to] = r[from]!;
    r[to + 1] = r[from + 1]!;
    r[to + 2] = r[from + 2]!;
  }

  const [root, at] = build(node);
  const out = r.subarray(at, at + 3);
  return { evaluate: root ?? (() => undefined), out };
}

/** Combines the jets of a (slot j) and b (slot k) into slot i. */
type Rule = (r: Float64Array, j: number, k: number, i: number) => void;

const BINARY_RULES: Readonly<Record<'+' | '-' | '*' | '/' | '^' | 'constant power', Rule>> = {
  '+': (r, j, k, i) => {
    r[i] = r[j]! + r[k]!;
    r[i + 1] = r[j + 1]! + r[k + 1]!;
    r[i + 2] = r[j + 2]! + r[k + 2]!;
  },
  '-': (r, j, k, i) => {
    r[i] = r[j]! - r[k]!;
    r[i + 1] = r[j + 1]! - r[k + 1]!;
    r[i + 2] = r[j + 2]! - r[k + 2]!;
  },
  '*': (r, j, k, i) => {
    const a = r[j]!,
      a1 = r[j + 1]!,
      a2 = r[j + 2]!;
    const b = r[k]!,
      b1 = r[k + 1]!,
      b2 = r[k + 2]!;
    r[i] = a * b;
    r[i + 1] = times(a1, b) + times(b1, a);
    r[i + 2] = times(a2, b) + times(2 * a1, b1) + times(b2, a);
  },
  '/': (r, j, k, i) => {
    const a1 = r[j + 1]!,
      a2 = r[j + 2]!;
    const b = r[k]!,
      b1 = r[k + 1]!,
      b2 = r[k + 2]!;
    const q = r[j]! / b;
    const q1 = (a1 - times(b1, q)) / b;
    r[i] = q;
    r[i + 1] = q1;
    r[i + 2] = (a2 - times(2 * b1, q1) - times(b2, q)) / b;
  },
  // a^n with n not depending on x: n·a^(n−1)·a′, the usual power rule (fine for a ≤ 0 and integer n).
  'constant power': (r, j, k, i) => {
    const a = r[j]!,
      a1 = r[j + 1]!,
      a2 = r[j + 2]!;
    const n = r[k]!;
    const p1 = times(n, a ** (n - 1));
    r[i] = a ** n;
    r[i + 1] = times(a1, p1);
    r[i + 2] = times(a1 * a1, times(n * (n - 1), a ** (n - 2))) + times(a2, p1);
  },
  // a^b = e^{b ln a} with b depending on x: defined for a > 0 only, as the real function is.
  '^': (r, j, k, i) => {
    const a = r[j]!,
      a1 = r[j + 1]!,
      a2 = r[j + 2]!;
    const b = r[k]!,
      b1 = r[k + 1]!,
      b2 = r[k + 2]!;
    const v = a ** b;
    const ln = Math.log(a);
    const g1 = times(b1, ln) + times(b, a1 / a);
    const g2 = times(b2, ln) + times(2 * b1, a1 / a) + times(b, a2 / a - (a1 / a) * (a1 / a));
    r[i] = v;
    r[i + 1] = times(g1, v);
    r[i + 2] = times(g2 + g1 * g1, v);
  },
};

/** A parsed formula compiled for use: the tree it came from and its three closures. */
export interface CompiledFormula {
  readonly tree: FormulaNode;
  /** Parameter values used when `p` lacks one (the declared defaults). */
  readonly defaults: ParamValues;
  readonly f: ValueFunction;
  /** f′ by forward-mode AD. */
  readonly df: ValueFunction;
  /** f″ by second-order forward-mode AD. */
  readonly d2f: ValueFunction;
  /** f, f′ and f″ from one pass: [value, first, second], a view overwritten by the next call. */
  readonly jet: (x: number, p: ParamValues) => Float64Array;
}

export function compileFormula(tree: FormulaNode, defaults: ParamValues = {}): CompiledFormula {
  const { evaluate, out } = compileJet(tree, defaults);
  return {
    tree,
    defaults,
    f: compileValue(tree, defaults),
    df: (x, p) => (evaluate(x, p), out[1]!),
    d2f: (x, p) => (evaluate(x, p), out[2]!),
    jet: (x, p) => (evaluate(x, p), out),
  };
}

/**
 * f and f′ as a network's forward pass asks for them: f(x), then f′(x) at the same x. `f` runs
 * the jet once and keeps its slope, and `df` at that same x and p reads it instead of running a
 * second pass, so a trained unit costs one walk of the closures, not two. Not re-entrant, like
 * the jet it shares.
 */
export function valueThenSlope(compiled: CompiledFormula): { readonly f: ValueFunction; readonly df: ValueFunction } {
  let lastX = NaN;
  let lastP: ParamValues | null = null;
  let slope = 0;
  return {
    f: (x, p) => {
      const j = compiled.jet(x, p);
      lastX = x;
      lastP = p;
      slope = j[1]!;
      return j[0]!;
    },
    df: (x, p) => (x === lastX && p === lastP ? slope : compiled.df(x, p)),
  };
}
