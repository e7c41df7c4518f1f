/**
 * The SignalDepth figure as a pure function: a state, the activation's Gaussian moments and (when
 * ready) the measured networks in; a scene, readout and data table out. Two log-axis panels,
 * layer 1 (next to the input) on the left: the forward second moment q_l of the pre-activations
 * and the backward squared gradient norm ‖∂L/∂h_l‖², each with the mean-field theory (the
 * iterated variance map) as a line and the measured networks as dots (mean over the networks)
 * with whiskers (± one standard deviation over them).
 */
import { getActivation } from '../../lib/activations/functions';
import { gradientTrajectory, meanField, varianceTrajectory, type MeanField, type MomentMaps } from '../../lib/signal/mean-field';
import type { SeedSpread } from '../../lib/signal/measured';
import { axesNodes, panelLabel } from '../kit/axes-nodes';
import { createFrame, type Frame, type Tick } from '../kit/frame';
import { formatNumber } from '../kit/format';
import { seriesPath } from '../kit/geometry';
import { fitText } from '../kit/text-width';
import { SIDE_BY_SIDE_FROM } from '../kit/figure-sizes';
import type { SceneNode } from '../kit/scene';
import type { FigureView } from '../kit/figure-view';
import { layerTicks } from '../depth-gradients/model';
import type { SignalDepthStart } from './config';
import { NETWORKS } from './measure';

export interface SignalDepthOptions {
  readonly state: SignalDepthStart;
  /** The activation's Gaussian moments (a `momentTable`, or `exactMoments`). */
  readonly moments: MomentMaps;
  /** The networks measured for exactly this state, or null while they are being measured. */
  readonly measured: SeedSpread | null;
  /** Pixel size of the SVG. */
  readonly width: number;
  readonly height: number;
}

export interface SignalDepthView extends FigureView {
  /** Theory per layer: q_l and ‖∂L/∂h_l‖². */
  readonly theoryQ: readonly number[];
  readonly theoryGradient: readonly number[];
  readonly meanField: MeanField;
  /** Measured mean ÷ theory at the last layer (forward) and layer 1 (backward); NaN without a measurement. */
  readonly forwardRatio: number;
  readonly backwardRatio: number;
}

/** Below this plot width the panels stack (and the kit's `.figure--stacks` makes the box taller). */
export const STACK_BELOW = SIDE_BY_SIDE_FROM.signal;
/** Measured/theory outside [1/PART, PART] is called a parting of the two. */
export const PART = 1.5;

interface Panel {
  readonly key: string;
  readonly title: string;
  readonly theory: readonly number[];
  readonly mean: readonly number[] | null;
  readonly std: readonly number[] | null;
}

export function signalDepthModel(options: SignalDepthOptions): SignalDepthView {
  const { state, moments, measured, width, height } = options;
  const init = { sigmaW2: state.sigmaW2, sigmaB2: state.sigmaB2 };
  const theoryQ = varianceTrajectory(moments, init, state.depth);
  const theoryGradient = gradientTrajectory(moments, init, theoryQ);
  // From the first layer's variance, as the network starts: for ReLU at σ_w² = 2 every q is a fixed point.
  const mf = meanField(moments, init, theoryQ[0]);
  const last = state.depth - 1;
  const forwardRatio = measured ? measured.mean.preActivationSecondMoment[last]! / theoryQ[last]! : NaN;
  const backwardRatio = measured ? measured.mean.gradientNormSquared[0]! / theoryGradient[0]! : NaN;

  const panels: Panel[] = [
    {
      key: 'forward',
      title: 'forward: q_l = mean h² (log axis)',
      theory: theoryQ,
      mean: measured?.mean.preActivationSecondMoment ?? null,
      std: measured?.std.preActivationSecondMoment ?? null,
    },
    {
      key: 'backward',
      title: 'backward: ‖∂L/∂h_l‖² (log axis)',
      theory: theoryGradient,
      mean: measured?.mean.gradientNormSquared ?? null,
      std: measured?.std.gradientNormSquared ?? null,
    },
  ];
  const stacked = width < STACK_BELOW;
  const nodes = panels.flatMap((panel, i) => panelNodes(panel, state.depth, panelBox(i, stacked, width, height)));
  nodes.push(
    panelLabel(
      8,
      6,
      fitText(
        [
          `${getActivation(state.activation).name}, σ_w² = ${formatNumber(state.sigmaW2, 3)}, σ_b² = ${formatNumber(state.sigmaB2, 3)}, ${state.width} units`,
          `σ_w² = ${formatNumber(state.sigmaW2, 3)}, σ_b² = ${formatNumber(state.sigmaB2, 3)}, ${state.width} units`,
        ],
        width - 12,
      ),
    ),
  );

  const layers = theoryQ.map((_, l) => l + 1);
  const cell = (v: readonly number[] | undefined, l: number) => (v ? v[l]! : '');
  return {
    scene: { width, height, nodes },
    theoryQ,
    theoryGradient,
    meanField: mf,
    forwardRatio,
    backwardRatio,
    readout: signalReadout(state, mf, theoryQ, theoryGradient, measured, forwardRatio, backwardRatio),
    data: {
      caption: `Signal per layer, theory and ${NETWORKS} measured networks of ${state.width} units (mean and standard deviation over the networks)`,
      columns: [
        'Layer',
        'q theory',
        'q measured mean',
        'q measured sd',
        '‖∂L/∂h‖² theory',
        '‖∂L/∂h‖² measured mean',
        '‖∂L/∂h‖² measured sd',
      ],
      rows: layers.map((l, i) => [
        l,
        theoryQ[i]!,
        cell(measured?.mean.preActivationSecondMoment, i),
        cell(measured?.std.preActivationSecondMoment, i),
        theoryGradient[i]!,
        cell(measured?.mean.gradientNormSquared, i),
        cell(measured?.std.gradientNormSquared, i),
      ]),
    },
  };
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Panel i's box: side by side on wide plots, stacked on narrow ones, below the 24 px title line. */
function panelBox(i: number, stacked: boolean, width: number, height: number): Box {
  const top = 24;
  if (stacked) {
    const h = (height - top) / 2;
    return { left: 0, top: top + i * h, width, height: h };
  }
  const w = width / 2;
  return { left: i * w, top, width: w, height: height - top };
}

function panelNodes(panel: Panel, depth: number, box: Box): SceneNode[] {
  const values = [...panel.theory, ...(panel.mean ?? [])].filter((v) => Number.isFinite(v) && v > 0);
  const lo = values.length > 0 ? Math.min(...values) : 1e-3;
  const hi = values.length > 0 ? Math.max(...values) : 1;
  const frame = createFrame({
    width: box.width,
    height: box.height,
    margin: { top: 22, right: 10, bottom: 40, left: 54 },
    xDomain: [0.5, depth + 0.5],
    yDomain: [Math.min(lo / 2, hi / 10), hi * 2],
    yType: 'log',
    yNice: true,
    yTickCount: Math.max(3, Math.floor((box.height - 62) / 36)),
  });
  const xTicks: Tick[] = layerTicks(depth, frame.inner.width).map((l) => ({ value: l, label: String(l), position: frame.x(l) }));
  const layers = panel.theory.map((_, l) => l + 1);
  const children: SceneNode[] = [
    ...axesNodes(frame, { key: 'axes', xTicks, xTitle: 'layer', yTitleOffset: 46 }),
    { type: 'text', key: 'title', className: 'panel-title', x: frame.inner.left, y: 4, baseline: 'hanging', text: panel.title },
    { type: 'path', key: 'theory', className: 'curve series-1', d: seriesPath(frame, { x: layers, y: panel.theory }) },
  ];
  if (panel.mean && panel.std) {
    children.push({ type: 'g', key: 'measured', children: layers.map((l, i) => measuredMark(frame, l, panel.mean![i]!, panel.std![i]!)) });
  }
  return [{ type: 'g', key: panel.key, transform: `translate(${box.left},${box.top})`, children }];
}

/** A dot at the mean and a whisker over ± one sd, clamped into the plot (a log axis cannot show mean − sd ≤ 0). */
function measuredMark(frame: Frame, layer: number, mean: number, std: number): SceneNode {
  const { inner } = frame;
  const clampY = (v: number) => (Number.isNaN(v) ? inner.bottom : Math.min(inner.bottom, Math.max(inner.top, v)));
  const x = frame.x(layer);
  const cy = frame.y(mean);
  const children: SceneNode[] = [
    {
      type: 'line',
      key: 'sd',
      className: 'whisker',
      x1: x,
      x2: x,
      y1: clampY(frame.y(mean + std)),
      y2: clampY(mean - std > 0 ? frame.y(mean - std) : NaN),
    },
  ];
  const visible = Number.isFinite(cy) && cy >= inner.top && cy <= inner.bottom;
  children.push({
    type: 'circle',
    key: 'mean',
    className: visible ? 'marker series-2' : 'marker series-2 marker--off',
    cx: x,
    cy: clampY(cy),
    r: 3.5,
  });
  return { type: 'g', key: `l${layer}`, children };
}

const phaseWords = { ordered: 'ordered', critical: 'at the edge of chaos', chaotic: 'chaotic' } as const;

function signalReadout(
  state: SignalDepthStart,
  mf: MeanField,
  theoryQ: readonly number[],
  theoryGradient: readonly number[],
  measured: SeedSpread | null,
  forwardRatio: number,
  backwardRatio: number,
): string[] {
  const last = state.depth - 1;
  const q = mf.fixedPoint.status === 'converged' ? `q* = ${formatFixedPoint(mf.fixedPoint.q)}` : 'the variance grows without bound';
  const lines = [`Theory: ${q}, χ₁ = ${formatNumber(mf.chi1, 3)} (${phaseWords[mf.phase]})`];
  // While the networks are measured the readout keeps the shape of its measured lines, so on a
  // phone, where they wrap, the controls under it do not jump up and back under the reader's pointer.
  if (!measured) {
    lines.push(
      `Layer ${state.depth}: q theory ${formatNumber(theoryQ[last]!, 3)}, measured … ± …`,
      `Layer 1 gradient: theory ${formatNumber(theoryGradient[0]!, 3)}, measured … ± …`,
      `Measuring ${NETWORKS} networks of ${state.width} units to set beside the theory (measured ÷ theory: … forward, … backward)`,
    );
    return lines;
  }
  const m = measured.mean;
  const s = measured.std;
  lines.push(
    `Layer ${state.depth}: q theory ${formatNumber(theoryQ[last]!, 3)}, measured ${formatNumber(m.preActivationSecondMoment[last]!, 3)} ± ${formatNumber(s.preActivationSecondMoment[last]!, 2)}`,
    `Layer 1 gradient: theory ${formatNumber(theoryGradient[0]!, 3)}, measured ${formatNumber(m.gradientNormSquared[0]!, 3)} ± ${formatNumber(s.gradientNormSquared[0]!, 2)}`,
  );
  const parted = [forwardRatio, backwardRatio].some((r) => !(r > 1 / PART && r < PART));
  lines.push(
    parted
      ? `Theory and measurement part (measured ÷ theory: ${formatNumber(forwardRatio, 2)} forward, ${formatNumber(backwardRatio, 2)} backward): ${state.width} units are too few for the average to describe a typical network`
      : `Theory and measurement agree within a factor ${PART} (measured ÷ theory: ${formatNumber(forwardRatio, 2)} forward, ${formatNumber(backwardRatio, 2)} backward)`,
  );
  return lines;
}

/**
 * Below this a fixed point is printed as 0: near the edge the iteration creeps (q falls like 1/l), so
 * such a q* is 0 up to rounding, and its digits differ between machines' Math libraries.
 */
export const ZERO_FIXED_POINT = 1e-6;

export function formatFixedPoint(q: number): string {
  return q < ZERO_FIXED_POINT ? '0' : formatNumber(q, 3);
}
