import { describe, expect, it } from 'vitest';
import { FORMULA_PRESETS } from '../../../src/lib/formula';
import { compileLabFormula, formulaLabConfig, formulaLabSchema } from '../../../src/figures/formula-lab/config';
import { labModel, labParams, robustYDomain } from '../../../src/figures/formula-lab/model';
import { readFigureState } from '../../../src/figures/kit/url-state';
import { sceneToSvg } from '../../../src/figures/kit/scene';

function view(formula: string, declarations = '', probeX = 1, params: Record<string, number> = {}) {
  const compiled = compileLabFormula(formula, declarations);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return labModel({
    activation: compiled.value,
    params: labParams(compiled.value, params),
    probeX,
    width: 640,
    height: 560,
    idPrefix: 't',
  });
}

describe('labModel', () => {
  it('reads SiLU off the probe: f(1) = 0.7311, f′(1) = 0.9277, f″(1) = 0.3024', () => {
    // SiLU at 1: σ(1) = 0.731058…, σ + σ(1−σ) = 0.927671…, f″ = σ(1−σ)(2 + x(1−2σ)) = 0.196612 · 1.537883 = 0.302366…
    const v = view('x * sigmoid(x)');
    expect(v.readout[0]).toBe('At x = 1: f(1) = 0.7311, f′(1) = 0.9277, f″(1) = 0.3024');
    expect(v.badge.pass).toBe(true);
    expect(v.gapLines).toEqual([]);
  });

  it('names the gap of exp(exp(x)) and shows no NaN anywhere', () => {
    const v = view('exp(exp(x))', '', 6.9);
    expect(v.gapLines[0]).toMatch(/^f is not finite on \[6\.56\d*, 8\]: /);
    expect(v.readout[0]).toMatch(/f\(6\.9\) is not finite \(/);
    const svg = sceneToSvg(v.scene);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(v.readout.join(' ') + v.propertyLines.join(' ')).not.toMatch(/NaN|undefined/);
  });

  it('marks log(x) not finite for x ≤ 0, a single-point pole for 1/x', () => {
    expect(view('log(x)').gapLines[0]).toMatch(/^f is not finite on \[−8, 0\]/);
    expect(view('1/x').gapLines.some((l) => l.startsWith('f is not finite at x = 0'))).toBe(true);
  });

  it('says a step is flat wherever its slope exists, and jumps', () => {
    const v = view('step(x)', '', 1);
    expect(v.readout[0]).toBe('At x = 1: f(1) = 1, f′(1) = 0, f″(1) = 0');
    expect(v.propertyLines).toContain('Smoothness: jumps (not continuous)');
  });

  it('clamps parameters to their declarations and moves the curve with them', () => {
    const a = view('x * sigmoid(b * x)', 'b in [0, 5] = 1', 1, { b: 99 });
    const b = view('x * sigmoid(b * x)', 'b in [0, 5] = 1', 1, { b: 5 });
    expect(a.readout).toEqual(b.readout);
    expect(view('x * sigmoid(b * x)', 'b in [0, 5] = 1', 1, { b: 0 }).readout[0]).toMatch(/^At x = 1: f\(1\) = 0\.5,/);
  });

  it('draws every preset without NaN, with a passing derivative badge', () => {
    for (const preset of FORMULA_PRESETS) {
      const v = view(preset.source, preset.declarations);
      expect(sceneToSvg(v.scene), preset.id).not.toMatch(/NaN/);
      expect(v.badge.pass, preset.id).toBe(true);
    }
  });

  it('keeps a y range for curves that overflow and for curves with no finite value', () => {
    expect(robustYDomain([NaN, Infinity])).toEqual([-1, 1]);
    const [lo, hi] = robustYDomain([...Array.from({ length: 100 }, (_, i) => i / 100), 1e300]);
    expect(hi).toBeLessThan(2000);
    expect(lo).toBeLessThan(0);
    // An ordinary curve keeps all of its range, and 0.
    const [a, b] = robustYDomain(Array.from({ length: 101 }, (_, i) => (i - 50) ** 2 / 100 + 1));
    expect(a).toBeLessThan(0);
    expect(b).toBeGreaterThan(26);
  });

  it('golden scene: SiLU at the default size', () => {
    expect(sceneToSvg(view('x * sigmoid(x)').scene)).toMatchSnapshot();
  });
});

describe('formulaLabSchema', () => {
  const config = formulaLabConfig({});
  const schema = formulaLabSchema(config);
  it('reads hostile hash text as text, never as anything else', () => {
    for (const text of ['constructor', '__proto__', 'x.constructor', 'alert(1)', '1e309', '('.repeat(10_000), 'ｘ', '']) {
      const state = readFigureState(`#lab.f=${encodeURIComponent(text)}`, 'lab', schema);
      expect(typeof state.f).toBe('string');
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      expect(compileLabFormula(state.f as string, '').ok).toBe(false);
    }
  });

  it('drops a 1 MB formula for the default', () => {
    const state = readFigureState(`#lab.f=${'x'.repeat(1_000_000)}`, 'lab', schema);
    expect(state.f).toBe(config.formula);
  });

  it('keeps a formula over the length limit from a link, so the element can say why it shows the default', () => {
    const long = `x${' + x'.repeat(60)}`;
    expect(long.length).toBe(241);
    const state = readFigureState(`#lab.f=${encodeURIComponent(long)}&lab.p=${encodeURIComponent('b in [0, 5')}`, 'lab', schema);
    expect(state.f).toBe(long);
    const result = compileLabFormula(state.f as string, '');
    expect(result.ok || result.error.message).toBe('formula is 241 characters; the limit is 200');
    expect(state.p).toBe('b in [0, 5');
    expect(compileLabFormula('x', state.p as string).ok).toBe(false);
  });

  it('refuses a bad formula prop at build time', () => {
    expect(() => formulaLabConfig({ formula: 'tan(x)' })).toThrow(/unknown function/);
  });
});
