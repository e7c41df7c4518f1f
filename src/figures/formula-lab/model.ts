/**
 * The Lab figure as a pure function: a compiled formula, its parameter values and a probe x in;
 * three stacked panels (f, f′, f″ sharing the x axis) with the stretches where a curve is not
 * finite shaded and named, the readout, the measured properties and the data table out.
 * Called at build time for every preset and live on every keystroke and slider move.
 */
// Each from its own module, not the index: the index also re-exports the exporters, which load on click.
import type { CustomActivation } from '../../lib/formula/activation';
import { nonFiniteIntervals, type NonFiniteInterval } from '../../lib/formula/finite';
import { breakpoints, derivativeCheck, measureProperties, type DerivativeCheck } from '../../lib/formula/properties';
import type { ActivationProperties, ParamValues } from '../../lib/activations/types';
import { createFrame, type Frame } from '../kit/frame';
import { axesNodes, clipNode, panelLabel } from '../kit/axes-nodes';
import { functionPath, intervalRects, pointPosition } from '../kit/geometry';
import { formatNumber } from '../kit/format';
import type { GroupNode, Scene, SceneNode } from '../kit/scene';
import type { DataTable, FigureView } from '../kit/figure-view';
import { keyedCachePer } from '../../lib/keyed-cache';

export interface LabOptions {
  readonly activation: CustomActivation;
  /** Parameter values by declared name; missing or out-of-range ones take the declaration's default or bound. */
  readonly params: ParamValues;
  readonly probeX: number;
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip paths), unique on the page. */
  readonly idPrefix: string;
}

/** The three curves: f, f′ and f″, and how many derivatives each panel needs finite. */
export const LAB_PANELS = [
  { key: 'f', label: 'f(x)', order: 0 },
  { key: 'df', label: 'f′(x)', order: 1 },
  { key: 'd2f', label: 'f″(x)', order: 2 },
] as const;

/** One panel's value at the probe: a number, or why there is none. */
export type ProbeValue = { readonly finite: true; readonly value: number } | { readonly finite: false; readonly reason: string };

export interface LabAnalysis {
  readonly properties: ActivationProperties;
  readonly check: DerivativeCheck;
  /** Per panel (f, f′, f″): where the curve is not finite on the domain, and why. */
  readonly gaps: readonly (readonly NonFiniteInterval[])[];
}

export interface LabView extends FigureView {
  readonly probe: readonly ProbeValue[];
  readonly analysis: LabAnalysis;
  /** Lines describing the measured properties, for the list beside the plot. */
  readonly propertyLines: readonly string[];
  /** The derivative badge's text, and whether it passes. */
  readonly badge: { readonly pass: boolean; readonly text: string };
  /** Lines explaining each gap, e.g. "f is not finite on [6.56, 6]: exp overflows". */
  readonly gapLines: readonly string[];
  /** Scene pixel → x, for dragging the probe on the plot. */
  readonly xInvert: (px: number) => number;
}

const GAP = 22;
const MARGIN = { top: 10, right: 14, bottom: 30, left: 58 } as const;
const SAMPLES = 401;

/** Parameter values clamped to their declarations; a missing one takes its default. */
export function labParams(activation: CustomActivation, given: Readonly<Record<string, number | undefined>>): ParamValues {
  return Object.fromEntries(
    activation.paramDeclarations.map((d) => {
      const v = given[d.name];
      return [d.name, typeof v === 'number' && Number.isFinite(v) ? Math.min(d.max, Math.max(d.min, v)) : d.default];
    }),
  );
}

/** Properties, derivative check and gaps at parameters `p` (tens of milliseconds; the element caches it). */
export function labAnalysis(activation: CustomActivation, p: ParamValues): LabAnalysis {
  const fn = activation.compiled;
  const domain = activation.domain;
  const points = breakpoints(fn, p, domain);
  return {
    properties: measureProperties(fn, p, domain, points),
    check: derivativeCheck(fn, p, domain, points),
    gaps: LAB_PANELS.map((panel) => nonFiniteIntervals(fn, p, domain, panel.order)),
  };
}

/**
 * A y range for a curve's finite values. A formula may overflow on part of the domain
 * (exp(exp(x)) reaches 10³⁰⁶): an axis to 10³⁰⁶ would flatten the rest to a line, so values
 * beyond 1000 times the curve's typical size (1 + its median |y|) run off the panel instead.
 */
export function robustYDomain(values: readonly number[]): readonly [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [-1, 1];
  const sizes = finite.map(Math.abs).sort((a, b) => a - b);
  const cap = 1000 * (1 + sizes[Math.floor(sizes.length / 2)]!);
  const lo = Math.max(-cap, Math.min(0, ...finite));
  const hi = Math.min(cap, Math.max(0, ...finite));
  const span = hi - lo || 1;
  return [lo - span * 0.08, hi + span * 0.08];
}

function valueAt(activation: CustomActivation, panel: number, x: number, p: ParamValues): number {
  const j = activation.compiled.jet(x, p);
  return j[panel]!;
}

/** The values at the probe, or the reason a value is missing (the gap that holds the probe). */
function probeValues(activation: CustomActivation, p: ParamValues, x: number, gaps: LabAnalysis['gaps']): ProbeValue[] {
  const j = activation.compiled.jet(x, p);
  const values = [j[0]!, j[1]!, j[2]!];
  return values.map((value, i) => {
    if (Number.isFinite(value)) return { finite: true, value };
    const gap = gaps[i]?.find((g) => x >= g.from - 1e-9 && x <= g.to + 1e-9);
    return { finite: false, reason: gap?.reason ?? 'not finite here' };
  });
}

function probeText(label: string, v: ProbeValue): string {
  return v.finite ? `${label} = ${formatNumber(v.value, 4)}` : `${label} is not finite (${v.reason})`;
}

/** "[−6, 6]" or "x = 0" for a single point. */
function stretch(g: NonFiniteInterval): string {
  return g.from === g.to ? `at x = ${formatNumber(g.from, 4)}` : `on [${formatNumber(g.from, 4)}, ${formatNumber(g.to, 4)}]`;
}

export function gapText(panelLabel: string, g: NonFiniteInterval): string {
  return `${panelLabel} is not finite ${stretch(g)}: ${g.reason}`;
}

export function propertyText(props: ActivationProperties, continuity = props.continuity): string[] {
  const sat = props.saturates;
  const saturation =
    sat.left && sat.right
      ? 'saturates on both sides'
      : sat.left
        ? 'saturates on the left'
        : sat.right
          ? 'saturates on the right'
          : 'does not saturate';
  const smooth =
    continuity === -1
      ? 'jumps (not continuous)'
      : continuity === 0
        ? 'continuous, with kinks'
        : continuity === Infinity
          ? 'smooth'
          : `continuously differentiable ${continuity === 1 ? 'once' : 'twice'}`;
  return [
    `Range: ${props.rangeText}`,
    props.monotonic ? 'Monotonic on the domain' : 'Not monotonic on the domain',
    props.zeroCentred
      ? 'Zero-centred (mean output within 5% of its RMS for standard-normal inputs)'
      : 'Not zero-centred (mean output more than 5% of its RMS for standard-normal inputs)',
    `${saturation[0]!.toUpperCase()}${saturation.slice(1)}`,
    `Smoothness: ${smooth}`,
    ...(props.kinks.length === 0 ? ['Differentiable everywhere on the domain'] : props.kinks.map((k) => k.note)),
  ];
}

function badgeOf(check: DerivativeCheck): { pass: boolean; text: string } {
  if (check.checked === 0) return { pass: false, text: 'Derivative check: no point where f is finite to compare at' };
  const worst = formatNumber(check.maxDisagreement, 2);
  return check.pass
    ? { pass: true, text: `Exact f′ agrees with central differences at ${check.checked} points (largest relative difference ${worst})` }
    : {
        pass: false,
        text: `Exact f′ and central differences differ by up to ${worst} near x = ${formatNumber(check.worstX ?? NaN, 4)} (steep or nearly singular there)`,
      };
}

export function labModel(
  options: LabOptions,
  analysis: LabAnalysis = labAnalysis(options.activation, labParams(options.activation, options.params)),
): LabView {
  const { activation } = options;
  const p = labParams(activation, options.params);
  const [lo, hi] = activation.domain;
  const probeX = Math.min(hi, Math.max(lo, Number.isFinite(options.probeX) ? options.probeX : 0));
  const drawing = labDrawing(activation, p, analysis, options);
  const probe = probeValues(activation, p, probeX, analysis.gaps);

  const panel = (i: number): GroupNode => {
    const spec = LAB_PANELS[i]!;
    const frame = drawing.frames[i]!;
    const value = probe[i]!;
    const marker: SceneNode[] = value.finite
      ? [{ type: 'circle', key: 'marker', className: 'marker series-1', ...pointPosition(frame, probeX, value.value), r: 5 }]
      : [];
    const px = frame.x(probeX);
    return {
      type: 'g',
      key: spec.key,
      className: `panel panel--${spec.key}`,
      transform: drawing.offsets[i] ? `translate(0,${drawing.offsets[i]})` : undefined,
      children: [
        ...drawing.panels[i]!,
        { type: 'line', key: 'probe', className: 'probe', x1: px, x2: px, y1: frame.inner.top, y2: frame.inner.bottom },
        { type: 'g', key: 'markers', children: marker },
        drawing.labels[i]!,
      ],
    };
  };

  const nodes: SceneNode[] = [drawing.clips, ...LAB_PANELS.map((_, i) => panel(i))];
  const scene: Scene = { width: options.width, height: options.height, nodes };
  const at = formatNumber(probeX, 4);
  const readout = [`At x = ${at}: ${LAB_PANELS.map((spec, i) => probeText(spec.label.replace('(x)', `(${at})`), probe[i]!)).join(', ')}`];
  const gapLines = LAB_PANELS.flatMap((spec, i) => analysis.gaps[i]!.map((g) => gapText(spec.label.replace('(x)', ''), g)));
  let data: DataTable | undefined;
  return {
    scene,
    readout,
    // Worked out when first read (the Data table open, or a CSV): a probe drag does not pay for it.
    get data() {
      return (data ??= labTable(activation, p, probeX));
    },
    probe,
    analysis,
    propertyLines: propertyText(analysis.properties),
    badge: badgeOf(analysis.check),
    gapLines: dedupeGapLines(gapLines),
    xInvert: (px) => drawing.frames[0]!.xInvert(px),
  };
}

/** What the probe does not move: the panels' frames and offsets, and the nodes under and over the probe. */
interface LabDrawing {
  readonly frames: readonly Frame[];
  readonly offsets: readonly number[];
  /** Per panel: axes, shaded gaps and the curve. */
  readonly panels: readonly (readonly SceneNode[])[];
  readonly labels: readonly SceneNode[];
  readonly clips: SceneNode;
}

/**
 * The drawing of the formula at its parameters, remembered per analysis (the element keeps one
 * per formula and parameters) and size: a probe drag then samples nothing, and hands the
 * renderer the same nodes, which it skips.
 */
function labDrawing(activation: CustomActivation, p: ParamValues, analysis: LabAnalysis, options: LabOptions): LabDrawing {
  return rememberDrawing(analysis, `${options.width}|${options.height}|${options.idPrefix}`, () => {
    const [lo, hi] = activation.domain;
    // Stacked: top margin, f, GAP, f′, GAP, f″, bottom margin (each panel keeps 4 px under it).
    const panelHeight = (options.height - MARGIN.top - MARGIN.bottom - 2 * GAP - 8) / 3;
    const tickCount = options.width < 420 ? 5 : 9;
    const curves = LAB_PANELS.map((_, i) => (x: number) => valueAt(activation, i, x, p));
    const samples = LAB_PANELS.map((_, i) => Array.from({ length: SAMPLES }, (__, k) => curves[i]!(lo + ((hi - lo) * k) / (SAMPLES - 1))));
    const frames: Frame[] = LAB_PANELS.map((_, i) => {
      const top = i === 0 ? MARGIN.top : GAP;
      const bottom = i === 2 ? MARGIN.bottom : 4;
      return createFrame({
        width: options.width,
        height: top + panelHeight + bottom,
        margin: { top, right: MARGIN.right, bottom, left: MARGIN.left },
        xDomain: activation.domain,
        yDomain: robustYDomain(samples[i]!),
        yTickCount: 4,
        xTickCount: tickCount,
      });
    });
    const kinks = analysis.properties.kinks.map((k) => k.x);
    return {
      frames,
      offsets: [0, MARGIN.top + panelHeight + 4, MARGIN.top + 2 * panelHeight + GAP + 8],
      panels: LAB_PANELS.map((spec, i) => {
        const frame = frames[i]!;
        const gapRects = intervalRects(
          frame,
          analysis.gaps[i]!.map((g) => [g.from, g.to] as const),
        ).map((r, k) => ({ type: 'rect' as const, key: String(k), ...r, width: Math.max(r.width, 2) }));
        return [
          ...axesNodes(frame, { key: spec.key, xLabels: i === 2, zeroLines: true, xLabelGap: 8 }),
          { type: 'g', key: 'gaps', className: 'gap', children: gapRects },
          {
            type: 'g',
            key: 'curves',
            clipPath: `${options.idPrefix}-clip-${spec.key}`,
            children: [
              { type: 'path', key: 'curve', className: 'curve series-1', d: functionPath(frame, curves[i]!, { breakpoints: kinks }) },
            ],
          },
        ];
      }),
      labels: LAB_PANELS.map((spec, i) => panelLabel(frames[i]!.inner.left + 6, frames[i]!.inner.top + 4, spec.label)),
      clips: {
        type: 'g',
        key: 'clips',
        children: LAB_PANELS.map((spec, i) => clipNode(frames[i]!, `clip-${spec.key}`, `${options.idPrefix}-clip-${spec.key}`, 2, 0)),
      },
    };
  });
}

const rememberDrawing = keyedCachePer<LabAnalysis, LabDrawing>(4);

/** f′ and f″ are undefined wherever f is: say so once, under f, not three times. */
function dedupeGapLines(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** f, f′ and f″ at 13 whole and half points of the domain, and at the probe. */
function labTable(activation: CustomActivation, p: ParamValues, probeX: number): DataTable {
  const [lo, hi] = activation.domain;
  const xs = [...new Set([...Array.from({ length: 13 }, (_, k) => lo + ((hi - lo) * k) / 12), probeX])].sort((a, b) => a - b);
  const cell = (v: number): string | number => (Number.isFinite(v) ? v : 'not finite');
  return {
    caption: `${activation.name}: f(x) = ${activation.source.trim()}, with its exact first and second derivatives`,
    columns: ['x', 'f(x)', 'f′(x)', 'f″(x)'],
    rows: xs.map((x) => {
      const j = activation.compiled.jet(x, p);
      return [x, cell(j[0]!), cell(j[1]!), cell(j[2]!)];
    }),
  };
}
