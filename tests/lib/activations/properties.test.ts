/**
 * Each entry's declared properties (at its default parameters) checked against its own f and
 * f′ numerically, plus the shape of the entries themselves: parameter specs, kinks, valid TeX.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, defaultParams } from '../../../src/lib/activations/registry';
import { grid } from './helpers';

/** Dense on [−50, 50], plus far points for the limits; includes 0 and the kinks ±3 exactly. */
const XS = [...grid(-50, 50, 20000), -1e9, -1e6, 1e6, 1e9].sort((a, b) => a - b);

describe.each(ACTIVATIONS.map((a) => [a.id, a] as const))('%s', (_, a) => {
  const p = defaultParams(a);
  const props = a.properties;
  const f = (x: number): number => a.f(x, p);
  const df = (x: number): number => a.df(x, p);
  const ys = XS.map(f);

  it(`monotonic: ${props.monotonic}`, () => {
    const drops = XS.slice(1).filter((x, i) => ys[i + 1]! < ys[i]! - 1e-15 * Math.abs(ys[i]!));
    if (props.monotonic) expect(drops, 'points where f decreases').toEqual([]);
    else expect(drops.length, 'f should decrease somewhere').toBeGreaterThan(0);
  });

  it(`zero-centred: ${props.zeroCentred}`, () => {
    // Mean and RMS of f(z) for z ~ N(0, 1), by quadrature on [−8, 8].
    let mean = 0;
    let square = 0;
    let weight = 0;
    for (let i = -4000; i <= 4000; i++) {
      const z = i / 500;
      const g = Math.exp((-z * z) / 2);
      const y = f(z);
      mean += g * y;
      square += g * y * y;
      weight += g;
    }
    const ratio = Math.abs(mean / weight) / Math.sqrt(square / weight);
    expect(ratio <= 0.05, `|mean| / RMS = ${ratio}`).toBe(props.zeroCentred);
  });

  it(`saturates: left ${props.saturates.left}, right ${props.saturates.right}`, () => {
    // Saturating slopes are already small at ±50 (softsign's, the slowest, is 1/51²) and
    // vanish far out; non-saturating ones stay at least 10⁻³ (leaky ReLU's default is 0.01).
    for (const [side, sign] of [
      ['left', -1],
      ['right', 1],
    ] as const) {
      const near = Math.abs(df(sign * 50));
      const far = Math.abs(df(sign * 1e6));
      if (props.saturates[side]) {
        expect(near, `|f′(${sign * 50})|`).toBeLessThan(1e-3);
        expect(far, `|f′(${sign * 1e6})|`).toBeLessThan(1e-9);
      } else {
        expect(near, `|f′(${sign * 50})|`).toBeGreaterThanOrEqual(1e-3);
        expect(far, `|f′(${sign * 1e6})|`).toBeGreaterThanOrEqual(1e-3);
      }
    }
  });

  it(`range ${props.rangeText}: sampled values stay inside and approach each end`, () => {
    const [lo, hi] = props.range;
    const slack = (bound: number): number => 1e-15 * Math.abs(bound);
    for (const [i, y] of ys.entries()) {
      expect(y >= lo - slack(lo) && y <= hi + slack(hi), `f(${XS[i]}) = ${y} outside [${lo}, ${hi}]`).toBe(true);
    }
    const min = Math.min(...ys);
    const max = Math.max(...ys);
    if (Number.isFinite(lo)) expect(min - lo, 'gap to the lower end').toBeLessThan(1e-3);
    else expect(min, 'unbounded below').toBeLessThan(-1e5);
    if (Number.isFinite(hi)) expect(hi - max, 'gap to the upper end').toBeLessThan(1e-3);
    else expect(max, 'unbounded above').toBeGreaterThan(1e5);
    expect(props.rangeText.startsWith('(−∞'), 'rangeText says unbounded below').toBe(lo === -Infinity);
    expect(props.rangeText.endsWith('∞)'), 'rangeText says unbounded above').toBe(hi === Infinity);
  });

  it(`continuity class ${props.continuity}`, () => {
    const slopeJump = (x: number): number => Math.abs(df(x + 1e-9) - df(x - 1e-9));
    const h = 1e-5;
    const curvatureJump = (x: number): number => Math.abs((df(x + h) - df(x)) / h - (df(x) - df(x - h)) / h);
    const points = [...grid(-10, 10, 2000), ...props.kinks.map((k) => k.x)];
    if (props.continuity === 0) {
      expect(Math.max(...props.kinks.map((k) => slopeJump(k.x))), 'f′ jumps at some kink').toBeGreaterThan(1e-3);
      return;
    }
    expect(Math.max(...points.map(slopeJump)), 'f′ is continuous').toBeLessThan(1e-6);
    const worstCurvatureJump = Math.max(...points.map(curvatureJump));
    if (props.continuity === 1) expect(worstCurvatureJump, 'f″ jumps somewhere (C¹, not C²)').toBeGreaterThan(0.1);
    else expect(worstCurvatureJump, 'f″ is continuous').toBeLessThan(1e-3);
  });

  it('kinks: df returns the documented derivative, f is continuous there, and each has a note', () => {
    for (const k of props.kinks) {
      expect(df(k.x), `f′(${k.x})`).toBe(k.derivative);
      expect(Math.abs(f(k.x + 1e-9) - f(k.x - 1e-9)), `f jumps at ${k.x}`).toBeLessThan(1e-8);
      expect(k.note.length).toBeGreaterThan(10);
    }
  });

  it('parameter specs are consistent', () => {
    for (const [name, spec] of Object.entries(a.params)) {
      expect(spec.min, name).toBeLessThanOrEqual(spec.default);
      expect(spec.default, name).toBeLessThanOrEqual(spec.max);
      expect(spec.step, name).toBeGreaterThan(0);
      expect(spec.symbol.length, name).toBeGreaterThan(0);
      expect(spec.meaning.length, name).toBeGreaterThan(0);
    }
  });

  it('TeX renders with KaTeX', () => {
    const texts = [a.tex, a.dtex, props.rangeTex, ...Object.values(a.params).map((s) => s.tex)];
    for (const tex of texts) expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true }), tex).not.toThrow();
  });

  it('has a name and a one-sentence summary', () => {
    expect(a.name.length).toBeGreaterThan(0);
    expect(a.summary).toMatch(/^[^\n]{20,200}$/);
  });
});

describe('approximate range ends', () => {
  // x at the minimum, from mpmath (findroot of f′, 40 digits); f there must equal range[0].
  it.each([
    ['gelu', -0.7517915246935645],
    ['silu', -1.2784645427610738],
    ['mish', -1.1924312145154952],
  ])('%s reaches its stated minimum at x = %f', (id, xMin) => {
    const a = ACTIVATIONS.find((e) => e.id === id)!;
    const fMin = a.f(xMin, defaultParams(a));
    expect(Math.abs(fMin - a.properties.range[0])).toBeLessThan(1e-15);
  });
});
