/**
 * Where everything in a dying-ReLU column goes, from its size alone: the fit and loss frames,
 * their axes and the training points, and the grid of unit cells. Playing redraws every frame at
 * the same size, so layouts are cached by size and only the runs' data is redrawn.
 */
import { dyingReluTarget, DYING_RELU_GRID_POINTS, DYING_RELU_TRAINING_POINTS } from '../../lib/experiments/dying-relu';
import { axesNodes, clipNode } from '../kit/axes-nodes';
import { createFrame, round2, type Frame, type Tick } from '../kit/frame';
import { formatCount } from '../kit/format';
import { textWidth } from '../kit/text-width';
import type { SceneNode } from '../kit/scene';
import { SIDE_BY_SIDE_FROM } from '../kit/figure-sizes';
import { keyedCache } from '../../lib/keyed-cache';

/** Below this plot width the two runs are stacked instead of side by side (CSS switches with it). */
export const DYING_RELU_STACK_BELOW = SIDE_BY_SIDE_FROM.dyingRelu;
/** The loss axis: fixed, so a curve moves and the axis does not. */
export const DYING_RELU_LOSS_DOMAIN = [1e-5, 1e2] as const;
/** The fit panel's y range: targets are sin(3x) in [−1, 1]. */
export const DYING_RELU_FIT_DOMAIN = [-1.6, 1.6] as const;

/** Gaps between the two columns (side by side) or rows (stacked), and inside a column (px). */
export const COLUMN_GAP = 28;
export const ROW_GAP = 26;
export const HEADER = 22;
export const MARGIN = { top: 6, right: 16, bottom: 22, left: 40 } as const;
export const CELL_GAP = 3;
export const UNIT_LABEL = 18;
export const UNITS_INSET = 6;

const TRAINING_X = Array.from({ length: DYING_RELU_TRAINING_POINTS }, (_, i) => -1 + (2 * i) / (DYING_RELU_TRAINING_POINTS - 1));
const TRAINING_Y = TRAINING_X.map(dyingReluTarget);
export const GRID_X = Array.from({ length: DYING_RELU_GRID_POINTS }, (_, i) => -1 + (2 * i) / (DYING_RELU_GRID_POINTS - 1));

export interface ColumnBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly budget: number;
  readonly idPrefix: string;
}

/** Everything about a column that depends only on its size: frames, axes, the data, cell positions. Cached. */
export interface ColumnLayout {
  readonly fit: Frame;
  readonly loss: Frame;
  readonly fitY: number;
  readonly lossY: number;
  readonly unitsY: number;
  readonly cell: number;
  readonly perRow: number;
  readonly fitStatic: readonly SceneNode[];
  readonly lossStatic: readonly SceneNode[];
}

export function columnLayout(box: ColumnBox, units: number): ColumnLayout {
  return remember(`${box.width}|${box.height}|${box.budget}|${units}|${box.idPrefix}`, () => {
    // Cells run the column's full width; 16 to a row while they stay at least 14 px, else 8.
    const cellsWidth = box.width - UNITS_INSET - MARGIN.right;
    const fits = (n: number) => Math.floor((cellsWidth - CELL_GAP * (n - 1)) / n);
    const perRow = Math.min(units, fits(16) >= 14 ? 16 : 8);
    const rows = Math.ceil(units / perRow);
    const cell = Math.max(4, Math.min(22, fits(perRow)));
    const unitsHeight = UNIT_LABEL + rows * (cell + CELL_GAP);
    const rest = box.height - HEADER - unitsHeight - 10;
    const lossHeight = Math.max(70, Math.round(rest * 0.4));
    const fitHeight = Math.max(90, rest - lossHeight);
    const fit = createFrame({
      width: box.width,
      height: fitHeight,
      margin: MARGIN,
      xDomain: [-1, 1],
      yDomain: DYING_RELU_FIT_DOMAIN,
      xTickCount: 5,
      yTickCount: 3,
    });
    // The last step label is centred on the axis's right end: leave room for its right half.
    const lastStep = formatCount(box.budget);
    const loss = createFrame({
      width: box.width,
      height: lossHeight,
      margin: { ...MARGIN, top: 8, right: Math.max(MARGIN.right, Math.ceil(textWidth(lastStep) / 2) + 2) },
      xDomain: [0, box.budget],
      yDomain: DYING_RELU_LOSS_DOMAIN,
      yType: 'log',
      yTickCount: 4,
    });
    // The 64 training points as one path of small circles: one element, not 64, to keep each frame's DOM work small.
    const r = 2.2;
    const dots = TRAINING_X.map((x, i) => {
      const cx = fit.x(x);
      const cy = fit.y(TRAINING_Y[i]!);
      return `M${round2(cx - r)},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    }).join('');
    return {
      fit,
      loss,
      fitY: HEADER,
      lossY: HEADER + fitHeight,
      unitsY: HEADER + fitHeight + lossHeight + 8,
      cell,
      perRow,
      fitStatic: [
        { type: 'g', key: 'clips', children: [clipNode(fit, 'clip', `${box.idPrefix}-clip-fit`)] },
        ...axesNodes(fit, { key: 'fit', zeroLines: true }),
        { type: 'path', key: 'data', className: 'data-points', d: dots },
      ],
      lossStatic: [
        { type: 'g', key: 'clips', children: [clipNode(loss, 'clip', `${box.idPrefix}-clip-loss`)] },
        ...axesNodes(loss, { key: 'loss', xTicks: stepTicks(loss, box.budget) }),
      ],
    };
  });
}

/**
 * Column layouts by size: playing redraws every frame at the same size, and frames, axes and the
 * data points do not change. The model stays a pure function of its options.
 */
const remember = keyedCache<ColumnLayout>(16);

/** 0, 1,000, 2,000, 3,000: round step counts with thousands separators. */
function stepTicks(frame: Frame, budget: number): Tick[] {
  const target = frame.inner.width < 200 ? 3 : 4;
  const raw = budget / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: Tick[] = [];
  for (let v = 0; v <= budget + 1e-9; v += step) ticks.push({ value: v, label: formatCount(v), position: frame.x(v) });
  return ticks;
}
