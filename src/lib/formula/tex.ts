/** The tree as TeX for KaTeX: f's right-hand side, e.g. `x\,\sigma\left(b\,x\right)`. */
import { Precedence, print, type Dialect, type Printed } from './print';
import type { FormulaNode } from './syntax';

const GREEK = new Set([
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
]);

/** A parameter name as TeX: `beta` → `\beta`, `b` → `b`, `k_2` → `\mathrm{k\_2}`. */
export function paramTex(name: string): string {
  if (GREEK.has(name)) return `\\${name}`;
  return name.length === 1 ? name : `\\mathrm{${name.replaceAll('_', '\\_')}}`;
}

/** 0.001 → `1 \times 10^{-3}`; others as JavaScript writes them. */
function numberTex(value: number): string {
  const [mantissa = '', exponent] = String(value).split('e');
  return exponent === undefined ? mantissa : `${mantissa === '1' ? '' : `${mantissa} \\times `}10^{${Number(exponent)}}`;
}

const NAMED: Readonly<Record<string, string>> = {
  log: '\\ln',
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  erf: '\\operatorname{erf}',
  softplus: '\\operatorname{softplus}',
  sin: '\\sin',
  cos: '\\cos',
  step: '\\operatorname{step}',
};

const RELATIONS: Readonly<Record<string, string>> = { '<': '<', '<=': '\\le', '>': '>', '>=': '\\ge', '==': '=', '!=': '\\ne' };

const group = (text: string): string => `\\left(${text}\\right)`;
const atom = (text: string): Printed => ({ text, precedence: Precedence.Atom });

const TEX: Dialect = {
  number: numberTex,
  x: () => 'x',
  param: paramTex,
  constant: (name) => (name === 'pi' ? '\\pi' : 'e'),
  group,
  negate: (arg) => `-${arg}`,
  binary(op, left, right, node) {
    if (node.kind !== 'binary') throw new TypeError('binary expected');
    switch (op) {
      case '+':
        return { text: `${left.text} + ${right.text}`, precedence: Precedence.Sum };
      case '-':
        return { text: `${left.text} - ${right.text}`, precedence: Precedence.Sum };
      case '*': {
        // Juxtapose (x\,σ(x)) unless a digit or sign follows, where 2 \cdot 3 must not read as 23.
        const joiner = /^[\d-]/.test(right.text) ? ' \\cdot ' : '\\,';
        return { text: `${left.text}${joiner}${right.text}`, precedence: Precedence.Product };
      }
      case '/':
        return atom(`\\frac{${print(TEX, node.left).text}}{${print(TEX, node.right).text}}`);
      case '^':
        // A one-character base needs no braces; a longer one does ({e^{x}}^{2} is not e^{x^{2}}).
        return {
          text: `${left.text.length === 1 ? left.text : `{${left.text}}`}^{${print(TEX, node.right).text}}`,
          precedence: Precedence.Power,
        };
    }
  },
  call(fn, arg) {
    switch (fn) {
      case 'exp':
        return { text: `e^{${arg.text}}`, precedence: Precedence.Power };
      case 'expm1':
        return { text: `e^{${arg.text}} - 1`, precedence: Precedence.Sum };
      case 'log1p':
        return atom(`\\ln${group(`1 + ${arg.text}`)}`);
      case 'sqrt':
        return atom(`\\sqrt{${arg.text}}`);
      case 'abs':
        return atom(`\\left|${arg.text}\\right|`);
      case 'relu':
        return atom(`\\max${group(`0, ${arg.text}`)}`);
      default:
        return atom(`${NAMED[fn]}${group(arg.text)}`);
    }
  },
  call2: (fn, left, right) => atom(`\\${fn}${group(`${left}, ${right}`)}`),
  conditional: (test, then, otherwise) => atom(`\\begin{cases} ${then} & ${test} \\\\ ${otherwise} & \\text{otherwise} \\end{cases}`),
  relation: (op, left, right) => `${left} ${RELATIONS[op]} ${right}`,
};

export function formulaTex(node: FormulaNode): string {
  return print(TEX, node).text;
}
