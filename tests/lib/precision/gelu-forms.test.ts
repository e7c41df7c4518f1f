/**
 * GELU's tanh approximation in float64, and how far it is from the exact form. Reference points:
 * the approximation's formula evaluated the textbook way where that is accurate, and a finite
 * difference for its slope.
 */
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import { getFormat, NUMBER_FORMATS } from '../../../src/lib/precision/formats';
import { geluFormsDisagreement, geluFormsGap, geluFormsInFormat } from '../../../src/lib/precision/gelu-forms';
import { GELU_TANH_CUBIC, GELU_TANH_SCALE, geluTanh, geluTanhSlope } from '../../../src/lib/precision/gelu-tanh';

const textbook = (x: number) => 0.5 * x * (1 + Math.tanh(GELU_TANH_SCALE * (x + GELU_TANH_CUBIC * x ** 3)));
const gelu = getActivation('gelu');

describe('the tanh approximation in float64', () => {
  it('equals ½x(1 + tanh(u)) where that form does not cancel, and stays finite and accurate in the tails', () => {
    for (let x = -3; x <= 10; x += 0.01) expect(Math.abs(geluTanh(x) - textbook(x))).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(x)));
    // At x = −10, 1 + tanh(u) has cancelled to 0 in the textbook form; x·σ(2u) ≈ x·e^{2u} is −1.2e−37.
    expect(textbook(-10)).toBe(-0);
    const twoU = 2 * GELU_TANH_SCALE * (-10 + GELU_TANH_CUBIC * -1000);
    expect(Math.abs(geluTanh(-10) / (-10 * Math.exp(twoU)) - 1)).toBeLessThan(1e-12);
    expect(geluTanh(1e200)).toBe(1e200);
    expect(Object.is(geluTanh(-1e200), -0)).toBe(true);
    expect(geluTanhSlope(1e200)).toBe(1);
    expect(geluTanhSlope(-1e200)).toBe(0);
  });

  it('has the slope of a central finite difference', () => {
    for (let x = -6 + 1 / 7; x <= 6; x += 0.05) {
      const h = 1e-6;
      const fd = (geluTanh(x + h) - geluTanh(x - h)) / (2 * h);
      expect(Math.abs(geluTanhSlope(x) - fd), `x = ${x}`).toBeLessThan(1e-8);
    }
  });
});

describe('exact GELU against the tanh approximation', () => {
  const gap = geluFormsGap();

  it('differs by at most 4.73e-4, at x ≈ ±2.70 (the difference is even in x)', () => {
    expect(gap.x).toBeCloseTo(2.6989, 3);
    expect(Math.abs(gap.gap)).toBeCloseTo(4.7324e-4, 7);
    expect(gap.gap).toBe(gap.exact - gap.approximation);
    const d = (x: number) => gelu.f(x, {}) - geluTanh(x);
    expect(Math.abs(d(-gap.x) - d(gap.x))).toBeLessThan(1e-15);
    // No point of a wide grid (offset from the scan's) beats it.
    for (let x = -20 + 1 / 3e3; x <= 20; x += 1e-3)
      if (Math.abs(d(x)) > Math.abs(gap.gap) * (1 + 1e-9)) expect.fail(`|d(${x})| = ${Math.abs(d(x))}`);
  }, 60_000);

  it('is under one ulp in bfloat16, float16 and both float8 formats, not in float32 or float64', () => {
    const below = NUMBER_FORMATS.filter((f) => geluFormsInFormat(f, gap).belowOneUlp).map((f) => f.id);
    expect(below).toEqual(['bfloat16', 'float16', 'e4m3', 'e5m2']);
    const f16 = geluFormsInFormat(getFormat('float16'), gap);
    expect(f16.ulp).toBe(2 ** -9);
    expect(f16.gapInUlps).toBeCloseTo(0.2423, 3);
    expect(f16.sameWhenRounded).toBe(true);
    expect(geluFormsInFormat(getFormat('float32'), gap).sameWhenRounded).toBe(false);
  });

  it('still gives different float16 values at about a tenth of the inputs in [−8, 8]', () => {
    const { differing, inputs } = geluFormsDisagreement(getFormat('float16'), -8, 8);
    expect(inputs).toBe(36865);
    expect(differing / inputs).toBeGreaterThan(0.05);
    expect(differing / inputs).toBeLessThan(0.15);
    expect(geluFormsDisagreement(getFormat('e4m3'), -8, 8).differing).toBe(0);
  }, 60_000);
});
