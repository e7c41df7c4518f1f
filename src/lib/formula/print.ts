/**
 * One infix printer behind every text the tree is turned into (TeX, PyTorch, JAX,
 * TypeScript): each dialect says how to write a leaf, an operator and a call, and the printer
 * adds the parentheses precedence needs, so no dialect can get `-x^2` or `a - (b - c)` wrong.
 */
import type { BinaryFunction, Comparison, ConstantName, FormulaNode, UnaryFunction } from './syntax';

/** Binding strength: a child weaker than its slot needs parentheses. */
export const Precedence = { Sum: 1, Product: 2, Unary: 3, Power: 4, Atom: 5 } as const;
export type Precedence = (typeof Precedence)[keyof typeof Precedence];

/** Printed text and how tightly it binds. */
export interface Printed {
  readonly text: string;
  readonly precedence: Precedence;
}

export interface Dialect {
  number(value: number): string;
  x(): string;
  param(name: string): string;
  constant(name: ConstantName): string;
  /** Wraps text in this dialect's parentheses. */
  group(text: string): string;
  /** `a + b`, `a \cdot b`, `\frac{a}{b}`; operands already parenthesised where needed. */
  binary(op: '+' | '-' | '*' | '/' | '^', left: Printed, right: Printed, node: FormulaNode): Printed;
  negate(arg: string): string;
  /** JavaScript refuses `-x ** 2`, so its dialect sets this and gets `-(x ** 2)`. */
  readonly groupsNegatedPower?: boolean;
  call(fn: UnaryFunction, arg: Printed, node: FormulaNode): Printed;
  call2(fn: BinaryFunction, left: string, right: string, node: FormulaNode): Printed;
  conditional(test: string, then: string, otherwise: string, node: FormulaNode): Printed;
  relation(op: Comparison['op'], left: string, right: string): string;
}

const OPERATOR_PRECEDENCE: Readonly<Record<string, Precedence>> = {
  '+': Precedence.Sum,
  '-': Precedence.Sum,
  '*': Precedence.Product,
  '/': Precedence.Product,
  '^': Precedence.Power,
};

/** `p`'s text, grouped when it binds more loosely than `needed`. */
export function atLeast(d: Dialect, p: Printed, needed: Precedence): string {
  return p.precedence < needed ? d.group(p.text) : p.text;
}

export function print(d: Dialect, node: FormulaNode): Printed {
  const atom = (text: string): Printed => ({ text, precedence: Precedence.Atom });
  switch (node.kind) {
    case 'number':
      return atom(d.number(node.value));
    case 'x':
      return atom(d.x());
    case 'param':
      return atom(d.param(node.name));
    case 'constant':
      return atom(d.constant(node.name));
    case 'negate':
      return {
        text: d.negate(atLeast(d, print(d, node.arg), d.groupsNegatedPower ? Precedence.Atom : Precedence.Power)),
        precedence: Precedence.Unary,
      };
    case 'call':
      return d.call(node.fn, print(d, node.arg), node);
    case 'call2':
      return d.call2(node.fn, print(d, node.left).text, print(d, node.right).text, node);
    case 'if':
      return d.conditional(
        d.relation(
          node.test.op,
          atLeast(d, print(d, node.test.left), Precedence.Sum),
          atLeast(d, print(d, node.test.right), Precedence.Sum),
        ),
        print(d, node.then).text,
        print(d, node.otherwise).text,
        node,
      );
    case 'binary': {
      const left = print(d, node.left);
      const right = print(d, node.right);
      // Left-associative operators need the right operand one level tighter (a − (b − c));
      // ^ is right-associative, so its base is the side that needs it ((−x)^2, (a^b)^c).
      const own = OPERATOR_PRECEDENCE[node.op]!;
      const leftNeed: Precedence = node.op === '^' ? Precedence.Atom : own;
      const rightNeed: Precedence = node.op === '^' ? Precedence.Unary : ((own + 1) as Precedence);
      const l: Printed = { text: atLeast(d, left, leftNeed), precedence: left.precedence < leftNeed ? Precedence.Atom : left.precedence };
      const r: Printed = {
        text: atLeast(d, right, rightNeed),
        precedence: right.precedence < rightNeed ? Precedence.Atom : right.precedence,
      };
      return d.binary(node.op, l, r, node);
    }
  }
}
