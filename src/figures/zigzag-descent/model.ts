/**
 * The ZigzagDescent figure as a pure function: batch size, learning rate and seed in; a scene
 * and the numbers the reader sees out. Two panels of weight space (w1, w2), one run of `zigzag`
 * each: positive inputs (as sigmoid outputs are) and the same inputs centred on zero. Each panel
 * shows the path from the start to the target w*, every step coloured by whether both weights
 * moved the same way ((+,+) or (−,−)), and the two same-sign quadrants around the start shaded:
 * with positive inputs and one example per step, every step must point into one of them.
 * Side by side on wide plots, stacked on narrow ones.
 */
import {
  zigzag,
  ZIGZAG_START,
  ZIGZAG_TARGET,
  type WeightPair,
  type StepSign,
  type ZigzagInputs,
  type ZigzagResult,
} from '../../lib/experiments/zigzag';
import type { DataTable } from '../kit/figure-view';
import { evenIndices } from '../kit/data-table';
import { axesNodes, clipNode, panelLabel } from '../kit/axes-nodes';
import { fitText } from '../kit/text-width';
import { SIDE_BY_SIDE_FROM } from '../kit/figure-sizes';
import { createFrame, round2, type Frame } from '../kit/frame';
import { formatCount, formatPercent } from '../kit/format';
import { pointPosition, seriesPath } from '../kit/geometry';
import type { GroupNode, SceneNode } from '../kit/scene';
import type { FigureView } from '../kit/figure-view';

/** Weight space shown in both panels; every run the controls allow stays inside it. */
export const WEIGHT_DOMAIN = [-1.5, 1.5] as const;
/** Updates before a run gives up (the experiment's default). */
export const MAX_STEPS = 2000;

export interface ZigzagDescentOptions {
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scene (clip paths), unique on the page. */
  readonly idPrefix: string;
}

export interface ZigzagPanelResult {
  readonly inputs: ZigzagInputs;
  readonly run: ZigzagResult;
  /** Pixel position of the path's first point (the start) in the panel's own coordinates. */
  readonly start: { readonly cx: number; readonly cy: number };
}

export interface ZigzagDescentResult extends FigureView {
  readonly panels: readonly [ZigzagPanelResult, ZigzagPanelResult];
  readonly layout: 'wide' | 'narrow';
}

const WIDE = SIDE_BY_SIDE_FROM.zigzag;
/** Panel titles, longest first: the first that fits the panel is drawn. */
const TITLES: Readonly<Record<ZigzagInputs, readonly [string, ...string[]]>> = {
  positive: ['Positive inputs (like sigmoid outputs)', 'Positive inputs (like σ outputs)', 'Positive inputs'],
  centred: ['Zero-centred inputs', 'Centred inputs'],
};

export function zigzagDescentModel(options: ZigzagDescentOptions): ZigzagDescentResult {
  const { width, height } = options;
  const wide = width >= WIDE;
  const panelWidth = wide ? Math.floor(width / 2) : width;
  const panelHeight = wide ? height : Math.floor(height / 2);
  const runs = (['positive', 'centred'] as const).map((inputs) =>
    zigzag({ inputs, batchSize: options.batchSize, learningRate: options.learningRate, seed: options.seed, maxSteps: MAX_STEPS }),
  );
  const nodes: SceneNode[] = [];
  const clips: SceneNode[] = [];
  const panels = (['positive', 'centred'] as const).map((inputs, i): ZigzagPanelResult => {
    const run = runs[i]!;
    const frame = squareFrame(panelWidth, panelHeight);
    const clipId = `${options.idPrefix}-clip-${inputs}`;
    clips.push(clipNode(frame, `clip-${inputs}`, clipId, 0));
    const offset = wide ? `translate(${panelWidth * i},0)` : `translate(0,${panelHeight * i})`;
    nodes.push(panelNode(frame, inputs, run, clipId, i === 0 ? undefined : offset));
    const start = pointPosition(frame, run.path[0]![0], run.path[0]![1]);
    return { inputs, run, start: { cx: start.cx, cy: start.cy } };
  }) as [ZigzagPanelResult, ZigzagPanelResult];
  return {
    scene: { width, height, nodes: [{ type: 'g', key: 'clips', children: clips }, ...nodes] },
    panels,
    layout: wide ? 'wide' : 'narrow',
    readout: panels.map((p) => zigzagReadout(p.inputs, p.run)),
    data: zigzagData(runs[0]!, runs[1]!),
  };
}

/**
 * The two paths side by side: (w₁, w₂) after each of up to MAX_TABLE_ROWS evenly chosen steps
 * (step 0 is the start). A run that stopped earlier reads "at target" from then on.
 */
export function zigzagData(positive: ZigzagResult, centred: ZigzagResult): DataTable {
  const length = Math.max(positive.path.length, centred.path.length);
  const cells = (run: ZigzagResult, k: number): (string | number)[] => {
    const w = run.path[k];
    return w ? [w[0], w[1]] : ['at target', 'at target'];
  };
  return {
    caption: 'Weights (w₁, w₂) after each step, for positive and for zero-centred inputs',
    columns: ['step', 'positive w₁', 'positive w₂', 'centred w₁', 'centred w₂'],
    rows: evenIndices(length).map((k) => [k, ...cells(positive, k), ...cells(centred, k)]),
  };
}

/** A frame whose plot area is a square (equal units on both axes, so a 45° step looks 45°). */
function squareFrame(panelWidth: number, panelHeight: number): Frame {
  const top = 30;
  const left = 44;
  const availableWidth = panelWidth - left - 14;
  const availableHeight = panelHeight - top - 44;
  const side = Math.max(40, Math.min(availableWidth, availableHeight));
  const extra = Math.max(0, (availableWidth - side) / 2);
  return createFrame({
    width: panelWidth,
    height: panelHeight,
    margin: { top, left: left + extra, right: panelWidth - left - extra - side, bottom: panelHeight - top - side },
    xDomain: WEIGHT_DOMAIN,
    yDomain: WEIGHT_DOMAIN,
    xTickCount: 3,
    yTickCount: 3,
  });
}

function isSameSign(signs: readonly [StepSign, StepSign]): boolean {
  return signs[0] !== 0 && signs[0] === signs[1];
}

/** Path `d` of the steps of one kind, consecutive ones joined, others leaving a gap. */
export function stepsPath(
  frame: Frame,
  path: readonly WeightPair[],
  signs: readonly (readonly [StepSign, StepSign])[],
  same: boolean,
): string {
  const x: number[] = [];
  const y: number[] = [];
  let open = false;
  for (let k = 0; k < signs.length; k++) {
    if (isSameSign(signs[k]!) === same) {
      if (!open) {
        x.push(path[k]![0]);
        y.push(path[k]![1]);
        open = true;
      }
      x.push(path[k + 1]![0]);
      y.push(path[k + 1]![1]);
    } else if (open) {
      x.push(NaN);
      y.push(NaN);
      open = false;
    }
  }
  return seriesPath(frame, { x, y });
}

function panelNode(frame: Frame, inputs: ZigzagInputs, run: ZigzagResult, clipId: string, transform: string | undefined): GroupNode {
  const { inner } = frame;
  const [s1, s2] = ZIGZAG_START;
  const sx = frame.x(s1);
  const sy = frame.y(s2);
  // The quadrants a same-sign step from the start can reach: up-right and down-left.
  const quadrants = [
    { key: 'pp', x: sx, y: inner.top, width: round2(inner.right - sx), height: round2(sy - inner.top) },
    { key: 'mm', x: inner.left, y: sy, width: round2(sx - inner.left), height: round2(inner.bottom - sy) },
  ];
  const target = pointPosition(frame, ZIGZAG_TARGET[0], ZIGZAG_TARGET[1]);
  const last = run.path[run.path.length - 1]!;
  const end = pointPosition(frame, last[0], last[1]);
  const converged = run.stepsToConverge !== null;
  return {
    type: 'g',
    key: inputs,
    className: `panel panel--${inputs}`,
    transform,
    children: [
      ...axesNodes(frame, { key: 'plot', zeroLines: true, xTitle: 'w₁', yTitle: 'w₂', yTitleOffset: 30 }),
      {
        type: 'g',
        key: 'quadrants',
        className: 'quadrant',
        children: [
          ...quadrants.map(({ key, ...r }) => ({ type: 'rect' as const, key, ...r })),
          { type: 'line', key: 'h', className: 'quadrant-edge', x1: inner.left, x2: inner.right, y1: sy, y2: sy },
          { type: 'line', key: 'v', className: 'quadrant-edge', x1: sx, x2: sx, y1: inner.top, y2: inner.bottom },
          { type: 'text', key: 'pp-label', x: inner.right - 6, y: inner.top + 6, anchor: 'end', baseline: 'hanging', text: '(+,+)' },
          { type: 'text', key: 'mm-label', x: inner.left + 6, y: inner.bottom - 6, anchor: 'start', baseline: 'auto', text: '(−,−)' },
        ],
      },
      {
        type: 'g',
        key: 'steps',
        clipPath: clipId,
        children: [
          { type: 'path', key: 'mixed', className: 'steps steps--mixed', d: stepsPath(frame, run.path, run.stepSigns, false) },
          { type: 'path', key: 'same', className: 'steps steps--same', d: stepsPath(frame, run.path, run.stepSigns, true) },
        ],
      },
      {
        type: 'g',
        key: 'points',
        children: [
          { type: 'circle', key: 'target', className: 'target', cx: target.cx, cy: target.cy, r: 6 },
          {
            type: 'text',
            key: 'target-label',
            className: 'point-label',
            x: target.cx - 9,
            y: target.cy + 4,
            anchor: 'end',
            baseline: 'hanging',
            text: 'target w*',
          },
          { type: 'circle', key: 'start', className: 'start', cx: sx, cy: sy, r: 5 },
          {
            type: 'text',
            key: 'start-label',
            className: 'point-label',
            x: sx - 8,
            y: sy - 8,
            anchor: 'end',
            baseline: 'auto',
            text: 'start',
          },
          ...(converged ? [] : [{ type: 'circle' as const, key: 'end', className: 'end', cx: end.cx, cy: end.cy, r: 4 }]),
        ],
      },
      panelLabel(inner.left, 8, fitText(TITLES[inputs], frame.width - inner.left - 4)),
    ],
  };
}

/** "Positive inputs: at the target after 183 steps; 100% of updates same-sign". */
export function zigzagReadout(inputs: ZigzagInputs, run: ZigzagResult): string {
  const name = inputs === 'positive' ? 'Positive inputs' : 'Zero-centred inputs';
  const steps =
    run.stepsToConverge === null
      ? `not at the target after ${formatCount(run.stepSigns.length)} steps`
      : `at the target after ${formatCount(run.stepsToConverge)} step${run.stepsToConverge === 1 ? '' : 's'}`;
  return `${name}: ${steps}; ${formatPercent(run.sameSignShare)} of updates same-sign`;
}
