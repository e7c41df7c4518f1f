import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFrame, type FrameOptions } from '../../../src/figures/kit/frame';
import { functionPath, histogram, histogramBars, intervalRects, pointPosition, seriesPath } from '../../../src/figures/kit/geometry';
import { expectPathClose, hasVertex, isRounded, parsePath, pathNumbers, pathPoints } from '../../helpers/path';

const options: FrameOptions = {
  width: 440,
  height: 240,
  margin: { top: 20, right: 20, bottom: 20, left: 20 },
  xDomain: [-2, 2],
  yDomain: [-1, 1],
};
// Plot area 400 × 200: x = 120 + 100·v, y = 120 − 100·v.
const frame = createFrame(options);
const OVERSHOOT = 4;

/** Whether a pixel point lies on the pixel image of y = fn(x), within `tolerance` in y. */
const onCurve = (fn: (x: number) => number, [px, py]: readonly [number, number], tolerance = 0.02) =>
  Math.abs(frame.y(fn(frame.xInvert(px))) - py) <= tolerance + 1e-9;

describe('functionPath', () => {
  it('draws a line across the domain', () => {
    expectPathClose(
      functionPath(frame, (x) => x / 2, { samples: 3 }),
      'M20,220L220,120L420,20',
    );
  });

  it('samples densely by default and rounds to 2 decimals', () => {
    const d = functionPath(frame, Math.sin);
    expect(pathPoints(d)).toHaveLength(241);
    expect(isRounded(d)).toBe(true);
    for (const point of pathPoints(d)) expect(onCurve(Math.sin, point)).toBe(true);
  });

  it('keeps a kink sharp when it is given as a breakpoint', () => {
    // 10 samples over [−2, 2] miss 0; with the breakpoint the vertex is exact.
    const blunt = functionPath(frame, Math.abs, { samples: 10 });
    const sharp = functionPath(frame, Math.abs, { samples: 10, breakpoints: [0] });
    expect(hasVertex(blunt, [220, 120])).toBe(false);
    expect(hasVertex(sharp, [220, 120])).toBe(true);
    expect(pathPoints(sharp)).toHaveLength(pathPoints(blunt).length + 1);
  });

  it('replaces a sample that sits on a breakpoint instead of doubling it', () => {
    const d = functionPath(frame, Math.abs, { samples: 5, breakpoints: [0, 0, 7, NaN] });
    // |±2| is off the plot: the line enters and leaves 4 px above it, at x = ±1.04.
    expectPathClose(d, 'M116,16L120,20L220,120L320,20L324,16');
    expect(pathPoints(d).filter(([x]) => x === 220)).toHaveLength(1);
  });

  it('cuts a steep line a few pixels outside the plot, on the true line', () => {
    const steep = (x: number) => 10 * x;
    const d = functionPath(frame, steep, { samples: 5 });
    const subpaths = parsePath(d);
    expect(subpaths).toHaveLength(1);
    const [start, , end] = subpaths[0]!;
    expect(start![1]).toBe(220 + OVERSHOOT);
    expect(end![1]).toBe(20 - OVERSHOOT);
    for (const point of subpaths[0]!) expect(onCurve(steep, point)).toBe(true);
  });

  it('keeps every coordinate near the plot however far the curve goes', () => {
    const d = functionPath(frame, (x) => Math.exp(x * 400));
    for (const [x, y] of pathPoints(d)) {
      expect(x).toBeGreaterThanOrEqual(20 - OVERSHOOT);
      expect(x).toBeLessThanOrEqual(420 + OVERSHOOT);
      expect(y).toBeGreaterThanOrEqual(20 - OVERSHOOT);
      expect(y).toBeLessThanOrEqual(220 + OVERSHOOT);
    }
  });

  it('breaks the line at a pole and where the function is not finite', () => {
    expect(parsePath(functionPath(frame, (x) => 1 / x, { samples: 9 }))).toHaveLength(2);
    const sqrt = functionPath(frame, Math.sqrt, { samples: 9 });
    expect(parsePath(sqrt)).toHaveLength(1);
    expect(pathPoints(sqrt)[0]).toEqual([220, 120]);
    const holes = functionPath(frame, (x) => (Math.abs(x - 1) < 0.1 ? Infinity : 0), { samples: 41 });
    expect(parsePath(holes)).toHaveLength(2);
  });

  it('returns an empty string when nothing is visible', () => {
    expect(functionPath(frame, () => NaN)).toBe('');
    expect(functionPath(frame, () => 50)).toBe('');
  });

  it('breaks the line where a log axis has no place for the value', () => {
    const log = createFrame({ ...options, yType: 'log', yDomain: [1e-3, 1] });
    const d = functionPath(log, (x) => x, { samples: 9 });
    expect(pathPoints(d).every(([x]) => x > 220)).toBe(true);
  });
});

describe('seriesPath', () => {
  it('accepts pairs or parallel arrays', () => {
    const pairs = seriesPath(frame, [
      [-1, 0],
      [0, 0.5],
      [1, 0],
    ]);
    expectPathClose(pairs, 'M120,120L220,70L320,120');
    expect(seriesPath(frame, { x: [-1, 0, 1, 2], y: new Float64Array([0, 0.5, 0]) })).toBe(pairs);
  });

  it('writes each vertex exactly as the frame rounds it', () => {
    const inside = fc.double({ min: -1, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(inside, inside), { minLength: 1, maxLength: 20 }), (points) => {
        const expected = points.map(([x, y], i) => `${i ? 'L' : 'M'}${frame.x(x)},${frame.y(y)}`).join('');
        expect(seriesPath(frame, points)).toBe(points.length === 1 ? `${expected}Z` : expected);
      }),
    );
  });

  it('breaks at non-finite points', () => {
    const d = seriesPath(frame, { x: [-1, -0.5, 0, 0.5, 1], y: [0, 0.1, NaN, 0.1, Infinity] });
    expect(parsePath(d).map((s) => s.length)).toEqual([2, 1]);
  });

  it('drops non-positive values on a log axis', () => {
    const log = createFrame({ ...options, yType: 'log', yDomain: [1e-6, 1] });
    const d = seriesPath(log, { x: [-2, -1, 0, 1, 2], y: [1, 1e-3, 0, 1e-5, -1] });
    expect(parsePath(d).map((s) => s.length)).toEqual([2, 1]);
    expect(pathPoints(d)[1]![1]).toBe(log.y(1e-3));
  });

  it('cuts a path in weight space where it leaves the plot sideways', () => {
    const d = seriesPath(frame, [
      [0, 0],
      [-10, 0],
      [-10, 0.5],
      [0, 0.5],
    ]);
    const subpaths = parsePath(d);
    expect(subpaths).toEqual([
      [
        [220, 120],
        [20 - OVERSHOOT, 120],
      ],
      [
        [20 - OVERSHOOT, 70],
        [220, 70],
      ],
    ]);
  });
});

describe('no NaN, no huge numbers, whatever comes in', () => {
  const value = fc.oneof(
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, 5e-324),
    fc.double({ min: -3, max: 3 }),
  );
  const domain = fc.tuple(value, value);

  it('holds for functionPath and seriesPath on any frame', () => {
    fc.assert(
      fc.property(
        domain,
        domain,
        fc.constantFrom<'linear' | 'log'>('linear', 'log'),
        fc.array(value, { minLength: 1, maxLength: 60 }),
        fc.array(value, { maxLength: 4 }),
        (xDomain, yDomain, yType, ys, breakpoints) => {
          const f = createFrame({ ...options, xDomain, yDomain, yType });
          const table = (x: number) => ys[Math.abs(Math.round(x * 7919)) % ys.length] ?? NaN;
          for (const d of [
            functionPath(f, table, { samples: 61, breakpoints }),
            seriesPath(f, { x: ys.map((_, i) => breakpoints[i % (breakpoints.length || 1)] ?? i), y: ys }),
          ]) {
            expect(d).not.toMatch(/NaN|Infinity|e/);
            expect(isRounded(d)).toBe(true);
            for (const n of pathNumbers(d)) expect(Math.abs(n)).toBeLessThan(1000);
            parsePath(d);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds for rectangles and points', () => {
    fc.assert(
      fc.property(domain, domain, fc.array(fc.tuple(value, value), { maxLength: 5 }), value, value, (xDomain, yDomain, intervals, x, y) => {
        const f = createFrame({ ...options, xDomain, yDomain });
        const bins = histogram(intervals.flat(), { domain: xDomain, bins: 4 });
        const numbers = [
          ...intervalRects(f, intervals).flatMap(Object.values),
          ...histogramBars(f, bins).flatMap(Object.values),
          ...bins.flatMap((b) => [b.x0, b.x1, b.count]),
          pointPosition(f, x, y).cx,
          pointPosition(f, x, y).cy,
        ];
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('intervalRects', () => {
  it('spans the full height and clips to the x domain', () => {
    expect(
      intervalRects(frame, [
        [-Infinity, -1.5],
        [1, 0.5], // either order
        [1.5, 9],
        [3, 4], // outside
        [0, 0], // empty
        [NaN, 1],
      ]),
    ).toEqual([
      { x: 20, y: 20, width: 50, height: 200 },
      { x: 270, y: 20, width: 50, height: 200 },
      { x: 370, y: 20, width: 50, height: 200 },
    ]);
  });
});

describe('histogram', () => {
  it('counts values in equal bins, outside values in the edge bins, NaN nowhere', () => {
    const bins = histogram([-5, -1, -0.5, 0, 0.5, 0.99, 1, 7, Infinity, -Infinity, NaN], { domain: [-1, 1], bins: 4 });
    expect(bins).toEqual([
      { x0: -1, x1: -0.5, count: 3 }, // −∞, −5, −1
      { x0: -0.5, x1: 0, count: 1 }, // −0.5: lower edges are inclusive
      { x0: 0, x1: 0.5, count: 1 },
      { x0: 0.5, x1: 1, count: 5 }, // 0.5, 0.99, 1 (the last bin is closed), 7, ∞
    ]);
  });

  it('loses no value', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), fc.tuple(fc.double(), fc.double()), fc.integer({ min: -3, max: 200 }), (values, domain, n) => {
        const bins = histogram(values, { domain, bins: n });
        expect(bins.length).toBe(Math.min(10_000, Math.max(1, n)));
        expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(values.filter((v) => !Number.isNaN(v)).length);
      }),
    );
  });

  it('leaves out values equal to `skip`, -0 with 0, and counts the rest as without them', () => {
    const values = [0, -0, 0.25, 0, 0.75, 3, 0];
    expect(histogram(values, { domain: [0, 1], bins: 2, skip: 0 })).toEqual(histogram([0.25, 0.75, 3], { domain: [0, 1], bins: 2 }));
    expect(histogram(values, { domain: [0, 1], bins: 2, skip: 0 }).map((b) => b.count)).toEqual([1, 2]);
  });

  it('draws bars from zero, clipped to the plot', () => {
    const f = createFrame({ ...options, xDomain: [0, 4], yDomain: [0, 10] });
    const bars = histogramBars(f, [
      { x0: 0, x1: 1, count: 5 },
      { x0: 1, x1: 2, count: 0 },
      { x0: 2, x1: 3, count: 20 },
    ]);
    expect(bars).toEqual([
      { x: 20.5, y: 120, width: 99, height: 100 },
      { x: 120.5, y: 220, width: 99, height: 0 },
      { x: 220.5, y: 20, width: 99, height: 200 },
    ]);
    const log = createFrame({ ...options, xDomain: [0, 4], yType: 'log', yDomain: [1, 100] });
    expect(
      histogramBars(
        log,
        [
          { x0: 0, x1: 1, count: 0 },
          { x0: 1, x1: 2, count: 10 },
        ],
        { gap: 0 },
      ),
    ).toEqual([
      { x: 20, y: 220, width: 100, height: 0 },
      { x: 120, y: 120, width: 100, height: 100 },
    ]);
  });
});

describe('pointPosition', () => {
  it('places a point and says whether it is inside', () => {
    expect(pointPosition(frame, 1, 0.5)).toEqual({ cx: 320, cy: 70, visible: true });
    expect(pointPosition(frame, 2, -1)).toEqual({ cx: 420, cy: 220, visible: true });
    expect(pointPosition(frame, 5, 0.5)).toEqual({ cx: 420, cy: 70, visible: false });
    expect(pointPosition(frame, 0, Infinity)).toEqual({ cx: 220, cy: 20, visible: false });
    expect(pointPosition(frame, NaN, NaN)).toEqual({ cx: 20, cy: 220, visible: false });
  });
});
