/**
 * The DepthGradients figure as a pure function: depth, activation, initialisation and seed in;
 * a scene and the numbers the reader sees out. The picture is the backpropagated gradient
 * ‖∂L/∂z_l‖ at every layer of a real network (`layerGradients`, from networks kept between
 * redraws so a depth change only runs backward passes), on a log axis with layer 1
 * (next to the input) on the left and the output layer on the right. For sigmoid a dashed line
 * adds `sigmoidFactorBound`, 0.25^(L−l+1): the largest product the sigmoid slopes alone can
 * contribute between the unit output gradient and layer l (the weights come on top of it).
 */
import {
  DEPTH_ACTIVATION_NAMES,
  ratioSpread,
  SPREAD_SEEDS,
  summariseGradients,
  type DepthActivation,
  type LayerGradients,
  type RatioSpread,
} from '../../lib/experiments/depth';
import { layerGradientsOfKeptNetwork } from '../../lib/experiments/depth-networks';
import type { InitScheme } from '../../lib/experiments/mlp';
import { axesNodes } from '../kit/axes-nodes';
import { createFrame, round2, type Frame, type Tick } from '../kit/frame';
import { formatNumber, formatPowerOfTen } from '../kit/format';
import { pointPosition, seriesPath } from '../kit/geometry';
import type { SceneNode } from '../kit/scene';
import type { FigureView } from '../kit/figure-view';
import { DEPTH_CONTROL, INIT_NAMES } from './controls';
import { formulaErrorLine, type ReaderFormula } from '../kit/reader-formula';

export interface DepthGradientsOptions {
  /** Layers L, 1…30. */
  readonly depth: number;
  readonly activation: DepthActivation;
  readonly init: InitScheme;
  readonly seed: number;
  /** Units per layer of the network. */
  readonly layerWidth: number;
  /** Random inputs the norms are averaged over (geometric mean). */
  readonly samples: number;
  /** Pixel size of the SVG. */
  readonly width: number;
  readonly height: number;
  /** A reader's formula: every layer applies it instead of `activation`, unless it is not finite on the network's values. */
  readonly reader?: ReaderFormula | null;
}

export interface DepthGradientsResult extends FigureView {
  readonly gradients: LayerGradients;
  /** Whether the network applied the reader's function. */
  readonly custom: boolean;
  /** ‖∂L/∂z₁‖ / ‖∂L/∂z_L‖: what layer 1 gets of the gradient that reaches the last layer. */
  readonly ratio: number;
  /** Geometric means over layers 1…L−1 of the two factors the ratio is the product of (NaN at depth 1). */
  readonly meanDerivativeGain: number;
  readonly meanWeightGain: number;
  /** The same ratio for the networks of seeds SPREAD_SEEDS (same settings otherwise): one draw is not the story. */
  readonly spread: RatioSpread;
  /** Whether the dashed sigmoid line is drawn. */
  readonly boundShown: boolean;
}

/**
 * The run to show: on the reader's function when it compiles and stays finite on every value the
 * network (and the band's networks) computes, else on `activation`, with the reason as a line.
 */
function chosenRun(options: DepthGradientsOptions): { gradients: LayerGradients; others: LayerGradients[]; refusal?: string } {
  const run = (seed: number, custom: boolean): LayerGradients =>
    layerGradientsOfKeptNetwork({
      depth: options.depth,
      activation: options.activation,
      init: options.init,
      seed,
      width: options.layerWidth,
      samples: options.samples,
      ...(custom && options.reader?.ok && { custom: options.reader.fn.activation }),
    });
  // The band's networks; the shown seed's run is reused when it is one of them.
  const withBand = (custom: boolean) => {
    const gradients = run(options.seed, custom);
    return { gradients, others: SPREAD_SEEDS.map((seed) => (seed === options.seed ? gradients : run(seed, custom))) };
  };
  const reader = options.reader;
  if (!reader) return withBand(false);
  const name = DEPTH_ACTIVATION_NAMES[options.activation].toLowerCase();
  if (!reader.ok) return { ...withBand(false), refusal: formulaErrorLine(reader.message, name) };
  const mine = withBand(true);
  const bad = [mine.gradients, ...mine.others].find((g) => g.nonFiniteAt !== undefined)?.nonFiniteAt;
  if (bad === undefined) return mine;
  const why = reader.fn.refusal([bad]) ?? `Your function is not finite on a value this figure computes (${formatNumber(bad, 4)}).`;
  return { ...withBand(false), refusal: `${why} Showing ${name} instead.` };
}

export function depthGradientsModel(options: DepthGradientsOptions): DepthGradientsResult {
  const { width, height } = options;
  const { gradients, others: spreadRuns, refusal } = chosenRun(options);
  const custom = gradients.options.custom !== undefined;
  const depth = gradients.options.depth;
  const norms = gradients.preActivationGradientNorms;
  // The slope ceiling holds for every sigmoid variant; for the rescaled ones the curve then rises
  // far above it, which is the point: the ceiling bounds the slopes, not the gradient.
  const boundShown = !custom && options.activation.startsWith('sigmoid');
  const bound = gradients.sigmoidFactorBound;
  const others = spreadRuns.map((run, i) => (SPREAD_SEEDS[i] === options.seed ? norms : run.preActivationGradientNorms));
  const bandLow = norms.map((_, l) => Math.min(...others.map((n) => n[l]!)));
  const bandHigh = norms.map((_, l) => Math.max(...others.map((n) => n[l]!)));
  const spreadRatios = others.map((n) => n[0]! / n[depth - 1]!);

  const plotted = [...norms, ...bandLow, ...bandHigh, ...(boundShown ? bound : [])].filter((v) => Number.isFinite(v) && v > 0);
  const lo = plotted.length > 0 ? Math.min(...plotted) : 1e-3;
  const hi = plotted.length > 0 ? Math.max(...plotted) : 1;
  const narrow = width < 420;
  const frame = createFrame({
    width,
    height,
    margin: { top: 30, right: narrow ? 12 : 18, bottom: 50, left: narrow ? 58 : 64 },
    xDomain: [0.5, depth + 0.5],
    yDomain: [lo / 2, hi * 2],
    yType: 'log',
    yNice: true,
    yTickCount: Math.max(3, Math.floor((height - 80) / 42)),
  });

  const layers = Array.from({ length: depth }, (_, i) => i + 1);
  const xTicks: Tick[] = layerTicks(depth, frame.inner.width).map((l) => ({ value: l, label: String(l), position: frame.x(l) }));
  const markers = layers.map((l) => pointPosition(frame, l, norms[l - 1]!));

  const nodes: SceneNode[] = [
    ...axesNodes(frame, {
      key: 'plot',
      xTicks,
      xTitle: narrow ? 'layer (1 = next to the input)' : 'layer  (1 = next to the input, right = output)',
      yTitle: 'gradient ‖∂ℒ/∂z‖ (log axis)',
      yTitleOffset: narrow ? 50 : 54,
    }),
    { type: 'path', key: 'spread', className: 'spread series-1', d: bandPath(frame, layers, bandLow, bandHigh) },
    {
      type: 'g',
      key: 'bound',
      className: 'bound',
      children: boundShown
        ? [{ type: 'path', key: 'line', className: 'curve series-2', d: seriesPath(frame, { x: layers, y: bound }) }]
        : [],
    },
    { type: 'path', key: 'measured', className: 'curve series-1', d: seriesPath(frame, { x: layers, y: norms }) },
    {
      type: 'g',
      key: 'markers',
      children: markers.map((m, i) => ({
        type: 'circle' as const,
        key: `l${i + 1}`,
        className: m.visible ? 'marker series-1' : 'marker series-1 marker--off',
        cx: m.cx,
        cy: m.cy,
        r: depth > 20 ? 3.5 : 4.5,
      })),
    },
    {
      type: 'text',
      key: 'label',
      className: 'panel-label',
      x: frame.inner.left,
      y: 8,
      baseline: 'hanging',
      text: `${custom ? 'Your function' : DEPTH_ACTIVATION_NAMES[options.activation]}, ${INIT_NAMES[gradients.options.init]} init, ${DEPTH_CONTROL.valueText(depth)}`,
    },
  ];

  const { ratio, meanDerivativeGain, meanWeightGain } = summariseGradients(gradients);
  const spread = ratioSpread(spreadRatios);
  return {
    scene: { width, height, nodes },
    gradients,
    custom,
    ratio,
    meanDerivativeGain,
    meanWeightGain,
    spread,
    boundShown,
    readout: [
      ...depthReadout({ depth, ratio, meanDerivativeGain, meanWeightGain, sigmoid: boundShown, spread }),
      ...(refusal ? [refusal] : []),
    ],
    data: {
      caption: 'Gradient norm ‖∂ℒ/∂z‖ at each layer, layer 1 next to the input; the lowest and highest over seeds 1–8',
      columns: [
        'Layer',
        '‖∂ℒ/∂z‖',
        'Lowest over seeds 1–8',
        'Highest over seeds 1–8',
        ...(boundShown ? ['Sigmoid slope bound 0.25^(L−l+1)'] : []),
      ],
      rows: layers.map((l) => [l, norms[l - 1]!, bandLow[l - 1]!, bandHigh[l - 1]!, ...(boundShown ? [bound[l - 1]!] : [])]),
    },
  };
}

/**
 * A closed band between two per-layer series on the frame's (log) y axis. Empty when any value
 * cannot be drawn (a zero gradient has no place on a log axis), rather than a band with a hole.
 */
function bandPath(frame: Frame, layers: readonly number[], low: readonly number[], high: readonly number[]): string {
  const drawable = (v: number) => Number.isFinite(v) && v > 0;
  if (layers.length < 2 || !low.every(drawable) || !high.every(drawable)) return '';
  const point = (l: number, v: number) => `${round2(frame.x(l))},${round2(frame.y(v))}`;
  const upper = layers.map((l, i) => point(l, high[i]!));
  const lower = layers.map((l, i) => point(l, low[i]!)).reverse();
  return `M${upper.join('L')}L${lower.join('L')}Z`;
}

/** Layer numbers to label: 1, then multiples of a step that leaves room for the labels. */
export function layerTicks(depth: number, innerWidth: number): number[] {
  const room = Math.max(1, Math.floor(innerWidth / 34));
  const step = [1, 2, 5, 10].find((s) => depth / s <= room) ?? 10;
  const ticks = [1];
  for (let l = step; l <= depth; l += step) if (l - 1 >= step / 2) ticks.push(l);
  return ticks;
}

/** "Layer 1 gets 1.3 × 10⁻¹² of the gradient that reaches layer 20", and what it is made of. */
export function depthReadout(r: {
  readonly depth: number;
  readonly ratio: number;
  readonly meanDerivativeGain: number;
  readonly meanWeightGain: number;
  readonly sigmoid: boolean;
  /** The ratio over SPREAD_SEEDS; omitted, the readout speaks of this draw only. */
  readonly spread?: RatioSpread;
}): string[] {
  if (r.depth === 1) return ['With a single layer the gradient has nothing to pass through: add layers to see it shrink.'];
  if (!Number.isFinite(r.ratio)) return [`No gradient reaches layer ${r.depth} at all: every unit on the way is switched off.`];
  const lines = [`Layer 1 gets ${formatNumber(r.ratio, 2)} of the gradient that reaches layer ${r.depth}`];
  lines.push(
    `On the way back, each layer’s slopes multiply it by ${formatNumber(r.meanDerivativeGain, 2)} and its weights by ${formatNumber(r.meanWeightGain, 2)} (geometric means)`,
  );
  if (r.sigmoid) {
    const steps = r.depth - 1;
    lines.push(
      `The sigmoid slopes alone allow at most 0.25${formatPowerOfTen(steps).slice(2)} = ${formatNumber(0.25 ** steps, 2)} over those ${steps} layers`,
    );
  }
  if (r.spread) {
    const { median, min, max } = r.spread;
    lines.push(
      `Over the networks of seeds ${SPREAD_SEEDS[0]}–${SPREAD_SEEDS.at(-1)}: median ${formatNumber(median, 2)}, from ${formatNumber(min, 2)} to ${formatNumber(max, 2)} (the faint band)`,
    );
  }
  return lines;
}
