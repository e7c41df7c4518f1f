/**
 * A figure's coordinate frame: pixel box, data → pixel mappings and labelled ticks, as plain
 * data. Every other figure model draws in a frame, so odd inputs are made safe here once:
 * a zero-width, huge or non-finite domain still yields finite pixels and ticks.
 */
import { linearScale, logScale, logSubTicks, type LinearScale } from './scales';
import { formatFixed, formatNumber, formatPowerOfTen, formatScientific } from './format';
import { dataKey, keyedCache } from '../../lib/keyed-cache';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface FrameOptions {
  /** Outer width of the SVG, in pixels. */
  readonly width: number;
  /** Outer height of the SVG, in pixels. */
  readonly height: number;
  /** Room around the plot area for tick labels and titles, in pixels. */
  readonly margin: Margin;
  /** Data range drawn left to right (a reversed pair draws right to left); a zero-width range is widened. */
  readonly xDomain: readonly [number, number];
  /** Data range drawn bottom to top; on a log axis, ends that are not positive are replaced. */
  readonly yDomain: readonly [number, number];
  /** Linear (default) or base-10 log, for quantities spanning decades such as gradient norms. */
  readonly yType?: 'linear' | 'log';
  /** About how many x ticks to label; default one per 80 px of plot width. */
  readonly xTickCount?: number;
  /** About how many y ticks to label; default one per 50 px of plot height. */
  readonly yTickCount?: number;
  /** Extend the x domain to round tick values (d3's `nice`); default false, so an author's domain is kept exactly. */
  readonly xNice?: boolean;
  /** Extend the y domain to round tick values (powers of ten on a log axis); default false. */
  readonly yNice?: boolean;
}

/** The plot area inside the margins, in SVG pixels. */
export interface InnerBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

export interface Tick {
  /** Data value at the tick. */
  readonly value: number;
  /** What to print: "−0.5", "10⁻⁶", "2.0 × 10⁶". */
  readonly label: string;
  /** Pixel position along its axis. */
  readonly position: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly inner: InnerBox;
  /** The x domain actually used: sanitised, widened if degenerate, and niced if asked. */
  readonly xDomain: readonly [number, number];
  /** The y domain actually used (always positive on a log axis). */
  readonly yDomain: readonly [number, number];
  readonly yType: 'linear' | 'log';
  /** Data x → pixel, rounded to 2 decimals; NaN in → NaN out; far values land far but finite. */
  readonly x: (v: number) => number;
  /** Data y → pixel, rounded to 2 decimals; NaN (or ≤ 0 on a log axis) → NaN. */
  readonly y: (v: number) => number;
  /** Pixel → data x, not clamped to the domain (a drag past the edge gives a value past it). */
  readonly xInvert: (px: number) => number;
  /** Pixel → data y, not clamped. */
  readonly yInvert: (py: number) => number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}

/** Rounds pixels to 2 decimals, so SVG strings are short and stable; turns −0 into 0. */
export function round2(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}

/** Linear domains are kept within ±10¹⁰⁰ so spans and pixel maths never overflow. */
const LINEAR_LIMIT = 1e100;
/** A value this many domain widths beyond an edge is as far off the plot as any can get. */
const FAR = 1000;

/**
 * A usable linear domain from anything: non-finite ends are replaced, huge ones clamped, and
 * a range too narrow to tell its ends apart is widened around its centre. Order is kept.
 */
export function linearDomain(domain: readonly [number, number]): [number, number] {
  const clampEnd = (v: number, fallback: number) => (Number.isNaN(v) ? fallback : Math.min(LINEAR_LIMIT, Math.max(-LINEAR_LIMIT, v)));
  const a = clampEnd(domain[0], 0);
  const b = clampEnd(domain[1], 1);
  const span = Math.abs(b - a);
  if (span > Math.max(Math.abs(a), Math.abs(b)) * 1e-12 && span > 1e-100) return [a, b];
  const centre = (a + b) / 2;
  // Spans below 10⁻¹⁰⁰ break tick generation (denormals), hence the floor.
  const half = centre === 0 ? 1 : Math.max(Math.abs(centre) / 2, 1e-100);
  return [centre - half, centre + half];
}

/** A usable log domain: positive, within 10^±300, at least a millionth of a decade wide. */
function logDomain(domain: readonly [number, number]): [number, number] {
  const valid = (v: number) => Number.isFinite(v) && v > 0;
  const clampEnd = (v: number) => Math.min(1e300, Math.max(1e-300, v));
  let [a, b] = domain;
  if (!valid(a) && !valid(b)) [a, b] = [1e-3, 1];
  else if (!valid(a)) a = b / 1e3;
  else if (!valid(b)) b = a * 1e3;
  a = clampEnd(a);
  b = clampEnd(b);
  if (Math.abs(Math.log10(b / a)) >= 1e-6) return [a, b];
  const centre = Math.sqrt(a) * Math.sqrt(b); // √(a·b) would overflow at 10³⁰⁰
  return [centre / 10, centre * 10];
}

function tickCount(given: number | undefined, length: number, perTick: number): number {
  const count = given !== undefined && Number.isFinite(given) ? given : length / perTick;
  return Math.min(50, Math.max(1, Math.round(count)));
}

/** Pixel sizes: not negative, not NaN, and at most a million (no SVG is larger; rounding stays finite). */
function pixels(v: number): number {
  return v > 0 ? Math.min(v, 1e6) : 0;
}

/** Data → pixel on a linear scale; values beyond FAR domain widths are pulled in, so pixels stay finite. */
function linearMapping(scale: LinearScale): (v: number) => number {
  const [a = 0, b = 1] = scale.domain();
  const far = FAR * Math.abs(b - a);
  const low = Math.min(a, b) - far;
  const high = Math.max(a, b) + far;
  return (v) => (Number.isNaN(v) ? NaN : round2(scale(Math.min(high, Math.max(low, v)))));
}

/**
 * The frame for `options`. The same options give the same Frame object (the last few are
 * remembered): a model redrawn for a slider then hands the same axes to `axesNodes`, which
 * returns the same nodes, and the live renderer skips them.
 */
export function createFrame(options: FrameOptions): Frame {
  return rememberFrame(dataKey(options), () => frameFor(options));
}

const rememberFrame = keyedCache<Frame>(32);

function frameFor(options: FrameOptions): Frame {
  const width = pixels(options.width);
  const height = pixels(options.height);
  const margin: Margin = {
    top: pixels(options.margin.top),
    right: pixels(options.margin.right),
    bottom: pixels(options.margin.bottom),
    left: pixels(options.margin.left),
  };
  // At least one pixel each way, so inverting a pixel never divides by zero.
  const innerWidth = round2(Math.max(1, width - margin.left - margin.right));
  const innerHeight = round2(Math.max(1, height - margin.top - margin.bottom));
  const inner: InnerBox = {
    left: round2(margin.left),
    top: round2(margin.top),
    right: round2(margin.left + innerWidth),
    bottom: round2(margin.top + innerHeight),
    width: innerWidth,
    height: innerHeight,
  };
  const xCount = tickCount(options.xTickCount, innerWidth, 80);
  const yCount = tickCount(options.yTickCount, innerHeight, 50);

  const xScale = linearScale(linearDomain(options.xDomain), [inner.left, inner.right], options.xNice ? xCount : undefined);
  const [x0, x1] = xScale.domain();
  const x = linearMapping(xScale);

  const yType = options.yType ?? 'linear';
  let y: (v: number) => number;
  let yInvert: (py: number) => number;
  let yDomain: [number, number];
  let yTicks: Tick[];
  if (yType === 'log') {
    const scale = logScale(logDomain(options.yDomain), [inner.bottom, inner.top], options.yNice);
    yDomain = scale.domain();
    // Log pixels stay finite for every positive double; only +∞ needs pulling in.
    y = (v) => (v > 0 ? round2(scale(Math.min(v, Number.MAX_VALUE))) : NaN);
    yInvert = (py) => scale.invert(py);
    yTicks = logTicks(yDomain, yCount, y);
  } else {
    const scale = linearScale(linearDomain(options.yDomain), [inner.bottom, inner.top], options.yNice ? yCount : undefined);
    yDomain = scale.domain();
    y = linearMapping(scale);
    yInvert = (py) => scale.invert(py);
    yTicks = linearTicks(scale.ticks(yCount), y);
  }

  return {
    width,
    height,
    margin,
    inner,
    xDomain: [x0, x1],
    yDomain,
    yType,
    x,
    y,
    xInvert: (px) => xScale.invert(px),
    yInvert,
    xTicks: linearTicks(xScale.ticks(xCount), x),
    yTicks,
  };
}

/** Exponent of a tick step; the step is cleaned first, as 0.3 − 0.2 = 0.09999999999999998. */
function stepExponent(step: number): number {
  return Number(Number(step.toPrecision(12)).toExponential().split('e')[1]);
}

/**
 * Labels that share their precision, so a column of them lines up: "0.0 0.5 1.0". Ticks past
 * a million or finer than 10⁻⁴ are written as "1.5 × 10⁻⁵".
 */
function linearTicks(values: readonly number[], position: (v: number) => number): Tick[] {
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : Math.abs(values[0] ?? 1) || 1;
  const stepExp = stepExponent(step);
  const largest = Math.max(0, ...values.map(Math.abs));
  const scientific = largest >= 1e6 || step < 1e-4;
  return values.map((value) => ({
    value,
    label: scientific
      ? formatScientific(value, value === 0 ? 0 : Math.max(0, stepExponent(Math.abs(value)) - stepExp))
      : formatFixed(value, Math.max(0, -stepExp)),
    position: position(value),
  }));
}

/**
 * Powers of ten labelled "10⁻⁶", thinned to about `count` of them (every second, third…
 * decade, on multiples so the labels don't jump as the domain moves). A domain holding fewer
 * than three powers of ten gets d3's 1–9 × 10ᵏ ticks with plain labels instead.
 */
function logTicks(domain: readonly [number, number], count: number, position: (v: number) => number): Tick[] {
  const lo = Math.min(...domain);
  const hi = Math.max(...domain);
  // The tolerance keeps 10⁻⁶ computed as 9.999999999999999e-7 from dropping its own decade.
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  if (last - first < 2) {
    // d3 gives every 1–9 × 10ᵏ here; keep 1, 2, 5 × 10ᵏ or only 1 × 10ᵏ when that is too many.
    const all = logSubTicks(lo, hi);
    const leading = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
    const candidates = [all, all.filter((v) => [1, 2, 5].includes(leading(v))), all.filter((v) => leading(v) === 1)];
    const ticks = candidates.find((t) => t.length <= Math.max(2, count)) ?? candidates[2]!;
    return ticks.map((value) => ({ value, label: formatNumber(value), position: position(value) }));
  }
  const stride = Math.max(1, Math.ceil((last - first + 1) / count));
  let exponents: number[] = [];
  for (let e = first; e <= last; e++) if (e % stride === 0) exponents.push(e);
  if (exponents.length < 2) {
    exponents = [];
    for (let e = first; e <= last; e += stride) exponents.push(e);
  }
  return exponents.map((e) => {
    const value = Number(`1e${e}`);
    return { value, label: formatPowerOfTen(e), position: position(value) };
  });
}
