/**
 * The closed syntax tree a formula parses into, and the names a formula may use. Every node
 * kind and every function is listed here; nothing outside these lists can be expressed, so the
 * evaluator never looks anything up by a name the reader typed.
 */

/** One-argument functions. */
export const UNARY_FUNCTIONS = [
  'exp',
  'log',
  'log1p',
  'expm1',
  'sqrt',
  'abs',
  'tanh',
  'sigmoid',
  'erf',
  'softplus',
  'relu',
  'sin',
  'cos',
  'step',
] as const;
export type UnaryFunction = (typeof UNARY_FUNCTIONS)[number];

/** Two-argument functions. */
export const BINARY_FUNCTIONS = ['min', 'max'] as const;
export type BinaryFunction = (typeof BINARY_FUNCTIONS)[number];

/** Every function name a formula may call, in the order "known: …" in error messages lists them. */
export const FUNCTION_NAMES: readonly string[] = [
  ...['exp', 'log', 'log1p', 'expm1', 'sqrt', 'abs', 'min', 'max', 'tanh', 'sigmoid', 'erf', 'softplus', 'relu', 'sin', 'cos', 'step'],
  'if',
];

export const CONSTANTS = { pi: Math.PI, e: Math.E } as const;
export type ConstantName = keyof typeof CONSTANTS;

export type Relation = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'x' }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'constant'; readonly name: ConstantName }
  | { readonly kind: 'negate'; readonly arg: FormulaNode }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly kind: 'call'; readonly fn: UnaryFunction; readonly arg: FormulaNode }
  | { readonly kind: 'call2'; readonly fn: BinaryFunction; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly kind: 'if'; readonly test: Comparison; readonly then: FormulaNode; readonly otherwise: FormulaNode };

/** The condition of `if(…)`: the only place a comparison may appear. */
export interface Comparison {
  readonly op: Relation;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

/**
 * What went wrong and where. `column` counts UTF-16 code units from 1, so `column − 1` and
 * `length` can select the culprit in a text input.
 */
export interface FormulaError {
  readonly message: string;
  readonly column: number;
  readonly length: number;
}

/** Errors are values: bad input never throws. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FormulaError };

export function failure(message: string, column: number, length = 1): { readonly ok: false; readonly error: FormulaError } {
  return { ok: false, error: { message, column, length } };
}

/** Whether a subtree has a leaf of this kind: x, or a parameter. */
function hasLeaf(node: FormulaNode, leaf: 'x' | 'param'): boolean {
  switch (node.kind) {
    case 'x':
    case 'param':
      return node.kind === leaf;
    case 'number':
    case 'constant':
      return false;
    case 'negate':
    case 'call':
      return hasLeaf(node.arg, leaf);
    case 'binary':
    case 'call2':
      return hasLeaf(node.left, leaf) || hasLeaf(node.right, leaf);
    case 'if':
      return [node.test.left, node.test.right, node.then, node.otherwise].some((part) => hasLeaf(part, leaf));
  }
}

/** Whether a subtree depends on x (a constant-exponent power and the exports treat it as a number). */
export function dependsOnX(node: FormulaNode): boolean {
  return hasLeaf(node, 'x');
}

/** Whether a subtree reads a parameter. */
export function dependsOnParams(node: FormulaNode): boolean {
  return hasLeaf(node, 'param');
}
