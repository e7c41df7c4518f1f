/**
 * The exports: TeX (rendered by KaTeX), PyTorch and JAX (parsed by Python when it is
 * installed, and the JAX function run against our f with NumPy standing in for jax.numpy),
 * and the registry entry (imported as TypeScript and compared with the compiled f).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import katex from 'katex';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activation } from '../../../src/lib/activations/types';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula/activation';
import { toJax, toPyTorch, type ExportSource } from '../../../src/lib/formula/export-python';
import { toRegistryEntry } from '../../../src/lib/formula/export-registry';
import { FORMULA_PRESETS } from '../../../src/lib/formula/presets';
import { formulaTex } from '../../../src/lib/formula/tex';
import { parseFormula } from '../../../src/lib/formula/parse';

function compiled(source: string, declarations = ''): CustomActivation {
  const r = compileActivation(source, declarations);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.value;
}

function exportSource(fn: CustomActivation, name = 'Custom'): ExportSource {
  return { source: fn.source, tree: fn.tree, params: fn.paramDeclarations, name };
}

const tex = (source: string): string => {
  const r = parseFormula(source, ['b', 'beta', 'k_2']);
  if (!r.ok) throw new Error(r.error.message);
  return formulaTex(r.value);
};

/** Formulas covering every function, operator and precedence case. */
const COVERAGE: readonly (readonly [source: string, declarations: string])[] = [
  ...FORMULA_PRESETS.map((p) => [p.source, p.declarations] as const),
  ...[
    'exp(x) + log(1 + x^2) - log1p(abs(x)) * expm1(x / 3)',
    'sqrt(1 + x^2) / (1 + erf(x)) + softplus(-x) - relu(x) * step(x)',
    'min(x, 1) + max(-x, cos(x)) + sigmoid(2 * x) - tanh(x)',
    'if(x <= 1, -x^2, (x - 1) - (2 - x) / (3 / x))',
    '2^x^2 + (2^x)^2 + (-x)^3 - -x + pi * e',
    'exp(x)^2 + expm1(x)^2 + 1e-3 * x',
    'if(x != 0, sin(x) / x, 1) + if(x == 0, 1, 0) + if(x > 0, 1, 0) + if(x >= 0, 1, 0) + if(x < 0, 1, 0)',
  ].map((source) => [source, ''] as const),
];

describe('TeX', () => {
  it.each([
    ['x * sigmoid(b * x)', 'x\\,\\sigma\\left(b\\,x\\right)'],
    ['2^3^2', '2^{3^{2}}'],
    ['(2^3)^2', '{\\left(2^{3}\\right)}^{2}'],
    ['-x^2', '-x^{2}'],
    ['(-x)^2', '{\\left(-x\\right)}^{2}'],
    ['a - (b - x)', ''],
    ['x - (b - x)', 'x - \\left(b - x\\right)'],
    ['(x - b) - x', 'x - b - x'],
    ['x / (b * x)', '\\frac{x}{b\\,x}'],
    ['2 * 3', '2 \\cdot 3'],
    ['2 * -x', '2 \\cdot -x'],
    ['exp(x)^2', '{\\left(e^{x}\\right)}^{2}'],
    ['2 * expm1(x)', '2\\,\\left(e^{x} - 1\\right)'],
    ['beta * x + k_2', '\\beta\\,x + \\mathrm{k\\_2}'],
    ['1e-3 * x + 2.5e-7 + 1e21', '0.001\\,x + 2.5 \\times 10^{-7} + 10^{21}'],
    ['relu(x) + abs(x) + log1p(x)', '\\max\\left(0, x\\right) + \\left|x\\right| + \\ln\\left(1 + x\\right)'],
    ['if(x <= 0, 0, x)', '\\begin{cases} 0 & x \\le 0 \\\\ x & \\text{otherwise} \\end{cases}'],
  ])('%s → %s', (source, expected) => {
    if (expected === '') return; // 'a' is not declared: covered by the parser tests
    expect(tex(source)).toBe(expected);
  });

  it.each(COVERAGE)('KaTeX renders %s', (source) => {
    expect(() => katex.renderToString(tex(source), { throwOnError: true, strict: 'error' })).not.toThrow();
  });
});

const python = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
const hasPython = python.status === 0;

/** Runs Python with `code` on stdin; returns stdout, throwing with stderr on failure. */
function runPython(script: string, input: string): string {
  const r = spawnSync('python3', ['-c', script], { input, encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

/**
 * NumPy standing in for jax.numpy, jax.nn and jax.scipy.special, enough to run an export. One
 * Python process checks every case (parse both exports, run the JAX one): a process per case cost
 * about 20 s of the unit run.
 */
const JAX_SHIM = `
import json, math, sys, types
import numpy as np
jax = types.ModuleType('jax')
jax.nn = types.SimpleNamespace(sigmoid=lambda u: 1 / (1 + np.exp(-u)), softplus=lambda u: np.logaddexp(0, u), relu=lambda u: np.maximum(u, 0))
special = types.ModuleType('jax.scipy.special'); special.erf = np.vectorize(math.erf)
scipy = types.ModuleType('jax.scipy'); scipy.special = special; jax.scipy = scipy
jax.numpy = np
sys.modules.update({'jax': jax, 'jax.numpy': np, 'jax.scipy': scipy, 'jax.scipy.special': special})
import ast
results = []
for request in json.loads(sys.stdin.read()):
    for source in request['parse']:
        ast.parse(source)
    scope = {}
    with np.errstate(all='ignore'):
        exec(request['code'], scope)
        ys = scope[request['name']](np.array(request['xs'], dtype=float))
    results.append([float(y) for y in np.broadcast_to(ys, (len(request['xs']),))])
print(json.dumps(results))
`;

describe('Python exports', () => {
  it('PyTorch: an nn.Module with parameters from constructor arguments', () => {
    const fn = compiled('x * sigmoid(b * x)', 'b in [0, 5] = 1');
    expect(toPyTorch(exportSource(fn, 'Swish-β'))).toBe(
      [
        'import math',
        '',
        'import torch',
        'import torch.nn.functional as F',
        'from torch import nn',
        '',
        '',
        'class Swish(nn.Module):',
        '    """f(x) = x * sigmoid(b * x), exported from the Activation Lab."""',
        '',
        '    def __init__(self, b: float = 1):',
        '        super().__init__()',
        '        self.b = nn.Parameter(torch.tensor(float(b)))  # range [0, 5]',
        '',
        '    def forward(self, x: torch.Tensor) -> torch.Tensor:',
        '        return x * torch.sigmoid(self.b * x)',
        '',
      ].join('\n'),
    );
  });

  it('PyTorch: constants use math, mixed min/max use clamp, if uses where, step a comparison', () => {
    const code = (source: string, decl = ''): string =>
      toPyTorch(exportSource(compiled(source, decl)))
        .split('return ')[1]!
        .trim();
    expect(code('exp(1) * x')).toBe('math.exp(1) * x');
    expect(code('max(x, 0) + min(1, x)')).toBe('torch.clamp(x, min=0) + torch.clamp(x, max=1)');
    expect(code('max(x, sin(x))')).toBe('torch.maximum(x, torch.sin(x))');
    expect(code('if(x < 0, 0, x)')).toBe('torch.where(x < 0, 0, x)');
    expect(code('step(x - 1)')).toBe('(x - 1 > 0).to(x.dtype)');
    expect(code('2')).toBe('torch.full_like(x, 2)');
    expect(code('exp(b)', 'b in [0, 1] = 0')).toBe('(torch.exp(self.b)) * torch.ones_like(x)');
    expect(code('x * lambda', 'lambda in [0, 1] = 0')).toBe('x * self.lambda_'); // a Python keyword
  });

  it('JAX: a function with keyword parameters', () => {
    const fn = compiled('x * sigmoid(b * x)', 'b in [0, 5] = 1');
    expect(toJax(exportSource(fn, 'Swish-β'))).toBe(
      [
        'import jax',
        'import jax.numpy as jnp',
        'import jax.scipy.special',
        '',
        '',
        'def swish(x, b=1):',
        '    """f(x) = x * sigmoid(b * x), exported from the Activation Lab."""',
        '    return x * jax.nn.sigmoid(b * x)',
        '',
      ].join('\n'),
    );
  });

  const XS = [-2.5, -1, -0.3, 0.4, 1, 2.2];
  let pythonResults: number[][] = [];
  beforeAll(() => {
    if (!hasPython) return;
    const requests = COVERAGE.map(([source, declarations]) => {
      const fn = compiled(source, declarations);
      const jax = toJax(exportSource(fn));
      return { parse: [toPyTorch(exportSource(fn)), jax], code: jax, name: 'custom', xs: XS };
    });
    pythonResults = JSON.parse(runPython(JAX_SHIM, JSON.stringify(requests))) as number[][];
  }, 60_000);

  it.skipIf(!hasPython).each(COVERAGE.map(([s, d], i) => [i, s, d] as const))(
    'both parse as Python, and the JAX function computes our f (%i: %s)',
    (i, source, declarations) => {
      const fn = compiled(source, declarations);
      XS.forEach((x, k) => expect(pythonResults[i]![k], `${source} at ${x}`).toBeCloseTo(fn.f(x, {}), 10));
    },
  );
});

describe('registry entry', () => {
  const dir = resolve(__dirname, '../../../.tmp/formula-export-test');

  /** Writes the entry beside a copy-free shim of the registry folder and imports it. */
  async function importEntry(code: string, file: string): Promise<Activation> {
    mkdirSync(dir, { recursive: true });
    const activations = resolve(__dirname, '../../../src/lib/activations');
    const patched = code
      .replaceAll("from './numerics'", `from '${activations}/numerics'`)
      .replaceAll("from './types'", `from '${activations}/types'`);
    const path = join(dir, `${file}.ts`);
    writeFileSync(path, patched);
    const module = (await import(/* @vite-ignore */ path)) as Record<string, Activation>;
    return Object.values(module)[0]!;
  }

  it('is shaped like the existing entries, with df left as a NaN TODO', async () => {
    const fn = compiled('x * sigmoid(b * x)', 'b in [0, 5] = 1');
    const code = toRegistryEntry({ ...exportSource(fn, 'Swish-β'), id: 'swish-beta', properties: fn.properties, tex: fn.tex });
    expect(code).toContain("import { sigmoid } from './numerics';");
    expect(code).toContain(
      "const B_SPEC: ParamSpec = { tex: 'b', symbol: 'b', meaning: 'your parameter', min: 0, max: 5, step: 0.05, default: 1 };",
    );
    expect(code).toContain('export const swish: Activation = {');
    expect(code).toContain('    return x * sigmoid(b * x);');
    expect(code).toContain('  // TODO: write f′ by hand.');
    expect(code).toContain('  df: () => Number.NaN,');
    expect(code).toContain("  dtex: 'TODO',");
    const entry = await importEntry(code, 'swish');
    expect(entry.id).toBe('swish-beta');
    expect(entry.params).toEqual(fn.params);
    expect(entry.properties).toEqual(fn.properties);
    expect(entry.tex).toBe(fn.tex);
    for (const x of [-3, -0.5, 0, 1, 4]) {
      expect(entry.f(x, { b: 2 })).toBe(fn.f(x, { b: 2 }));
      expect(entry.f(x, {})).toBe(fn.f(x, {}));
      // The registry's derivative test compares df with finite differences: NaN fails it until the author writes f′.
      expect(entry.df(x, {})).toBeNaN();
    }
  });

  it.each(COVERAGE.map(([s, d], i) => [i, s, d] as const))('imports and computes our f (%i: %s)', async (i, source, declarations) => {
    const fn = compiled(source, declarations);
    const entry = await importEntry(
      toRegistryEntry({ ...exportSource(fn), id: 'custom', properties: fn.properties, tex: fn.tex }),
      `coverage-${i}`,
    );
    for (const x of [-2.5, -1, -0.3, 0, 0.4, 1, 2.2]) {
      const mine = fn.f(x, {});
      if (Number.isFinite(mine)) expect(entry.f(x, {}), `${source} at ${x}`).toBeCloseTo(mine, 12);
    }
  });

  it('a parameter named like a JavaScript word gets a trailing underscore', () => {
    const fn = compiled('x * p', 'p in [0, 1] = 0.5');
    const code = toRegistryEntry({ ...exportSource(fn), id: 'custom', properties: fn.properties, tex: fn.tex });
    expect(code).toContain('    const p_ = p.p ?? P_SPEC.default;\n    return x * p_;');
  });
});
