/** precisionReport: the curves, errors, flags and thresholds a precision figure draws. */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, getActivation } from '../../../src/lib/activations/registry';
import { roundedMath } from '../../../src/lib/precision/arithmetic';
import { FORMAT_IDS, getFormat } from '../../../src/lib/precision/formats';
import { kernelsFor } from '../../../src/lib/precision/kernels';
import { precisionReport } from '../../../src/lib/precision/report';
import { roundTo } from '../../../src/lib/precision/round';

describe('precisionReport', () => {
  it('samples 600 points across the domain, ends included, for every kernel', () => {
    const r = precisionReport('sigmoid', 'float16', { domain: [-20, 20] });
    expect(r.kernels.map((k) => k.kernelId)).toEqual(['naive', 'stable', 'rounded-once']);
    for (const k of r.kernels) {
      expect(k.points).toHaveLength(600);
      expect(k.points[0]!.x).toBe(-20);
      expect(k.points.at(-1)!.x).toBe(20);
      for (const p of k.points) expect(p.input).toBe(roundTo(getFormat('float16'), p.x));
    }
  });

  it('computes each point with the kernel in the format, and errors against float64 at the rounded input', () => {
    // Sample positions that bfloat16 cannot hold, so input and x differ.
    const r = precisionReport('softplus', 'bfloat16', { domain: [-30.01, 29.99], samples: 97 });
    expect(r.kernels[0]!.points.filter((p) => p.input !== p.x).length).toBeGreaterThan(90);
    const m = roundedMath(getFormat('bfloat16'));
    const set = kernelsFor('softplus');
    for (const curve of r.kernels) {
      const kernel = set.kernels.find((k) => k.id === curve.kernelId)!;
      let worst = 0;
      for (const p of curve.points) {
        expect(Object.is(p.f, kernel.f(m, p.input, {}))).toBe(true);
        expect(Object.is(p.df, kernel.df(m, p.input, {}))).toBe(true);
        const exact = getActivation('softplus').f(p.input, {});
        if (Number.isFinite(p.f)) expect(p.fError).toBe(Math.abs(p.f - exact) / Math.abs(exact));
        else expect(p.fError).toBeNaN();
        if (Number.isFinite(p.fError)) worst = Math.max(worst, p.fError);
      }
      expect(curve.worstError.f?.error).toBe(worst);
    }
  });

  it('flags NaN/∞, exact limits and lost slopes where they happen', () => {
    const r = precisionReport('softplus', 'float16', { domain: [-20, 20] });
    const naive = r.kernels[0]!;
    const overflow = naive.thresholds.find((t) => t.kind === 'value-not-finite' && t.side === 'right')!;
    expect(overflow.x).toBe(11.09375);
    expect(overflow.inDomain).toBe(true);
    expect(naive.nonFiniteCount).toBe(naive.points.filter((p) => p.input >= 11.09375).length);
    for (const p of naive.points) expect(p.nonFinite).toBe(p.input >= 11.09375);
    expect(r.kernels[1]!.nonFiniteCount).toBe(0);

    const sigmoid = precisionReport('sigmoid', 'float16', { domain: [-20, 20] });
    for (const p of sigmoid.kernels[0]!.points) {
      expect(p.atLimit, `σ(${p.input})`).toBe(p.input >= 7.625 || p.input <= -11.09375);
      expect(p.slopeZero, `σ′(${p.input})`).toBe(p.input >= 7.625 || p.input <= -11.09375);
    }
    for (const p of sigmoid.kernels[1]!.points) expect(p.slopeZero).toBe(Math.abs(p.input) >= 17.34375);
  });

  it('marks which thresholds fall inside the plotted range', () => {
    const narrow = precisionReport('sigmoid', 'float16', { domain: [-5, 5] });
    expect(narrow.kernels[0]!.thresholds.every((t) => !t.inDomain)).toBe(true);
    const wide = precisionReport('sigmoid', 'float16', { domain: [-5, 8] });
    expect(wide.kernels[0]!.thresholds.filter((t) => t.inDomain).map((t) => t.kind)).toEqual(['reaches-limit', 'slope-zero']);
  });

  it('takes parameters, filling in the registry defaults', () => {
    const r = precisionReport('leaky-relu', 'float16', { domain: [-2, 2], params: { alpha: 0.1 } });
    expect(r.params).toEqual({ alpha: 0.1 });
    expect(r.kernels[0]!.points[0]!.f).toBe(roundTo(getFormat('float16'), roundTo(getFormat('float16'), 0.1) * -2));
    expect(precisionReport('elu', 'e4m3', { domain: [-2, 2] }).params).toEqual({ alpha: 1 });
    // ELU with α = 0 is ReLU: no limit to approach, so no limit thresholds.
    const relu = precisionReport('elu', 'float16', { domain: [-2, 2], params: { alpha: 0 } });
    expect(relu.kernels.flatMap((k) => k.thresholds).filter((t) => t.kind === 'reaches-limit')).toEqual([]);
  });

  it('works for every activation in every format; in float64 only textbook kernels err', () => {
    for (const id of ACTIVATION_IDS) {
      for (const formatId of FORMAT_IDS) {
        const r = precisionReport(id, formatId, { domain: [-8, 8], samples: 50 });
        expect(r.kernels.length).toBeGreaterThanOrEqual(2);
        if (formatId !== 'float64') continue;
        for (const k of r.kernels.filter((k) => k.kind !== 'naive')) expect(k.worstError.f!.error, `${id}/${k.kernelId}`).toBe(0);
      }
    }
    // Even in float64 the textbook ½x(1 + erf(x/√2)) cancels: at x = −8 it is off by about 2%.
    const gelu = precisionReport('gelu', 'float64', { domain: [-8, 8], samples: 50 }).kernels[0]!;
    expect(gelu.worstError.f!.input).toBe(-8);
    expect(gelu.worstError.f!.error).toBeGreaterThan(0.01);
  }, 60_000);

  it('rejects a bad domain, sample count or id with a message', () => {
    expect(() => precisionReport('sigmoid', 'float16', { domain: [1, 1] })).toThrow(/lo < hi/);
    expect(() => precisionReport('sigmoid', 'float16', { domain: [0, Infinity] })).toThrow(/finite/);
    expect(() => precisionReport('sigmoid', 'float16', { domain: [0, 1], samples: 1 })).toThrow(/samples/);
    expect(() => precisionReport('sigmoid', 'float16', { domain: [0, 1], samples: 2.5 })).toThrow(/whole number/);
    expect(() => precisionReport('sigmoidd', 'float16', { domain: [0, 1] })).toThrow(/Valid names/);
    expect(() => precisionReport('sigmoid', 'fp16' as never, { domain: [0, 1] })).toThrow(/Valid names/);
  });
});
