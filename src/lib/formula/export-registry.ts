/**
 * The tree as a registry entry for src/lib/activations/: the TypeScript an author pastes
 * there, shaped like the existing entries. f is generated; `df` is deliberately left as a
 * TODO returning NaN, so tests/lib/activations/derivatives.test.ts fails until the author
 * writes the derivative by hand, as the registry requires.
 */
import { Precedence, print, type Dialect, type Printed } from './print';
import type { ExportSource } from './export-python';
import type { ActivationProperties } from '../activations/types';
import { paramTex } from './tex';

/** Words a parameter may not be called in the generated code; such a name gets a trailing `_`. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await p x Math Number Infinity NaN undefined sigmoid softplus erf eval arguments'
  ).split(' '),
);

function safeName(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

const atom = (text: string): Printed => ({ text, precedence: Precedence.Atom });

const CALLS = {
  exp: (u: string) => `Math.exp(${u})`,
  log: (u: string) => `Math.log(${u})`,
  log1p: (u: string) => `Math.log1p(${u})`,
  expm1: (u: string) => `Math.expm1(${u})`,
  sqrt: (u: string) => `Math.sqrt(${u})`,
  abs: (u: string) => `Math.abs(${u})`,
  tanh: (u: string) => `Math.tanh(${u})`,
  sigmoid: (u: string) => `sigmoid(${u})`,
  erf: (u: string) => `erf(${u})`,
  softplus: (u: string) => `softplus(${u})`,
  relu: (u: string) => `Math.max(${u}, 0)`,
  sin: (u: string) => `Math.sin(${u})`,
  cos: (u: string) => `Math.cos(${u})`,
  step: (u: string) => `(${u} > 0 ? 1 : 0)`,
} as const;

const RELATIONS = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '===', '!=': '!==' } as const;

const TYPESCRIPT: Dialect = {
  number: (value) => String(value),
  x: () => 'x',
  param: (name) => safeName(name),
  constant: (name) => (name === 'pi' ? 'Math.PI' : 'Math.E'),
  group: (text) => `(${text})`,
  negate: (arg) => `-${arg}`,
  groupsNegatedPower: true,
  binary(op, left, right) {
    const symbol = op === '^' ? '**' : op;
    const precedence = op === '^' ? Precedence.Power : op === '+' || op === '-' ? Precedence.Sum : Precedence.Product;
    return { text: `${left.text} ${symbol} ${right.text}`, precedence };
  },
  call: (fn, arg) => atom(CALLS[fn](arg.text)),
  call2: (fn, left, right) => atom(`Math.${fn}(${left}, ${right})`),
  conditional: (test, then, otherwise) => atom(`(${test} ? ${then} : ${otherwise})`),
  relation: (op, left, right) => `${left} ${RELATIONS[op]} ${right}`,
};

/** A TypeScript string literal in the registry's style (single quotes). */
function literal(text: string): string {
  return `'${text
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "\\'")
    .replace(/[\r\n\u2028\u2029]/g, ' ')}'`;
}

function numberLiteral(v: number): string {
  return Number.isFinite(v) ? String(v) : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'Number.NaN';
}

/** "Swish-β" → "swishBeta"-like identifier; falls back to `custom`. */
function identifier(name: string): string {
  const words = (name.match(/[A-Za-z0-9]+/g) ?? []).map((w) => w.toLowerCase());
  const joined = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  return /^[a-z]/.test(joined) ? joined : 'custom';
}

/** Options beyond the formula: the entry's id and what its properties say. */
export interface RegistryExportSource extends ExportSource {
  /** Stable id for URLs and MDX, e.g. `swish-beta`. */
  readonly id: string;
  /** Measured by the Lab at the default parameters; the author checks and rewrites them. */
  readonly properties: ActivationProperties;
  /** TeX for f. */
  readonly tex: string;
}

export function toRegistryEntry({ source, tree, params, name, id, properties, tex }: RegistryExportSource): string {
  const body = print(TYPESCRIPT, tree).text;
  const uses = (fn: string): boolean => body.includes(`${fn}(`);
  const imports = [
    ...(uses('erf') ? ["import erf from '@stdlib/math-base-special-erf/dist/index.js';"] : []),
    ...(uses('sigmoid') ? ["import { sigmoid } from './numerics';"] : []),
    `import type { Activation${params.length > 0 ? ', ParamSpec, ParamValues' : ''} } from './types';`,
  ];
  const specName = (p: string): string => `${p.toUpperCase()}_SPEC`;
  const specs = params.map(
    (p) =>
      `const ${specName(p.name)}: ParamSpec = { tex: ${literal(paramTex(p.name))}, symbol: ${literal(p.name)}, meaning: ${literal('your parameter')}, min: ${p.min}, max: ${p.max}, step: ${p.step}, default: ${p.default} };`,
  );
  const helpers = uses('softplus')
    ? [
        '',
        '/** ln(1 + eᵘ) without overflow: max(u, 0) + log1p(e^{−|u|}). */',
        'const softplus = (u: number): number => Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));',
      ]
    : [];
  const reads = params.map((p) => `    const ${safeName(p.name)} = p.${p.name} ?? ${specName(p.name)}.default;`);
  const f =
    params.length > 0 ? [`  f: (x: number, p: ParamValues) => {`, ...reads, `    return ${body};`, '  },'] : [`  f: (x) => ${body},`];
  const kinks = properties.kinks.map(
    (k) => `      { x: ${numberLiteral(k.x)}, derivative: ${numberLiteral(k.derivative)}, note: ${literal(k.note)} },`,
  );
  return [
    '/**',
    ` * ${name}, generated by the Activation Lab from \`${source.replaceAll('*/', '* /').replace(/[\r\n\u2028\u2029]/g, ' ')}\`.`,
    ' * Before adding it to ACTIVATIONS in registry.ts: write df by hand (the derivative tests fail',
    ' * until you do), write dtex, and check each property against the definitions in types.ts.',
    ' */',
    ...imports,
    ...helpers,
    ...(specs.length > 0 ? ['', ...specs] : []),
    '',
    `export const ${identifier(name)}: Activation = {`,
    `  id: ${literal(id)},`,
    `  name: ${literal(name)},`,
    `  summary: ${literal('TODO: one sentence for tables and tooltips.')},`,
    ...f,
    '  // TODO: write f′ by hand. It returns NaN until then, so the derivative tests fail and remind you.',
    '  df: () => Number.NaN,',
    `  tex: ${literal(tex)},`,
    `  dtex: ${literal('TODO')},`,
    `  params: ${params.length > 0 ? `{ ${params.map((p) => `${p.name}: ${specName(p.name)}`).join(', ')} }` : '{}'},`,
    '  properties: {',
    `    rangeTex: ${literal(properties.rangeTex)},`,
    `    rangeText: ${literal(properties.rangeText)},`,
    `    range: [${numberLiteral(properties.range[0])}, ${numberLiteral(properties.range[1])}],`,
    `    monotonic: ${properties.monotonic},`,
    `    zeroCentred: ${properties.zeroCentred},`,
    `    saturates: { left: ${properties.saturates.left}, right: ${properties.saturates.right} },`,
    `    continuity: ${numberLiteral(properties.continuity)},`,
    kinks.length > 0 ? `    kinks: [\n${kinks.join('\n')}\n    ],` : '    kinks: [],',
    '  },',
    '};',
    '',
  ].join('\n');
}
