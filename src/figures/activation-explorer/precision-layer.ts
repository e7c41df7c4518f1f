/**
 * What the explorer adds in a narrow number format, as pure functions of precision reports
 * (src/lib/precision): each function's curve and slope as computed in the format, the stable
 * kernel solid and the textbook one dotted; a labelled mark where a kernel reaches its limit,
 * loses its slope or breaks (NaN, ∞); the lines printed under the plot; and the data table.
 * Only types come from the precision code; the element loads this with the arithmetic
 * (through precision-data.ts), only when a reader picks a format other than float64.
 */
import type { FormatId } from '../../lib/precision/formats';
import type { KernelCurve, PrecisionReport } from '../../lib/precision/report';
import type { Threshold } from '../../lib/precision/thresholds';
import { getActivation } from '../../lib/activations/functions';
import type { DataTable } from '../kit/figure-view';
import type { Frame } from '../kit/frame';
import { seriesPath } from '../kit/geometry';
import { formatNumber } from '../kit/format';
import type { GroupNode, SceneNode } from '../kit/scene';
import type { PrecisionLayer } from './model';
import { keyedCachePer } from '../../lib/keyed-cache';

/** GELU's exact form against its tanh approximation, as the readout states it. */
export interface GeluFormsSummary {
  /** Where the float64 gap is largest (it also is at −x). */
  readonly x: number;
  /** |exact − tanh form| there. */
  readonly gap: number;
  /** That gap in ulps of the chosen format. */
  readonly ulps: number;
  /** Names of the formats whose ulp there is wider than the gap. */
  readonly belowOneUlp: readonly string[];
}

/** Everything the explorer draws and prints in a format other than float64. */
export interface ExplorerPrecision {
  readonly formatId: FormatId;
  readonly formatName: string;
  /** One report per function shown, in drawing order. */
  readonly reports: readonly PrecisionReport[];
  /** Present when GELU is shown. */
  readonly gelu: GeluFormsSummary | null;
}

/** The kernels drawn: the textbook ones and the stable one (the rounded-once yardstick is only measured against). */
function drawn(report: PrecisionReport): KernelCurve[] {
  return report.kernels.filter((k) => k.kind !== 'rounded-once');
}

/** How a kernel is named in text: "textbook", "tanh form", "stable". */
export function kernelWord(kernelId: string): string {
  if (kernelId === 'stable') return 'stable';
  if (kernelId === 'naive-tanh') return 'tanh form';
  return 'textbook';
}

/** One legend entry: the text and the classes of the curve it stands for (the swatch draws a line with them). */
export interface LegendEntry {
  readonly name: string;
  readonly className: string;
}

/** A drawn kernel's curve classes: the series' own line for the stable kernel, dotted (then dash-dotted) for textbook ones. */
function curveClass(series: number, kernel: KernelCurve, naiveIndex: number): string {
  if (kernel.kind !== 'naive') return `curve series-${series}`;
  return `curve series-${series} curve--naive${naiveIndex > 0 ? ' curve--naive-2' : ''}`;
}

/** The legend: one entry per function in float64; per drawn kernel in a narrow format, with the classes `precisionCurves` draws it with. */
export function legendEntries(ids: readonly string[], precision: ExplorerPrecision | undefined): LegendEntry[] {
  if (!precision) return ids.map((id, i) => ({ name: getActivation(id).name, className: `curve series-${i + 1}` }));
  return precision.reports.flatMap((report, i) =>
    drawn(report).map((kernel, k) => ({
      name: `${getActivation(report.activationId).name}, ${kernelWord(kernel.kernelId)}, in ${precision.formatName}`,
      className: curveClass(i + 1, kernel, k),
    })),
  );
}

/** Curves of one panel: per function, its stable kernel solid (the series' own line) and each textbook kernel dotted. */
export function precisionCurves(frame: Frame, precision: ExplorerPrecision, value: 'f' | 'df'): SceneNode[] {
  return precision.reports.flatMap((report, i) =>
    drawn(report).map((kernel, k) => ({
      type: 'path' as const,
      key: `${report.activationId}|${kernel.kernelId}`,
      className: curveClass(i + 1, kernel, k),
      d: seriesPath(frame, {
        x: kernel.points.map((p) => p.x),
        y: kernel.points.map((p) => (value === 'f' ? p.f : p.df)),
      }),
    })),
  );
}

function isSlope(t: Threshold): boolean {
  return t.kind === 'slope-zero' || t.kind === 'slope-not-finite';
}

function valueWord(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return formatNumber(v);
}

/** The short label of a mark: "f = 1", "f′ = 0", "f is ∞", "f′ is NaN" (what a kernel breaks to is not a value of f). */
export function markLabel(t: Threshold): string {
  const what = isSlope(t) ? 'f′' : 'f';
  if (t.kind === 'reaches-limit') return `${what} = ${valueWord(t.value)}`;
  if (t.kind === 'slope-zero') return `${what} = 0`;
  return `${what} is ${valueWord(t.value)}`;
}

/** A threshold with the kernels that share it (same kind, side and input). */
interface SharedThreshold {
  readonly threshold: Threshold & { readonly inDomain: boolean };
  readonly kernels: readonly string[];
}

/** A function's thresholds from its drawn kernels, one per (kind, side, x), nearest 0 first. */
export function sharedThresholds(report: PrecisionReport): SharedThreshold[] {
  const byKey = new Map<string, { threshold: SharedThreshold['threshold']; kernels: string[] }>();
  for (const kernel of drawn(report)) {
    for (const t of kernel.thresholds) {
      const key = `${t.kind}|${t.side}|${t.x}`;
      const entry = byKey.get(key);
      if (entry) entry.kernels.push(t.kernelId);
      else byKey.set(key, { threshold: t, kernels: [t.kernelId] });
    }
  }
  return [...byKey.values()].sort((a, b) => Math.abs(a.threshold.x) - Math.abs(b.threshold.x));
}

/** What the model draws for these reports. */
export function precisionLayer(precision: ExplorerPrecision): PrecisionLayer {
  let layer = layers.get(precision);
  if (!layer) {
    const curves = keyedCachePer<Frame, SceneNode[]>(2);
    const marks = keyedCachePer<Frame, SceneNode>(2);
    layer = {
      curves: (frame, value) => curves(frame, value, () => precisionCurves(frame, precision, value)),
      marks: (frame, value) => marks(frame, value, () => precisionMarks(frame, precision, value)),
    };
    layers.set(precision, layer);
  }
  return layer;
}

/**
 * One layer per set of reports (precision-data.ts remembers those), and its nodes per frame and
 * panel: a probe move then hands the renderer the same nodes, which it skips.
 */
const layers = new WeakMap<ExplorerPrecision, PrecisionLayer>();

/**
 * Marks of one panel (value thresholds above, slope thresholds below): a line at each threshold
 * inside the plotted range and a label. Its key holds the threshold (`kind|side|x`) so a test can
 * read where the mark stands.
 */
export function precisionMarks(frame: Frame, precision: ExplorerPrecision, value: 'f' | 'df'): GroupNode {
  const children: SceneNode[] = [];
  const placed = new Set<string>();
  precision.reports.forEach((report, i) => {
    for (const { threshold: t } of sharedThresholds(report)) {
      if (!t.inDomain || isSlope(t) !== (value === 'df')) continue;
      const label = markLabel(t);
      const key = `${report.activationId}|${t.kind}|${t.side}|${t.x}`;
      const px = frame.x(t.x);
      // Two functions can break at the same x with the same label: one mark says it.
      if (placed.has(`${px.toFixed(1)}|${label}`)) continue;
      placed.add(`${px.toFixed(1)}|${label}`);
      const nearRight = px > frame.inner.right - 60;
      children.push({
        type: 'g',
        key,
        className: `precision-mark precision-mark--${t.kind} series-${i + 1}`,
        children: [
          {
            type: 'line',
            key: 'line',
            x1: px,
            x2: px,
            y1: frame.inner.top,
            y2: frame.inner.bottom,
          },
          {
            type: 'text',
            key: 'label',
            x: px + (nearRight ? -4 : 4),
            y: frame.inner.top + 22 + 14 * (children.length % 3),
            anchor: nearRight ? 'end' : 'start',
            baseline: 'hanging',
            text: label,
          },
        ],
      });
    }
  });
  return { type: 'g', key: 'precision-marks', ariaHidden: true, children };
}

const CAUSE: Record<Threshold['cause'], string> = {
  'limit-is-nearest': 'the exact value is nearest the limit',
  'early-rounding': 'an intermediate result rounded first',
  underflow: 'the true slope underflows',
  lost: 'the formula loses it',
  overflow: 'an intermediate result overflowed',
};

function phrase(t: Threshold): string {
  switch (t.kind) {
    case 'reaches-limit':
      return `f rounds to exactly ${valueWord(t.value)}`;
    case 'slope-zero':
      return 'f′ is exactly 0';
    case 'value-not-finite':
      return `f is ${valueWord(t.value)}`;
    case 'slope-not-finite':
      return `f′ is ${valueWord(t.value)}`;
  }
}

/** A relative error as a percentage, "0.84%", or "exact". */
function errorText(error: number): string {
  return error === 0 ? 'exact' : `${formatNumber(error * 100, 2)}%`;
}

function worstText(curve: KernelCurve, value: 'f' | 'df'): string {
  const worst = curve.worstError[value];
  if (!worst) return `no finite value (${kernelWord(curve.kernelId)})`;
  return `${errorText(worst.error)} at x = ${formatNumber(worst.input, 4)} (${kernelWord(curve.kernelId)})`;
}

const x6 = (x: number): string => formatNumber(x, 6);

/**
 * The lines printed under the plot in a format: per function, each threshold (where, which
 * kernels, why, and whether it is beyond the plotted range), the worst relative error of each
 * drawn kernel against float64, and GELU's two forms when GELU is shown.
 */
export function precisionReadout(precision: ExplorerPrecision): string[] {
  const lines: string[] = [];
  for (const report of precision.reports) {
    const name = getActivation(report.activationId).name;
    const where = `${name} in ${precision.formatName}`;
    const shared = sharedThresholds(report);
    if (shared.length === 0) lines.push(`${where}: no kernel reaches a limit, loses its slope or breaks`);
    for (const { threshold: t, kernels } of shared) {
      const who = kernels.map(kernelWord).join(' and ');
      const beyond = t.inDomain ? '' : ', beyond the plotted range';
      lines.push(`${where}: ${phrase(t)} from x = ${x6(t.x)} (${who}; ${CAUSE[t.cause]}${beyond})`);
    }
    const [lo, hi] = report.domain;
    const curves = drawn(report);
    lines.push(
      `${where}, worst relative error against float64 on [${formatNumber(lo)}, ${formatNumber(hi)}]: ` +
        `f ${curves.map((c) => worstText(c, 'f')).join(', ')}; f′ ${curves.map((c) => worstText(c, 'df')).join(', ')}`,
    );
  }
  const g = precision.gelu;
  if (g) {
    lines.push(
      `GELU exact against its tanh form: largest gap ${formatNumber(g.gap)} at x = ±${formatNumber(g.x)}, ` +
        `${formatNumber(g.ulps, 3)} ulp in ${precision.formatName}; under one ulp in ${g.belowOneUlp.join(', ')}`,
    );
  }
  return lines;
}

/** Every this-many samples of a report go into the table (321 samples → 33 rows a function). */
const TABLE_STRIDE = 10;

/**
 * The data table in a format: per function, sampled x, the input the format holds, f and f′
 * from the textbook and stable kernels, and their relative errors against float64. Where a
 * kernel breaks, its cell says what it gave ("∞", "NaN") rather than a blank; an error there is
 * not a number and stays blank.
 */
export function precisionTable(precision: ExplorerPrecision): DataTable {
  const rows: (string | number)[][] = [];
  for (const report of precision.reports) {
    const naive = report.kernels.find((k) => k.kind === 'naive');
    const stable = report.kernels.find((k) => k.kind === 'stable')!;
    const name = getActivation(report.activationId).name;
    stable.points.forEach((p, i) => {
      if (i % TABLE_STRIDE !== 0 && i !== stable.points.length - 1) return;
      const q = naive?.points[i];
      const v = (value: number): string | number => (Number.isFinite(value) ? value : valueWord(value));
      rows.push([
        name,
        p.x,
        p.input,
        v(q?.f ?? p.f),
        v(p.f),
        v(q?.df ?? p.df),
        v(p.df),
        q?.fError ?? p.fError,
        p.fError,
        q?.dfError ?? p.dfError,
        p.dfError,
      ]);
    });
  }
  return {
    caption: `Each function computed in ${precision.formatName}: textbook and stable formulas against float64`,
    columns: [
      'Function',
      'x',
      `x in ${precision.formatName}`,
      'f textbook',
      'f stable',
      'f′ textbook',
      'f′ stable',
      'Relative error f textbook',
      'Relative error f stable',
      'Relative error f′ textbook',
      'Relative error f′ stable',
    ],
    rows,
  };
}
