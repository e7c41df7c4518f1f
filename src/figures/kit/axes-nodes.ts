/**
 * Gridlines, tick labels and axis titles of one panel as scene nodes, shared by every figure
 * model that draws axes (explorer, atlas, ReLU composition, saturation, depth, zig-zag, dying
 * ReLU), so axes are drawn by one piece of code. Ticks come from the frame
 * unless a figure passes its own (e.g. layer numbers, or powers of ten on a log10 x axis).
 */
import type { Frame, Tick } from './frame';
import type { GroupNode, SceneNode, TextNode } from './scene';
import { dataKey, keyedCachePer } from '../../lib/keyed-cache';

export interface AxesOptions {
  /** Prefix of the returned groups' keys (`<key>-grid`, `<key>-axes`); without it `grid` and `axes`. */
  readonly key?: string;
  /** Ticks to draw instead of the frame's. */
  readonly xTicks?: readonly Tick[];
  readonly yTicks?: readonly Tick[];
  /** Label the x ticks (default true; false for a panel whose neighbour below carries them). */
  readonly xLabels?: boolean;
  /** Distance of the x tick labels' top below the plot; default 7 px. */
  readonly xLabelGap?: number;
  /** Distance of the y tick labels' right end left of the plot; default 6 px. */
  readonly yLabelGap?: number;
  /** Draw the lines x = 0 and y = 0 in the axis colour where they fall inside the plot. */
  readonly zeroLines?: boolean;
  /** Title under the x tick labels. */
  readonly xTitle?: string;
  /** Title left of the y tick labels, turned to read upwards. */
  readonly yTitle?: string;
  /** Distance of the y title's centre line from the plot's left edge; default 36 px. */
  readonly yTitleOffset?: number;
}

/**
 * Two groups: `<key>-grid` (lines) and `<key>-axes` (zero lines, tick labels, titles), both
 * hidden from assistive technology. The same frame object and options give the same nodes, so
 * a figure redrawn for a slider that leaves its axes alone does not redraw them.
 */
export function axesNodes(frame: Frame, options: AxesOptions): readonly GroupNode[] {
  // The options are plain data, a figure's own ticks too.
  return remember(frame, dataKey(options), () => axesNodesFor(frame, options));
}

const remember = keyedCachePer<Frame, readonly GroupNode[]>(8);

function axesNodesFor(frame: Frame, options: AxesOptions): GroupNode[] {
  const { inner } = frame;
  const xTicks = options.xTicks ?? frame.xTicks;
  const yTicks = options.yTicks ?? frame.yTicks;
  const { xLabelGap = 7, yLabelGap = 6 } = options;
  const prefix = options.key === undefined ? '' : `${options.key}-`;
  const inside = (v: number, lo: number, hi: number) => Number.isFinite(v) && v >= lo - 0.5 && v <= hi + 0.5;
  const labelled: SceneNode[] = [];
  if (options.zeroLines) {
    const zeroY = frame.yType === 'linear' ? frame.y(0) : NaN;
    const zeroX = frame.x(0);
    if (inside(zeroY, inner.top, inner.bottom)) {
      labelled.push({ type: 'line', key: 'zero-y', className: 'axis-zero', x1: inner.left, x2: inner.right, y1: zeroY, y2: zeroY });
    }
    if (inside(zeroX, inner.left, inner.right)) {
      labelled.push({ type: 'line', key: 'zero-x', className: 'axis-zero', x1: zeroX, x2: zeroX, y1: inner.top, y2: inner.bottom });
    }
  }
  for (const t of yTicks) {
    if (!inside(t.position, inner.top, inner.bottom)) continue;
    labelled.push({
      type: 'text',
      key: `yl${t.value}`,
      x: inner.left - yLabelGap,
      y: t.position,
      anchor: 'end',
      baseline: 'middle',
      text: t.label,
    });
  }
  if (options.xLabels ?? true) {
    for (const t of xTicks) {
      if (!inside(t.position, inner.left, inner.right)) continue;
      labelled.push({
        type: 'text',
        key: `xl${t.value}`,
        x: t.position,
        y: inner.bottom + xLabelGap,
        anchor: 'middle',
        baseline: 'hanging',
        text: t.label,
      });
    }
  }
  if (options.xTitle) {
    labelled.push({
      type: 'text',
      key: 'x-title',
      className: 'axis-title',
      x: (inner.left + inner.right) / 2,
      y: inner.bottom + 26,
      anchor: 'middle',
      baseline: 'hanging',
      text: options.xTitle,
    });
  }
  if (options.yTitle) {
    const x = Math.round((inner.left - (options.yTitleOffset ?? 36)) * 100) / 100;
    const y = Math.round(((inner.top + inner.bottom) / 2) * 100) / 100;
    labelled.push({
      type: 'g',
      key: 'y-title',
      transform: `translate(${x},${y}) rotate(-90)`,
      children: [
        { type: 'text', key: 't', className: 'axis-title', x: 0, y: 0, anchor: 'middle', baseline: 'middle', text: options.yTitle },
      ],
    });
  }
  return [
    {
      type: 'g',
      key: `${prefix}grid`,
      className: 'grid',
      ariaHidden: true,
      children: [
        ...yTicks
          .filter((t) => inside(t.position, inner.top, inner.bottom))
          .map((t) => ({ type: 'line' as const, key: `y${t.value}`, x1: inner.left, x2: inner.right, y1: t.position, y2: t.position })),
        ...xTicks
          .filter((t) => inside(t.position, inner.left, inner.right))
          .map((t) => ({ type: 'line' as const, key: `x${t.value}`, x1: t.position, x2: t.position, y1: inner.top, y2: inner.bottom })),
      ],
    },
    { type: 'g', key: `${prefix}axes`, className: 'axis', ariaHidden: true, children: labelled },
  ];
}

/**
 * A clip path for a frame's plot area, a couple of pixels larger so strokes on the edge stay
 * whole; `padX` (default `pad`) widens it left and right, e.g. 0 so curves are cut at the x ends.
 */
export function clipNode(frame: Frame, key: string, id: string, pad = 2, padX = pad): SceneNode {
  const { inner } = frame;
  return {
    type: 'clipPath',
    key,
    id,
    children: [
      { type: 'rect', key: 'r', x: inner.left - padX, y: inner.top - pad, width: inner.width + 2 * padX, height: inner.height + 2 * pad },
    ],
  };
}

/** A panel's title, hanging from `y` (key `label`, class `panel-label`); `anchor` 'end' for a right-aligned one. */
export function panelLabel(x: number, y: number, text: string, anchor?: 'end'): TextNode {
  return { type: 'text', key: 'label', className: 'panel-label', x, y, ...(anchor && { anchor }), baseline: 'hanging', text };
}
