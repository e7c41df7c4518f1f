/**
 * f, f′ and f″ of compiled formulas: each registry function written as a formula against the
 * registry's own f and hand-written f′ (and f″ against a central difference of that f′), the
 * presets against closed forms, and random formulas (fast-check) against central differences.
 *
 * References: the registry (its f and f′ are tested against mpmath values in
 * tests/lib/activations/reference.test.ts) and closed forms derived by hand, evaluated in
 * double precision with the stable kernels, e.g. (x·σ(x))″ = σ′(x)·(2 − x·tanh(x/2)).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import { normalPdf, sigmoid, sigmoidSlope } from '../../../src/lib/activations/numerics';
import type { ParamValues } from '../../../src/lib/activations/types';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula/activation';
import { compileFormula, valueThenSlope, type CompiledFormula } from '../../../src/lib/formula/compile';
import { parseFormula } from '../../../src/lib/formula/parse';
import { switchExpressions } from '../../../src/lib/formula/switches';
import { describeParams, expectClose, grid, paramSets } from '../activations/helpers';

function compiled(source: string, declarations = ''): CustomActivation {
  const r = compileActivation(source, declarations);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.value;
}

/** Each registry entry written in the formula language (same parameter names, so p is shared). */
const AS_FORMULAS: readonly [id: string, source: string, declarations: string][] = [
  ['identity', 'x', ''],
  ['sigmoid', 'sigmoid(x)', ''],
  ['sigmoid', '1 / (1 + exp(-x))', ''],
  ['tanh', 'tanh(x)', ''],
  ['relu', 'relu(x)', ''],
  ['relu', 'max(0, x)', ''],
  ['leaky-relu', 'if(x > 0, x, alpha * x)', 'alpha in [0, 1] = 0.01'],
  ['elu', 'if(x > 0, x, alpha * expm1(x))', 'alpha in [0, 3] = 1'],
  ['selu', '1.0507009873554805 * if(x > 0, x, 1.6732632423543772 * expm1(x))', ''],
  ['softplus', 'softplus(x)', ''],
  ['softplus', 'log1p(exp(x))', ''],
  ['gelu', 'x * (1 + erf(x / sqrt(2))) / 2', ''],
  ['silu', 'x * sigmoid(beta * x)', 'beta in [0, 5] = 1'],
  ['mish', 'x * tanh(softplus(x))', ''],
  ['hard-sigmoid', 'min(1, max(0, x / 6 + 0.5))', ''],
  ['softsign', 'x / (1 + abs(x))', ''],
];

/** Offset so the grid avoids round numbers; kinks are tested exactly below. */
const XS = grid(-10, 10, 400).map((x) => x + 1e-3 / 7);

describe('registry functions written as formulas agree with the registry', () => {
  for (const [id, source, declarations] of AS_FORMULAS) {
    const a = getActivation(id);
    const fn = compiled(source, declarations);
    for (const p of paramSets(a)) {
      it(`${source} (${describeParams(p)}): f and f′ match ${id}; f″ matches a central difference of ${id}′`, () => {
        const kinks = a.properties.kinks.map((k) => k.x);
        for (const x of XS) {
          // GELU's 1 + erf(x/√2) cancels for x ≪ 0, where the registry uses erfc: compare absolutely there.
          expectClose(`${source} f`, x, a.f(x, p), fn.f(x, p), 1e-12, id === 'gelu' ? 1e-15 : 0);
          expectClose(`${source} f′`, x, a.df(x, p), fn.df(x, p), 1e-12, id === 'gelu' ? 1e-15 : 1e-300);
          if (kinks.some((k) => Math.abs(x - k) < 1e-3)) continue;
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const d2 = (a.df(x + h, p) - a.df(x - h, p)) / (2 * h);
          expectClose(`${source} f″`, x, d2, fn.d2f(x, p), 1e-6, 1e-8);
        }
        // At the kinks, the registry's documented convention.
        for (const k of a.properties.kinks) expect(fn.df(k.x, p), `${source} f′(${k.x})`).toBe(a.df(k.x, p));
      });
    }
  }
});

describe('closed forms', () => {
  it('x·sigmoid(x): f(1) = 0.7311, f′(1) = 0.9277 to 4 d.p., and f″ = σ′(x)(2 − x·tanh(x/2))', () => {
    const fn = compiled('x * sigmoid(x)');
    expect(fn.f(1, {}).toFixed(4)).toBe('0.7311');
    expect(fn.df(1, {}).toFixed(4)).toBe('0.9277');
    // e/(1+e) and σ(1) + σ(1)σ(−1), from the closed forms.
    expectClose('f(1)', 1, Math.E / (1 + Math.E), fn.f(1, {}), 1e-15);
    expectClose('f′(1)', 1, sigmoid(1) + sigmoidSlope(1), fn.df(1, {}), 1e-15);
    for (const x of XS) expectClose('SiLU f″', x, sigmoidSlope(x) * (2 - x * Math.tanh(x / 2)), fn.d2f(x, {}), 1e-12, 1e-300);
  });

  it('squared ReLU: f′ = 2 relu(x), f″ = 2 for x > 0 and 0 for x ≤ 0 (including 0)', () => {
    const fn = compiled('relu(x)^2');
    for (const x of [...XS, 0, -0]) {
      expect(fn.df(x, {})).toBe(2 * Math.max(0, x));
      expect(fn.d2f(x, {})).toBe(x > 0 ? 2 : 0);
    }
  });

  it('sine, step and the tanh form of GELU', () => {
    const sine = compiled('sin(x)');
    const step = compiled('step(x)');
    const geluTanh = compiled('0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))');
    const c = Math.sqrt(2 / Math.PI);
    for (const x of XS) {
      expect(sine.df(x, {})).toBe(Math.cos(x));
      expect(sine.d2f(x, {})).toBe(-Math.sin(x));
      expect([step.f(x, {}), step.df(x, {}), step.d2f(x, {})]).toEqual([x > 0 ? 1 : 0, 0, 0]);
      // u = c(x + 0.044715x³): f′ = ½(1 + tanh u) + ½x·sech²u·u′.
      const u = c * (x + 0.044715 * x ** 3);
      const du = c * (1 + 3 * 0.044715 * x * x);
      const sech2 = 1 / Math.cosh(u) ** 2;
      expectClose('GELU-tanh f′', x, 0.5 * (1 + Math.tanh(u)) + 0.5 * x * sech2 * du, geluTanh.df(x, {}), 1e-12, 1e-15);
      // It stays within 2e−3 of exact GELU = xΦ(x), whose f″ = φ(x)(2 − x²).
      expectClose('GELU-tanh ≈ GELU', x, getActivation('gelu').f(x, {}), geluTanh.f(x, {}), 0, 2e-3);
      expectClose('GELU-tanh f″ ≈ GELU f″', x, normalPdf(x) * (2 - x * x), geluTanh.d2f(x, {}), 0, 2e-2);
    }
  });

  it('the kink conventions: relu′(0) = 0, |x|′(0) = 0, step′ = 0, max/min ties take the first argument, if(…) its branch', () => {
    const at0 = (source: string): [number, number] => {
      const fn = compiled(source);
      return [fn.df(0, {}), fn.d2f(0, {})];
    };
    expect(at0('relu(x)')).toEqual([0, 0]);
    expect(at0('abs(x)')).toEqual([0, 0]);
    expect(at0('step(x)')).toEqual([0, 0]);
    expect(at0('max(x, 0)')[0]).toBe(1);
    expect(at0('max(0, x)')[0]).toBe(0);
    expect(at0('min(x, -x)')[0]).toBe(1);
    expect(at0('min(-x, x)')[0]).toBe(-1);
    expect(at0('if(x < 0, -2 * x, 3 * x)')[0]).toBe(3);
    expect(at0('if(x <= 0, -2 * x, 3 * x)')[0]).toBe(-2);
    // Only the chosen branch runs: log(x) for x ≤ 0 is never evaluated here.
    const guarded = compiled('if(x > 0, log(x), 0)');
    expect([guarded.f(-1, {}), guarded.df(-1, {}), guarded.d2f(-1, {})]).toEqual([0, 0, 0]);
    expect(guarded.nonFinite).toEqual([]);
  });

  it('every function’s f′ and f″ against closed forms at x = 0.7', () => {
    const x = 0.7;
    const s = sigmoid(x);
    const cases: [string, number, number][] = [
      ['exp(x)', Math.exp(x), Math.exp(x)],
      ['log(x)', 1 / x, -1 / x ** 2],
      ['log1p(x)', 1 / (1 + x), -1 / (1 + x) ** 2],
      ['expm1(x)', Math.exp(x), Math.exp(x)],
      ['sqrt(x)', 0.5 / Math.sqrt(x), -0.25 * x ** -1.5],
      ['abs(x)', 1, 0],
      ['tanh(x)', 1 - Math.tanh(x) ** 2, -2 * Math.tanh(x) * (1 - Math.tanh(x) ** 2)],
      ['sigmoid(x)', s * (1 - s), s * (1 - s) * (1 - 2 * s)],
      ['erf(x)', (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), ((-4 * x) / Math.sqrt(Math.PI)) * Math.exp(-x * x)],
      ['softplus(x)', s, s * (1 - s)],
      ['relu(x)', 1, 0],
      ['sin(x)', Math.cos(x), -Math.sin(x)],
      ['cos(x)', -Math.sin(x), -Math.cos(x)],
      ['step(x)', 0, 0],
      ['min(x, 1)', 1, 0],
      ['max(x, 1)', 0, 0],
      ['x^3', 3 * x ** 2, 6 * x],
      ['x^0.5', 0.5 * x ** -0.5, -0.25 * x ** -1.5],
      ['2^x', Math.LN2 * 2 ** x, Math.LN2 ** 2 * 2 ** x],
      ['x^x', x ** x * (Math.log(x) + 1), x ** x * ((Math.log(x) + 1) ** 2 + 1 / x)],
      ['1 / x', -1 / x ** 2, 2 / x ** 3],
      ['x * x * x', 3 * x ** 2, 6 * x],
      ['x - 3 * x', -2, 0],
      ['-x', -1, 0],
      ['pi * x + e', Math.PI, 0],
    ];
    for (const [source, d1, d2] of cases) {
      const fn = compiled(source);
      expectClose(`${source} f′`, x, d1, fn.df(x, {}), 1e-14, 1e-16);
      expectClose(`${source} f″`, x, d2, fn.d2f(x, {}), 1e-13, 1e-16);
    }
  });

  it('0·∞ does not leak NaN into derivatives of constant parts', () => {
    // x^2 at 0: f″ = 2 although 0^(2−2)·… has a 0^0 inside; 0·log(x) contributes 0 to f′.
    expect(compiled('x^2').d2f(0, {})).toBe(2);
    expect(compiled('x^1').d2f(0, {})).toBe(0);
    expect(compiled('x + 0 * log(2)').df(0, {})).toBe(1);
  });
});

/** A random formula: its source text, built from the language's own pieces. */
const formula: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant('x'),
    fc.double({ min: 0.25, max: 2, noNaN: true }).map((v) => v.toFixed(3)),
    fc.tuple(fc.constantFrom('+', '-', '*'), tie('node'), tie('node')).map(([op, a, b]) => `(${a} ${op} ${b})`),
    tie('node').map((a) => `(${a}) / (1 + (${a})^2)`),
    tie('node').map((a) => `(${a})^2`),
    tie('node').map((a) => `-(${a})`),
    fc
      .tuple(fc.constantFrom('sin', 'cos', 'tanh', 'sigmoid', 'erf', 'softplus', 'abs', 'relu'), tie('node'))
      .map(([fn, a]) => `${fn}(${a})`),
    tie('node').map((a) => `exp(tanh(${a}))`),
    tie('node').map((a) => `log(1 + (${a})^2)`),
    tie('node').map((a) => `sqrt(1 + (${a})^2)`),
    fc.tuple(fc.constantFrom('min', 'max'), tie('node'), tie('node')).map(([fn, a, b]) => `${fn}(${a}, ${b})`),
    fc.tuple(tie('node'), tie('node'), tie('node')).map(([c, a, b]) => `if(${c} < 0.5, ${a}, ${b})`),
  ),
})).node;

/** Whether some switch (relu/abs/max/min/if argument) changes sign within r of x: a kink may be near. */
function nearSwitch(fn: CompiledFormula, x: number, r: number): boolean {
  return switchExpressions(fn.tree, {}).some((s) => {
    const values = [x - r, x, x + r].map((t) => s.value(t, {}));
    return (
      values.some((v) => v === 0) || Math.sign(values[0]!) !== Math.sign(values[2]!) || Math.sign(values[0]!) !== Math.sign(values[1]!)
    );
  });
}

describe('random formulas (fast-check): AD f′ and f″ agree with Richardson-extrapolated central differences', () => {
  it('away from kinks', () => {
    fc.assert(
      fc.property(formula, fc.double({ min: -3, max: 3, noNaN: true }), (source, x) => {
        if (source.length > 200) return; // beyond the language's length limit
        const r = parseFormula(source);
        if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
        const fn = compileFormula(r.value);
        if (nearSwitch(fn, x, 1e-2)) return;
        const h = 1e-3;
        const p: ParamValues = {};
        // D(h) has error c·h² + O(h⁴); (4D(h/2) − D(h))/3 cancels the h² term.
        const D = (k: number): number => (fn.f(x + k, p) - fn.f(x - k, p)) / (2 * k);
        const D2 = (k: number): number => (fn.df(x + k, p) - fn.df(x - k, p)) / (2 * k);
        const d1 = (4 * D(h / 2) - D(h)) / 3;
        const d2 = (4 * D2(h / 2) - D2(h)) / 3;
        const scale = 1 + Math.abs(fn.f(x, p)) / h;
        expectClose(`${source} f′`, x, d1, fn.df(x, p), 1e-6, 1e-9 * scale);
        expectClose(`${source} f″`, x, d2, fn.d2f(x, p), 1e-6, 1e-9 * (1 + Math.abs(fn.df(x, p)) / h));
      }),
      { numRuns: 400 },
    );
  });
});

describe('valueThenSlope', () => {
  const compiledOf = (text: string, defaults = {}) => {
    const parsed = parseFormula(text, Object.keys(defaults));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return compileFormula(parsed.value, defaults);
  };

  it('gives the compiled f and f′, whether f′ is asked at the x f was or at another', () => {
    const compiled = compiledOf('x * sigmoid(b * x)', { b: 1.5 });
    const { f, df } = valueThenSlope(compiled);
    const p = { b: 1.5 };
    for (const x of [-3, -0.5, 0, 0.25, 2, 7]) {
      expect(f(x, p)).toBe(compiled.jet(x, p)[0]);
      expect(df(x, p)).toBe(compiled.df(x, p));
      expect(df(x + 1, p)).toBe(compiled.df(x + 1, p));
    }
  });

  it('does not reuse a slope across parameter sets', () => {
    const compiled = compiledOf('x * sigmoid(b * x)', { b: 1 });
    const { f, df } = valueThenSlope(compiled);
    f(1, { b: 1 });
    expect(df(1, { b: 3 })).toBe(compiled.df(1, { b: 3 }));
  });
});
