/**
 * The tree as Python for "Copy as PyTorch" (an nn.Module) and "Copy as JAX" (a function).
 * Python's `**` binds like ours (right-associative, tighter than unary minus), so the shared
 * printer's parentheses carry over; `if(…)` becomes `where`, which evaluates both branches.
 */
import { Precedence, print, type Dialect, type Printed } from './print';
import { dependsOnParams, dependsOnX, type FormulaNode, type UnaryFunction } from './syntax';
import type { ParamDeclaration } from './parse';

/** Python keywords and the names the generated code uses; a parameter called one of these gets a trailing `_`. */
const RESERVED = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield self x math torch F nn jax jnp float abs max min'
  ).split(' '),
);

function safeName(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

const RELATIONS = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '==', '!=': '!=' } as const;
const atom = (text: string): Printed => ({ text, precedence: Precedence.Atom });

function binary(op: string, left: Printed, right: Printed): Printed {
  const symbol = op === '^' ? '**' : op;
  const precedence = op === '^' ? Precedence.Power : op === '+' || op === '-' ? Precedence.Sum : Precedence.Product;
  return { text: `${left.text} ${symbol} ${right.text}`, precedence };
}

const PYTHON_COMMON = {
  number: (value: number) => String(value),
  x: () => 'x',
  group: (text: string) => `(${text})`,
  negate: (arg: string) => `-${arg}`,
  binary,
  relation: (op: keyof typeof RELATIONS, left: string, right: string) => `${left} ${RELATIONS[op]} ${right}`,
};

/** Functions on Python floats, for subtrees that depend on neither x nor a parameter (torch ops need tensors). */
const MATH: Readonly<Record<UnaryFunction, (u: string) => string>> = {
  exp: (u) => `math.exp(${u})`,
  log: (u) => `math.log(${u})`,
  log1p: (u) => `math.log1p(${u})`,
  expm1: (u) => `math.expm1(${u})`,
  sqrt: (u) => `math.sqrt(${u})`,
  abs: (u) => `abs(${u})`,
  tanh: (u) => `math.tanh(${u})`,
  sigmoid: (u) => `(1 / (1 + math.exp(-(${u}))))`,
  erf: (u) => `math.erf(${u})`,
  softplus: (u) => `math.log1p(math.exp(${u}))`,
  relu: (u) => `max(0.0, ${u})`,
  sin: (u) => `math.sin(${u})`,
  cos: (u) => `math.cos(${u})`,
  step: (u) => `float(${u} > 0)`,
};

const TORCH: Readonly<Record<UnaryFunction, (u: string) => string>> = {
  exp: (u) => `torch.exp(${u})`,
  log: (u) => `torch.log(${u})`,
  log1p: (u) => `torch.log1p(${u})`,
  expm1: (u) => `torch.expm1(${u})`,
  sqrt: (u) => `torch.sqrt(${u})`,
  abs: (u) => `torch.abs(${u})`,
  tanh: (u) => `torch.tanh(${u})`,
  sigmoid: (u) => `torch.sigmoid(${u})`,
  erf: (u) => `torch.erf(${u})`,
  softplus: (u) => `F.softplus(${u})`,
  relu: (u) => `torch.relu(${u})`,
  sin: (u) => `torch.sin(${u})`,
  cos: (u) => `torch.cos(${u})`,
  // step(0) = 0 and a zero gradient, as the Lab defines it.
  step: (u) => `(${u} > 0).to(x.dtype)`,
};

const isTensor = (n: FormulaNode): boolean => dependsOnX(n) || dependsOnParams(n);

const TORCH_DIALECT: Dialect = {
  ...PYTHON_COMMON,
  param: (name) => `self.${safeName(name)}`,
  constant: (name) => `math.${name}`,
  call: (fn, arg, node) => atom((node.kind === 'call' && isTensor(node.arg) ? TORCH : MATH)[fn](arg.text)),
  call2(fn, left, right, node) {
    if (node.kind !== 'call2') throw new TypeError('call2 expected');
    const [l, r] = [isTensor(node.left), isTensor(node.right)];
    if (l && r) return atom(`torch.${fn}imum(${left}, ${right})`);
    if (!l && !r) return atom(`${fn}(${left}, ${right})`);
    // torch.maximum needs two tensors; clamp takes a tensor and a float bound.
    const bound = fn === 'max' ? 'min' : 'max';
    return atom(l ? `torch.clamp(${left}, ${bound}=${right})` : `torch.clamp(${right}, ${bound}=${left})`);
  },
  conditional(test, then, otherwise, node) {
    if (node.kind !== 'if') throw new TypeError('if expected');
    if (!isTensor(node.test.left) && !isTensor(node.test.right)) return atom(`(${then} if ${test} else ${otherwise})`);
    return atom(`torch.where(${test}, ${then}, ${otherwise})`);
  },
};

const JAX: Readonly<Record<UnaryFunction, (u: string) => string>> = {
  exp: (u) => `jnp.exp(${u})`,
  log: (u) => `jnp.log(${u})`,
  log1p: (u) => `jnp.log1p(${u})`,
  expm1: (u) => `jnp.expm1(${u})`,
  sqrt: (u) => `jnp.sqrt(${u})`,
  abs: (u) => `jnp.abs(${u})`,
  tanh: (u) => `jnp.tanh(${u})`,
  sigmoid: (u) => `jax.nn.sigmoid(${u})`,
  erf: (u) => `jax.scipy.special.erf(${u})`,
  softplus: (u) => `jax.nn.softplus(${u})`,
  relu: (u) => `jax.nn.relu(${u})`,
  sin: (u) => `jnp.sin(${u})`,
  cos: (u) => `jnp.cos(${u})`,
  step: (u) => `jnp.heaviside(${u}, 0.0)`,
};

const JAX_DIALECT: Dialect = {
  ...PYTHON_COMMON,
  param: (name) => safeName(name),
  constant: (name) => `jnp.${name}`,
  call: (fn, arg) => atom(JAX[fn](arg.text)),
  call2: (fn, left, right) => atom(`jnp.${fn}imum(${left}, ${right})`),
  conditional: (test, then, otherwise) => atom(`jnp.where(${test}, ${then}, ${otherwise})`),
};

/** Python identifiers for a class name: "my act" → "MyAct"; a default when nothing usable is left. */
function className(name: string): string {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(joined) ? joined : 'CustomActivation';
}

function functionName(name: string): string {
  const joined = (name.match(/[A-Za-z0-9]+/g) ?? []).join('_').toLowerCase();
  return /^[a-z]/.test(joined) ? joined : 'custom_activation';
}

/** What the exports need to know beyond the tree. */
export interface ExportSource {
  /** The formula as the reader typed it, quoted in a comment (never executed). */
  readonly source: string;
  readonly tree: FormulaNode;
  readonly params: readonly ParamDeclaration[];
  /** Display name, e.g. "Swish-β"; becomes the class or function name. */
  readonly name: string;
}

/** A single-line comment's text: no line breaks can escape into code. */
function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** An nn.Module whose parameters are nn.Parameters initialised from constructor arguments. */
export function toPyTorch({ source, tree, params, name }: ExportSource): string {
  const body = print(TORCH_DIALECT, tree).text;
  const value = dependsOnX(tree) ? body : dependsOnParams(tree) ? `(${body}) * torch.ones_like(x)` : `torch.full_like(x, ${body})`;
  const args = params.map((p) => `, ${safeName(p.name)}: float = ${p.default}`).join('');
  const init = params
    .map((p) => `        self.${safeName(p.name)} = nn.Parameter(torch.tensor(float(${safeName(p.name)})))  # range [${p.min}, ${p.max}]\n`)
    .join('');
  return [
    'import math',
    '',
    'import torch',
    'import torch.nn.functional as F',
    'from torch import nn',
    '',
    '',
    `class ${className(name)}(nn.Module):`,
    `    """f(x) = ${commentText(source).replaceAll('"""', "'''")}, exported from the Activation Lab."""`,
    '',
    `    def __init__(self${args}):`,
    '        super().__init__()',
    init + '',
    '    def forward(self, x: torch.Tensor) -> torch.Tensor:',
    `        return ${value}`,
    '',
  ].join('\n');
}

/** A function of x (and keyword parameters) using jax.numpy and jax.nn. */
export function toJax({ source, tree, params, name }: ExportSource): string {
  const body = print(JAX_DIALECT, tree).text;
  const value = dependsOnX(tree) ? body : `jnp.broadcast_to(${body}, jnp.shape(x))`;
  const args = params.map((p) => `, ${safeName(p.name)}=${p.default}`).join('');
  return [
    'import jax',
    'import jax.numpy as jnp',
    'import jax.scipy.special',
    '',
    '',
    `def ${functionName(name)}(x${args}):`,
    `    """f(x) = ${commentText(source).replaceAll('"""', "'''")}, exported from the Activation Lab."""`,
    `    return ${value}`,
    '',
  ].join('\n');
}
