/**
 * The DyingRelu figure as a pure function: two training runs in (ReLU and a leaky variant, same
 * seed and settings), a scene and the lines the reader sees out. Each run is drawn as three
 * panels: (a) the 64 training points and the network's current fit, (b) the loss so far on a log
 * axis, (c) one cell per hidden unit, marked dead, inactive-but-alive, recovered or active.
 *
 * The model draws snapshots, not trainers: the build runs the trainers to the end and draws the
 * final snapshots (readers without JavaScript see the whole story), the browser draws a snapshot
 * after every frame of training. `runToEnd` is that build-time run, also used by the post's facts.
 */
import type { DataTable } from '../kit/figure-view';
import { MAX_TABLE_ROWS, sampleRows } from '../kit/data-table';
import {
  createDyingReluTrainer,
  dyingReluTarget,
  DYING_RELU_GRID_POINTS,
  DYING_RELU_TRAINING_POINTS,
  type DyingReluActivation,
  type DyingReluState,
} from '../../lib/experiments/dying-relu';
import { getActivation } from '../../lib/activations/registry';
import { axesNodes, clipNode, formatCount } from '../kit/axes-nodes';
import { textWidth } from '../kit/text-width';
import { createFrame, round2, type Frame, type Tick } from '../kit/frame';
import { formatNumber } from '../kit/format';
import { seriesPath } from '../kit/geometry';
import type { GroupNode, Scene, SceneNode } from '../kit/scene';

/** Steps each trainer takes per animation frame while playing, and per press of Step. */
export const DYING_RELU_STEPS_PER_FRAME = 20;
/** Default training budget: where playback stops and what the build-time figure shows. */
export const DYING_RELU_STEP_BUDGET = 3000;
/** Below this plot width the two runs are stacked instead of side by side (CSS switches with it). */
export const DYING_RELU_STACK_BELOW = 560;
/** The loss axis: fixed, so a curve moves and the axis does not. */
export const DYING_RELU_LOSS_DOMAIN = [1e-5, 1e2] as const;
/** The fit panel's y range: targets are sin(3x) in [−1, 1]. */
export const DYING_RELU_FIT_DOMAIN = [-1.6, 1.6] as const;

/** What one run looks like at one moment: the part of `DyingReluState` the figure draws and prints. */
export interface RunSnapshot {
  readonly activation: DyingReluActivation;
  /** α of leaky ReLU / ELU; null for ReLU. */
  readonly alpha: number | null;
  readonly step: number;
  readonly loss: number;
  readonly diverged: boolean;
  readonly hiddenUnits: number;
  /** Per unit, 1 or 0. */
  readonly dead: readonly number[];
  readonly inactive: readonly number[];
  readonly recovered: readonly number[];
  /** The network's output at DYING_RELU_GRID_POINTS evenly spaced x on [−1, 1], to 4 decimals. */
  readonly predictions: readonly number[];
  /** The trainer's thinned loss history; losses to about 4 significant digits. */
  readonly lossSteps: readonly number[];
  readonly losses: readonly number[];
}

/** A compact, JSON-safe copy of a trainer's state (so the build can hand its final state to the page). */
export function snapshotOf(state: DyingReluState, activation: DyingReluActivation, alpha: number | undefined): RunSnapshot {
  const finite = (v: number, fallback = 0) => (Number.isFinite(v) ? v : fallback);
  // Rounded: short in the page's JSON, and the same whether built or live (4 decimals is far below a pixel).
  return {
    activation,
    alpha: alpha ?? null,
    step: state.step,
    loss: state.loss,
    diverged: state.diverged,
    hiddenUnits: state.hiddenUnits,
    dead: Array.from(state.deadMask),
    inactive: Array.from(state.inactiveMask),
    recovered: Array.from(state.recovered),
    predictions: Array.from(state.predictions, (v) => Math.round(finite(v) * 1e4) / 1e4 + 0),
    lossSteps: Array.from(state.lossHistory.steps),
    losses: Array.from(state.lossHistory.losses, (v) => roundSignificant(finite(v, 1e300))),
  };
}

/** About 4 significant digits, cheaply (this runs on every frame; toPrecision is several times slower). */
function roundSignificant(v: number): number {
  if (v === 0) return 0;
  const digits = 3 - Math.floor(Math.log10(Math.abs(v)));
  // Dividing by an exact power of ten (or multiplying by one) gives the shortest decimal back.
  if (digits >= 0) {
    const scale = 10 ** digits;
    return Number.isFinite(scale) ? Math.round(v * scale) / scale : v;
  }
  const unit = 10 ** -digits;
  return Math.round(v / unit) * unit;
}

export interface RunSettings {
  readonly learningRate: number;
  readonly biasInit: number;
  readonly hiddenUnits: number;
  readonly seed: number;
}

/** The two activations the figure trains: ReLU on the left, the variant on the right. */
export interface RunPair {
  readonly variant: Exclude<DyingReluActivation, 'relu'>;
  readonly alpha: number;
}

const finalCache = new Map<string, readonly [RunSnapshot, RunSnapshot]>();

/**
 * Both runs trained for `steps` steps (fewer where one diverges), as the build draws them.
 * Deterministic: the same arguments give the same snapshots in node and in the browser.
 */
export function runToEnd(settings: RunSettings, pair: RunPair, steps: number): readonly [RunSnapshot, RunSnapshot] {
  const key = JSON.stringify([settings, pair, steps]);
  const cached = finalCache.get(key);
  if (cached) return cached;
  const run = (activation: DyingReluActivation, alpha: number | undefined): RunSnapshot => {
    const trainer = createDyingReluTrainer({ ...settings, activation, alpha });
    trainer.step(steps);
    return snapshotOf(trainer.state(), activation, alpha);
  };
  const result = [run('relu', undefined), run(pair.variant, pair.alpha)] as const;
  finalCache.set(key, result);
  return result;
}

/** "ReLU" or "Leaky ReLU, α = 0.01". */
export function runName(run: Pick<RunSnapshot, 'activation' | 'alpha'>): string {
  const name = getActivation(run.activation).name;
  return run.alpha === null ? name : `${name}, α = ${formatNumber(run.alpha)}`;
}

export function countOf(mask: readonly number[]): number {
  let n = 0;
  for (const v of mask) n += v ? 1 : 0;
  return n;
}

/**
 * What a reader is told about one run, e.g.
 * "ReLU after 3,000 steps: loss 2.42 × 10⁻². Dead units: 15 of 32."
 * "Leaky ReLU, α = 0.01 after 3,000 steps: loss 3.95 × 10⁻². Dead units: 0 of 32 (inactive but alive: 15, recovered: 2)."
 */
export function runReadout(run: RunSnapshot, budget: number): string {
  const name = runName(run);
  if (run.diverged) {
    return `${name}: Diverged at step ${formatCount(run.step + 1)}: lower the learning rate. Dead units: ${countOf(run.dead)} of ${run.hiddenUnits}.`;
  }
  const when =
    run.step === 0 ? 'before training (step 0)' : run.step >= budget ? `after ${formatCount(run.step)} steps` : `after ${formatCount(run.step)} of ${formatCount(budget)} steps`;
  const dead = `Dead units: ${countOf(run.dead)} of ${run.hiddenUnits}`;
  // For ReLU "inactive" and "dead" are the same units; only a leaky variant can be inactive and alive.
  const alive = run.activation === 'relu' ? '' : ` (inactive but alive: ${countOf(run.inactive) - countOf(run.dead)}, recovered: ${countOf(run.recovered)})`;
  return `${name} ${when}: loss ${formatNumber(run.loss)}. ${dead}${alive}.`;
}

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

export interface DyingReluResult {
  readonly scene: Scene;
  /** One line per run (see `runReadout`). */
  readonly readouts: readonly [string, string];
  /** Whether the runs are drawn side by side (true) or stacked. */
  readonly sideBySide: boolean;
  /** Loss by step of both runs, and their dead units now. */
  readonly data: DataTable;
}

const COLUMN_GAP = 28;
const ROW_GAP = 26;
const HEADER = 22;
const MARGIN = { top: 6, right: 16, bottom: 22, left: 40 } as const;
const CELL_GAP = 3;
const UNIT_LABEL = 18;
const UNITS_INSET = 6;

const TRAINING_X = Array.from({ length: DYING_RELU_TRAINING_POINTS }, (_, i) => -1 + (2 * i) / (DYING_RELU_TRAINING_POINTS - 1));
const TRAINING_Y = TRAINING_X.map(dyingReluTarget);
const GRID_X = Array.from({ length: DYING_RELU_GRID_POINTS }, (_, i) => -1 + (2 * i) / (DYING_RELU_GRID_POINTS - 1));

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
    readouts: [runReadout(options.runs[0], budget), runReadout(options.runs[1], budget)],
    sideBySide,
    data: dyingReluData(options.runs),
  };
}

/**
 * Loss of both runs at up to MAX_TABLE_ROWS of the steps their histories recorded, and as the
 * last row the step each run has reached with its loss and dead units.
 */
export function dyingReluData(runs: readonly [RunSnapshot, RunSnapshot]): DataTable {
  const lossAt = runs.map((run) => new Map(run.lossSteps.map((step, i) => [step, run.losses[i]!])));
  const steps = [...new Set(runs.flatMap((run) => run.lossSteps))].sort((a, b) => a - b);
  const names = runs.map(runName);
  // Dead units are counted for the current state only, so history rows leave them empty.
  const history = sampleRows(steps, MAX_TABLE_ROWS - 1).map((step) => [step, ...lossAt.flatMap((m) => [m.get(step) ?? '', ''])]);
  return {
    caption: `Training loss by step for ${names.join(' and ')}; the last row is where the runs are now, with their dead units`,
    columns: ['step', `${names[0]} loss`, `${names[0]} dead units`, `${names[1]} loss`, `${names[1]} dead units`],
    rows: [...history, [Math.max(runs[0].step, runs[1].step), ...runs.flatMap((run) => [run.loss, `${countOf(run.dead)} of ${run.hiddenUnits}`])]],
  };
}

interface ColumnBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly budget: number;
  readonly idPrefix: string;
}

/** Everything about a column that depends only on its size: frames, axes, the data, cell positions. Cached. */
interface ColumnLayout {
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

function columnLayout(box: ColumnBox, units: number): ColumnLayout {
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
    { type: 'text', key: 'label', className: 'panel-label', x: fit.inner.left + 6, y: fit.inner.top + 4, baseline: 'hanging', text: '(a) fit' },
  ];

  const lossNodes: SceneNode[] = [
    ...lossStatic,
    {
      type: 'g',
      key: 'loss-line',
      clipPath: `${box.idPrefix}-clip-loss`,
      children: [{ type: 'path', key: 'p', className: `curve loss ${series}`, d: seriesPath(loss, { x: run.lossSteps, y: run.losses }) }],
    },
    { type: 'text', key: 'label', className: 'panel-label', x: loss.inner.right - 6, y: loss.inner.top + 4, anchor: 'end', baseline: 'hanging', text: '(b) loss' },
    ...(run.diverged
      ? [{ type: 'text' as const, key: 'diverged', className: 'diverged-note', x: loss.inner.left + 6, y: loss.inner.bottom - 6, text: 'diverged' }]
      : []),
  ];

  const cells: SceneNode[] = [];
  for (let j = 0; j < units; j++) {
    const cx = UNITS_INSET + (j % perRow) * (cell + CELL_GAP);
    const cy = UNIT_LABEL + Math.floor(j / perRow) * (cell + CELL_GAP);
    cells.push(unitCell(run, j, cx, cy, cell));
  }
  const unitNodes: SceneNode[] = [
    { type: 'text', key: 'label', className: 'panel-label', x: UNITS_INSET, y: 2, baseline: 'hanging', text: `(c) hidden units: ${countOf(run.dead)} of ${units} dead` },
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
 * Column layouts by size: playing redraws every frame at the same size, and frames, axes and the
 * data points do not change. The model stays a pure function of its options.
 */
const layoutCache = new Map<string, ColumnLayout>();
const LAYOUT_CACHE_LIMIT = 16;

function remember(key: string, compute: () => ColumnLayout): ColumnLayout {
  const hit = layoutCache.get(key);
  if (hit) return hit;
  const value = compute();
  if (layoutCache.size >= LAYOUT_CACHE_LIMIT) layoutCache.delete(layoutCache.keys().next().value!);
  layoutCache.set(key, value);
  return value;
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
    children.push({ type: 'circle', key: 'dot', className: 'unit__dot', cx: round2(x + size / 2), cy: round2(y + size / 2), r: round2(Math.max(2, size * 0.2)) });
  }
  return { type: 'g', key: `u${j}`, className: `unit unit--${kind}${recovered ? ' unit--recovered' : ''}`, children };
}

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

function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}
