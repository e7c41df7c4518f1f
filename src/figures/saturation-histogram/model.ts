/**
 * The SaturationHistogram figure as a pure function: a weight scale, an activation and a seed
 * in; a scene and the numbers the reader sees out. Left (or top, on narrow screens): a
 * histogram of one layer's pre-activations z = w·x with the saturated tails, |z| beyond
 * `saturationBound`, shaded. Right (or below): the saturated share against the weight scale on
 * a log axis (`saturationCurve`, same units and seed), with a marker at the current scale.
 * Called at build time for the first paint and on every control change.
 */
import {
  saturation,
  saturationCurve,
  saturationTest,
  type SaturatingActivationId,
  type SaturationCurve,
} from '../../lib/experiments/saturation';
import type { ActivationCore } from '../../lib/activations/types';
import { getActivation } from '../../lib/activations/functions';
import { axesNodes, clipNode } from '../kit/axes-nodes';
import { fitText } from '../kit/text-width';
import { SIDE_BY_SIDE_FROM } from '../kit/figure-sizes';
import { createFrame, type Frame, type Tick } from '../kit/frame';
import { formatCount, formatNumber, formatPercent } from '../kit/format';
import { histogram, histogramBars, intervalRects, pointPosition, seriesPath, type HistogramBin } from '../kit/geometry';
import type { GroupNode, SceneNode } from '../kit/scene';
import type { FigureView } from '../kit/figure-view';
import { formulaErrorLine, type ReaderFormula } from '../kit/reader-formula';

/** The weight-scale slider works in log10(scale): 0.001 … 10 in steps of 0.05 decades. */
export const LOG_SCALE_RANGE = { min: -3, max: 1, step: 0.05 } as const;
/** Points on the saturated-share curve, log-spaced over the slider's range. */
export const CURVE_POINTS = 81;
/** Bars in the histogram. */
export const HISTOGRAM_BINS = 40;

export interface SaturationHistogramOptions {
  readonly activation: SaturatingActivationId;
  /** Standard deviation of the initial weights. */
  readonly weightScale: number;
  readonly seed: number;
  /** Units in the layer (bars sum to this). */
  readonly units: number;
  /** Inputs per unit. */
  readonly fanIn: number;
  /** Saturated means |f′(z)| below this share of f′(0). */
  readonly threshold: number;
  /** The curve for these options (see `curveFor`); computed when missing. Pass it to skip the work when only the scale moved. */
  readonly curve?: SaturationCurve;
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip paths), unique on the page. */
  readonly idPrefix: string;
  /** A reader's formula: applied instead of `activation` when it compiles and is finite on the layer. */
  readonly reader?: ReaderFormula | null;
}

export interface SaturationHistogramResult extends FigureView {
  readonly saturatedFraction: number;
  /** Standard deviation of the drawn pre-activations. */
  readonly std: number;
  /** |z| beyond which a unit counts as saturated (∞ for a reader's function: see `zones`). */
  readonly bound: number;
  /** The shaded stretches of z where a unit counts as saturated, within the histogram's domain. */
  readonly zones: readonly (readonly [number, number])[];
  /** Whether the layer applied the reader's function. */
  readonly custom: boolean;
  /** The histogram drawn, over `xDomain`. */
  readonly bins: readonly HistogramBin[];
  readonly xDomain: readonly [number, number];
  /** Whether the two panels sit side by side (wide) or stacked (narrow). */
  readonly layout: 'wide' | 'narrow';
}

/** The saturated-share curve over the slider's whole range, for one activation, seed and layer shape. */
export function curveFor(
  options: Pick<SaturationHistogramOptions, 'activation' | 'seed' | 'units' | 'fanIn' | 'threshold'> & { readonly custom?: ActivationCore },
): SaturationCurve {
  return saturationCurve({
    activation: options.activation,
    custom: options.custom,
    seed: options.seed,
    units: options.units,
    fanIn: options.fanIn,
    threshold: options.threshold,
    minScale: 10 ** LOG_SCALE_RANGE.min,
    maxScale: 10 ** LOG_SCALE_RANGE.max,
    points: CURVE_POINTS,
  });
}

/** Panels sit side by side from this width up. */
const WIDE = SIDE_BY_SIDE_FROM.saturation;

/** Samples across the histogram's domain where a reader's function's saturated stretches are found. */
const ZONE_SAMPLES = 400;

/** The stretches of [lo, hi] where `isSaturated` holds, each edge halfway between two samples. */
export function saturatedZones(isSaturated: (z: number) => boolean, [lo, hi]: readonly [number, number]): [number, number][] {
  const zones: [number, number][] = [];
  const step = (hi - lo) / (ZONE_SAMPLES - 1);
  let start: number | undefined;
  for (let i = 0; i < ZONE_SAMPLES; i++) {
    const z = lo + i * step;
    const edge = i === 0 ? lo : z - step / 2;
    if (isSaturated(z) && start === undefined) start = edge;
    if (!isSaturated(z) && start !== undefined) {
      zones.push([start, edge]);
      start = undefined;
    }
  }
  if (start !== undefined) zones.push([start, hi]);
  return zones;
}

/** The layer on the reader's function when it compiles and is finite on it; otherwise on `activation`, and why. */
function chosenLayer(options: SaturationHistogramOptions) {
  const run = (custom?: ActivationCore) =>
    saturation({
      activation: options.activation,
      weightScale: options.weightScale,
      seed: options.seed,
      units: options.units,
      fanIn: options.fanIn,
      threshold: options.threshold,
      custom,
    });
  const reader = options.reader;
  const name = getActivation(options.activation).name.toLowerCase();
  if (!reader) return { result: run() };
  if (!reader.ok) return { result: run(), refusal: formulaErrorLine(reader.message, name) };
  const result = run(reader.fn.activation);
  const why = reader.fn.refusal(result.preActivations);
  return why === undefined ? { result, custom: reader.fn.activation } : { result: run(), refusal: `${why} Showing ${name} instead.` };
}

export function saturationHistogramModel(options: SaturationHistogramOptions): SaturationHistogramResult {
  const { width, height } = options;
  const { result, custom, refusal } = chosenLayer(options);
  const bound = result.saturationBounds.upper;
  // The element's cached curve is for the reader's function whenever it compiled; a refused one needs the plain curve.
  const curveFits = (custom !== undefined) === (options.reader?.ok === true);
  const curve = (curveFits ? options.curve : undefined) ?? curveFor({ ...options, custom });
  const name = custom ? 'your function' : getActivation(options.activation).name.toLowerCase();
  const isSaturated = custom ? saturationTest(custom, options.threshold) : (z: number) => Math.abs(z) > bound;
  const wide = width >= WIDE;

  // Histogram panel.
  const histWidth = wide ? Math.round(width * 0.6) : width;
  const histHeight = wide ? height : Math.round(height * 0.56);
  // Wide enough for both the tails and the bulk: the bound's neighbourhood at small scales,
  // ±3.2 standard deviations at large ones.
  const half = custom ? 3.2 * result.predictedStd : Math.max(1.6 * bound, 3.2 * result.predictedStd);
  const hist = createFrame({
    width: histWidth,
    height: histHeight,
    margin: { top: 28, right: wide ? 16 : 12, bottom: 48, left: 52 },
    xDomain: [-half, half],
    yDomain: [0, 1],
    xTickCount: histWidth < 420 ? 5 : 7,
    xNice: true,
  });
  const bins = histogram(result.preActivations, { domain: hist.xDomain, bins: HISTOGRAM_BINS });
  const tallest = Math.max(1, ...bins.map((b) => b.count));
  const histFrame = createFrame({
    width: histWidth,
    height: histHeight,
    margin: hist.margin,
    xDomain: hist.xDomain,
    yDomain: [0, tallest * 1.08],
    xTickCount: histWidth < 420 ? 5 : 7,
    yTickCount: 4,
    yNice: true,
  });
  const zoneSpans: (readonly [number, number])[] = custom
    ? saturatedZones(isSaturated, histFrame.xDomain)
    : [
        [-Infinity, -bound],
        [bound, Infinity],
      ];
  const zones = intervalRects(histFrame, zoneSpans);
  // The lines between saturated and not: ±bound, or the inner edges of a reader's function's zones.
  const edges = custom ? zoneSpans.flat().filter((z) => z > histFrame.xDomain[0] && z < histFrame.xDomain[1]) : [-bound, bound];
  const bars = histogramBars(histFrame, bins, { gap: 1 });
  const histPanel: GroupNode = {
    type: 'g',
    key: 'hist',
    className: 'panel panel--hist',
    children: [
      ...axesNodes(histFrame, { key: 'hist', zeroLines: false, xTitle: 'pre-activation z = w·x', yTitle: 'units' }),
      { type: 'g', key: 'shade', className: 'saturated', children: zones.map((r, i) => ({ type: 'rect', key: String(i), ...r })) },
      {
        type: 'g',
        key: 'bars',
        className: 'bars',
        clipPath: `${options.idPrefix}-clip-hist`,
        children: bars.map((r, i) => {
          const centre = (bins[i]!.x0 + bins[i]!.x1) / 2;
          return { type: 'rect', key: String(i), className: isSaturated(centre) ? 'bar bar--saturated' : 'bar', ...r };
        }),
      },
      {
        type: 'g',
        key: 'bounds',
        className: 'bound',
        children: edges.flatMap((b, i): SceneNode[] => {
          const px = histFrame.x(b);
          if (!(px >= histFrame.inner.left && px <= histFrame.inner.right)) return [];
          return [{ type: 'line', key: String(i), x1: px, x2: px, y1: histFrame.inner.top, y2: histFrame.inner.bottom }];
        }),
      },
      {
        type: 'g',
        key: 'zone-labels',
        className: 'zone-label',
        ariaHidden: true,
        children: zones
          .filter((r) => r.width >= 64)
          .map((r, i) => ({
            type: 'text' as const,
            key: String(i),
            x: Math.round((r.x + r.width / 2) * 100) / 100,
            y: histFrame.inner.top + 6,
            anchor: 'middle' as const,
            baseline: 'hanging' as const,
            text: 'saturated',
          })),
      },
      panelLabel(
        histFrame,
        fitText(
          [
            `Pre-activations of ${formatCount(options.units)} ${name} units`,
            `Pre-activations, ${formatCount(options.units)} units`,
            'Pre-activations',
          ],
          histFrame.width - histFrame.inner.left - 4,
        ),
      ),
    ],
  };

  // Curve panel: saturated share against log10(weight scale).
  const curveWidth = wide ? width - histWidth : width;
  const curveHeight = wide ? height : height - histHeight;
  const curveFrame = createFrame({
    width: curveWidth,
    height: curveHeight,
    margin: { top: 28, right: 14, bottom: 48, left: wide ? 50 : 52 },
    xDomain: [LOG_SCALE_RANGE.min, LOG_SCALE_RANGE.max],
    yDomain: [0, 1],
  });
  const logScale = Math.log10(options.weightScale);
  const marker = pointPosition(curveFrame, logScale, result.saturatedFraction);
  const xTicks: Tick[] = [];
  for (let e = Math.ceil(LOG_SCALE_RANGE.min); e <= LOG_SCALE_RANGE.max; e++) {
    xTicks.push({ value: e, label: String(Number((10 ** e).toPrecision(1))), position: curveFrame.x(e) });
  }
  const yTicks: Tick[] = [0, 0.5, 1].map((v) => ({ value: v, label: formatPercent(v), position: curveFrame.y(v) }));
  const curvePanel: GroupNode = {
    type: 'g',
    key: 'curve',
    className: 'panel panel--curve',
    transform: wide ? `translate(${histWidth},0)` : `translate(0,${histHeight})`,
    children: [
      ...axesNodes(curveFrame, { key: 'curve', xTicks, yTicks, xTitle: 'weight scale (log axis)' }),
      {
        type: 'path',
        key: 'share',
        className: 'curve curve--solid series-2',
        d: seriesPath(curveFrame, { x: Array.from(curve.weightScales, Math.log10), y: curve.saturatedFractions }),
      },
      {
        type: 'line',
        key: 'probe',
        className: 'probe',
        x1: marker.cx,
        x2: marker.cx,
        y1: curveFrame.inner.top,
        y2: curveFrame.inner.bottom,
      },
      { type: 'circle', key: 'marker', className: 'marker series-2', cx: marker.cx, cy: marker.cy, r: 5 },
      panelLabel(curveFrame, fitText(['Saturated share vs weight scale', 'Saturated share'], curveFrame.width - curveFrame.inner.left - 4)),
    ],
  };

  const nodes: SceneNode[] = [
    { type: 'g', key: 'clips', children: [clipNode(histFrame, 'clip-hist', `${options.idPrefix}-clip-hist`, 0)] },
    histPanel,
    curvePanel,
  ];
  return {
    scene: { width, height, nodes },
    saturatedFraction: result.saturatedFraction,
    std: result.std,
    bound,
    zones: zoneSpans,
    custom: custom !== undefined,
    bins,
    xDomain: histFrame.xDomain,
    layout: wide ? 'wide' : 'narrow',
    readout: [
      ...saturationReadout({
        activation: options.activation,
        custom: custom !== undefined,
        units: options.units,
        threshold: options.threshold,
        weightScale: options.weightScale,
        saturatedFraction: result.saturatedFraction,
        std: result.std,
        bound,
      }),
      ...(refusal ? [refusal] : []),
    ],
    data: {
      caption: `Pre-activations of ${formatCount(options.units)} ${name} units at weight scale ${formatScale(options.weightScale)}: units per bin (saturated ${custom ? 'where |f′(z)| is under the threshold' : `beyond |z| = ${formatNumber(bound)}`})`,
      columns: ['z from', 'z to', 'units', 'saturated'],
      rows: bins.map((b) => [b.x0, b.x1, b.count, isSaturated((b.x0 + b.x1) / 2) ? 'yes' : 'no']),
    },
  };
}

function panelLabel(frame: Frame, text: string): SceneNode {
  return { type: 'text', key: 'label', className: 'panel-label', x: frame.inner.left, y: 6, baseline: 'hanging', text };
}

/** The printed lines, e.g. "Saturated: 57% of 1,000 units (|f′(z)| < 1% of peak)". */
export function saturationReadout(r: {
  readonly activation: SaturatingActivationId;
  /** Whether the layer applied a reader's function instead of `activation`. */
  readonly custom?: boolean;
  readonly units: number;
  readonly threshold: number;
  readonly weightScale: number;
  readonly saturatedFraction: number;
  readonly std: number;
  readonly bound: number;
}): string[] {
  const name = getActivation(r.activation).name;
  const where = r.custom
    ? 'your function saturates on the shaded stretches (peak slope taken on [−8, 8])'
    : `${name.toLowerCase()} saturates beyond |z| = ${formatNumber(r.bound)}`;
  return [
    `Saturated: ${formatPercent(r.saturatedFraction)} of ${formatCount(r.units)} units (|f′(z)| < ${formatPercent(r.threshold)} of peak)`,
    `Standard deviation of z: ${formatNumber(r.std)} at weight scale ${formatScale(r.weightScale)}; ${where}`,
  ];
}

/** A weight scale as the slider shows it: two significant digits, "0.05", "1", "3.2". */
export function formatScale(scale: number): string {
  return formatNumber(scale, 2);
}
