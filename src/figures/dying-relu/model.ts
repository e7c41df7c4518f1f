/**
 * The DyingRelu figure as a pure function: two training runs in (ReLU and a leaky variant, same
 * seed and settings), a scene and the lines the reader sees out. Each run is drawn as three
 * panels: (a) the 64 training points and the network's current fit, (b) the loss so far on a log
 * axis, (c) one cell per hidden unit, marked dead, inactive-but-alive, recovered or active.
 *
 * The model draws snapshots, not trainers: the build runs the trainers to the end and draws the
 * final snapshots (readers without JavaScript see the whole story), the browser draws a snapshot
 * after every frame of training. `runToEnd` is that build-time run.
 */
import { DYING_RELU_STEP_BUDGET } from '../../lib/experiments/dying-relu';
import { round2 } from '../kit/frame';
import { formatCount } from '../kit/format';
import { seriesPath } from '../kit/geometry';
import { panelLabel } from '../kit/axes-nodes';
import type { GroupNode, SceneNode } from '../kit/scene';
import type { FigureView } from '../kit/figure-view';
import {
  CELL_GAP,
  columnLayout,
  COLUMN_GAP,
  DYING_RELU_STACK_BELOW,
  GRID_X,
  MARGIN,
  ROW_GAP,
  UNIT_LABEL,
  UNITS_INSET,
  type ColumnBox,
} from './layout';
import { runName, runReadout } from './readout';
import { countOf, type RunSnapshot } from './snapshot';

export type UnitKind = 'active' | 'recovered' | 'inactive' | 'dead';

/** How a unit is drawn now: dead beats inactive beats active. Whether it ever recovered is drawn on top. */
export function unitKind(run: RunSnapshot, j: number): Exclude<UnitKind, 'recovered'> {
  if (run.dead[j]) return 'dead';
  if (run.inactive[j]) return 'inactive';
  return 'active';
}

export interface DyingReluModelOptions {
  /** ReLU first, then the variant. */
  readonly runs: readonly [RunSnapshot, RunSnapshot];
  /** Steps the run is meant to take: the loss panel's x range. */
  readonly budget: number;
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip paths), unique on the page. */
  readonly idPrefix: string;
}

export interface DyingReluResult extends FigureView {
  /** One line per run (see `runReadout`). */
  readonly readout: readonly [string, string];
  /** Whether the runs are drawn side by side (true) or stacked. */
  readonly sideBySide: boolean;
}

export function dyingReluModel(options: DyingReluModelOptions): DyingReluResult {
  const width = Math.max(240, finiteOr(options.width, 640));
  const height = Math.max(300, finiteOr(options.height, 480));
  const budget = Math.max(1, finiteOr(options.budget, DYING_RELU_STEP_BUDGET));
  const sideBySide = width >= DYING_RELU_STACK_BELOW;
  const colWidth = sideBySide ? (width - COLUMN_GAP) / 2 : width;
  const colHeight = sideBySide ? height : (height - ROW_GAP) / 2;
  const columns = options.runs.map((run, i) =>
    column(run, i, {
      x: sideBySide ? i * (colWidth + COLUMN_GAP) : 0,
      y: sideBySide ? 0 : i * (colHeight + ROW_GAP),
      width: colWidth,
      height: colHeight,
      budget,
      idPrefix: `${options.idPrefix}-${i}`,
    }),
  );
  return {
    scene: { width, height, nodes: columns },
    readout: [runReadout(options.runs[0], budget), runReadout(options.runs[1], budget)],
    sideBySide,
    data: {
      caption: 'Each run now: how far it has trained, its loss and its hidden units',
      columns: ['Run', 'Step', 'Loss', 'Dead units', 'Inactive but alive', 'Recovered', 'Hidden units'],
      rows: options.runs.map((run) => [
        runName(run),
        run.step,
        run.loss,
        countOf(run.dead),
        run.activation === 'relu' ? 0 : countOf(run.inactive) - countOf(run.dead),
        countOf(run.recovered),
        run.hiddenUnits,
      ]),
    },
  };
}

function column(run: RunSnapshot, index: number, box: ColumnBox): GroupNode {
  const series = `series-${index + 1}`;
  const units = Math.max(1, run.hiddenUnits);
  const { fit, loss, fitY, lossY, unitsY, cell, perRow, fitStatic, lossStatic } = columnLayout(box, units);

  const header: SceneNode[] = [
    { type: 'text', key: 'name', className: 'run-name', x: MARGIN.left, y: 2, baseline: 'hanging', text: runName(run) },
    {
      type: 'text',
      key: 'step',
      className: 'run-step',
      x: round2(box.width - MARGIN.right),
      y: 3,
      anchor: 'end',
      baseline: 'hanging',
      text: run.diverged ? `diverged at step ${formatCount(run.step + 1)}` : `step ${formatCount(run.step)}`,
    },
  ];

  const fitNodes: SceneNode[] = [
    ...fitStatic,
    {
      type: 'g',
      key: 'fit-line',
      clipPath: `${box.idPrefix}-clip-fit`,
      children: [{ type: 'path', key: 'p', className: `curve fit ${series}`, d: seriesPath(fit, { x: GRID_X, y: run.predictions }) }],
    },
    panelLabel(fit.inner.left + 6, fit.inner.top + 4, '(a) fit'),
  ];

  const lossNodes: SceneNode[] = [
    ...lossStatic,
    {
      type: 'g',
      key: 'loss-line',
      clipPath: `${box.idPrefix}-clip-loss`,
      children: [{ type: 'path', key: 'p', className: `curve loss ${series}`, d: seriesPath(loss, { x: run.lossSteps, y: run.losses }) }],
    },
    panelLabel(loss.inner.right - 6, loss.inner.top + 4, '(b) loss', 'end'),
    ...(run.diverged
      ? [
          {
            type: 'text' as const,
            key: 'diverged',
            className: 'diverged-note',
            x: loss.inner.left + 6,
            y: loss.inner.bottom - 6,
            text: 'diverged',
          },
        ]
      : []),
  ];

  const cells: SceneNode[] = [];
  for (let j = 0; j < units; j++) {
    const cx = UNITS_INSET + (j % perRow) * (cell + CELL_GAP);
    const cy = UNIT_LABEL + Math.floor(j / perRow) * (cell + CELL_GAP);
    cells.push(unitCell(run, j, cx, cy, cell));
  }
  const unitNodes: SceneNode[] = [
    panelLabel(UNITS_INSET, 2, `(c) hidden units: ${countOf(run.dead)} of ${units} dead`),
    { type: 'g', key: 'cells', className: `cells ${series}`, children: cells },
  ];

  return {
    type: 'g',
    key: `run-${index}`,
    className: `run run--${index === 0 ? 'relu' : 'variant'} ${series}`,
    transform: `translate(${round2(box.x)},${round2(box.y)})`,
    children: [
      { type: 'g', key: 'header', children: header },
      { type: 'g', key: 'fit', className: 'panel panel--fit', transform: `translate(0,${fitY})`, children: fitNodes },
      { type: 'g', key: 'loss', className: 'panel panel--loss', transform: `translate(0,${lossY})`, children: lossNodes },
      { type: 'g', key: 'units', className: 'panel panel--units', transform: `translate(0,${unitsY})`, children: unitNodes },
    ],
  };
}

/**
 * One hidden unit: plain when active, hatched when inactive but alive, dark with ✕ when dead; a
 * dot marks a unit that has recovered (been inactive, then active again) at some point, even if it
 * has drifted back out since.
 */
function unitCell(run: RunSnapshot, j: number, x: number, y: number, size: number): GroupNode {
  const kind = unitKind(run, j);
  const recovered = kind !== 'dead' && run.recovered[j] === 1;
  const children: SceneNode[] = [{ type: 'rect', key: 'box', className: 'unit__box', x, y, width: size, height: size }];
  const inset = Math.max(2, Math.round(size * 0.22));
  if (kind === 'dead') {
    const a = x + inset;
    const b = x + size - inset;
    const c = y + inset;
    const d = y + size - inset;
    children.push({ type: 'path', key: 'mark', className: 'unit__mark', d: `M${a},${c}L${b},${d}M${a},${d}L${b},${c}` });
  } else if (kind === 'inactive') {
    // Diagonal hatching, clipped to the cell by construction (each stroke runs edge to edge).
    const parts: string[] = [];
    const stepPx = Math.max(3, size / 4);
    for (let t = stepPx; t < 2 * size; t += stepPx) {
      const x0 = x + Math.max(0, t - size);
      const y0 = y + Math.min(size, t);
      const x1 = x + Math.min(size, t);
      const y1 = y + Math.max(0, t - size);
      parts.push(`M${round2(x0)},${round2(y0)}L${round2(x1)},${round2(y1)}`);
    }
    children.push({ type: 'path', key: 'mark', className: 'unit__mark', d: parts.join('') });
  }
  if (recovered) {
    children.push({
      type: 'circle',
      key: 'dot',
      className: 'unit__dot',
      cx: round2(x + size / 2),
      cy: round2(y + size / 2),
      r: round2(Math.max(2, size * 0.2)),
    });
  }
  return { type: 'g', key: `u${j}`, className: `unit unit--${kind}${recovered ? ' unit--recovered' : ''}`, children };
}

function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}
