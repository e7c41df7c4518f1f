/**
 * The ReluComposition figure as a pure function, and the small piece of maths behind it: a
 * constant plus a few shifted, scaled ReLUs, c + Σ wᵢ·ReLU(x − kᵢ), is a broken line whose
 * slope changes by wᵢ at each kink kᵢ. The model draws that sum over a target curve, each unit's
 * own contribution, and the largest gap between the two; the intro post quotes the same numbers.
 */
import type { DataTable } from '../kit/figure-view';
import { getActivation } from '../../lib/activations/registry';
import { createFrame, type Frame } from '../kit/frame';
import { axesNodes, clipNode } from '../kit/axes-nodes';
import { functionPath } from '../kit/geometry';
import { formatNumber } from '../kit/format';
import type { Scene, SceneNode } from '../kit/scene';

const relu = getActivation('relu');
const R = (x: number): number => relu.f(x, {});

export interface ReluUnit {
  /** Where the unit switches on: ReLU(x − knot) is 0 left of it. */
  readonly knot: number;
  /** The slope it adds to the right of its knot. */
  readonly weight: number;
}

/** A constant plus a sum of shifted ReLUs: c + Σ wᵢ·ReLU(x − kᵢ). */
export interface ReluSum {
  readonly constant: number;
  readonly units: readonly ReluUnit[];
}

export function evaluateReluSum(sum: ReluSum, x: number): number {
  return sum.units.reduce((acc, u) => acc + u.weight * R(x - u.knot), sum.constant);
}

/**
 * The ReLU sum that joins the points (kᵢ, g(kᵢ)) with straight lines: start at g(k₀), and at
 * each knot but the last add a unit whose weight is the change of slope there. Knots are sorted
 * and repeated ones dropped first; n distinct knots give n − 1 units (none for fewer than two).
 */
export function reluInterpolant(g: (x: number) => number, knots: readonly number[]): ReluSum {
  const ks = [...new Set(knots.filter(Number.isFinite))].sort((a, b) => a - b);
  if (ks.length === 0) return { constant: 0, units: [] };
  const slopes = ks.slice(1).map((k, i) => (g(k) - g(ks[i]!)) / (k - ks[i]!));
  return {
    constant: g(ks[0]!),
    units: slopes.map((s, i) => ({ knot: ks[i]!, weight: s - (slopes[i - 1] ?? 0) })),
  };
}

/** Largest |g − sum| on an even grid over [lo, hi], and where it occurs. */
export function largestGap(g: (x: number) => number, sum: ReluSum, lo: number, hi: number, samples = 2001): { gap: number; x: number } {
  let worst = { gap: 0, x: lo };
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    const gap = Math.abs(g(x) - evaluateReluSum(sum, x));
    if (gap > worst.gap + 1e-12) worst = { gap, x };
  }
  return worst;
}

/** TeX of a sum as the post prints it: `4 - 3\,\mathrm{ReLU}(x+2) + 2\,\mathrm{ReLU}(x+1) + …`. */
export function reluSumTex(sum: ReluSum): string {
  const shift = (k: number) => (k === 0 ? 'x' : k < 0 ? `x+${-k}` : `x-${k}`);
  const terms = sum.units
    .filter((u) => u.weight !== 0)
    .map((u) => {
      const w = Math.abs(u.weight);
      return `${u.weight < 0 ? '-' : '+'} ${w === 1 ? '' : `${w}\\,`}\\mathrm{ReLU}(${shift(u.knot)})`;
    });
  return [String(sum.constant), ...terms].join(' ');
}

/** The same sum in plain text for readouts: "4 − 3·ReLU(x + 2) + 2·ReLU(x + 1) + …". */
export function reluSumText(sum: ReluSum): string {
  const shift = (k: number) => (k === 0 ? 'x' : k < 0 ? `x + ${formatNumber(-k)}` : `x − ${formatNumber(k)}`);
  const terms = sum.units
    .filter((u) => u.weight !== 0)
    .map((u) => {
      const w = Math.abs(u.weight);
      return `${u.weight < 0 ? '−' : '+'} ${w === 1 ? '' : `${formatNumber(w)}·`}ReLU(${shift(u.knot)})`;
    });
  return [formatNumber(sum.constant), ...terms].join(' ');
}

/** The curve the figure asks a reader to build. */
export const RELU_TARGET = {
  name: 'x²',
  f: (x: number): number => x * x,
  domain: [-2, 2] as const,
  yDomain: [-1, 5] as const,
};

/** The default sum: the target joined at −2, −1, 0, 1, 2 (four units). */
export const DEFAULT_RELU_SUM: ReluSum = reluInterpolant(RELU_TARGET.f, [-2, -1, 0, 1, 2]);

export interface ReluCompositionOptions {
  readonly sum: ReluSum;
  /** Pixel size of the SVG. */
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip path), unique on the page. */
  readonly idPrefix: string;
}

export interface ReluCompositionResult {
  readonly scene: Scene;
  /** Largest |target − sum| on the domain, and where. */
  readonly gap: number;
  readonly gapX: number;
  /** Lines for the printed output. */
  readonly readout: readonly string[];
  /** Target, sum and their difference at evenly spaced x. */
  readonly data: DataTable;
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
            d: functionPath(frame, (x) => u.weight * R(x - u.knot), { breakpoints: [u.knot], samples: 3 }),
          })),
        },
        { type: 'path', key: 'target', className: 'curve curve--target series-2', d: functionPath(frame, RELU_TARGET.f, { samples: 161 }) },
        { type: 'path', key: 'sum', className: 'curve curve--sum series-1', d: functionPath(frame, at, { breakpoints: knots, samples: 2 }) },
      ],
    },
    gapMarker(frame, gapX, RELU_TARGET.f(gapX), at(gapX)),
    {
      type: 'g',
      key: 'knots',
      children: sum.units
        .filter((u) => u.knot >= lo && u.knot <= hi)
        .map((u, i) => ({ type: 'circle' as const, key: `k${i}`, className: 'marker series-1', cx: frame.x(u.knot), cy: clampY(frame, at(u.knot)), r: 4.5 })),
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
