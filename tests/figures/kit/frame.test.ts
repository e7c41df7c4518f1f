import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFrame, type FrameOptions } from '../../../src/figures/kit/frame';

const MINUS = '\u2212';
const margin = { top: 10, right: 20, bottom: 30, left: 40 };
const base: FrameOptions = { width: 540, height: 340, margin, xDomain: [-8, 8], yDomain: [0, 1] };

const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

describe('createFrame geometry', () => {
  const frame = createFrame(base);

  it('puts the plot area inside the margins', () => {
    expect(frame.inner).toEqual({ left: 40, top: 10, right: 520, bottom: 310, width: 480, height: 300 });
    expect(frame.width).toBe(540);
    expect(frame.margin).toEqual(margin);
  });

  it('maps domain ends to the plot edges, y upwards', () => {
    expect(frame.x(-8)).toBe(40);
    expect(frame.x(8)).toBe(520);
    expect(frame.x(0)).toBe(280);
    expect(frame.y(0)).toBe(310);
    expect(frame.y(1)).toBe(10);
  });

  it('rounds pixels to 2 decimals and inverts them', () => {
    const px = frame.x(Math.PI);
    expect(decimals(px)).toBeLessThanOrEqual(2);
    expect(frame.xInvert(px)).toBeCloseTo(Math.PI, 3);
    expect(frame.yInvert(frame.y(0.3))).toBeCloseTo(0.3, 3);
    expect(frame.xInvert(0)).toBeLessThan(-8); // not clamped: a drag past the edge goes past it
  });

  it('keeps NaN as NaN and far values finite', () => {
    expect(frame.x(NaN)).toBeNaN();
    expect(frame.y(NaN)).toBeNaN();
    for (const v of [Infinity, -Infinity, 1e308, -1e308]) {
      expect(Number.isFinite(frame.x(v))).toBe(true);
      expect(Number.isFinite(frame.y(v))).toBe(true);
    }
    expect(frame.x(Infinity)).toBeGreaterThan(frame.inner.right);
  });

  it('never has an empty plot area', () => {
    const tiny = createFrame({ ...base, width: 10, height: NaN });
    expect(tiny.inner.width).toBeGreaterThanOrEqual(1);
    expect(tiny.inner.height).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(tiny.xInvert(tiny.x(3)))).toBe(true);
  });
});

describe('linear ticks', () => {
  it('labels [−8, 8] with whole numbers and a real minus', () => {
    const frame = createFrame({ ...base, xTickCount: 9 });
    expect(frame.xTicks.map((t) => t.value)).toEqual([-8, -6, -4, -2, 0, 2, 4, 6, 8]);
    expect(frame.xTicks.map((t) => t.label)).toEqual(['−8', '−6', '−4', '−2', '0', '2', '4', '6', '8']);
    expect(frame.xTicks.map((t) => t.position)).toEqual([40, 100, 160, 220, 280, 340, 400, 460, 520]);
  });

  it('gives every label on an axis the same decimals', () => {
    const frame = createFrame({ ...base, yDomain: [-0.06, 1.06], yTickCount: 5 });
    expect(frame.yTicks.map((t) => t.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    const fine = createFrame({ ...base, yDomain: [-0.1, 0.1], yTickCount: 4 });
    expect(fine.yTicks.map((t) => t.label)).toEqual([`${MINUS}0.10`, `${MINUS}0.05`, '0.00', '0.05', '0.10']);
  });

  it('writes tiny and huge ticks in scientific notation', () => {
    const tiny = createFrame({ ...base, xDomain: [0, 5e-5], xTickCount: 5 });
    expect(tiny.xTicks.map((t) => t.label)).toEqual(['0', '1 × 10⁻⁵', '2 × 10⁻⁵', '3 × 10⁻⁵', '4 × 10⁻⁵', '5 × 10⁻⁵'].map(nbsp));
    const huge = createFrame({ ...base, yDomain: [0, 3e6], yTickCount: 3 });
    expect(huge.yTicks.map((t) => t.label)).toEqual(['0', '1 × 10⁶', '2 × 10⁶', '3 × 10⁶'].map(nbsp));
  });

  it('keeps the domain unless asked to make it nice', () => {
    expect(createFrame({ ...base, yDomain: [0.03, 0.97] }).yDomain).toEqual([0.03, 0.97]);
    expect(createFrame({ ...base, yDomain: [0.03, 0.97], yNice: true }).yDomain).toEqual([0, 1]);
    expect(createFrame({ ...base, xDomain: [-7.7, 7.9], xNice: true, xTickCount: 8 }).xDomain).toEqual([-8, 8]);
  });

  it('draws a reversed domain right to left', () => {
    const frame = createFrame({ ...base, xDomain: [8, -8] });
    expect(frame.x(8)).toBe(40);
    expect(frame.x(-8)).toBe(520);
  });
});

describe('log ticks', () => {
  const log = (yDomain: readonly [number, number], extra: Partial<FrameOptions> = {}) =>
    createFrame({ ...base, yType: 'log', yDomain, ...extra });

  it('labels [10⁻¹², 1] with powers of ten', () => {
    const frame = log([1e-12, 1], { yTickCount: 13 });
    expect(frame.yTicks.map((t) => t.label)).toEqual([
      '10⁻¹²',
      '10⁻¹¹',
      '10⁻¹⁰',
      '10⁻⁹',
      '10⁻⁸',
      '10⁻⁷',
      '10⁻⁶',
      '10⁻⁵',
      '10⁻⁴',
      '10⁻³',
      '10⁻²',
      '10⁻¹',
      '10⁰',
    ]);
    expect(frame.yTicks[0]!.position).toBe(310);
    expect(frame.yTicks[12]!.position).toBe(10);
    expect(frame.y(1e-6)).toBe(160);
  });

  it('thins decades to multiples of a stride', () => {
    expect(log([1e-12, 1], { yTickCount: 5 }).yTicks.map((t) => t.value)).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1]);
    expect(log([3e-9, 0.7], { yTickCount: 4 }).yTicks.map((t) => t.label)).toEqual(['10⁻⁸', '10⁻⁶', '10⁻⁴', '10⁻²']);
  });

  it('nices to whole decades when asked', () => {
    expect(log([3e-9, 0.7], { yNice: true }).yDomain).toEqual([1e-9, 1]);
  });

  it('uses 1, 2, 5 × 10ᵏ within a decade or two', () => {
    expect(log([1, 10], { yTickCount: 6 }).yTicks.map((t) => t.label)).toEqual(['1', '2', '5', '10']);
    expect(log([2, 8], { yTickCount: 3 }).yTicks.map((t) => t.label)).toEqual(['2', '5']);
  });

  it('maps values that are not positive to NaN and replaces such domain ends', () => {
    const frame = log([0, 1]);
    expect(frame.y(0)).toBeNaN();
    expect(frame.y(-1)).toBeNaN();
    expect(frame.yDomain[0]).toBeGreaterThan(0);
    expect(frame.yDomain[1]).toBe(1);
    expect(log([-5, -1]).yDomain.every((v) => v > 0)).toBe(true);
  });
});

describe('degenerate domains', () => {
  it('widens a zero-width domain around its value', () => {
    const frame = createFrame({ ...base, xDomain: [3, 3], yDomain: [0, 0] });
    expect(frame.xDomain[0]).toBeLessThan(3);
    expect(frame.xDomain[1]).toBeGreaterThan(3);
    expect(frame.x(3)).toBe(280);
    expect(frame.yDomain).toEqual([-1, 1]);
    expect(frame.xTicks.length).toBeGreaterThan(0);
    const log = createFrame({ ...base, yType: 'log', yDomain: [1e-3, 1e-3] });
    expect(log.yDomain[0]).toBeCloseTo(1e-4, 12);
    expect(log.yDomain[1]).toBeCloseTo(1e-2, 12);
  });

  const anyNumber = fc.oneof(
    fc.double(),
    fc.double({ min: -1e-300, max: 1e-300 }),
    fc.constantFrom(0, -0, 1, 1e308, -1e308, Number.MIN_VALUE, Number.EPSILON),
  );
  const domain = fc.oneof(
    fc.tuple(anyNumber, anyNumber),
    anyNumber.map((v) => [v, v] as [number, number]),
  );

  it('gives finite pixels, finite ticks and clean labels for any domain', () => {
    fc.assert(
      fc.property(
        domain,
        domain,
        fc.constantFrom<'linear' | 'log'>('linear', 'log'),
        fc.boolean(),
        fc.record({ width: anyNumber, height: anyNumber, count: fc.option(anyNumber, { nil: undefined }) }),
        (xDomain, yDomain, yType, nice, size) => {
          const frame = createFrame({
            width: size.width,
            height: size.height,
            margin,
            xDomain,
            yDomain,
            yType,
            xNice: nice,
            yNice: nice,
            xTickCount: size.count,
            yTickCount: size.count,
          });
          const numbers = [
            frame.width,
            frame.height,
            ...Object.values(frame.inner),
            ...frame.xDomain,
            ...frame.yDomain,
            frame.x(frame.xDomain[0]),
            frame.x(frame.xDomain[1]),
            frame.y(frame.yDomain[0]),
            frame.y(frame.yDomain[1]),
            frame.xInvert(frame.inner.left),
            frame.xInvert(frame.inner.right),
          ];
          for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
          for (const tick of [...frame.xTicks, ...frame.yTicks]) {
            expect(Number.isFinite(tick.value) && Number.isFinite(tick.position)).toBe(true);
            expect(tick.label).not.toMatch(/NaN|Infinity|-|^−0(\.0*)?$|—/);
          }
          // Tick counts are capped at 50; d3 may return up to about twice the count asked for.
          expect(frame.xTicks.length).toBeLessThanOrEqual(101);
          expect(frame.yTicks.length).toBeLessThanOrEqual(101);
        },
      ),
      { numRuns: 500 },
    );
  });
});

function nbsp(text: string): string {
  return text.replaceAll(' × ', '\u00a0×\u00a0');
}

describe('createFrame remembers', () => {
  const options = {
    width: 640,
    height: 300,
    margin: { top: 10, right: 10, bottom: 30, left: 40 },
    xDomain: [-8, 8],
    yDomain: [0, 1],
  } as const;

  it('gives the same frame object for the same options, so axes built on it can be reused', () => {
    expect(createFrame({ ...options })).toBe(createFrame({ ...options, margin: { ...options.margin } }));
  });

  it('gives a different frame for any option that differs, NaN and ±Infinity told apart', () => {
    const base = createFrame(options);
    for (const changed of [
      { width: 641 },
      { margin: { ...options.margin, left: 41 } },
      { xDomain: [-8, 9] as const },
      { yType: 'log' as const },
      { xTickCount: 3 },
      { yNice: true },
    ]) {
      expect(createFrame({ ...options, ...changed })).not.toBe(base);
    }
    const nan = createFrame({ ...options, yDomain: [NaN, 1] });
    const infinite = createFrame({ ...options, yDomain: [-Infinity, 1] });
    expect(infinite.yDomain).not.toEqual(nan.yDomain);
  });
});
