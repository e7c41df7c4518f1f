/**
 * What the Lab measures about a formula: its properties (against the registry's hand-written
 * ones, for registry functions written as formulas), kinks, gaps where it is not finite and
 * why, the training guard, and the derivative-check badge.
 */
import { describe, expect, it } from 'vitest';
import { defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula/activation';
import { assertFiniteOn, nonFiniteIntervals } from '../../../src/lib/formula/finite';
import { DERIVATIVE_TOLERANCE, derivativeCheck } from '../../../src/lib/formula/properties';
import { FORMULA_PRESETS } from '../../../src/lib/formula/presets';

function compiled(source: string, declarations = '', domain?: readonly [number, number]): CustomActivation {
  const r = compileActivation(source, declarations, domain ? { domain } : {});
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return r.value;
}

const REGISTRY_AS_FORMULAS: readonly [string, string, string][] = [
  ['identity', 'x', ''],
  ['sigmoid', 'sigmoid(x)', ''],
  ['tanh', 'tanh(x)', ''],
  ['relu', 'relu(x)', ''],
  ['leaky-relu', 'if(x > 0, x, alpha * x)', 'alpha in [0, 1] = 0.01'],
  ['elu', 'if(x > 0, x, alpha * expm1(x))', 'alpha in [0, 3] = 1'],
  ['selu', '1.0507009873554805 * if(x > 0, x, 1.6732632423543772 * expm1(x))', ''],
  ['softplus', 'softplus(x)', ''],
  ['gelu', 'x * (1 + erf(x / sqrt(2))) / 2', ''],
  ['silu', 'x * sigmoid(beta * x)', 'beta in [0, 5] = 1'],
  ['mish', 'x * tanh(softplus(x))', ''],
  ['hard-sigmoid', 'min(1, max(0, x / 6 + 0.5))', ''],
  ['softsign', 'x / (1 + abs(x))', ''],
];

describe('measured properties match the registry’s hand-written ones', () => {
  it.each(REGISTRY_AS_FORMULAS)('%s as %s', (id, source, declarations) => {
    const a = getActivation(id);
    const fn = compiled(source, declarations);
    const mine = fn.properties;
    const theirs = a.properties;
    expect(mine.monotonic, 'monotonic').toBe(theirs.monotonic);
    expect(mine.zeroCentred, 'zero-centred').toBe(theirs.zeroCentred);
    expect(mine.saturates, 'saturates').toEqual(theirs.saturates);
    // The registry's continuity is exact; ours checks up to f″, so "smooth" reads Infinity only without switches.
    expect(mine.continuity, 'continuity').toBe(theirs.continuity);
    if (theirs.continuity === 0) {
      expect(mine.kinks.map((k) => [k.x, k.derivative])).toEqual(theirs.kinks.map((k) => [k.x, a.df(k.x, defaultParams(a))]));
    }
    // The range on [−6, 6] lies inside the function's whole range.
    expect(mine.range[0]).toBeGreaterThanOrEqual(theirs.range[0] - 1e-12);
    expect(mine.range[1]).toBeLessThanOrEqual(theirs.range[1] + 1e-12);
  });

  it('range text and TeX say it is the range on the domain, with no NaN anywhere', () => {
    const fn = compiled('x * sigmoid(x)');
    expect(fn.properties.rangeText).toBe('[−0.2785, 5.985] on [−6, 6]');
    expect(fn.properties.rangeTex).toBe('[-0.2785, 5.985] \\text{ on } [-6, 6]');
    expect(fn.properties.range[0]).toBeCloseTo(-0.2784645427610738, 6);
  });
});

describe('presets', () => {
  it.each(FORMULA_PRESETS.map((p) => [p.id, p] as const))(
    '%s compiles, passes its derivative check and is finite on [−6, 6]',
    (_, preset) => {
      const fn = compiled(preset.source, preset.declarations);
      expect(fn.derivativeCheck.pass, JSON.stringify(fn.derivativeCheck)).toBe(true);
      expect(fn.derivativeCheck.maxDisagreement).toBeLessThan(1e-8);
      expect(fn.nonFinite).toEqual([]);
    },
  );

  it('have the properties their summaries claim', () => {
    const get = (id: string): CustomActivation => {
      const p = FORMULA_PRESETS.find((q) => q.id === id)!;
      return compiled(p.source, p.declarations);
    };
    expect(get('squared-relu').properties).toMatchObject({ continuity: 1, kinks: [], monotonic: true });
    expect(get('step').properties).toMatchObject({ continuity: -1, monotonic: true, saturates: { left: true, right: true } });
    expect(get('step').properties.kinks.map((k) => [k.x, k.derivative])).toEqual([[0, 0]]);
    expect(get('sine').properties).toMatchObject({
      monotonic: false,
      zeroCentred: true,
      continuity: Infinity,
      saturates: { left: false, right: false },
    });
    expect(get('mish').properties.range[0]).toBeCloseTo(-0.3088434130172504, 5);
    expect(get('swish-beta').params).toEqual({
      b: { tex: 'b', symbol: 'b', meaning: 'your parameter', min: 0, max: 5, step: 0.05, default: 1 },
    });
  });
});

describe('kinks', () => {
  it('are found where relu/abs/step/max/min/if switch, located to about a double, and only where something jumps', () => {
    expect(compiled('relu(x - 0.3)').properties.kinks.map((k) => k.x)).toEqual([0.3]);
    expect(compiled('abs(x + 1/3)').properties.kinks[0]!.x).toBeCloseTo(-1 / 3, 15);
    expect(compiled('max(x, 2 - x)').properties.kinks.map((k) => k.x)).toEqual([1]);
    expect(compiled('min(1, max(0, x / 6 + 0.5))').properties.kinks.map((k) => k.x)).toEqual([-3, 3]);
    // Switches whose sides agree: no kink.
    expect(compiled('max(x, x)').properties).toMatchObject({ kinks: [], continuity: Infinity });
    expect(compiled('relu(x)^3').properties).toMatchObject({ kinks: [], continuity: 2 });
    expect(compiled('relu(x) - relu(-x)').properties).toMatchObject({ kinks: [], continuity: 2 });
    // A switch root outside the domain is not a kink on it.
    expect(compiled('relu(x - 7)').properties.kinks).toEqual([]);
  });

  it('each kink says what jumps and the conventional f′ there', () => {
    const [kink] = compiled('relu(x)').properties.kinks;
    expect(kink).toMatchObject({ x: 0, derivative: 0 });
    expect(kink!.note).toMatch(/^f′ jumps at x = 0; f′ there is 0 by the site’s conventions/);
  });
});

describe('where a formula is not finite, and why', () => {
  it('exp(exp(x)) overflows beyond x = ln(ln(MAX_VALUE)) ≈ 6.566', () => {
    const fn = compiled('exp(exp(x))', '', [-6, 8]);
    expect(fn.nonFinite).toHaveLength(1);
    const [gap] = fn.nonFinite;
    const limit = Math.log(Math.log(Number.MAX_VALUE));
    expect(limit).toBeCloseTo(6.565, 3);
    expect(Math.abs(gap!.from - limit)).toBeLessThan(1e-12);
    expect(gap!.to).toBe(8);
    expect(gap!.reason).toMatch(/^exp overflows: its argument .* is above 709\.78/);
    // f″ = f·(eˣ + e²ˣ) overflows first, so the f″ panel's gap starts earlier.
    const curvatureGap = nonFiniteIntervals(fn.compiled, {}, [-6, 8], 2)[0]!;
    expect(curvatureGap.from).toBeGreaterThan(6.5);
    expect(curvatureGap.from).toBeLessThan(gap!.from - 0.01);
    expect(curvatureGap.reason).toBe('f and f′ are finite but f″ is not (f′ has a vertical tangent or overflows here)');
  });

  it('log(x) for x ≤ 0, sqrt(x) for x < 0', () => {
    const log = compiled('log(x)').nonFinite;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ from: -6 });
    expect(log[0]!.to).toBeLessThanOrEqual(0);
    expect(log[0]!.to).toBeGreaterThan(-1e-12);
    expect(log[0]!.reason).toBe('log of a negative number (−3)');
    expect(compiled('sqrt(x)').nonFinite[0]!.reason).toMatch(/^square root of a negative number/);
    expect(compiled('log(abs(x))').nonFinite).toEqual([{ from: 0, to: 0, reason: 'log(0) is −∞' }]);
  });

  it('division by zero, on a sample or between samples, and 0/0', () => {
    expect(compiled('1/x').nonFinite).toEqual([{ from: 0, to: 0, reason: 'division by zero' }]);
    const between = compiled('1/(x - 0.123456)').nonFinite;
    expect(between).toHaveLength(1);
    expect(between[0]!.from).toBeCloseTo(0.123456, 12);
    expect(between[0]!.reason).toMatch(/^division by zero/);
    expect(compiled('sin(x)/x').nonFinite).toEqual([{ from: 0, to: 0, reason: 'division by zero (0/0)' }]);
    // A removable point between samples (numerator and denominator both cross 0) is not a gap.
    expect(compiled('(x - 0.123456) / (x - 0.123456)').nonFinite.every((g) => g.from === g.to)).toBe(true);
  });

  it('other reasons: fractional powers of negatives, zero to a negative power, overflow, vertical tangents', () => {
    expect(compiled('x^0.5').nonFinite[0]!.reason).toMatch(/^a negative number \(.*\) to a fractional power \(0\.5\)/);
    expect(compiled('x^-1').nonFinite[0]!.reason).toBe('zero to a negative power');
    expect(compiled('x * 1e308 * 10').nonFinite[0]!.reason).toMatch(/^overflow/);
    expect(compiled('log1p(x)', '', [-2, 1]).nonFinite[0]!.reason).toMatch(/^log1p of a number below −1/);
    const root = compiled('sqrt(x)', '', [0, 1]);
    expect(root.nonFinite).toEqual([]);
    expect(nonFiniteIntervals(root.compiled, {}, [0, 1], 1)).toEqual([
      { from: 0, to: 0, reason: 'f is finite but f′ is not (a vertical tangent, as sqrt has at 0, or an overflowing slope)' },
    ]);
  });

  it('assertFiniteOn refuses a function not finite on the data, with a message', () => {
    const fn = compiled('log(x)');
    expect(assertFiniteOn(fn.compiled, [1, 2, 3], {})).toEqual({ ok: true });
    const refused = assertFiniteOn(fn.compiled, new Float64Array([1, -0.5, 2]), {});
    expect(refused).toEqual({
      ok: false,
      message:
        'This function is not finite at x = −0.5 (log of a negative number (−0.5)), a value the network computes; training needs f and f′ finite on all its inputs.',
    });
    expect(assertFiniteOn(compiled('sqrt(x)').compiled, [0], {}).ok).toBe(false);
  });
});

describe('measurements are made once, when first read', () => {
  it('the same objects on every read', () => {
    const fn = compiled('relu(x)');
    expect(fn.properties).toBe(fn.properties);
    expect(fn.nonFinite).toBe(fn.nonFinite);
    expect(fn.derivativeCheck).toBe(fn.derivativeCheck);
  });
});

describe('derivative check (the badge)', () => {
  it('passes for honest formulas, even steep ones, and fails for a wrong derivative', () => {
    for (const source of ['x * sigmoid(x)', 'exp(exp(x))', 'relu(x)', 'log(x)', '1/x', 'if(x < 1, x^2, 2*x - 1)']) {
      expect(compiled(source).derivativeCheck.pass, source).toBe(true);
    }
    const fn = compiled('x * sigmoid(x)').compiled;
    const wrong = derivativeCheck({ ...fn, df: (x, p) => fn.df(x, p) * (1 + 1e-3) }, {}, [-6, 6]);
    expect(wrong.pass).toBe(false);
    expect(wrong.maxDisagreement).toBeGreaterThan(DERIVATIVE_TOLERANCE);
    expect(wrong.worstX).toBeCloseTo(2.4, 1); // where SiLU′ peaks, at 1.0998
  });

  it('skips points within 1/1000 of the domain of a kink', () => {
    const check = compiled('abs(x)').derivativeCheck;
    expect(check.checked).toBeLessThan(2001);
    expect(check.checked).toBeGreaterThan(1990);
  });
});
