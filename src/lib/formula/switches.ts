/**
 * The places where a formula can stop being smooth: where the argument of relu, abs or step
 * crosses 0, where the two arguments of max or min tie, where the two sides of if(…)'s
 * comparison meet, and where a denominator crosses 0. Finding their roots on the domain gives
 * the candidate kinks (classified later from f itself) and the poles.
 */
import { compileValue, type ValueFunction } from './compile';
import { bisect, SAMPLES, sampleX } from './sampling';
import type { FormulaNode } from './syntax';
import type { ParamValues } from '../activations/types';

/** A quantity whose sign change marks a candidate kink (`switch`) or a pole (`denominator`). */
export interface SwitchExpression {
  readonly kind: 'switch' | 'denominator';
  readonly value: ValueFunction;
  /** Denominators only: the numerator, to tell a pole (a/0) from a removable 0/0. */
  readonly numerator?: ValueFunction;
}

function difference(a: FormulaNode, b: FormulaNode, defaults: ParamValues): ValueFunction {
  const f = compileValue(a, defaults);
  const g = compileValue(b, defaults);
  return (x, p) => f(x, p) - g(x, p);
}

/** Every switch and denominator in the tree, outermost first. */
export function switchExpressions(node: FormulaNode, defaults: ParamValues): SwitchExpression[] {
  const found: SwitchExpression[] = [];
  const visit = (n: FormulaNode): void => {
    switch (n.kind) {
      case 'negate':
        return visit(n.arg);
      case 'call':
        if (n.fn === 'relu' || n.fn === 'abs' || n.fn === 'step') found.push({ kind: 'switch', value: compileValue(n.arg, defaults) });
        return visit(n.arg);
      case 'call2':
        found.push({ kind: 'switch', value: difference(n.left, n.right, defaults) });
        visit(n.left);
        return visit(n.right);
      case 'if':
        found.push({ kind: 'switch', value: difference(n.test.left, n.test.right, defaults) });
        for (const part of [n.test.left, n.test.right, n.then, n.otherwise]) visit(part);
        return;
      case 'binary':
        if (n.op === '/') {
          found.push({ kind: 'denominator', value: compileValue(n.right, defaults), numerator: compileValue(n.left, defaults) });
        }
        visit(n.left);
        return visit(n.right);
      default:
        return;
    }
  };
  visit(node);
  return found;
}

/**
 * The points of [lo, hi] where s changes sign or touches 0 between nonzero neighbours, each
 * to about one double; a quantity that is 0 on a whole stretch (max(x, x)) has no roots.
 */
export function signChanges(s: (x: number) => number, lo: number, hi: number): number[] {
  const roots: number[] = [];
  let previousX = lo;
  let previous = s(lo);
  let beforeZero = NaN;
  for (let i = 1; i < SAMPLES; i++) {
    const x = sampleX(lo, hi, i);
    const v = s(x);
    if (previous === 0) {
      // A sample exactly on a root: keep it when the sign really differs on the two sides.
      if (v !== 0 && beforeZero === beforeZero && Math.sign(v) !== Math.sign(beforeZero)) roots.push(previousX);
    } else if (v !== 0 && previous * v < 0) {
      const [a, b] = bisect((t) => s(t) > 0, previousX, x);
      roots.push(s(a) === 0 ? a : s(b) === 0 ? b : Math.abs(s(a)) <= Math.abs(s(b)) ? a : b);
    }
    if (v === 0 && previous !== 0) beforeZero = previous;
    previousX = x;
    previous = v;
  }
  return roots;
}

/** Sorted distinct roots of every expression of this kind on [lo, hi]. */
export function rootsOf(
  expressions: readonly SwitchExpression[],
  kind: SwitchExpression['kind'],
  p: ParamValues,
  [lo, hi]: readonly [number, number],
): number[] {
  const roots = new Set<number>();
  for (const e of expressions) {
    if (e.kind !== kind) continue;
    for (const x of signChanges((t) => e.value(t, p), lo, hi)) roots.add(x + 0);
  }
  return [...roots].sort((a, b) => a - b);
}
