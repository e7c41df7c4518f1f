/**
 * The ActivationExplorer figure as a pure function: activations, parameters and a probe x in;
 * a scene (two stacked panels, f above and f′ below, sharing the x axis) and the numbers the
 * reader sees out. Called at build time for the first paint and on every slider move.
 */
import type { DataTable } from '../kit/figure-view';
import { getActivation } from '../../lib/activations/functions';
import { saturatedIntervals, type Interval } from '../../lib/activations/analysis';
import type { ActivationCore, ParamValues } from '../../lib/activations/types';
import { createFrame, type Frame } from '../kit/frame';
import { axesNodes, clipNode, panelLabel } from '../kit/axes-nodes';
import { functionPath, intervalRects, pointPosition } from '../kit/geometry';
import { formatNumber, formatPercent } from '../kit/format';
import type { GroupNode, Scene, SceneNode } from '../kit/scene';
import { keyedCache } from '../../lib/keyed-cache';

export interface ExplorerOptions {
  /** Registry ids, drawn in this order; the first one's saturated region is shaded. */
  readonly activations: readonly string[];
  /** Functions given as objects (a reader's formula from "Try your own"), drawn after the registry ones. */
  readonly extra?: readonly ActivationCore[];
  /** Parameter values per activation id; missing values take the registry default. */
  readonly params: Readonly<Record<string, ParamValues>>;
  /** Where the probe sits. */
  readonly probeX: number;
  /** The plotted x range. */
  readonly domain: readonly [number, number];
  /** Saturated means |f′(x)| below this share of the function's peak slope. */
  readonly threshold: number;
  /** Fixed y ranges of the two panels (see `explorerYDomains`), so curves move, not axes. */
  readonly yDomains: ExplorerYDomains;
  /** Pixel size of the SVG. */
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip paths), unique on the page. */
  readonly idPrefix: string;
  /**
   * In a narrow number format: what to draw instead of the float64 curves, and the threshold
   * marks (see `precisionLayer` in precision-layer.ts). A function, not the reports, so the
   * drawing code loads with the arithmetic, only when a reader picks a format.
   */
  readonly precision?: PrecisionLayer;
}

/** A panel's curves and marks in a narrow format, for the f panel or the f′ panel. */
export interface PrecisionLayer {
  curves(frame: Frame, value: 'f' | 'df'): SceneNode[];
  marks(frame: Frame, value: 'f' | 'df'): SceneNode;
}

export interface ExplorerYDomains {
  readonly f: readonly [number, number];
  readonly df: readonly [number, number];
}

export interface ExplorerReadout {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly fx: number;
  readonly dfx: number;
  /** Share of the plotted range where this function is saturated. */
  readonly saturatedShare: number;
}

export interface ExplorerResult {
  readonly scene: Scene;
  readonly readouts: readonly ExplorerReadout[];
  /** Scene pixel → x, for dragging the probe on the plot. */
  readonly xInvert: (px: number) => number;
  /** f and f′ of each shown function at evenly spaced x and at the probe. */
  readonly data: DataTable;
}

/** Points of the data table across the domain (the probe is added in its place). */
const DATA_POINTS = 41;

const GAP = 28;
const MARGIN = { top: 14, right: 14, bottom: 30, left: 46 } as const;

export function explorerModel(options: ExplorerOptions): ExplorerResult {
  const activations = [...options.activations.map(getActivation), ...(options.extra ?? [])];
  // Resolved once per draw: curves ask for them at every sample.
  const resolved = new Map(activations.map((a) => [a, resolvedParams(a, options.params[a.id])]));
  const paramsOf = (a: ActivationCore): ParamValues => resolved.get(a)!;
  const [lo, hi] = options.domain;
  const probeX = Math.min(hi, Math.max(lo, options.probeX));

  const panelHeight = (options.height - GAP) / 2;
  const fFrame = createFrame({
    width: options.width,
    height: panelHeight,
    margin: { ...MARGIN, bottom: 8 },
    xDomain: options.domain,
    yDomain: options.yDomains.f,
    yTickCount: 5,
    xTickCount: tickCountFor(options.width),
  });
  const dfFrame = createFrame({
    width: options.width,
    height: panelHeight + GAP,
    margin: { ...MARGIN, top: GAP },
    xDomain: options.domain,
    yDomain: options.yDomains.df,
    yTickCount: 4,
    xTickCount: tickCountFor(options.width),
  });

  const saturation = (a: ActivationCore): Interval[] =>
    remember(`sat|${a.id}|${paramsKey(paramsOf(a))}|${options.domain}|${options.threshold}`, () =>
      saturatedIntervals(a, paramsOf(a), options.domain, options.threshold),
    );
  const first = activations[0];
  const shaded = first ? saturation(first) : [];
  const shadeKey = first ? `${first.id}|${paramsKey(paramsOf(first))}|${options.threshold}` : '';

  // The same nodes for the same curves, so a probe move leaves them to the renderer untouched.
  const shownKey = activations.map((a) => `${a.id}(${paramsKey(paramsOf(a))})`).join(',');
  const curves = (frame: Frame, value: 'f' | 'df'): readonly SceneNode[] =>
    remember(`curves|${value}|${shownKey}|${frameKey(frame)}`, () =>
      activations.map((a, i): SceneNode => ({
        type: 'path',
        key: a.id,
        className: `curve series-${i + 1}`,
        d: functionPath(frame, (x) => (value === 'f' ? a.f(x, paramsOf(a)) : a.df(x, paramsOf(a))), {
          breakpoints: a.properties.kinks.map((k) => k.x),
        }),
      })),
    );

  const readouts = activations.map((a) => {
    const p = paramsOf(a);
    const covered = saturation(a).reduce((sum, [x0, x1]) => sum + (x1 - x0), 0);
    return {
      id: a.id,
      name: a.name,
      x: probeX,
      fx: a.f(probeX, p),
      dfx: a.df(probeX, p),
      saturatedShare: covered / (hi - lo),
    };
  });

  const panel = (key: string, frame: Frame, offsetY: number, value: 'f' | 'df', label: string): GroupNode => ({
    type: 'g',
    key,
    className: `panel panel--${value}`,
    transform: offsetY ? `translate(0,${offsetY})` : undefined,
    children: [
      ...axesNodes(frame, { key, xLabels: value === 'df', zeroLines: true, xLabelGap: 8 }),
      remember(`shade|${shadeKey}|${frameKey(frame)}`, () => ({
        type: 'g',
        key: 'shade',
        className: 'saturated',
        children: intervalRects(frame, shaded).map((r, i) => ({ type: 'rect', key: String(i), ...r })),
      })),
      {
        type: 'g',
        key: 'curves',
        clipPath: `${options.idPrefix}-clip-${value}`,
        children: options.precision ? options.precision.curves(frame, value) : curves(frame, value),
      },
      ...(options.precision ? [options.precision.marks(frame, value)] : []),
      probeLine(frame, probeX),
      {
        type: 'g',
        key: 'markers',
        children: readouts.map((r, i) => {
          const point = pointPosition(frame, probeX, value === 'f' ? r.fx : r.dfx);
          return { type: 'circle', key: r.id, className: `marker series-${i + 1}`, cx: point.cx, cy: point.cy, r: 5 };
        }),
      },
      panelLabel(frame.inner.left + 6, frame.inner.top + 4, label),
    ],
  });

  // Curves may run a little past the frame so a steep line leaves cleanly, then get clipped.
  const clip = (frame: Frame, value: string): SceneNode =>
    remember(`clip|${value}|${options.idPrefix}|${frameKey(frame)}`, () =>
      clipNode(frame, `clip-${value}`, `${options.idPrefix}-clip-${value}`, 2, 0),
    );

  const nodes: SceneNode[] = [
    { type: 'g', key: 'clips', children: [clip(fFrame, 'f'), clip(dfFrame, 'df')] },
    panel('f', fFrame, 0, 'f', activations.length === 1 ? `${activations[0]!.name}: f(x)` : 'f(x)'),
    panel('df', dfFrame, panelHeight, 'df', 'f′(x)'),
  ];
  let data: DataTable | undefined;
  return {
    scene: { width: options.width, height: options.height, nodes },
    readouts,
    xInvert: (px) => fFrame.xInvert(px),
    // Worked out when first read: a slider move that nobody reads as a table does not pay for it.
    get data() {
      return (data ??= explorerData(
        activations.map((a) => [a, paramsOf(a)] as const),
        options.domain,
        probeX,
      ));
    },
  };
}

/**
 * Why a saturation threshold anywhere in `range` cannot change the shading for these
 * functions, or null when it can. A larger threshold only ever adds saturated x (|f′| below a
 * larger share of the peak), so comparing the two ends of the range settles it for every
 * value between. The reason names the slopes of a piecewise-linear function: ReLU's slope is
 * only 0 or 1, so no share of its peak falls between them.
 */
export function thresholdDeadReason(
  functions: readonly (readonly [ActivationCore, ParamValues])[],
  domain: readonly [number, number],
  range: { readonly min: number; readonly max: number },
): string | null {
  const same = (a: ActivationCore, p: ParamValues) =>
    JSON.stringify(saturatedIntervals(a, p, domain, range.min)) === JSON.stringify(saturatedIntervals(a, p, domain, range.max));
  if (functions.length === 0 || !functions.every(([a, p]) => same(a, p))) return null;
  const slopes = functions.map(([a, p]) => {
    const values = new Set<number>();
    for (let i = 0; i <= 400 && values.size <= 2; i++) values.add(Math.abs(a.df(domain[0] + ((domain[1] - domain[0]) * i) / 400, p)));
    const listed = [...values].sort((x, y) => x - y).map((v) => formatNumber(v));
    return values.size <= 2 ? `${a.name}’s slope is only ${listed.join(' or ')}` : `${a.name}’s shading is the same for every threshold`;
  });
  return `${slopes.join('; ')}, so no threshold changes what counts as saturated.`;
}

/** The table behind the plot: x, then f(x) and f′(x) of each function, at DATA_POINTS x and the probe. */
export function explorerData(
  functions: readonly (readonly [ActivationCore, ParamValues])[],
  domain: readonly [number, number],
  probeX: number,
): DataTable {
  const [lo, hi] = domain;
  const xs = Array.from({ length: DATA_POINTS }, (_, i) => lo + ((hi - lo) * i) / (DATA_POINTS - 1));
  if (!xs.includes(probeX)) xs.push(probeX);
  xs.sort((a, b) => a - b);
  const single = functions.length === 1;
  return {
    caption: `${functions.map(([a]) => a.name).join(', ')}: f(x) and f′(x) at ${DATA_POINTS} evenly spaced x in [${formatNumber(lo)}, ${formatNumber(hi)}] and at the probe x = ${formatNumber(probeX)}`,
    columns: ['x', ...functions.flatMap(([a]) => (single ? ['f(x)', 'f′(x)'] : [`${a.name} f(x)`, `${a.name} f′(x)`]))],
    rows: xs.map((x) => [x, ...functions.flatMap(([a, p]) => [a.f(x, p), a.df(x, p)])]),
  };
}

function probeLine(frame: Frame, x: number): SceneNode {
  const px = frame.x(x);
  return { type: 'line', key: 'probe', className: 'probe', x1: px, x2: px, y1: frame.inner.top, y2: frame.inner.bottom };
}

/**
 * Moving the probe is the common case and changes no curve, so curves and saturated regions are
 * remembered by everything they depend on. The model stays a pure function of its options.
 */
const remember = keyedCache<unknown>(64) as <T>(key: string, compute: () => T) => T;

function paramsKey(params: ParamValues): string {
  return Object.entries(params)
    .map(([name, v]) => `${name}=${v}`)
    .join(',');
}

function frameKey(frame: Frame): string {
  return `${frame.width}x${frame.height}|${frame.xDomain}|${frame.yDomain}|${frame.yType}`;
}

function tickCountFor(width: number): number {
  return width < 420 ? 5 : 9;
}

/** Parameter values for an activation: registry defaults, overridden by what is given and in range. */
export function resolvedParams(a: ActivationCore, given: ParamValues | undefined): ParamValues {
  const values: Record<string, number> = {};
  for (const [name, spec] of Object.entries(a.params)) {
    const v = given?.[name];
    values[name] = typeof v === 'number' && Number.isFinite(v) ? Math.min(spec.max, Math.max(spec.min, v)) : spec.default;
  }
  return values;
}

/**
 * y ranges that hold every curve for every parameter value the sliders allow (sampled at each
 * parameter's min, default and max), so moving a slider moves the curve, never the axes.
 */
export function explorerYDomains(ids: readonly string[], domain: readonly [number, number]): ExplorerYDomains {
  const f = [Infinity, -Infinity];
  const df = [Infinity, -Infinity];
  for (const a of ids.map(getActivation)) {
    for (const params of paramCorners(a)) {
      for (let i = 0; i <= 200; i++) {
        const x = domain[0] + ((domain[1] - domain[0]) * i) / 200;
        const fx = a.f(x, params);
        const dfx = a.df(x, params);
        f[0] = Math.min(f[0]!, fx);
        f[1] = Math.max(f[1]!, fx);
        df[0] = Math.min(df[0]!, dfx);
        df[1] = Math.max(df[1]!, dfx);
      }
    }
  }
  return { f: padded(f[0]!, f[1]!), df: padded(Math.min(0, df[0]!), df[1]!) };
}

function paramCorners(a: ActivationCore): ParamValues[] {
  let corners: Record<string, number>[] = [{}];
  for (const [name, spec] of Object.entries(a.params)) {
    corners = corners.flatMap((c) => [spec.min, spec.default, spec.max].map((v) => ({ ...c, [name]: v })));
  }
  return corners;
}

function padded(lo: number, hi: number): readonly [number, number] {
  const span = hi - lo || 1;
  return [lo - span * 0.06, hi + span * 0.06];
}

/** One line per activation, e.g. "Sigmoid at x = 2: f = 0.881, f′ = 0.105; saturated on 75% of [−8, 8]". */
export function readoutText(r: ExplorerReadout, domain: readonly [number, number]): string {
  const at = `${r.name} at x = ${formatNumber(r.x)}: f(x) = ${formatNumber(r.fx)}, f′(x) = ${formatNumber(r.dfx)}`;
  // A share that cannot be measured (no finite slope on the range) is left out, never printed as NaN.
  if (!Number.isFinite(r.saturatedShare)) return at;
  return `${at}; saturated on ${formatPercent(r.saturatedShare)} of [${formatNumber(domain[0])}, ${formatNumber(domain[1])}]`;
}
