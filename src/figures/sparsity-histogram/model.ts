/**
 * The SparsityHistogram figure as a pure function: a bias and a seed in; a scene and the numbers
 * the reader sees out. One layer's pre-activations (`sparsity()` from the experiments) go through
 * ReLU and, the same values, through sigmoid. Each panel is a histogram of the outputs as a share
 * of all units, on a fixed 0–100% axis so a bar's height reads directly as "this share of units".
 * Left of each panel's continuous axis sits a slot for outputs that are *exactly* 0: in the ReLU
 * panel it holds a distinct, labelled bar (about half the units at bias 0); in the sigmoid panel
 * it stays empty and says so. Panels sit side by side on wide plots and stack on narrow ones.
 * Called at build time for the first paint and on every slider move.
 */
import { sparsity, SPARSITY_FIGURE_DEFAULTS, SPARSITY_LIMITS } from '../../lib/experiments/sparsity';
import { SIDE_BY_SIDE_FROM } from '../kit/figure-sizes';
import { createFrame, round2, type Frame, type Tick } from '../kit/frame';
import { formatCount, formatNumber, formatNumberPlain, formatShare } from '../kit/format';
import { histogram, histogramBars, type HistogramBin, type Rect } from '../kit/geometry';
import type { GroupNode, SceneNode } from '../kit/scene';
import type { DataTable, FigureView } from '../kit/figure-view';
import { formulaErrorLine, type ReaderFormula } from '../kit/reader-formula';

/** The bias slider. */
export const BIAS_RANGE = { min: SPARSITY_LIMITS.bias.min, max: SPARSITY_LIMITS.bias.max, step: 0.05 } as const;
/**
 * Positive ReLU outputs are binned over (0, 6] (bias 2 plus four spreads of z; rarer, larger
 * outputs land in the last bar), sigmoid outputs over (0, 1). Bins are wide enough that the
 * bars stay readable on the fixed 0–100% axis.
 */
export const RELU_DOMAIN = [0, 6] as const;
export const RELU_BINS = 12;
export const SIGMOID_DOMAIN = [0, 1] as const;
export const SIGMOID_BINS = 10;
/** Panels sit side by side from this plot width up; narrower plots stack them. */
export const WIDE_FROM = SIDE_BY_SIDE_FROM.sparsity;

export interface SparsityModelOptions {
  /** Bias shared by every unit, in [−2, 2]; clamped. */
  readonly bias: number;
  /** Which random layer; a whole number. */
  readonly seed: number;
  /** Units in the layer: the bars of each panel add up to this. */
  readonly units: number;
  /** Inputs per unit. */
  readonly fanIn: number;
  /** Pixel size of the SVG. */
  readonly width: number;
  readonly height: number;
  /** A reader's formula: drawn in place of sigmoid when it compiles and is finite on the layer. */
  readonly reader?: ReaderFormula | null;
}

export interface SparsityPanelData {
  /** Units whose output is exactly 0 (always 0 for sigmoid). */
  readonly zeroCount: number;
  readonly zeroFraction: number;
  /** Histogram of the outputs that are not exactly 0. */
  readonly bins: readonly HistogramBin[];
  /** Smallest and largest output. */
  readonly min: number;
  readonly max: number;
}

export interface SparsityModelResult extends FigureView {
  readonly units: number;
  readonly bias: number;
  readonly seed: number;
  readonly relu: SparsityPanelData;
  readonly sigmoid: SparsityPanelData;
  /** The reader's function's panel, when it was drawn (in sigmoid's place). */
  readonly custom: SparsityPanelData | undefined;
  readonly layout: 'wide' | 'narrow';
}

const TITLE_SPACE = 30;
const AXIS_SPACE = 44;
const Y_LABEL_SPACE = 40;
/** The exactly-zero slot: its width and the gap between it and the continuous axis. */
const SLOT = 18;
const SLOT_GAP = 8;
const PANEL_GAP_WIDE = 22;
const PANEL_GAP_NARROW = 10;
/** Rough width of a character of 12 px UI text, for keeping a label clear of the bars. */
const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 14;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

export function sparsityModel(options: SparsityModelOptions): SparsityModelResult {
  const bias = Math.min(
    BIAS_RANGE.max,
    Math.max(BIAS_RANGE.min, Number.isFinite(options.bias) ? options.bias : SPARSITY_FIGURE_DEFAULTS.bias),
  );
  const { seed, units, fanIn, width, height } = options;
  const reader = options.reader;
  const result = sparsity({ bias, seed, units, fanIn, custom: reader?.ok ? reader.fn.activation : undefined });
  const relu = panelData(result.outputs, RELU_DOMAIN, RELU_BINS);
  const sigmoid = panelData(result.sigmoidOutputs, SIGMOID_DOMAIN, SIGMOID_BINS);
  // The reader's function takes sigmoid's panel, unless it is not finite on this layer's z.
  const why = reader?.ok ? reader.fn.refusal(result.preActivations) : undefined;
  const refusal = why ? `${why} Showing sigmoid instead.` : reader && !reader.ok ? formulaErrorLine(reader.message, 'sigmoid') : undefined;
  const customOutputs = refusal === undefined ? result.custom?.outputs : undefined;
  const customDomain = customOutputs ? outputDomain(customOutputs) : SIGMOID_DOMAIN;
  const custom = customOutputs ? panelData(customOutputs, customDomain, SIGMOID_BINS) : undefined;

  const wide = width >= WIDE_FROM;
  const boxes = wide
    ? [
        { left: 0, top: 0, right: (width - PANEL_GAP_WIDE) / 2, bottom: height },
        { left: (width + PANEL_GAP_WIDE) / 2, top: 0, right: width, bottom: height },
      ]
    : [
        { left: 0, top: 0, right: width, bottom: (height - PANEL_GAP_NARROW) / 2 },
        { left: 0, top: (height + PANEL_GAP_NARROW) / 2, right: width, bottom: height },
      ];
  const nodes: SceneNode[] = [
    panel('relu', 'After ReLU', relu, RELU_DOMAIN, boxes[0]!, options),
    custom
      ? panel('custom', 'After your function', custom, customDomain, boxes[1]!, options)
      : panel('sigmoid', 'After sigmoid', sigmoid, SIGMOID_DOMAIN, boxes[1]!, options),
  ];
  const second = custom ? { name: 'Your function', panel: custom } : { name: 'Sigmoid', panel: sigmoid };
  return {
    scene: { width, height, nodes },
    units,
    bias,
    seed,
    relu,
    sigmoid,
    custom,
    layout: wide ? 'wide' : 'narrow',
    readout: [...readoutLines(relu, second.panel, second.name), ...(refusal ? [refusal] : [])],
    data: sparsityData(units, bias, relu, second.panel, second.name),
  };
}

/** The x axis of the reader's panel: all its outputs, and 0. */
function outputDomain(outputs: Float64Array): readonly [number, number] {
  let lo = 0;
  let hi = 0;
  for (const y of outputs) {
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return hi > lo ? [lo, hi] : [lo - 1, hi + 1];
}

/** The numbers behind both panels: per activation, the exact zeros and then the histogram bins of the other outputs. */
function sparsityData(units: number, bias: number, relu: SparsityPanelData, second: SparsityPanelData, secondName: string): DataTable {
  const rows = (
    [
      ['ReLU', relu],
      [secondName, second],
    ] as const
  ).flatMap(([name, panel]) => [[name, 'exactly 0', 0, 0, panel.zeroCount], ...panel.bins.map((b) => [name, 'bin', b.x0, b.x1, b.count])]);
  return {
    caption: `Outputs of ${formatCount(units)} units with bias ${formatNumber(bias)}: exact zeros and histogram bins per activation`,
    columns: ['activation', 'kind', 'output from', 'output to', 'units'],
    rows,
  };
}

function panelData(outputs: Float64Array, domain: readonly [number, number], bins: number): SparsityPanelData {
  let zeroCount = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const y of outputs) {
    if (y === 0) zeroCount++;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return {
    zeroCount,
    zeroFraction: outputs.length > 0 ? zeroCount / outputs.length : 0,
    // The exact zeros have their own bar; the bins hold the rest, with no copy of them made.
    bins: histogram(outputs, { domain, bins, skip: 0 }),
    min,
    max,
  };
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function panel(
  key: 'relu' | 'sigmoid' | 'custom',
  title: string,
  data: SparsityPanelData,
  domain: readonly [number, number],
  box: Box,
  options: SparsityModelOptions,
): GroupNode {
  const { width, height, units } = options;
  const slotLeft = box.left + Y_LABEL_SPACE;
  const frame = createFrame({
    width,
    height,
    margin: {
      top: box.top + TITLE_SPACE,
      bottom: height - box.bottom + AXIS_SPACE,
      left: slotLeft + SLOT + SLOT_GAP,
      right: width - box.right + 12,
    },
    xDomain: domain,
    yDomain: [0, 1],
    xTickCount: xTickCount(box.right - box.left),
  });
  const { inner } = frame;
  const base = frame.y(0);
  // Bars are shares of all units, so the continuous bars plus the zero bar reach 100% together.
  const shares = data.bins.map((b) => ({ ...b, count: units > 0 ? b.count / units : 0 }));
  const bars = histogramBars(frame, shares, { gap: 1 });
  const zeroTop = frame.y(data.zeroFraction);
  const zeroBar: Rect | null = data.zeroCount > 0 ? { x: slotLeft, y: zeroTop, width: SLOT, height: round2(base - zeroTop) } : null;
  const slotCentre = slotLeft + SLOT / 2;

  const yTicks: Tick[] = Y_TICKS.map((v) => ({ value: v, label: `${Math.round(v * 100)}%`, position: frame.y(v) }));
  // The continuous axis's 0 is the slot's business: label it once, under the slot.
  const xTicks = frame.xTicks.filter((t) => t.value !== 0);
  const label =
    data.zeroCount > 0 ? `exactly 0: ${formatCount(data.zeroCount)} ${data.zeroCount === 1 ? 'unit' : 'units'}` : 'exactly 0: none';

  return {
    type: 'g',
    key,
    className: `panel panel--${key}`,
    children: [
      {
        type: 'g',
        key: 'grid',
        className: 'grid',
        ariaHidden: true,
        children: yTicks.map((t) => ({
          type: 'line' as const,
          key: `y${t.value}`,
          x1: slotLeft,
          x2: inner.right,
          y1: t.position,
          y2: t.position,
        })),
      },
      {
        type: 'g',
        key: 'axes',
        className: 'axis',
        ariaHidden: true,
        children: [
          { type: 'line', key: 'base', className: 'axis-zero', x1: slotLeft, x2: inner.right, y1: base, y2: base },
          ...yTicks.map((t) => ({
            type: 'text' as const,
            key: `yl${t.value}`,
            x: slotLeft - 6,
            y: t.position,
            anchor: 'end' as const,
            baseline: 'middle' as const,
            text: t.label,
          })),
          {
            type: 'text',
            key: 'xl-slot',
            className: 'slot-label',
            x: slotCentre,
            y: inner.bottom + 7,
            anchor: 'middle',
            baseline: 'hanging',
            text: '0',
          },
          ...xTicks.map((t) => ({
            type: 'text' as const,
            key: `xl${t.value}`,
            x: t.position,
            y: inner.bottom + 7,
            anchor: 'middle' as const,
            baseline: 'hanging' as const,
            text: t.label,
          })),
          {
            type: 'text',
            key: 'x-title',
            className: 'axis-title',
            x: round2((slotLeft + inner.right) / 2),
            y: inner.bottom + 25,
            anchor: 'middle',
            baseline: 'hanging',
            text: { relu: 'ReLU output', sigmoid: 'sigmoid output', custom: 'your function’s output' }[key],
          },
        ],
      },
      {
        type: 'g',
        key: 'bars',
        className: 'bars',
        children: bars.map((r, i) => ({ type: 'rect', key: String(i), className: 'bar', ...r })),
      },
      {
        type: 'g',
        key: 'zero',
        className: 'zero',
        children: zeroBar ? [{ type: 'rect', key: 'bar', className: 'bar bar--zero', ...zeroBar }] : [],
      },
      zeroLabel(label, zeroBar, slotLeft, base, bars, frame),
      { type: 'text', key: 'title', className: 'panel-label', x: slotLeft, y: box.top + 8, baseline: 'hanging', text: title },
    ],
  };
}

/** About one tick per unit of output, fewer on a narrow panel. */
function xTickCount(panelWidth: number): number {
  return panelWidth < 300 ? 4 : 6;
}

/**
 * The "exactly 0" label sits just above the zero slot, and above any bar it would otherwise run
 * into. When that would leave the plot (the zero bar is nearly full height, so every other bar is
 * short), it moves beside the zero bar's top instead.
 */
function zeroLabel(text: string, zeroBar: Rect | null, slotLeft: number, base: number, bars: readonly Rect[], frame: Frame): SceneNode {
  const textRight = slotLeft + text.length * CHAR_WIDTH;
  let top = zeroBar ? zeroBar.y : base;
  for (const r of bars) {
    if (r.height > 0 && r.x < textRight && r.x + r.width > slotLeft) top = Math.min(top, r.y);
  }
  const y = top - 5;
  if (y - LINE_HEIGHT >= frame.inner.top) {
    return { type: 'text', key: 'zero-label', className: 'zero-label', x: slotLeft, y: round2(y), text };
  }
  const beside = zeroBar ? zeroBar.x + zeroBar.width + 6 : slotLeft;
  return {
    type: 'text',
    key: 'zero-label',
    className: 'zero-label',
    x: round2(beside),
    y: round2(Math.max(frame.inner.top, top) + 2),
    baseline: 'hanging',
    text,
  };
}

/** "ReLU: 50.7% of units output exactly 0. Sigmoid: 0%." and the smallest sigmoid (or the reader's function's) output. */
export function readoutLines(relu: SparsityPanelData, second: SparsityPanelData, secondName = 'Sigmoid'): string[] {
  return [
    `ReLU: ${formatShare(relu.zeroFraction)} of units output exactly 0. ${secondName}: ${formatShare(second.zeroFraction)}.`,
    `Smallest ${secondName === 'Sigmoid' ? 'sigmoid' : 'your function’s'} output: ${formatNumber(second.min)}.`,
  ];
}

/** The bias slider's spoken value: "bias -0.5, 69.0% of ReLU units exactly 0". */
export function biasValueText(bias: number, zeroFraction?: number): string {
  const head = `bias ${formatNumberPlain(bias)}`;
  return zeroFraction === undefined ? head : `${head}, ${formatShare(zeroFraction)} of ReLU units exactly 0`;
}
