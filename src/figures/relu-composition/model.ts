/**
 * The ReluComposition figure as a pure function: a sum of shifted ReLUs (src/lib/experiments/relu-sum.ts)
 * drawn over a target curve, each unit's own contribution, and the largest gap between the two.
 */
import { evaluateReluSum, largestGap, reluSumText, RELU_TARGET, unitContribution, type ReluSum } from '../../lib/experiments/relu-sum';
import { createFrame, type Frame } from '../kit/frame';
import { axesNodes, clipNode } from '../kit/axes-nodes';
import { functionPath } from '../kit/geometry';
import { formatNumber } from '../kit/format';
import type { SceneNode } from '../kit/scene';
import type { DataTable, FigureView } from '../kit/figure-view';

export interface ReluCompositionOptions {
  readonly sum: ReluSum;
  /** Pixel size of the SVG. */
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip path), unique on the page. */
  readonly idPrefix: string;
}

export interface ReluCompositionResult extends FigureView {
  /** Largest |target − sum| on the domain, and where. */
  readonly gap: number;
  readonly gapX: number;
}

/** Points of the data table across the target's domain. */
const DATA_POINTS = 41;

const MARGIN = { top: 12, right: 14, bottom: 30, left: 40 } as const;

export function reluCompositionModel(options: ReluCompositionOptions): ReluCompositionResult {
  const { sum } = options;
  const [lo, hi] = RELU_TARGET.domain;
  const frame = createFrame({
    width: options.width,
    height: options.height,
    margin: MARGIN,
    xDomain: RELU_TARGET.domain,
    yDomain: RELU_TARGET.yDomain,
    xTickCount: options.width < 420 ? 4 : 8,
    yTickCount: 6,
  });
  const clipId = `${options.idPrefix}-clip`;
  const knots = sum.units.map((u) => u.knot);
  const at = (x: number) => evaluateReluSum(sum, x);
  const { gap, x: gapX } = largestGap(RELU_TARGET.f, sum, lo, hi);

  const nodes: SceneNode[] = [
    clipNode(frame, 'clip', clipId, 2, 0),
    ...axesNodes(frame, { zeroLines: true, xLabelGap: 8 }),
    {
      type: 'g',
      key: 'curves',
      clipPath: clipId,
      children: [
        {
          type: 'g',
          key: 'units',
          className: 'relu-units',
          children: sum.units.map((u, i) => ({
            type: 'path' as const,
            key: `u${i}`,
            className: 'curve curve--unit series-3',
            d: functionPath(frame, (x) => unitContribution(u, x), { breakpoints: [u.knot], samples: 3 }),
          })),
        },
        { type: 'path', key: 'target', className: 'curve curve--target series-2', d: functionPath(frame, RELU_TARGET.f, { samples: 161 }) },
        {
          type: 'path',
          key: 'sum',
          className: 'curve curve--sum series-1',
          d: functionPath(frame, at, { breakpoints: knots, samples: 2 }),
        },
      ],
    },
    gapMarker(frame, gapX, RELU_TARGET.f(gapX), at(gapX)),
    {
      type: 'g',
      key: 'knots',
      children: sum.units
        .filter((u) => u.knot >= lo && u.knot <= hi)
        .map((u, i) => ({
          type: 'circle' as const,
          key: `k${i}`,
          className: 'marker series-1',
          cx: frame.x(u.knot),
          cy: clampY(frame, at(u.knot)),
          r: 4.5,
        })),
    },
  ];
  const readout = [
    `Sum: ${reluSumText(sum)}`,
    `Largest gap from ${RELU_TARGET.name} on [${formatNumber(lo)}, ${formatNumber(hi)}]: ${formatNumber(gap)}, at x = ${formatNumber(gapX)}`,
  ];
  const xs = Array.from({ length: DATA_POINTS }, (_, i) => lo + ((hi - lo) * i) / (DATA_POINTS - 1));
  const data: DataTable = {
    caption: `${RELU_TARGET.name} and the sum of ReLUs at ${DATA_POINTS} evenly spaced x in [${formatNumber(lo)}, ${formatNumber(hi)}] (knots at ${knots.map((k) => formatNumber(k)).join(', ') || 'none'})`,
    columns: ['x', 'target', 'sum of ReLUs', 'target − sum'],
    rows: xs.map((x) => [x, RELU_TARGET.f(x), at(x), RELU_TARGET.f(x) - at(x)]),
  };
  return { scene: { width: options.width, height: options.height, nodes }, gap, gapX, readout, data };
}

function clampY(frame: Frame, v: number): number {
  const y = frame.y(v);
  return Number.isFinite(y) ? Math.min(frame.inner.bottom, Math.max(frame.inner.top, y)) : frame.inner.bottom;
}

/** A short vertical bar between the target and the sum where they are furthest apart. */
function gapMarker(frame: Frame, x: number, target: number, sum: number): SceneNode {
  const px = frame.x(x);
  return { type: 'line', key: 'gap', className: 'relu-gap', x1: px, x2: px, y1: clampY(frame, target), y2: clampY(frame, sum) };
}
