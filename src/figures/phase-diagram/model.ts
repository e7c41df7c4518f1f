/**
 * The PhaseDiagram figure as a pure function: an activation's moments and its (σ_w², σ_b²) grid
 * in, with a cursor; a scene, readout and data table out. The grid is coloured by χ₁ in bands
 * (ordered blues below 1, chaotic oranges above), each row's runs of one band merged into one
 * rect so the SVG stays small; the edge of chaos χ₁ = 1 is a line through every row's crossing;
 * the cursor is a ring with crosshairs. The readout says what the cursor's point does to a signal.
 */
import { getActivation } from '../../lib/activations/functions';
import { meanField, type MeanField, type MomentMaps } from '../../lib/signal/mean-field';
import { phaseDiagram, SURVIVAL_DEPTH_FACTOR, type EdgePoint, type PhaseDiagram } from '../../lib/signal/phase-diagram';
import { axesNodes, panelLabel } from '../kit/axes-nodes';
import { createFrame, type InnerBox } from '../kit/frame';
import { formatNumber } from '../kit/format';
import { seriesPath } from '../kit/geometry';
import { fitText } from '../kit/text-width';
import type { SceneNode } from '../kit/scene';
import type { FigureView } from '../kit/figure-view';
import { sampleRows } from '../kit/data-table';
import { formatFixedPoint } from '../signal-depth/model';
import { GRID, SIGMA_B2_RANGE, SIGMA_W2_RANGE } from './controls';

/** Upper ends of the χ₁ colour bands; the last band is everything above the last bound. */
export const CHI1_BANDS = [0.25, 0.5, 0.8, 0.95, 1.05, 1.25, 2] as const;
/** How each band reads in the legend. */
export const BAND_LABELS = ['< 0.25', '0.25–0.5', '0.5–0.8', '0.8–0.95', '0.95–1.05', '1.05–1.25', '1.25–2', '> 2'] as const;

/**
 * |ln χ₁| below this reads as the edge of chaos: χ₁ prints as 1 there, and a depth scale of
 * thousands of layers is "indefinitely" for any network one would build.
 */
export const NEAR_CRITICAL = 5e-4;

/** The band a χ₁ falls in (NaN counts as the top band: a diverged variance is chaotic). */
export function bandOf(chi1: number): number {
  const i = CHI1_BANDS.findIndex((upper) => chi1 < upper);
  return i === -1 ? CHI1_BANDS.length : i;
}

/** The grid for one activation's moments, on the figure's ranges. */
export function phaseGrid(moments: MomentMaps): PhaseDiagram {
  return phaseDiagram(moments, { sigmaW2: SIGMA_W2_RANGE, sigmaB2: SIGMA_B2_RANGE, columns: GRID, rows: GRID });
}

/** Where χ₁ crosses 1 along the cursor's row, exactly (a one-row diagram). */
export function edgeAt(moments: MomentMaps, sigmaB2: number): EdgePoint {
  return phaseDiagram(moments, { sigmaW2: SIGMA_W2_RANGE, sigmaB2: [sigmaB2, sigmaB2], columns: GRID, rows: 1 }).edge[0]!;
}

export interface PhaseDiagramOptions {
  readonly activation: string;
  readonly moments: MomentMaps;
  readonly grid: PhaseDiagram;
  readonly sigmaW2: number;
  readonly sigmaB2: number;
  readonly width: number;
  readonly height: number;
}

export interface PhaseDiagramView extends FigureView {
  /** Mean-field quantities at the cursor. */
  readonly cursor: MeanField;
  /** The edge of chaos on the cursor's row. */
  readonly edge: EdgePoint;
  /** SURVIVAL_DEPTH_FACTOR·ξ_c at the cursor: Infinity at the edge, null in the chaotic phase. */
  readonly survivalDepth: number | null;
  /** The χ₁ bands the grid uses: the legend lists only these (a swatch with no mark would mislead). */
  readonly bandsShown: readonly number[];
  /** The plot area in scene pixels, to turn a click back into (σ_w², σ_b²). */
  readonly plotBox: InnerBox;
}

export function phaseDiagramModel(options: PhaseDiagramOptions): PhaseDiagramView {
  const { grid, width, height, sigmaW2, sigmaB2 } = options;
  const narrow = width < 420;
  const frame = createFrame({
    width,
    height,
    margin: { top: 28, right: narrow ? 10 : 16, bottom: 46, left: narrow ? 50 : 58 },
    xDomain: SIGMA_W2_RANGE,
    yDomain: SIGMA_B2_RANGE,
  });
  const dw = (SIGMA_W2_RANGE[1] - SIGMA_W2_RANGE[0]) / (grid.columns - 1);
  const db = (SIGMA_B2_RANGE[1] - SIGMA_B2_RANGE[0]) / Math.max(1, grid.rows - 1);
  const { inner } = frame;
  const clampX = (px: number) => Math.min(inner.right, Math.max(inner.left, px));
  const clampY = (py: number) => Math.min(inner.bottom, Math.max(inner.top, py));
  const r2 = (v: number) => Math.round(v * 100) / 100;

  // One rect per run of equal bands in a row: 64 × 64 cells become a few hundred rects.
  const cells: SceneNode[] = [];
  for (let i = 0; i < grid.rows; i++) {
    const y0 = clampY(frame.y(grid.sigmaB2[i]! + db / 2));
    const y1 = clampY(frame.y(grid.sigmaB2[i]! - db / 2));
    let start = 0;
    for (let j = 1; j <= grid.columns; j++) {
      const band = bandOf(grid.chi1[i * grid.columns + start]!);
      if (j < grid.columns && bandOf(grid.chi1[i * grid.columns + j]!) === band) continue;
      const x0 = clampX(frame.x(grid.sigmaW2[start]! - dw / 2));
      const x1 = clampX(frame.x(grid.sigmaW2[j - 1]! + dw / 2));
      cells.push({
        type: 'rect',
        key: `r${i}c${start}`,
        className: `cell band-${band}`,
        x: x0,
        y: y0,
        width: r2(x1 - x0),
        height: r2(y1 - y0),
      });
      start = j;
    }
  }
  const edgePoints = grid.edge.filter((e) => e.sigmaW2 !== null).map((e) => [e.sigmaW2!, e.sigmaB2] as const);

  const init = { sigmaW2, sigmaB2 };
  const cursor = meanField(options.moments, init);
  const edge = edgeAt(options.moments, sigmaB2);
  const survivalDepth = cursor.xiC === null ? null : SURVIVAL_DEPTH_FACTOR * cursor.xiC;
  const cx = frame.x(sigmaW2);
  const cy = frame.y(sigmaB2);

  const nodes: SceneNode[] = [
    { type: 'g', key: 'cells', ariaHidden: true, children: cells },
    ...axesNodes(frame, {
      key: 'plot',
      xTitle: 'weight variance σ_w²',
      yTitle: 'bias variance σ_b²',
      yTitleOffset: narrow ? 40 : 46,
    }),
    { type: 'path', key: 'edge', className: 'edge-line', d: seriesPath(frame, edgePoints) },
    {
      type: 'g',
      key: 'cursor',
      className: 'phase-cursor',
      children: [
        { type: 'line', key: 'h', className: 'crosshair', x1: inner.left, x2: inner.right, y1: cy, y2: cy },
        { type: 'line', key: 'v', className: 'crosshair', x1: cx, x2: cx, y1: inner.top, y2: inner.bottom },
        { type: 'circle', key: 'ring', className: 'ring', cx, cy, r: 7 },
      ],
    },
    panelLabel(
      inner.left,
      8,
      fitText(
        [
          `${getActivation(options.activation).name}: χ₁ over (σ_w², σ_b²), edge of chaos χ₁ = 1`,
          `${getActivation(options.activation).name}: χ₁ over (σ_w², σ_b²)`,
        ],
        width - inner.left - 4,
      ),
    ),
  ];

  return {
    scene: { width, height, nodes },
    cursor,
    edge,
    survivalDepth,
    plotBox: inner,
    bandsShown: [...new Set(Array.from(grid.chi1, bandOf))].sort((a, b) => a - b),
    readout: phaseReadout(options.activation, init, cursor, edge, survivalDepth, grid),
    data: {
      caption: `Edge of chaos for ${getActivation(options.activation).name}: the σ_w² where χ₁ crosses 1, for each σ_b²`,
      columns: ['σ_b²', 'edge σ_w²', 'how χ₁ crosses 1'],
      rows: sampleRows(grid.edge).map((e) => [
        e.sigmaB2,
        e.sigmaW2 ?? 'none in range',
        e.sigmaW2 === null ? '' : e.continuous ? 'continuously' : 'jumps',
      ]),
    },
  };
}

function phaseReadout(
  activation: string,
  init: { sigmaW2: number; sigmaB2: number },
  cursor: MeanField,
  edge: EdgePoint,
  survivalDepth: number | null,
  grid: PhaseDiagram,
): string[] {
  const at = `At σ_w² = ${formatNumber(init.sigmaW2, 3)}, σ_b² = ${formatNumber(init.sigmaB2, 3)}`;
  const q = cursor.fixedPoint.status === 'converged' ? `q* = ${formatFixedPoint(cursor.fixedPoint.q)}` : 'the variance grows without bound';
  const phase =
    Math.abs(Math.log(cursor.chi1)) < NEAR_CRITICAL
      ? 'at the edge of chaos: a signal survives indefinitely'
      : cursor.phase === 'ordered'
        ? `ordered: inputs merge, a signal survives about ${formatNumber(survivalDepth!, 3)} layers (6ξ_c)`
        : 'chaotic: nearby inputs pull apart and gradients grow with depth';
  const lines = [`${at}: χ₁ = ${formatNumber(cursor.chi1, 4)}, ${q}; ${phase}`];
  lines.push(
    edge.sigmaW2 === null
      ? `At σ_b² = ${formatNumber(init.sigmaB2, 3)} χ₁ does not cross 1 between σ_w² = ${SIGMA_W2_RANGE[0]} and ${SIGMA_W2_RANGE[1]}`
      : `Edge of chaos at σ_b² = ${formatNumber(init.sigmaB2, 3)}: σ_w² = ${formatNumber(edge.sigmaW2, 4)}${edge.continuous ? '' : ' (χ₁ jumps across 1 there: the fixed point switches branch)'}`,
  );
  if (grid.edge.some((e) => e.sigmaW2 !== null && !e.continuous) && edge.continuous) {
    lines.push(`For ${getActivation(activation).name} χ₁ jumps across 1 on some rows: there the edge depends on the input's scale`);
  }
  return lines;
}
