/**
 * Why a formula is not finite at one x: walks the tree (rarely, only to write a message) and
 * names the innermost operation that produced ±∞ or NaN from finite inputs.
 */
import { compileValue } from './compile';
import { CONSTANTS, type FormulaNode } from './syntax';
import { formatNumber } from '../format';
import type { ParamValues } from '../activations/types';

/** exp overflows above ln(Number.MAX_VALUE). */
const EXP_LIMIT = Math.log(Number.MAX_VALUE);

/** The reason f(x) is not finite, or undefined when it is finite. */
export function nonFiniteReason(node: FormulaNode, x: number, p: ParamValues, defaults: ParamValues): string | undefined {
  let reason: string | undefined;
  const evaluate = (n: FormulaNode): number => {
    switch (n.kind) {
      case 'number':
        return n.value;
      case 'constant':
        return CONSTANTS[n.name];
      case 'x':
      case 'param':
        return compileValue(n, defaults)(x, p);
      // These never turn finite inputs into a non-finite value: the reason is in their parts.
      case 'negate':
        return -evaluate(n.arg);
      case 'call2':
        evaluate(n.left);
        evaluate(n.right);
        return compileValue(n, defaults)(x, p);
      case 'if': {
        evaluate(n.test.left);
        evaluate(n.test.right);
        const taken = compileValue({ ...n, then: { kind: 'number', value: 1 }, otherwise: { kind: 'number', value: 0 } }, defaults)(x, p);
        return taken === 1 ? evaluate(n.then) : taken === 0 ? evaluate(n.otherwise) : NaN;
      }
      case 'call': {
        const u = evaluate(n.arg);
        const result = compileValue(n, defaults)(x, p);
        if (reason === undefined && Number.isFinite(u) && !Number.isFinite(result)) reason = callReason(n.fn, u);
        return result;
      }
      case 'binary': {
        const a = evaluate(n.left);
        const b = evaluate(n.right);
        const result = compileValue(n, defaults)(x, p);
        if (reason === undefined && Number.isFinite(a) && Number.isFinite(b) && !Number.isFinite(result)) reason = binaryReason(n.op, a, b);
        return result;
      }
    }
  };
  const result = evaluate(node);
  return Number.isFinite(result) ? undefined : (reason ?? 'the value is not a finite number');
}

function callReason(fn: string, u: number): string {
  const at = formatNumber(u, 4);
  switch (fn) {
    case 'exp':
    case 'expm1':
      return `${fn} overflows: its argument ${at} is above ${formatNumber(EXP_LIMIT, 5)}`;
    case 'log':
      return u === 0 ? 'log(0) is −∞' : `log of a negative number (${at})`;
    case 'log1p':
      return u === -1 ? 'log1p(−1) is −∞' : `log1p of a number below −1 (${at})`;
    case 'sqrt':
      return `square root of a negative number (${at})`;
    default:
      return `${fn}(${at}) is not finite`;
  }
}

function binaryReason(op: string, a: number, b: number): string {
  if (op === '/' && b === 0) return a === 0 ? 'division by zero (0/0)' : 'division by zero';
  if (op === '^') {
    if (a < 0 && !Number.isInteger(b)) return `a negative number (${formatNumber(a, 4)}) to a fractional power (${formatNumber(b, 4)})`;
    if (a === 0 && b < 0) return 'zero to a negative power';
    return 'a power overflows the largest double (≈ 1.8 × 10³⁰⁸)';
  }
  return 'overflow beyond the largest double (≈ 1.8 × 10³⁰⁸)';
}
