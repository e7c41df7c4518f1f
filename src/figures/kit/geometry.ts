/**
 * Marks drawn in a frame, as SVG path strings and plain rectangles/points with coordinates
 * rounded to 2 decimals. Pure and DOM-free: the same calls give the build-time SVG and every
 * live update. No output ever contains NaN, whatever the function or data.
 */
import { linearDomain, round2, type Frame } from './frame';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PointPosition {
  /** Pixel position, clamped into the plot area. */
  readonly cx: number;
  readonly cy: number;
  /** False when the point is not finite or lies outside the plot (it is then pinned to the edge). */
  readonly visible: boolean;
}

export interface HistogramBin {
  /** Lower edge (inclusive). */
  readonly x0: number;
  /** Upper edge (exclusive, except for the last bin). */
  readonly x1: number;
  readonly count: number;
}

export interface FunctionPathOptions {
  /** Evenly spaced samples across the x domain; default 241, limited to 2…10,000. */
  readonly samples?: number;
  /** x values sampled exactly as well, so kinks (ReLU at 0) stay sharp; those outside the domain are ignored. */
  readonly breakpoints?: readonly number[];
}

export interface HistogramOptions {
  /** Range the bins cover; values outside it are counted in the first or last bin. */
  readonly domain: readonly [number, number];
  /** Number of equal-width bins; rounded and limited to 1…10,000. */
  readonly bins: number;
  /** Values equal to this are left out (a figure that shows exact zeros in a bar of their own). */
  readonly skip?: number;
}

export interface HistogramBarsOptions {
  /** Pixels left empty between neighbouring bars; default 1. */
  readonly gap?: number;
}

type Vertex = readonly [number, number] | null;

/** Curves may leave the plot by this many pixels (past a 2 px clip path) before they are cut. */
const OVERSHOOT = 4;
const DEFAULT_SAMPLES = 241;

/**
 * A vertex coordinate, already rounded to 2 decimals, as text. Built from its whole number of
 * hundredths: integer-to-string is about twice as fast as a double's shortest form, and path
 * text is most of the cost of a curve.
 */
function hundredths(v: number): string {
  const k = Math.round(v * 100);
  if (k % 100 === 0) return String(k / 100);
  const abs = k < 0 ? -k : k;
  const fraction = abs % 100;
  const text = `${(abs - fraction) / 100}.${fraction < 10 ? `0${fraction}` : fraction % 10 === 0 ? fraction / 10 : fraction}`;
  return k < 0 ? `-${text}` : text;
}

/**
 * Collects a polyline, cutting it to the plot area plus OVERSHOOT (Liang–Barsky per segment).
 * Parts outside are dropped rather than squashed onto the edge, so a curve leaves the plot
 * at its true angle, and no coordinate is ever huge. `null` vertices break the line.
 */
class ClippedPolyline {
  readonly vertices: Vertex[] = [];
  #previous: readonly [number, number] | null = null;
  readonly #left: number;
  readonly #right: number;
  readonly #top: number;
  readonly #bottom: number;

  constructor(frame: Frame) {
    this.#left = frame.inner.left - OVERSHOOT;
    this.#right = frame.inner.right + OVERSHOOT;
    this.#top = frame.inner.top - OVERSHOOT;
    this.#bottom = frame.inner.bottom + OVERSHOOT;
  }

  /** Adds a vertex in pixels; a NaN coordinate breaks the line instead. */
  add(px: number, py: number): void {
    if (Number.isNaN(px) || Number.isNaN(py)) {
      this.#previous = null;
      this.#break();
      return;
    }
    const current = [px, py] as const;
    const previous = this.#previous;
    this.#previous = current;
    if (previous === null) {
      if (this.#inside(px, py)) this.vertices.push(current);
      return;
    }
    const dx = px - previous[0];
    const dy = py - previous[1];
    let enter = 0;
    let exit = 1;
    // Each edge keeps the part of the segment where den·t ≤ num.
    const keep = (den: number, num: number): boolean => {
      if (den === 0) return num >= 0;
      const t = num / den;
      if (den < 0) {
        if (t > exit) return false;
        if (t > enter) enter = t;
      } else {
        if (t < enter) return false;
        if (t < exit) exit = t;
      }
      return true;
    };
    const visible =
      keep(-dx, previous[0] - this.#left) &&
      keep(dx, this.#right - previous[0]) &&
      keep(-dy, previous[1] - this.#top) &&
      keep(dy, this.#bottom - previous[1]);
    if (!visible) {
      this.#break();
      return;
    }
    const at = (t: number) => [round2(previous[0] + t * dx), round2(previous[1] + t * dy)] as const;
    if (enter > 0) {
      this.#break();
      this.vertices.push(at(enter));
    }
    if (exit === 1) this.vertices.push(current);
    else {
      if (exit > enter) this.vertices.push(at(exit));
      this.#break();
    }
  }

  #inside(px: number, py: number): boolean {
    return px >= this.#left && px <= this.#right && py >= this.#top && py <= this.#bottom;
  }

  #break(): void {
    if (this.vertices.length > 0 && this.vertices[this.vertices.length - 1] !== null) this.vertices.push(null);
  }

  /**
   * Path text: each run between nulls is `M` then `L`s, and a run of one point is `M…Z`, as
   * d3-shape's line() writes it. Written here because d3-shape would add ~3 KB to every page.
   */
  path(): string {
    let text = '';
    let runLength = 0;
    for (const vertex of [...this.vertices, null]) {
      if (vertex === null) {
        if (runLength === 1) text += 'Z';
        runLength = 0;
        continue;
      }
      text += `${runLength === 0 ? 'M' : 'L'}${hundredths(vertex[0])},${hundredths(vertex[1])}`;
      runLength++;
    }
    return text;
  }
}

/**
 * Path `d` for y = fn(x) across the frame's x domain: evenly spaced samples plus the exact
 * breakpoints. Non-finite values (and values ≤ 0 on a log axis) break the line; the line is
 * cut a few pixels outside the plot. Returns "" when nothing is visible.
 */
export function functionPath(frame: Frame, fn: (x: number) => number, options: FunctionPathOptions = {}): string {
  const lo = Math.min(...frame.xDomain);
  const hi = Math.max(...frame.xDomain);
  const requested = options.samples ?? DEFAULT_SAMPLES;
  const n = Number.isFinite(requested) ? Math.min(10_000, Math.max(2, Math.round(requested))) : DEFAULT_SAMPLES;
  const step = (hi - lo) / (n - 1);
  // A breakpoint this close to a sample replaces it rather than adding a near-duplicate vertex.
  const tolerance = step * 1e-6;
  const breaks = [...new Set(options.breakpoints ?? [])].filter((b) => b >= lo && b <= hi).sort((a, b) => a - b);
  const polyline = new ClippedPolyline(frame);
  const sample = (x: number): void => {
    const y = fn(x);
    polyline.add(frame.x(x), Number.isFinite(y) ? frame.y(y) : NaN);
  };
  let k = 0;
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? hi : lo + step * i;
    while (k < breaks.length && breaks[k]! < x - tolerance) sample(breaks[k++]!);
    if (k < breaks.length && breaks[k]! <= x + tolerance) sample(breaks[k++]!);
    else sample(x);
  }
  return polyline.path();
}

/**
 * Path `d` through data points in order, as pairs or as parallel x and y arrays (the shorter
 * one sets the length). A non-finite coordinate (or y ≤ 0 on a log axis) breaks the line.
 * Cut a few pixels outside the plot on every side, so paths may wander off it.
 */
export function seriesPath(
  frame: Frame,
  points: ArrayLike<readonly [number, number]> | { readonly x: ArrayLike<number>; readonly y: ArrayLike<number> },
): string {
  const polyline = new ClippedPolyline(frame);
  const add = (x: number, y: number): void =>
    Number.isFinite(x) && Number.isFinite(y) ? polyline.add(frame.x(x), frame.y(y)) : polyline.add(NaN, NaN);
  if ('x' in points) {
    const n = Math.min(points.x.length, points.y.length);
    for (let i = 0; i < n; i++) add(points.x[i]!, points.y[i]!);
  } else {
    for (let i = 0; i < points.length; i++) add(points[i]![0], points[i]![1]);
  }
  return polyline.path();
}

/**
 * Full-height rectangles over x intervals (ends in either order, clipped to the x domain,
 * ±Infinity allowed), e.g. to shade where a function saturates. Empty intervals give none.
 */
export function intervalRects(frame: Frame, intervals: ReadonlyArray<readonly [number, number]>): Rect[] {
  const lo = Math.min(...frame.xDomain);
  const hi = Math.max(...frame.xDomain);
  const rects: Rect[] = [];
  for (const [a, b] of intervals) {
    const start = Math.max(lo, Math.min(a, b));
    const end = Math.min(hi, Math.max(a, b));
    if (!(end > start)) continue; // also skips NaN ends
    const p = frame.x(start);
    const q = frame.x(end);
    rects.push({ x: Math.min(p, q), y: frame.inner.top, width: round2(Math.abs(q - p)), height: frame.inner.height });
  }
  return rects;
}

/**
 * Counts values in equal-width bins over `domain`. Values outside the domain (±Infinity too)
 * are counted in the first or last bin, so every finite or infinite value is shown; NaN is
 * skipped. A plain loop: ~10 µs for 10,000 values.
 */
export function histogram(values: ArrayLike<number>, options: HistogramOptions): HistogramBin[] {
  // Same repairs as a frame's domain: a zero-width or non-finite domain is widened.
  const [a, b] = linearDomain(options.domain);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const n = Number.isFinite(options.bins) ? Math.min(10_000, Math.max(1, Math.round(options.bins))) : 1;
  const counts = new Uint32Array(n);
  const perUnit = n / (hi - lo);
  const skip = options.skip;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v || v === skip) continue; // NaN, or left out
    const k = Math.floor((v - lo) * perUnit);
    counts[k < 0 ? 0 : k >= n ? n - 1 : k]!++;
  }
  const width = (hi - lo) / n;
  return Array.from(counts, (count, i) => ({ x0: lo + width * i, x1: i === n - 1 ? hi : lo + width * (i + 1), count }));
}

/**
 * One rectangle per bin, from the count down to zero (or to the bottom of a log axis, where
 * empty bins get no height). Bars are clipped to the plot area.
 */
export function histogramBars(frame: Frame, bins: readonly HistogramBin[], options: HistogramBarsOptions = {}): Rect[] {
  const { inner } = frame;
  const gap = options.gap !== undefined && Number.isFinite(options.gap) ? Math.max(0, options.gap) : 1;
  const clampX = (px: number) => Math.min(inner.right, Math.max(inner.left, px));
  const clampY = (py: number, fallback: number) => (Number.isNaN(py) ? fallback : Math.min(inner.bottom, Math.max(inner.top, py)));
  const base = frame.yType === 'log' ? inner.bottom : clampY(frame.y(0), inner.bottom);
  return bins.map((bin) => {
    const p = clampX(frame.x(bin.x0));
    const q = clampX(frame.x(bin.x1));
    const top = clampY(frame.y(bin.count), base);
    const width = Math.max(0, Math.abs(q - p) - gap);
    return {
      x: round2(Math.min(p, q) + (Math.abs(q - p) - width) / 2),
      y: Math.min(top, base),
      width: round2(width),
      height: round2(Math.abs(base - top)),
    };
  });
}

/** Where to put a marker for (x, y): clamped into the plot, and whether it is really there. */
export function pointPosition(frame: Frame, x: number, y: number): PointPosition {
  const { inner } = frame;
  const px = frame.x(x);
  const py = frame.y(y);
  const cx = Number.isNaN(px) ? inner.left : Math.min(inner.right, Math.max(inner.left, px));
  const cy = Number.isNaN(py) ? inner.bottom : Math.min(inner.bottom, Math.max(inner.top, py));
  return { cx, cy, visible: Number.isFinite(x) && Number.isFinite(y) && cx === px && cy === py };
}
